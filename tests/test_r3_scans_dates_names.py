"""Round 3 (r3b): words that open no Arabic name after or before 'المتهم' on OCR'd pages.

OCR'd judgments and warrants write 'المتهم' before a preposition ('رغم تكليفه', despite
being summoned), a document noun ('أمر قبض', an arrest order; 'تعميم بيانات', a circulation
of data) or a verb ('يدير ورشة', runs a workshop): none of these opens a name. A person
named right after 'المتهم' is still read. Each text is fictional and written for the test.
"""

from __future__ import annotations

import pytest

from pipeline.records import Page
from pipeline.understand.pageview import view_page
from pipeline.understand.subject import read_subject


def _names(text: str) -> list[str]:
    page = Page(number=1, text=text, method="ocr")
    return [n.value for n in read_subject([view_page("t", page, "ar")]).names]


HEAD = "باسم الشعب\n"


@pytest.mark.parametrize("sentence", [
    "حيث أن المتهم رغم تكليفه بالحضور تكليفاً قانونياً تخلف عن حضور الجلسة,",
    "وقد صدر بحق المتهم أمر قبض برقم 2024/77 من النيابة العامة",
    "كان المتهم يدير ورشة لتصليح السيارات في الحي",
    "المطلوب: تعميم بيانات المتهم على المكاتب المركزية الوطنية",
])
def test_no_name_opens_with_a_preposition_noun_or_verb(sentence: str) -> None:
    assert _names(HEAD + sentence + "\n") == []


def test_a_name_after_the_accused_is_still_read() -> None:
    text = HEAD + "وحيث إن المتهم مراد صالح العتيبي لم يحضر الجلسة رغم تكليفه بالحضور,\n"
    assert _names(text) == ["مراد صالح العتيبي"]
