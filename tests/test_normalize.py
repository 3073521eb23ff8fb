"""The shared normaliser: terms match however OCR or typists wrote them, quotes stay verbatim."""

from __future__ import annotations

import pytest

from pipeline.text.normalize import normalize, normalize_term


@pytest.mark.parametrize(
    ("written", "term"),
    [
        ("ESCROQUERIE EN BANDE ORGANISÉE", "escroquerie en bande organisee"),
        ("escroquerie en bande organisee", "escroquerie en bande organisée"),
        ("extor-\ntion of money", "extortion"),
        ("trafic   de\nstupéfiants", "trafic de stupefiants"),
        ("القَتْلُ العَمْد", "القتل العمد"),
        ("إهانة رئيس الدولة", "اهانه رئيس الدوله"),
        ("الإرهـــاب", "الارهاب"),
        ("المادة ٢٤٠", "المادة 240"),
        ("ﬁnancial fraud", "financial fraud"),
    ],
)
def test_variants_fold_to_the_same_text(written: str, term: str) -> None:
    assert normalize_term(term) in normalize(written).text


def test_a_match_maps_back_to_the_verbatim_quote() -> None:
    page = "Il est pour-\nsuivi pour VOL AVEC ARME à Lyon."
    norm = normalize(page)
    start = norm.text.index("poursuivi pour vol avec arme")
    a, b = norm.original_span(start, start + len("poursuivi pour vol avec arme"))
    assert page[a:b] == "pour-\nsuivi pour VOL AVEC ARME"


def test_a_hyphen_before_a_capital_or_digit_is_kept() -> None:
    assert normalize("Jean-\nPierre, art. 311-\n8").text == "jean-pierre, art. 311-8"
