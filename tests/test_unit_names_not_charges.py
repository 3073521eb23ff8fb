"""A body named for the offences it handles ("the Fraud Squad", "la Unidad de Delitos
Informáticos", "وحدة مكافحة غسل الأموال", "the Anti-Corruption Bureau") is no charge: the
charge reader drops it, so `triage extract` lists only the real charges (fictional texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.chain import extract_path
from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str) -> list[str]:
    return [o.text for o in read_offenses([view(text, lang)], "arrest-warrant")[0]]


def _extracted(tmp_path: Path, text: str) -> list[str]:
    """The charges `triage extract` lists for a warrant written as a text file."""
    path = tmp_path / "warrant.txt"
    path.write_text(text, encoding="utf-8")
    packet = extract_path(path, source=str(path), record=False)
    return [o.text for d in packet.documents for o in d.fields.offenses]


# ---- a unit's name written after the offence words: "the Fraud Squad"

SQUAD = (
    "WARRANT OF ARREST\n\nUpon information from the {body}, Central Police Station,\n"
    "Peter ZULU, theft of a motor vehicle, section 268 of the Penal Code.\n"
)


def test_squad_named_for_fraud_is_no_charge() -> None:
    assert _charges(SQUAD.format(body="Fraud Squad"), "en") == ["theft of a motor vehicle"]


def test_fraud_without_unit_word_still_read() -> None:
    assert _charges(SQUAD.format(body="victim of a fraud"), "en") == [
        "fraud", "theft of a motor vehicle",
    ]


# ---- a unit's word written before the offence words: "وحدة مكافحة غسل الأموال"

UNIT_AR = (
    "مذكرة قبض\n\nبناءً على تقرير {body}، تقرر القبض على كريم الداود وإحضاره.\n"
)


def test_arabic_unit_named_for_laundering_is_no_charge() -> None:
    assert _charges(UNIT_AR.format(body="وحدة مكافحة غسل الأموال"), "ar") == []


def test_arabic_laundering_without_unit_still_read() -> None:
    assert _charges(UNIT_AR.format(body="الشرطة عن غسل الأموال"), "ar") == ["غسل الأموال"]


# ---- `triage extract` on a small warrant: the real charge, never the body

WARRANTS = [
    ("WARRANT OF ARREST\n\nUpon information from the Fraud Squad, Central Police Station,\n"
     "Peter ZULU, theft of a motor vehicle, section 268 of the Penal Code.\n",
     "theft of a motor vehicle", "fraud"),
    ("MANDAT D'ARRÊT\n\nSur le rapport de la Brigade de répression de la délinquance "
     "économique,\nle nommé Paul MARTIN, escroquerie, article 313-1 du Code pénal.\n",
     "escroquerie", "délinquance économique"),
    ("مذكرة قبض\n\nبناءً على تقرير وحدة مكافحة الجرائم الاقتصادية، كريم الداود، السرقة، المادة"
     " 399 من قانون العقوبات.\n", "السرقة", "الجرائم الاقتصادية"),
]


@pytest.mark.parametrize(("text", "charge", "body"), WARRANTS)
def test_extract_lists_charge_not_body(tmp_path: Path, text: str, charge: str, body: str) -> None:
    found = _extracted(tmp_path, text)
    assert charge in found
    assert not any(body.lower() in f.lower() for f in found)  # nor its offence words


# ---- with no charging cue, offence words right after a law's title name the law cited

LAW_AR = (
    "مذكرة قبض\n\nبناءً على تقرير الشرطة، تقرر القبض على كريم الداود وإحضاره.\n"
    "المواد: 3 و4 {law}.\n"
)


def test_offence_words_in_law_title_are_no_charge() -> None:
    assert _charges(LAW_AR.format(law="من قانون غسل الأموال"), "ar") == []


def test_offence_words_after_article_still_read() -> None:
    assert _charges(LAW_AR.format(law="في غسل الأموال"), "ar") == ["غسل الأموال"]


# ---- a noun of the fight between the unit's word and the offences: "brigade de répression du"

BRIGADE = "MANDAT D'ARRÊT\n\nInfractions : escroquerie ; {rest}.\n"


def test_brigade_named_for_repressing_an_offence_is_no_charge() -> None:
    rest = "saisine de la brigade de répression du proxénétisme"
    assert _charges(BRIGADE.format(rest=rest), "fr") == ["escroquerie"]


def test_offence_after_repression_without_unit_still_read() -> None:
    rest = "proxénétisme aggravé"
    assert _charges(BRIGADE.format(rest=rest), "fr") == ["escroquerie", "proxénétisme aggravé"]
