"""Lexicons: the shipped ICCS lexicon, the schema check and its messages, iccs_check.

Nothing here reads ../shared: reference data for iccs_check is written by the test.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from pipeline.errors import TriageError
from pipeline.lexicons import LexiconError, clear_cache, load_lexicon
from pipeline.lexicons.iccs_check import check_iccs, main, structure_problems
from pipeline.lexicons.loader import parse_lexicon_file
from pipeline.lexicons.schema import Lexicon

LANGUAGES = {"en", "fr", "es", "ar"}
ICCS_CODE = re.compile(r"^(0[1-9]|1[01])(\d{2}(\d\d?)?)?$")


@pytest.fixture(scope="module")
def iccs() -> Lexicon:
    return load_lexicon("iccs")


def fold(term: str) -> str:
    """Case- and accent-insensitive form, as the matcher compares terms."""
    decomposed = unicodedata.normalize("NFKD", term.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


# --- the shipped ICCS lexicon -------------------------------------------------------


def test_shipped_iccs_lexicon_loads_with_every_code(iccs: Lexicon) -> None:
    assert iccs.lexicon == "iccs"
    assert iccs.version.strip()
    assert len(iccs.entries) == 320
    assert len({e.code for e in iccs.entries}) == 320
    assert load_lexicon("iccs") is iccs, "lexicons are read once per process"


def test_every_code_is_well_formed_and_its_parent_exists(iccs: Lexicon) -> None:
    codes = iccs.by_code()
    for entry in iccs.entries:
        assert entry.code is not None and ICCS_CODE.match(entry.code), entry.id
        assert entry.id == f"iccs.{entry.code}"
        if len(entry.code) == 2:
            assert entry.parent is None, entry.code
        else:
            assert entry.parent in codes, entry.code
            assert entry.code.startswith(entry.parent), entry.code
    assert structure_problems(iccs) == []


def test_every_entry_with_terms_has_all_four_languages(iccs: Lexicon) -> None:
    with_terms = [e for e in iccs.entries if e.terms]
    assert len(with_terms) >= 150
    for entry in with_terms:
        assert set(entry.terms) == LANGUAGES, entry.id
        assert all(words for words in entry.terms.values()), entry.id


def test_a_term_points_to_one_code_only(iccs: Lexicon) -> None:
    owner: dict[tuple[str, str], str] = {}
    clashes = []
    for entry, lang, term in iccs.iter_terms():
        key = (lang, fold(term))
        if key in owner and owner[key] != entry.id:
            clashes.append((lang, term, owner[key], entry.id))
        owner.setdefault(key, entry.id)
    assert clashes == []


@pytest.mark.parametrize(
    ("lang", "term", "code"),
    [
        ("en", "armed robbery", "0401"),
        ("en", "rape", "03011"),
        ("en", "money laundering", "07041"),
        ("en", "parental abduction", "020211"),
        ("en", "possession for personal use", "060111"),
        ("en", "desertion", "0809"),
        ("en", "treason", "0904"),
        ("fr", "vol qualifié", "0401"),
        ("fr", "escroquerie", "0701"),
        ("fr", "abus de confiance", "07032"),
        ("fr", "blanchiment de capitaux", "07041"),
        ("fr", "trafic de stupéfiants", "060121"),
        ("fr", "association de malfaiteurs", "09051"),
        ("es", "robo con violencia", "0401"),
        ("es", "estafa agravada", "0701"),
        ("es", "lavado de activos", "07041"),
        ("es", "tráfico ilícito de drogas", "060121"),
        ("es", "asociación ilícita", "09051"),
        ("ar", "السرقة بالإكراه", "0401"),
        ("ar", "الاحتيال", "0701"),
        ("ar", "غسل الأموال", "07041"),
        ("ar", "الاتجار بالمخدرات", "060121"),
    ],
)
def test_common_charge_wording_finds_the_specific_code(
    iccs: Lexicon, lang: str, term: str, code: str
) -> None:
    assert term in iccs.by_code()[code].terms[lang]


# --- malformed lexicons are rejected with file, line and reason ----------------------

VALID = """\
lexicon: demo
version: "1.0"
description: "A small lexicon for tests."
source: "written for the test"
entries:
  - id: demo.a
    code: "01"
    name: "Alpha"
    terms:
      en: [alpha]
      fr: [alpha]
  - id: demo.b
    code: "0101"
    name: "Beta"
    parent: "01"
    terms:
      es: [beta]
