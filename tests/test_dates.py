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
