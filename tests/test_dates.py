"""Dates written in words: the month and the day read the same on every run."""

from __future__ import annotations

import pytest


def test_a_month_abbreviation_inside_a_number_word_is_not_the_month(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """"vingt-sept mars": the "sept" of "vingt-sept" is no September, whichever month term
    is tried first (equal-length terms used to be tried in hash order)."""
    from pipeline.understand import dates

    monkeypatch.setattr(dates, "_month_terms", lambda: (("sept", 9), ("mars", 3)))
    assert dates._words_date("vingt-sept mars deux mille vingt-six") == "2026-03-27"


PLAIN = [
    ("14 March 2023", "en"), ("March 14, 2023", "en"), ("the 2 of May, 2023", "en"),
    ("14 Mar. 2023", "en"), ("le 1er mai 2023", "fr"), ("2 février 2021", "fr"),
    ("12 de mayo de 2023", "es"), ("3 de septiembre del 2019", "es"),
    ("١٢ مارس ٢٠٢٣", "ar"), ("5 يناير 2020", "ar"),
]


@pytest.mark.parametrize(("written", "lang"), PLAIN)
def test_a_plain_named_month_date_reads_as_the_date_parser_reads_it(
    written: str, lang: str
) -> None:
    """A day, a named month and a year with small words only are read from the months
    lexicon, without the date parser; it must say what the parser says."""
    import dateparser

    from pipeline.understand.dates import parse_date

    parsed = dateparser.parse(
        written, languages=[lang],
        settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    assert parsed is not None
    assert parse_date(written, lang) == parsed.date().isoformat()


def test_an_arabic_date_with_month_and_year_words_is_read() -> None:
    """"12 من شهر مارس سنة 2023م": the date parser reads none of it; the months lexicon does."""
    from pipeline.understand.dates import parse_date

    assert parse_date("12 من شهر مارس سنة 2023م", "ar") == "2023-03-12"


@pytest.mark.parametrize(
    ("written", "lang"),
    [("the 14th day of March 2023", "en"), ("12 رمضان 1444 هـ", "ar"),
     ("31 February 2023", "en"), ("14 March 23", "en"), ("Monday 14 March 2023", "en")],
)
def test_a_date_with_anything_else_is_left_to_the_date_parser(written: str, lang: str) -> None:
    """An ordinal with "day", a Hijri year, an impossible day, a two-figure year, a weekday:
    not plain, so the months lexicon alone does not read them."""
    from pipeline.text.normalize import normalize
    from pipeline.understand.dates import _plain_named

    assert _plain_named(normalize(written).text) is None
