"""A rally whose attendees are the victims of the subject's theft is where a theft ring
worked, not an assembly the charges arise from: `misuse.protest-assembly` is held back with
its reason. A subject who roused the rally keeps the flag."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, held

FACTS = (
    "Summary of facts (Royal Thai Police, for NCB Bangkok).\n"
    "Subject: Mr TRAN Van Minh, born 4 May 1990, Vietnamese national.\n"
    "On 14 October 2023, between 17:00 and 20:30, during a large political rally at the"
    " Democracy Monument, {act}. CCTV shows the subject passing phones to an accomplice.\n"
    "Charges: theft committed in a crowd by two or more persons. Law: Criminal Code s. 335.\n"
    "Maximum penalty: 7 years' imprisonment.\n"
)
PROTEST = "misuse.protest-assembly"


@pytest.mark.parametrize("act", [
    "the group stole at least 37 phones from people attending",
    "the group robbed the participants of their phones",
])
def test_attendees_robbed_at_a_rally_hold_the_protest_reading(tmp_path: Path, act: str) -> None:
    _p, assessment = analyze(tmp_path, FACTS.format(act=act))
    assert PROTEST not in codes(assessment), assessment.flags
    assert PROTEST in held(assessment)


def test_a_rally_the_subject_roused_keeps_the_protest_reading(tmp_path: Path) -> None:
    act = "the subject addressed the crowd and called on the protesters to block the avenue"
    _p, assessment = analyze(tmp_path, FACTS.format(act=act))
    assert PROTEST in codes(assessment), assessment.suppressed
