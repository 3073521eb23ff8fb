"""Behaviour tests for the classes the b26 development cases exposed: proceedings opened weeks
after the subject won a recourse against the state (a revocation annulled, a dismissal
quashed, the ministry ordered to pay in a judgment's passive), told across two documents
(`misuse.political-timing`), and acts referred to what the investigations "established"
(`compliance.vague-facts`). Each has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, packet, rule_codes

TIMING = "misuse.political-timing"
VAGUE = "compliance.vague-facts"


def _codes(tmp_path: Path, docs: dict[str, tuple[str, str]], country: str) -> set[str]:
    """The codes a lexicon entry or rule raised (not the packet model alone): the tests
    are of the rule, and a negative must hold for the rule as for the model."""
    _packet, assessment = packet(tmp_path, docs, country)
    return rule_codes(assessment)


# ---------------------------------------------------------------- a revocation annulled (fr)

FR_NOTICE = (
    "DIFFUSION — BCN Velmar\n"
    "KANTA Moussa, né le 3 mai 1980 à Velmar.\n"
    "Faits : lors de son recrutement comme agent des douanes, l'intéressé a produit un brevet "
    "que l'école ne retrouve pas dans ses registres.\n"
    "Qualifications : faux en écriture publique.\n"
    "Mandat d'arrêt n° 12/2024 du {warrant}, juge d'instruction de Velmar.\n"
)

FR_LETTER = (
    "Lettre de Me Aline DOSSO (extrait)\n"
    "M. KANTA avait été révoqué en 2022. Par arrêt du 8 janvier 2024, le Conseil d'État a "
    "annulé la révocation, ordonné sa réintégration et condamné l'État au paiement de ses "
    "traitements.\n"
)


def _revocation(tmp_path: Path, warrant: str) -> set[str]:
    return _codes(tmp_path, {
        "diffusion.txt": ("diffusion", FR_NOTICE.format(warrant=warrant)),
        "lettre.txt": ("other", FR_LETTER),
    }, "NE")


def test_warrant_weeks_after_a_revocation_annulled_is_timing(tmp_path: Path) -> None:
    assert TIMING in _revocation(tmp_path, "2 février 2024")


def test_warrant_years_after_the_revocation_annulled_is_no_timing(tmp_path: Path) -> None:
    assert TIMING not in _revocation(tmp_path, "2 février 2027")


# ---------------------------------------------------------------- a removal quashed (ar)

AR_NOTICE = (
    "تعميم – المكتب المركزي الوطني\n"
    "المطلوب: سامر خليل الحداد، مواليد 1975.\n"
    "الوقائع: يُشتبه في أن المطلوب أصدر شهادات نجاح لتلامذة غير مسجّلين في المدرسة.\n"
    "التهم: التزوير في مستندات رسمية.\n"
    "مذكرة توقيف صادرة عن قاضي التحقيق بتاريخ {warrant}.\n"
)

AR_LETTER = (
    "كتاب من وكيل المطلوب\n"
    "طعن موكلي في قرار نقله أمام مجلس شورى الدولة، الذي أصدر في 10/1/2024 قراراً بإبطال قرار "
    "الإعفاء وبإعادته إلى منصبه.\n"
)


def _removal(tmp_path: Path, warrant: str) -> set[str]:
    return _codes(tmp_path, {
        "notice.txt": ("diffusion", AR_NOTICE.format(warrant=warrant)),
        "letter.txt": ("other", AR_LETTER),
    }, "LB")


def test_warrant_weeks_after_a_removal_quashed_is_timing(tmp_path: Path) -> None:
    assert TIMING in _removal(tmp_path, "5/2/2024")


def test_warrant_years_after_the_removal_quashed_is_no_timing(tmp_path: Path) -> None:
    assert TIMING not in _removal(tmp_path, "5/2/2027")


# ---------------------------------------------------------------- the ministry ordered to pay (en)

EN_NOTICE = (
    "RED NOTICE - requested by NCB Velmar\n"
    "Name: ORLOVA, Nadia. DOB 04/05/1970.\n"
    "Facts: From 2019 to 2023 the subject received a disability allowance on the basis of a "
    "certificate issued without an examination.\n"
    "Criminal case No. 77-12 was opened on {opened}.\n"
    "Charge: fraud.\n"
)

EN_JUDGMENT = (
    "SUPREME COURT, civil chamber, decision of 3 April 2024 (extract).\n"
    "Claimant: N. Orlova. Respondent: Ministry of Internal Affairs.\n"
    "The claimant's son died on 9 June 2021 in a police cell. The lower courts' dismissal is "
    "set aside; the Ministry is ordered to pay damages. The decision is final.\n"
)


def _ordered(tmp_path: Path, opened: str) -> set[str]:
    return _codes(tmp_path, {
        "notice.txt": ("red-notice", EN_NOTICE.format(opened=opened)),
        "judgment.txt": ("judgment", EN_JUDGMENT),
    }, "AZ")


def test_case_opened_weeks_after_the_ministry_was_ordered_to_pay_is_timing(
    tmp_path: Path,
) -> None:
    assert TIMING in _ordered(tmp_path, "25 April 2024")


def test_case_opened_years_after_the_ministry_was_ordered_to_pay_is_no_timing(
    tmp_path: Path,
) -> None:
    assert TIMING not in _ordered(tmp_path, "25 April 2027")


# ---------------------------------------------------------------- acts "as established" (ar)

AR_FACTS = (
    "نشرة حمراء\n"
    "الشخص المطلوب: كريم سالم، مواليد 1980.\n"
    "ملخص الوقائع: خلال الفترة من 2021 حتى 2022، قام المتهم بالاشتراك مع آخرين بإجراء عمليات "
    "غسل أموال متحصلة من جرائم، بأن حوّل تلك الأموال وأخفى مصدرها غير المشروع "
    "وأدخلها في النظام المالي للدولة، مع علمه بأنها متحصلات جريمة، {tail}\n"
    "التهمة: غسل الأموال.\n"
)


def test_acts_referred_to_what_the_investigations_established_are_vague(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, AR_FACTS.format(tail="وذلك على النحو الثابت بالتحريات."))
    assert VAGUE in rule_codes(assessment)


def test_a_sentence_without_the_reference_to_the_investigations_is_not_vague(
    tmp_path: Path,
) -> None:
    _, assessment = analyze(tmp_path, AR_FACTS.format(tail="وذلك في فرع مصرفي بدبي."))
    assert VAGUE not in rule_codes(assessment)
