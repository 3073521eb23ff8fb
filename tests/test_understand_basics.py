"""The understanding stage's ground: lexicon spans on normalised text, verbatim evidence, dates."""

from __future__ import annotations

import pytest

from pipeline.records import Page
from pipeline.understand.dates import parse_date
from pipeline.understand.pageview import view_page

WARRANT = """MANDAT D'ARRÊT
Ordonne l'arrestation de DUPONT Marcel, né le 1er mars 1985 à Marseille,
poursuivi pour VOL AVEC ARME et association de malfai-
teurs (art. 311-8 et 450-1 du Code pénal), faits commis le 12/03/2021 à Lyon."""


def test_terms_and_patterns_are_found_whatever_the_case_accents_and_hyphenation() -> None:
    view = view_page("doc1", Page(number=3, text=WARRANT, method="ocr"), "fr")
    found = {(h.lexicon, h.entry_id): view.evidence(h.start, h.end) for h in view.hits()}
    robbery = found["iccs", "iccs.0401"]
    assert robbery.quote == "VOL AVEC ARME"
    assert WARRANT[robbery.start : robbery.end] == robbery.quote and robbery.page == 3
    assert found["iccs", "iccs.09051"].quote == "association de malfai-\nteurs"
    assert found["patterns", "article.cited"].quote == "art. 311-8 et 450-1"
    assert found["places", "place.lyon"].quote == "Lyon"


@pytest.mark.parametrize(
    ("written", "lang", "iso"),
    [
        ("12/03/1985", "en", "1985-03-12"),
        ("1er mars 1985", "fr", "1985-03-01"),
        ("12 de marzo de 1985", "es", "1985-03-12"),
        ("١٢ مارس ١٩٨٥", "ar", "1985-03-12"),
        ("12 غشت 2020", "ar", "2020-08-12"),
        ("3 تشرين الأول سنة 2019", "ar", "2019-10-03"),
        ("March 12, 1985", "en", "1985-03-12"),
        ("31.02.2020", "fr", None),
    ],
)
def test_dates_are_normalised_to_iso(written: str, lang: str, iso: str | None) -> None:
    assert parse_date(written, lang) == iso


def test_month_first_countries_read_numeric_dates_month_first() -> None:
    assert parse_date("03/04/2020", "en", month_first=True) == "2020-03-04"
    assert parse_date("03/04/2020", "en") == "2020-04-03"
