"""Words that a date or an event borrows: "March" in "12 March 2023" is a month, not a march;
"held on" after an election dates the election, not a court's sitting.

Each text is fictional and written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes

CANDIDATE = (
    "Wanted person: HADDAD, Samir Fuad, born 4 May 1981.\n"
    "Summary of facts: The subject, an opposition candidate, stood in the parliamentary"
    " elections held on {day} and lost his seat.\n"
    "Charges: insulting state institutions.\n"
    "Arrest warrant: issued by the investigating judge of Zarqa on 30 March 2023.\n"
)


def test_an_elections_held_on_date_is_no_warrant_date(tmp_path: Path) -> None:
    packet, assessment = analyze(tmp_path, CANDIDATE.format(day="12 March 2023"))
    date = packet.documents[0].fields.decision.date
    assert date is not None and date.normalized == "2023-03-30"
    # the warrant follows the election within days: timing, read from the right dates
    assert "misuse.political-timing" in codes(assessment)


@pytest.mark.parametrize(("day", "raised"), [
    pytest.param("12 March 2023", False, id="a-month-in-a-date"),
    pytest.param("the day of the opposition march, 12 May 2023,", True, id="an-opposition-march"),
])
def test_a_month_is_no_march(tmp_path: Path, day: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, CANDIDATE.format(day=day))
    assert ("misuse.protest-assembly" in codes(assessment)) is raised, assessment.flags
