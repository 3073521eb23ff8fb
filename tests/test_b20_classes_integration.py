"""b20 integration fixes: an Arabic verbal noun of a status names what is withdrawn in the
word after it, so "سحب استمارات الترشح" (withdrew his candidacy forms) says nothing of the
notice, while "تم سحب التعميم" still states the diffusion's status."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes

HEAD = "تعميم - المكتب المركزي الوطني، 2024/07/08\n"
FACTS = (
    "الوقائع: استولى المطلوب على مبلغ 900 ألف دينار من حساب الشركة التي كان يديرها في "
    "2022/03/14 وحوّله إلى حساب باسم شقيقه.\nالتهم: اختلاس أموال الشركة.\n"
)


@pytest.mark.parametrize(
    ("sentence", "raised"),
    [
        ("أعلن المطلوب في 2024/06/06 سحب استمارات الترشح للانتخابات الرئاسية.\n", False),
        ("وقد تم سحب التعميم بتاريخ 2024/09/01 بطلب من الدولة الطالبة.\n", True),
    ],
)
def test_arabic_withdrawal_names_what_is_withdrawn(
    tmp_path: Path, sentence: str, raised: bool
) -> None:
    _packet, assessment = analyze(tmp_path, HEAD + sentence + FACTS)
    assert ("validity.status" in codes(assessment)) is raised