"""


def write(tmp_path: Path, text: str, name: str = "demo") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_valid_example_loads(tmp_path: Path) -> None:
    lexicon = parse_lexicon_file(write(tmp_path, VALID))
    assert [e.id for e in lexicon.entries] == ["demo.a", "demo.b"]
    assert lexicon.get("demo.b").parent == "01"


@pytest.mark.parametrize(
    ("case", "old", "new", "line", "reason"),
    [
        (
            "unknown key",
            '    name: "Beta"\n',
            '    name: "Beta"\n    colour: blue\n',
            15,
            "colour: unknown key",
        ),
        ("missing id", "  - id: demo.b\n    code", "  - code", 12, "required key 'id' is missing"),
        ("duplicate id", "  - id: demo.b\n", "  - id: demo.a\n", 12, "duplicate id 'demo.a'"),
        (
            "bad language",
            "      es: [beta]",
            "      de: [beta]",
            17,
            "language 'de' is not allowed",
        ),
        ("yaml syntax", "      fr: [alpha]\n", "      fr: [alpha\n", 12, "YAML syntax error"),
        (
            "duplicate key",
            '    name: "Alpha"\n',
            '    name: "Alpha"\n    name: "Again"\n',
            9,
            "duplicate key 'name'",
        ),
        ("unknown parent", 'parent: "01"', 'parent: "09"', 15, "parent '09' is not the code"),
        ("unquoted code", 'code: "0101"', "code: 0101", 13, "quote it"),
        ("upper-case term", "[alpha]\n  - id", "[Alpha]\n  - id", 11, "lower case"),
        ("empty version", 'version: "1.0"', 'version: ""', 2, "version"),
    ],
)
def test_a_broken_lexicon_names_file_line_and_reason(
    tmp_path: Path, case: str, old: str, new: str, line: int, reason: str
) -> None:
    assert old in VALID, case
    path = write(tmp_path, VALID.replace(old, new, 1))
    with pytest.raises(LexiconError) as caught:
        parse_lexicon_file(path)
    error = caught.value
    assert isinstance(error, TriageError) and error.code == "bad-lexicon"
    assert f"{path}:{line}: " in error.message, error.message
    assert reason in error.message, error.message
    assert error.line is not None


def test_the_lexicon_name_must_equal_the_file_stem(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=r"demo2\.yaml:1: .*file stem 'demo2'"):
        parse_lexicon_file(write(tmp_path, VALID, name="demo2"))


def test_a_missing_lexicon_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="no such lexicon file"):
        load_lexicon(tmp_path / "absent.yaml")


def test_names_resolve_under_the_repo_lexicons_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "lexicons").mkdir()
    write(tmp_path / "lexicons", VALID)
    monkeypatch.setenv("TRIAGE_REPO", str(tmp_path))
    clear_cache()
    try:
        assert load_lexicon("demo").entries[0].id == "demo.a"
    finally:
        clear_cache()


def test_what_is_built_from_a_lexicon_is_keyed_by_what_was_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file edited while a process runs must not file the old content under the new key
    (a phrase matcher built from the loaded lexicon once missed a term added since)."""
    from pipeline.lexicons.loader import lexicon_digest

    (tmp_path / "lexicons").mkdir()
    path = write(tmp_path / "lexicons", VALID)
    monkeypatch.setenv("TRIAGE_REPO", str(tmp_path))
    clear_cache()
    try:
        before = lexicon_digest("demo")
        path.write_text(VALID.replace("lexicon: demo", "lexicon: demo  # edited"), encoding="utf-8")
        assert lexicon_digest("demo") == before  # still the content this process uses
        clear_cache()
        assert lexicon_digest("demo") != before
    finally:
        clear_cache()


# --- iccs_check against a reference CSV written here ---------------------------------

REFERENCE = """\
code,level,parent,name
01,1,,Alpha
0101,2,01,Beta
"""


