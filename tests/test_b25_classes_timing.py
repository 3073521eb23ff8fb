"""Behaviour tests for the timing and opposition classes the b25 development cases exposed,
each with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import codes, packet

TIMING = "misuse.political-timing"
OPPOSITION = "misuse.political-opposition"


def _codes(tmp_path: Path, docs: dict[str, tuple[str, str]], country: str) -> set[str]:
    _packet, assessment = packet(tmp_path, docs, country)
    return codes(assessment)


# ---------------------------------------------------------------- an interview granted to a medium

FR_NOTICE = (
    "NOTICE ROUGE — BCN Lomé\n"
    "Nom : AMEGAN Kossi ; né le 4 mars 1975 à Aného ; togolais.\n"
    "Résumé des faits : l'intéressé a signé des bons de commande fictifs au dispensaire d'Aného.\n"
    "Qualification : faux en écriture. Mandat d'arrêt du juge d'instruction de Lomé, n° 8/2023, "
    "du {warrant}.\n"
)

FR_LETTER = (
    "Me Afi BOKO, avocate à Lomé, 2 octobre 2023\n"
    "Le 3 mai 2023, le Dr AMEGAN a accordé à la radio communautaire « Voix du Lac » un entretien "
    "sur les ruptures de vaccins au dispensaire. Notre client conteste les faits.\n"
)


def _interview(tmp_path: Path, warrant: str) -> set[str]:
    return _codes(tmp_path, {
        "notice.txt": ("red-notice", FR_NOTICE.format(warrant=warrant)),
        "lettre.txt": ("other", FR_LETTER),
    }, "TG")


def test_warrant_weeks_after_an_interview_granted_to_a_radio_is_timing(tmp_path: Path) -> None:
    assert TIMING in _interview(tmp_path, "30 mai 2023")


def test_warrant_years_after_the_interview_granted_is_no_timing(tmp_path: Path) -> None:
    assert TIMING not in _interview(tmp_path, "30 mai 2026")


# ---------------------------------------------------------------- the Maghreb broadcast interview

AR_NOTICE = (
    "نشرة حمراء\n"
    "الاسم: الزواري، هشام؛ مولود في 2 مارس 1972؛ تونسي.\n"
    "ملخص الوقائع: أدرج المعني فواتير شراء وهمية في حسابات الشركة.\n"
    "بطاقة الجلب: صادرة عن قاضي التحقيق، بتاريخ {warrant}.\n"
)

AR_LETTER = (
    "رسالة من الأستاذ كمال العياري، محام، تونس، 3 مارس 2024\n"
    "في 10 جوان 2023 استضافت إذاعة جهوية منوّبي في حوار مباشر انتقد فيه قرارات وزارة الصحة.\n"
)


def _radio(tmp_path: Path, warrant: str) -> set[str]:
    return _codes(tmp_path, {
        "notice.txt": ("red-notice", AR_NOTICE.format(warrant=warrant)),
        "letter.txt": ("other", AR_LETTER),
    }, "TN")


def test_warrant_months_after_a_live_radio_interview_is_timing(tmp_path: Path) -> None:
    assert TIMING in _radio(tmp_path, "20 سبتمبر 2023")


def test_warrant_years_after_the_radio_interview_is_no_timing(tmp_path: Path) -> None:
    assert TIMING not in _radio(tmp_path, "20 سبتمبر 2026")


# ---------------------------------------------------------------- a denunciation after an award

AWARD_JUDGMENT = (
    "TRIBUNAL DE GRANDE INSTANCE — Jugement n° 12/2024 du 5 juin 2024\n"
    "Accusé : MBARGA Éloi, né le 3 janvier 1970.\n"
    "Attendu que la société de l'accusé a saisi le tribunal arbitral, dont la sentence du 10 mars "
    "2021 condamne l'État à lui payer 800 000 000 FCFA ;\n"
    "Attendu que le ministère a, par lettre du {letter}, dénoncé au Contrôle supérieur de l'État "
    "l'usage de l'avance ;\n"
    "Par ces motifs, le déclare coupable de détournement.\n"
)


def _award(tmp_path: Path, letter: str) -> set[str]:
    return _codes(tmp_path, {
        "jugement.txt": ("judgment", AWARD_JUDGMENT.format(letter=letter)),
    }, "CM")


def test_a_denunciation_weeks_after_an_award_against_the_state_is_timing(tmp_path: Path) -> None:
    assert TIMING in _award(tmp_path, "2 avril 2021")


def test_a_denunciation_years_after_the_award_is_no_timing(tmp_path: Path) -> None:
    assert TIMING not in _award(tmp_path, "2 avril 2023")


# ---------------------------------------------------------------- an administration's act unlawful

UZ_NOTICE = (
    "RED NOTICE\n"
    "Subject: TURSUNOV, Akmal. Born 5 May 1980. Uzbek.\n"
    "Summary of facts: the subject embezzled subsidies granted to his farm.\n"
    "Warrant: regional criminal court, ruling on detention of {warrant}.\n"
)

UZ_LETTER = (
    "Letter from counsel, 1 March 2024\n"
    "Enclosed: the decision of the regional economic court of 4 August 2023 declaring unlawful "
    "the khokimiyat's termination of the farm's land lease.\n"
)


def _lease(tmp_path: Path, warrant: str) -> set[str]:
    return _codes(tmp_path, {
        "notice.txt": ("red-notice", UZ_NOTICE.format(warrant=warrant)),
        "letter.txt": ("other", UZ_LETTER),
    }, "UZ")


def test_warrant_months_after_the_administrations_act_was_ruled_unlawful_is_timing(
    tmp_path: Path,
) -> None:
    assert TIMING in _lease(tmp_path, "20 October 2023")


def test_warrant_years_after_that_ruling_is_no_timing(tmp_path: Path) -> None:
    assert TIMING not in _lease(tmp_path, "20 October 2026")


# ---------------------------------------------------------------- a case registered after protests

KZ_NOTICE = (
    "RED NOTICE\n"
    "Subject: ABENOV, Yerlan. Born 9 June 1985. Kazakh.\n"
    "Summary of facts: the subject called on workers to continue a strike. Pre-trial "
    "investigation registered on {registered}.\n"
    "Warrant: city court, order on detention in custody, 1 December 2024.\n"
)

KZ_LETTER = (
    "Statement of a workers' federation, 10 December 2024\n"
    "The street protests of 12 July 2024 in front of the depot demanded unpaid wages.\n"
)


def _protests(tmp_path: Path, registered: str) -> set[str]:
    return _codes(tmp_path, {
        "notice.txt": ("red-notice", KZ_NOTICE.format(registered=registered)),
        "letter.txt": ("other", KZ_LETTER),
    }, "KZ")


def test_an_investigation_registered_days_after_protests_is_timing(tmp_path: Path) -> None:
    assert TIMING in _protests(tmp_path, "18 July 2024")


def test_an_investigation_registered_months_after_protests_is_no_timing(tmp_path: Path) -> None:
    assert TIMING not in _protests(tmp_path, "18 November 2024")


# ---------------------------------------------------------------- "Ministerio Público"

ES_SUMMONS = (
    "RESUMEN DE HECHOS\n"
    "Persona buscada: LÓPEZ RIVAS, Mario. Nacido el 2 de mayo de 1978.\n"
    "El buscado cobró facturas de suministros nunca entregados al hospital. Salió del país "
    "el 3 de marzo de 2023, un día después de {what}.\n"
    "Delito: fraude. Pena: hasta ocho años de prisión.\n"
)


def _summons(tmp_path: Path, what: str) -> set[str]:
    return _codes(tmp_path, {"resumen.txt": ("red-notice", ES_SUMMONS.format(what=what))}, "HN")


def test_a_summons_of_the_ministerio_publico_is_no_publication(tmp_path: Path) -> None:
    assert TIMING not in _summons(tmp_path, "recibir la citación del Ministerio Público")


def test_proceedings_a_day_after_he_published_are_still_timing(tmp_path: Path) -> None:
    text = ES_SUMMONS.replace("Salió del país", "La denuncia se presentó")
    _packet, assessment = packet(tmp_path, {"resumen.txt": ("red-notice", text.format(
        what="que publicó una columna contra el alcalde"))}, "HN")
    assert TIMING in codes(assessment)


# ---------------------------------------------------------------- a former MP with a money trail

JO_NOTICE = (
    "نشرة حمراء\n"
    "الاسم: العمري، سامي؛ مواليد 3 أيار 1968؛ أردني؛ نائب سابق.\n"
    "ملخص الوقائع: أودع المطلوب مبالغ من عائدات تهريب المخدرات{trail}.\n"
    "التهمة: غسل الأموال المتحصلة من جريمة الاتجار بالمخدرات.\n"
    "مذكرة القبض: صادرة عن المدعي العام لمحكمة أمن الدولة، بتاريخ 3 آب 2022.\n"
)

TRAIL = (
    " في حسابين باسم شقيقه، وقد رصدت وحدة مكافحة غسل الأموال التحويلات وأكدها كشف حسابات الشركة"
)


def _former_mp(tmp_path: Path, trail: str) -> set[str]:
    return _codes(tmp_path, {"notice.txt": ("red-notice", JO_NOTICE.format(trail=trail))}, "JO")


def test_a_former_mp_with_a_traced_money_trail_is_no_opposition(tmp_path: Path) -> None:
    assert OPPOSITION not in _former_mp(tmp_path, TRAIL)


def test_a_former_mp_without_a_money_trail_is_still_opposition(tmp_path: Path) -> None:
    assert OPPOSITION in _former_mp(tmp_path, "")


# ---------------------------------------------------------------- a party official by his branch

SY_WARRANT = (
    "مذكرة توقيف رقم 40 تاريخ 6/4/2011\n"
    "بحق: كاوا علي، تولد القامشلي 1980، {office}.\n"
    "لإقدامه على تنظيم تجمع غير مرخص.\n"
)


def _office(tmp_path: Path, office: str) -> set[str]:
    warrant = SY_WARRANT.format(office=office)
    return _codes(tmp_path, {"warrant.txt": ("arrest-warrant", warrant)}, "SY")


def test_the_official_of_a_party_branch_is_opposition(tmp_path: Path) -> None:
    assert OPPOSITION in _office(tmp_path, "مسؤول منظمة حلب في «حزب الوفاق الكردي»")


def test_the_official_of_a_company_branch_is_no_opposition(tmp_path: Path) -> None:
    assert OPPOSITION not in _office(tmp_path, "مسؤول فرع حلب في شركة النقل")
