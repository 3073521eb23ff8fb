"""Behaviour tests for the `misuse.political-timing` classes the b27/b28 development cases
exposed: a contractor charged weeks after a court with a long name ordered a regional
department to pay him (the body ordered names the state side itself), and words after
"after" that are no public act of the subject (an asylum interview, his address published by
those who threatened him, a statement filmed and broadcast after detention). Each has a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, packet, rule_codes

TIMING = "misuse.political-timing"


def _codes(tmp_path: Path, docs: dict[str, tuple[str, str]], country: str) -> set[str]:
    """The codes a lexicon entry or rule raised (not the packet model alone)."""
    _packet, assessment = packet(tmp_path, docs, country)
    return rule_codes(assessment)


# ------------------------------------------------- a regional department ordered to pay (en)

EN_NOTICE = (
    "RED NOTICE - NCB Varnau\n"
    "Subject: TOREV, Anzor Belekovich; born 2 June 1975.\n"
    "Summary of facts: as director of Stepnoy Put LLP, performing a road contract with the "
    "regional roads department, the subject inflated certificates of completed works.\n"
    "Charge: fraud on an especially large scale.\n"
    "Proceedings: pre-trial investigation registered by the Anti-Corruption Agency on "
    "{opened}.\n"
)

EN_LETTER = (
    "Re: Anzor Torev\n"
    "On 6 March 2023 the Specialised Inter-District Economic Court of Ormel Region\n"
    "(case 4410-22-00-3/2291) upheld the claim of Stepnoy Put and ordered the Department to "
    "pay KZT 900 million for works it had accepted.\n"
)


def _department(tmp_path: Path, opened: str) -> set[str]:
    return _codes(tmp_path, {
        "notice.txt": ("red-notice", EN_NOTICE.format(opened=opened)),
        "letter.txt": ("other", EN_LETTER),
    }, "KZ")


def test_case_weeks_after_the_department_was_ordered_to_pay_is_timing(tmp_path: Path) -> None:
    assert TIMING in _department(tmp_path, "29 March 2023")


def test_case_years_after_the_department_was_ordered_to_pay_is_no_timing(
    tmp_path: Path,
) -> None:
    assert TIMING not in _department(tmp_path, "29 March 2026")


# --------------------------------------------- "after" words that are no act of the subject

AR_ASYLUM = (
    "نشرة حمراء\n"
    "المطلوب: سلمان داود، مولود عام 1990.\n"
    "التهمة: التهرب من الخدمة الوطنية.\n"
    "وقد اعترف به لاجئاً في مارس 2021 بعد مقابلة تحديد الوضع.\n"
)

AR_INTERVIEW = (
    "نشرة حمراء\n"
    "المطلوب: سلمان داود، مولود عام 1990.\n"
    "التهمة: نشر أخبار كاذبة.\n"
    "وقد صدر أمر القبض عليه بعد مقابلة تلفزيونية انتقد فيها الحكومة.\n"
)


def test_refugee_status_interview_is_no_timing(tmp_path: Path) -> None:
    assert TIMING not in rule_codes(analyze(tmp_path, AR_ASYLUM)[1])


def test_televised_interview_before_the_warrant_is_still_timing(tmp_path: Path) -> None:
    assert TIMING in rule_codes(analyze(tmp_path, AR_INTERVIEW)[1])


AR_ADDRESS = (
    "نشرة حمراء\n"
    "المطلوب: يوسف المختار، مولود عام 1988.\n"
    "التهمة: الإساءة إلى المقدسات.\n"
    "غادر البلاد بعد تلقيه تهديدات بالقتل ونشر عنوان أسرته.\n"
)

AR_ARTICLE = (
    "نشرة حمراء\n"
    "المطلوب: يوسف المختار، مولود عام 1988.\n"
    "التهمة: الإساءة إلى المقدسات.\n"
    "فتحت النيابة التحقيق بعد نشر مقاله عن الميراث.\n"
)


def test_his_address_published_by_others_is_no_timing(tmp_path: Path) -> None:
    assert TIMING not in rule_codes(analyze(tmp_path, AR_ADDRESS)[1])


def test_investigation_after_his_article_is_still_timing(tmp_path: Path) -> None:
    assert TIMING in rule_codes(analyze(tmp_path, AR_ARTICLE)[1])


EN_FILMED = (
    "RED NOTICE\n"
    "Subject: NAVARI, Leyla; born 1984.\n"
    "Charge: propaganda against the state.\n"
    "The only evidence naming her is a statement by her brother, who was held in solitary "
    "confinement for 30 days before it was filmed and broadcast.\n"
)

EN_BROADCAST = (
    "RED NOTICE\n"
    "Subject: NAVARI, Leyla; born 1984.\n"
    "Charge: propaganda against the state.\n"
    "The investigation was opened 30 days after her documentary was broadcast.\n"
)


def test_statement_filmed_and_broadcast_after_detention_is_no_timing(tmp_path: Path) -> None:
    assert TIMING not in rule_codes(analyze(tmp_path, EN_FILMED)[1])


def test_investigation_after_her_broadcast_is_still_timing(tmp_path: Path) -> None:
    assert TIMING in rule_codes(analyze(tmp_path, EN_BROADCAST)[1])