def test_iccs_check_agrees_and_finds_planted_differences(tmp_path: Path) -> None:
    iccs_text = VALID.replace("lexicon: demo", "lexicon: iccs").replace("demo.", "iccs.")
    iccs_text = iccs_text.replace("iccs.a", "iccs.01").replace("iccs.b", "iccs.0101")
    lexicon = parse_lexicon_file(write(tmp_path, iccs_text, name="iccs"))
    reference = tmp_path / "ref.csv"
    reference.write_text(REFERENCE, encoding="utf-8")
    assert check_iccs(lexicon, reference) == []

    reference.write_text(
        REFERENCE.replace("0101,2,01,Beta", "0101,2,01,Beta prime") + "0102,2,01,Gamma\n",
        encoding="utf-8",
    )
    problems = check_iccs(lexicon, reference)
    assert any(p.startswith("0101: name 'Beta'") for p in problems), problems
    assert any(p.startswith("0102: missing") for p in problems), problems

    reference.write_text("code,level,parent,name\n01,1,,Alpha\n", encoding="utf-8")
    assert check_iccs(lexicon, reference) == ["0101: not in the reference (extra code)"]


def test_iccs_check_command_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    iccs_text = VALID.replace("lexicon: demo", "lexicon: iccs").replace("demo.a", "iccs.01")
    lexicon_path = write(tmp_path, iccs_text.replace("demo.b", "iccs.0101"), name="iccs")
    reference = tmp_path / "ref.csv"
    reference.write_text(REFERENCE.replace("Beta", "Other"), encoding="utf-8")
    assert main([str(reference), "--lexicon", str(lexicon_path)]) == 1
    assert "0101: name 'Beta' differs" in capsys.readouterr().out
    reference.write_text(REFERENCE, encoding="utf-8")
    assert main([str(reference), "--lexicon", str(lexicon_path)]) == 0


def test_parents_can_name_codes_of_another_lexicon(tmp_path: Path) -> None:
    from pipeline.lexicons.loader import LexiconError, parse_lexicon_file

    (tmp_path / "lands.yaml").write_text(
        'lexicon: lands\nversion: "1"\ndescription: d\nsource: s\n'
        "entries:\n  - id: land.fr\n    name: France\n    code: FR\n"
    )
    towns = tmp_path / "towns.yaml"
    towns.write_text(
        'lexicon: towns\nversion: "1"\ndescription: d\nsource: s\nparents_from: lands\n'
        "entries:\n  - id: town.lyon\n    name: Lyon\n    parent: FR\n"
        "  - id: town.nowhere\n    name: Nowhere\n    parent: ZZ\n"
    )
    with pytest.raises(LexiconError) as err:
        parse_lexicon_file(towns)
    assert "towns.yaml:12:" in str(err.value) and "'ZZ'" in str(err.value)


def test_a_pattern_that_is_not_a_regex_is_refused_with_its_line(tmp_path: Path) -> None:
    from pipeline.lexicons.loader import LexiconError, parse_lexicon_file

    bad = tmp_path / "rules.yaml"
    bad.write_text(
        'lexicon: rules\nversion: "1"\ndescription: d\nsource: s\n'
        "entries:\n  - id: rule.a\n    name: A\n    patterns:\n      any: ['(unclosed']\n"
    )
    with pytest.raises(LexiconError) as err:
        parse_lexicon_file(bad)
    assert "rules.yaml:" in str(err.value) and "not a valid regex" in str(err.value)


def test_a_pattern_that_requires_a_literal_runs_only_on_pages_that_contain_it() -> None:
    from pipeline.text.normalize import normalize
    from pipeline.understand.nlp import PATTERNS_KEY, nlp_for

    nlp = nlp_for("en")
    year = normalize("Issued on the ninth day of March, two thousand and twenty-three.").text
    with_year = nlp(year)
    assert any(s.id_ == "date.words-long" for s in with_year.spans[PATTERNS_KEY])
    without = nlp(normalize("Issued on 9 March 2023 in Durban.").text)
    assert not any(s.id_.startswith("date.words") for s in without.spans[PATTERNS_KEY])
    rules = nlp.get_pipe("lexicon_patterns").rules
    gated = [r for r in rules if r.entry_id == "date.words-long"]
    assert gated and all(r.requires for r in gated)
