"""Round-2 charge classes (r2b): a charges heading that adds the laws and penalties after its
charges word ("OFFENCES AND MAXIMUM PUNISHMENT", "Charges, laws and maximum penalties") or the
law after a dash ("OFFENCES - Crimes Act 1900") still heads the list below, so each item's
whole name is read, not an offence term found inside it. Fictional texts written for the test.
"""

from __future__ import annotations

import pytest

from pipeline.records import Page
from pipeline.understand.charges import read_offenses
from pipeline.understand.pageview import view_page

ITEMS = (
    "1. Wound person with intent to cause grievous bodily harm - s 33(1)(a) - maximum penalty"
    " 25 years imprisonment\n\n"
    "2. Participating in an organised criminal group - s 98A - maximum penalty 10 years"
    " imprisonment\n"
)


def _charges(text: str, lang: str = "en") -> list[str]:
    view = view_page("t", Page(number=1, text=text, method="text-layer"), lang)
    return [o.text for o in read_offenses([view], None)[0]]


@pytest.mark.parametrize("heading", [
    "OFFENCES AND MAXIMUM PUNISHMENT",
    "OFFENCES - Crimes Act 1900 (NSW)",
])
def test_heading_with_laws_and_penalties_heads_the_list(heading: str) -> None:
    assert _charges(f"{heading}\n{ITEMS}") == [
        "Wound person with intent to cause grievous bodily harm",
        "Participating in an organised criminal group",
    ]


def test_heading_that_names_an_offence_after_its_dash_is_no_bare_heading() -> None:
    # the counterpart: after the dash an offence's name, not a law's: the line is a charge
    text = "Offence - theft under the Criminal Code, s 322.\n"
    assert _charges(text) == ["theft"]
