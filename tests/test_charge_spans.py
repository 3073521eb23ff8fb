"""The charge-wording tagger (`models/charge-spans.*`) and how the charges stage reconciles it
with the rules (fictional texts written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pipeline.config import repo_root
from pipeline.understand import charge_spans
from pipeline.understand.charge_spans_training import TaggedDoc, fit, folds
from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view

NO_MODEL = Path("/nonexistent/charge-spans.crfsuite")


def _read(text: str, lang: str, doc_type: str) -> list[tuple[str, list[str]]]:
    return [(o.text, o.articles) for o in read_offenses([view(text, lang, "text-layer")],
                                                        doc_type)[0]]


def _rules_alone(text: str, lang: str, doc_type: str) -> list[tuple[str, list[str]]]:
    with charge_spans.tagger_from(NO_MODEL):
        # a trailing space: another page text, so no view kept from the tagged reading
        return _read(text + " ", lang, doc_type)


def test_the_built_tagger_matches_the_development_field_documents() -> None:
    """The model was rebuilt after the last change to data/eval/fields/."""
    meta = json.loads(charge_spans.meta_path().read_text(encoding="utf-8"))
    digest = hashlib.sha256()
    for path in sorted((repo_root() / "data" / "eval" / "fields").glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    assert meta["data_sha256"] == digest.hexdigest(), (
        "data/eval/fields/ changed: rebuild with `triage train --model charge-spans`"
    )
    assert meta["model_sha256"] == hashlib.sha256(
        charge_spans.model_path().read_bytes()).hexdigest()


# ---- where the rules read no charge, the tagged wordings are the charges

_REPORT = (
    "INVESTIGATION REPORT\nTo: NCB Addis Ababa\n\n"
    "On 2 February 2024 at about 22:00 two armed men entered a shop in Bole and took cash.\n"
    "The shopkeeper was shot and died in hospital.\n"
    "The acts were therefore investigated as aggravated robbery and homicide.\n"
    "A court warrant was issued on 9 February 2024.\n"
)

_MESSAGE = (
    "MESSAGE\nFrom: NCB Oslo\nSubject: cancellation of Red Notice\n"
    "The subject was surrendered to Norway on 3 March 2024 under a European arrest warrant of\n"
    "1 June 2023, case no. 23-1144ENE-TOSL/02, for an aggravated narcotics offence under\n"
    "section 232 of the Penal Code. Please cancel the Red Notice.\n"
)


def test_charges_told_in_a_report_sentence_are_read_by_the_tagger() -> None:
    assert _rules_alone(_REPORT, "en", "police-report") == []
    assert [t for t, _a in _read(_REPORT, "en", "police-report")] == [
        "aggravated robbery", "homicide",
    ]


def test_a_tagged_charge_takes_the_citation_that_follows_it() -> None:
    assert _rules_alone(_MESSAGE, "en", "other") == []
    assert _read(_MESSAGE, "en", "other") == [("aggravated narcotics offence", ["232"])]


def test_without_a_tagger_the_rules_stand_alone() -> None:
    with charge_spans.tagger_from(NO_MODEL):
        assert not charge_spans.available()
        assert charge_spans.spans(view(_REPORT, "en", "text-layer")) == []


# ---- a reading of the rules that names no offence and that the tagger puts outside

_COUNTS = (
    "ACUSACIÓN FISCAL\n"
    "El Ministerio Público acusa a Tomás BERRIOS por los siguientes cargos:\n"
    "PRIMER\n"
    "CARGO: HURTO AGRAVADO, artículo 181 del Código Penal.\n"
    "SEGUNDO CARGO: DAÑOS, artículo 195 del Código Penal.\n"
)


def test_a_heading_word_read_as_a_charge_is_dropped() -> None:
    assert _rules_alone(_COUNTS, "es", "indictment")[0][0] == "PRIMER"
    assert _read(_COUNTS, "es", "indictment") == [
        ("HURTO AGRAVADO", ["181"]), ("DAÑOS", ["195"]),
    ]


def test_a_charge_that_names_a_class_of_offence_is_kept_without_an_iccs_term() -> None:
    text = (
        "Los hechos son constitutivos de un delito contra la seguridad vial, previsto en el"
        " artículo 379 del Código Penal.\n"
    )
    assert _read(text, "es", "indictment")[0][0] == "delito contra la seguridad vial"


# ---- labels, folds and training


def test_a_label_written_after_an_arabic_conjunction_tags_that_token() -> None:
    v = view("المتهم مطلوب بتهمة الاحتيال وإساءة الائتمان.\n", "ar", "text-layer")
    toks = charge_spans.tokens(v)
    tags = charge_spans.labels(v, toks, ["إساءة الائتمان"])
    tagged = [v.text[a:b] for (a, b), t in zip(toks, tags, strict=True) if t != "O"]
    assert tags.count("B") == 1
    assert len(tagged) == 2 and tagged[0].startswith("و")  # "وإساءة", then "الائتمان"


def test_folds_keep_each_writing_batch_whole() -> None:
    seqs = [TaggedDoc(f"en-x-{b}", b, "en", [], [], []) for b in "aabbbcdddde"]
    parts = folds(seqs)
    assert sorted(b for part in parts for b in part) == ["a", "b", "c", "d", "e"]
    assert all(len(part) <= 1 for part in parts)


def test_training_learns_where_charges_are_written(tmp_path: Path) -> None:
    texts = [
        ("Charges:\n1. {a};\n2. {b}.\nDone at Elmford.\n", "arson", "theft"),
        ("Charges:\n1. {a};\n2. {b}.\nDone at Rookby.\n", "fraud", "forgery"),
        ("Charges:\n1. {a};\n2. {b}.\nDone at Wexley.\n", "murder", "kidnapping"),
    ]
    seqs = []
    for k, (shape, a, b) in enumerate(texts * 3):
        v = view(shape.format(a=a, b=b) + " " * k, "en", "text-layer")
        toks = charge_spans.tokens(v)
        seqs.append(TaggedDoc(f"en-t-{k}", str(k), "en", charge_spans.features(v, toks),
                              charge_spans.labels(v, toks, [a, b]), toks))
    path = fit(seqs, tmp_path / "tiny.crfsuite")
    probe = view("Charges:\n1. robbery;\n2. extortion.\nDone at Ashby.\n", "en", "text-layer")
    with charge_spans.tagger_from(path):
        found = [probe.text[s.start:s.end] for s in charge_spans.spans(probe)]
    assert found == ["robbery", "extortion"]


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_every_language_gets_features_from_its_lexicon_hits(lang: str) -> None:
    text = {"en": "Charges: fraud", "fr": "Inculpé de : escroquerie",
            "es": "Delito: estafa", "ar": "التهمة: الاحتيال"}[lang]
    v = view(text, lang, "text-layer")
    feats = charge_spans.features(v, charge_spans.tokens(v))
    assert any(k.startswith("h:iccs") for f in feats for k in f)
