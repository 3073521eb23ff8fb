"""Behaviour tests for the compliance classes the retired h4 cases exposed: a bare unit word of
another language read as a penalty ("an" on an English page) and a qualification of
controlled beliefs (extremism, separatism) that names no act. Each fix has a counterpart that
must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.flags.catalog import catalog
from pipeline.flags.compliance import _open_qualification
from pipeline.understand.penalties import read_penalty
from tests.test_flags import analyze, codes

# ---------------------------------------------------------------- a bare unit of another language


def test_english_article_an_after_a_penalty_cue_is_no_year() -> None:
    """"an" is French for year; on an English page after "Penalty:" it is the article, and a
    minimum alone leaves the maximum unknown (no one-year maximum, no threshold flag)."""
    found = read_penalty(
        "Penalty: where an offensive weapon is used, imprisonment of not\nless than twelve years."
    )
    assert found.max_months is None
    assert found.kind == "custodial"


def test_bare_unit_of_the_page_language_still_counts_one() -> None:
    assert read_penalty("العقوبة: الحبس سنة", "ar").max_months == 12
    assert read_penalty("Penalty: up to a year imprisonment").max_months == 12


def test_armed_robbery_with_a_minimum_only_raises_no_threshold(tmp_path: Path) -> None:
    _, a = analyze(tmp_path, (
        "Red Notice - NCB Testland\n"
        "Facts: On 3 March 2024 at about 21:10, at a fuel station on Harbour Road, Port Vela,"
        " the subject threatened the attendant, Mr Tomas Ferro, with a knife and took 4,200 in"
        " cash.\n"
        "Charges: robbery. Law: section 12, Criminal Code. Penalty: where an offensive weapon"
        " is used, imprisonment of not less than twelve years.\n"
        "Arrest warrant: High Court, Port Vela, No. HC/44/24, 9 March 2024.\n"
    ))
    assert "compliance.penalty-threshold" not in codes(a)


# ---------------------------------------------------------------- controlled beliefs, no act named


def test_other_controlled_beliefs_name_no_act() -> None:
    rules = catalog().bare_grave
    assert rules is not None
    assert _open_qualification("080329", tuple(rules.open_iccs))


def test_false_news_and_state_security_are_not_read_as_naming_no_act() -> None:
    """Expression offences (false news, 08039) and state security (0904) usually come with the
    posts or acts they rest on: on the development cases they read vague wrongly."""
    rules = catalog().bare_grave
    assert rules is not None
    for code in ("08039", "0904", "0401"):
        assert not _open_qualification(code, tuple(rules.open_iccs))
