"""The understanding stage's ground: lexicon spans on normalised text, verbatim evidence, dates."""

from __future__ import annotations

import pytest

from pipeline.records import Page
from pipeline.understand.dates import dates_on, parse_date
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
        ("the ninth day of March, two thousand and twenty-three", "en", "2023-03-09"),
        ("this sixth day of February, 2024", "en", "2024-02-06"),
        ("once días del mes de abril del año dos mil veintidós", "es", "2022-04-11"),
        ("الخامس من شهر نوفمبر سنة ألفين وثلاثة وعشرين", "ar", "2023-11-05"),
        ("الحادي عشر من شهر مايو لعام ألفين وعشرين", "ar", "2020-05-11"),
        ("العشرين من تشرين الأول لعام ألفين وثلاثة وعشرين", "ar", "2023-10-20"),
        ("٣١ دجمبر ١٩٨٢", "ar", "1982-12-31"),
    ],
)
def test_dates_are_normalised_to_iso(written: str, lang: str, iso: str | None) -> None:
    assert parse_date(written, lang) == iso


def test_month_first_countries_read_numeric_dates_month_first() -> None:
    assert parse_date("03/04/2020", "en", month_first=True) == "2020-03-04"
    assert parse_date("03/04/2020", "en") == "2020-04-03"


def test_dates_in_words_with_day_of_are_found_on_a_page() -> None:
    text = ("Given under my hand this fourth day of June, 2021.\n"
            "Dado a los quince días del mes de marzo del año dos mil veinte.\n")
    view = view_page("d", Page(number=1, text=text, method="text-layer"), "en")
    assert [d.iso for d in dates_on(view)] == ["2021-06-04", "2020-03-15"]
    ar = "صدر في اليوم الثاني والعشرين من شهر يناير سنة ألفين وأربعة وعشرين."
    ar_view = view_page("d", Page(number=1, text=ar, method="text-layer"), "ar")
    assert [d.iso for d in dates_on(ar_view)] == ["2024-01-22"]



def test_an_english_police_case_summary_is_a_police_report() -> None:
    from pipeline.understand.doctype import classify_page

    text = (
        "CITY POLICE | Fraud Squad\n\nCASE SUMMARY FOR NCB CANBERRA\n"
        "Prepared by: Detective Inspector J. Moana\nDate: 3 March 2025\n\n"
        "Background\nThe complainant reported that the subject took her savings.\n"
    )
    view = view_page("t", Page(number=1, text=text, method="ocr"), "en")
    assert classify_page(view)[0] == "police-report"


def test_a_year_in_words_after_del_ano_or_de_l_annee_is_found_on_a_page() -> None:
    text = ("Quito, a las nueve horas del día tres de abril del año dos mil veintidós.\n"
            "Fait le huit mai de l'année deux mille vingt et un.\n")
    view = view_page("d", Page(number=1, text=text, method="ocr"), "es")
    assert [d.iso for d in dates_on(view)] == ["2022-04-03", "2021-05-08"]


def test_a_closing_order_of_the_investigating_judge_is_an_indictment() -> None:
    from pipeline.understand.doctype import classify_page

    text = (
        "TRIBUNAL CIVIL DE JACMEL\nCABINET D'INSTRUCTION\n\n"
        "ORDONNANCE DE CLÔTURE\n\nNous, juge d'instruction,\nVu la procédure suivie contre "
        "Jean PIERRE-LOUIS ;\nPAR CES MOTIFS,\nRenvoyons l'inculpé devant le tribunal.\n"
    )
    view = view_page("t", Page(number=1, text=text, method="ocr"), "fr")
    assert classify_page(view)[0] == "indictment"


def test_a_quote_ends_with_the_vowel_signs_of_its_last_word() -> None:
    """Matching drops Arabic vowel signs; the verbatim quote keeps those after the last letter."""
    page = Page(number=1, text="حاز سلاحاً نارياً دون ترخيص", method="text-layer")
    view = view_page("d", page, "ar")
    start = view.text.index("ناريا")
    assert view.quote(start, start + len("ناريا")) == "نارياً"
    assert view.quote(0, len("حاز")) == "حاز"
