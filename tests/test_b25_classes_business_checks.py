"""Behaviour tests for the classes the b25 development cases exposed in disputes with the state,
the validity of the warrant and the consistency of charges: each fixed by a rule or a lexicon
entry, with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, packet, rule_codes

BUSINESS = "misuse.business-dispute-state"
STATUS = "validity.status"
CHARGES = "consistency.charges"

# ---------------------------------------------------------------- a national administration

NATIONAL_ADMIN = (
    "Persona buscada: LEMUS PORTILLO, Aurelio. Nacido el 3/2/1969.\n"
    "Hechos: la empresa del buscado contrató en 2021 con la Administración Nacional de Riego y"
    " Drenaje (ANRD) la construcción de un canal en Chalatenango.\n"
    "En enero de 2023 ANRD rescindió unilateralmente el contrato y retuvo los pagos.\n"
    "Delito: estafa agravada (art. 216 del Código Penal). Pena: cinco a ocho años.\n"
)


def test_a_national_administration_and_its_acronym_are_a_state_party(tmp_path: Path) -> None:
    """"Administración Nacional de ... (ANRD)" is a state body: its acronym, later, names it."""
    _packet, assessment = analyze(tmp_path, NATIONAL_ADMIN)
    assert BUSINESS in codes(assessment)


def test_a_private_firm_with_an_acronym_is_no_state_party(tmp_path: Path) -> None:
    text = NATIONAL_ADMIN.replace(
        "Administración Nacional de Riego y Drenaje", "Riegos Lemus Hermanos"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in codes(assessment)


# ---------------------------------------------------------------- land allocation withdrawn

ALLOCATION = (
    "نشرة حمراء\n"
    "الاسم: السباعي، ماجد فؤاد؛ مواليد 1970.\n"
    "ملخص الوقائع: حصل المتهم بصفته رئيس شركة زراعية على دعم لحفر آبار في أرض المشروع.\n"
    "التهمة: الاستيلاء على المال العام. العقوبة: السجن المشدد.\n"
    "أبرمت الشركة عقد حق انتفاع مع الهيئة."
    " ثم أصدرت الهيئة الحكومية قرارا بإلغاء التخصيص وسحب الأرض، فطعنت الشركة على القرار.\n"
)


def test_a_land_allocation_cancelled_by_a_state_body_is_a_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, ALLOCATION)
    assert BUSINESS in codes(assessment)


def test_an_allocation_cancelled_by_a_private_firm_is_no_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    text = ALLOCATION.replace("الهيئة الحكومية", "شركة النخيل الخاصة")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in rule_codes(assessment)


LEASE = (
    "Subject: TURSUNOV, Alisher. Born 4 May 1975.\n"
    "Summary of facts: the subject, director of a farming company, embezzled budget subsidies.\n"
    "Charge: embezzlement (Criminal Code art. 167).\n"
    "Counsel: the khokimiyat's termination of the company's 49-year lease was declared unlawful"
    " by the Economic Court.\n"
)


def test_a_land_lease_ended_by_the_local_administration_is_a_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, LEASE)
    assert BUSINESS in codes(assessment)


def test_a_lease_ended_by_a_private_landlord_is_no_dispute_with_the_state(tmp_path: Path) -> None:
    text = LEASE.replace("the khokimiyat's", "the landlord's")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in codes(assessment)


# ---------------------------------------------------------------- the government partner

PARTNER = (
    "تعميم\n"
    "الاسم: ميرزا، كمال؛ مواليد 1974.\n"
    "التهمة: الاختلاس وخيانة الأمانة.\n"
    "رسالة المحامي: في مارس 2023 أنهى الشريك الحكومي عقد الإدارة قبل أوانه،"
    " فأودع موكلنا طلب تحكيم.\n"
)


def test_the_government_partner_ending_the_contract_is_a_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    """The masculine verb ("أنهى ... عقد") and the government partner of a joint venture."""
    _packet, assessment = analyze(tmp_path, PARTNER)
    assert BUSINESS in codes(assessment)


def test_a_partner_not_said_to_be_the_government_is_no_state_party(tmp_path: Path) -> None:
    text = PARTNER.replace("الشريك الحكومي", "الشريك الآخر")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in codes(assessment)


# ---------------------------------------------------------------- national service

DIFFUSION = (
    "DIFUSIÓN - OCN Asmara\n"
    "Persona buscada: HAILE MEBRAHTU, Filmon. Nacido el 2 de enero de 2000.\n"
    "Hechos: el 4 de marzo de 2022 abandonó su puesto en el campamento sin autorización.\n"
    "Cargos: deserción del servicio nacional (Proclamación 82/1995, art. 37).\n"
)
WARRANT = (
    "TRIBUNAL MILITAR - Orden de detención 77/2022\n"
    "Se ordena la detención del recluta Filmon Haile Mebrahtu, nacido el 2 de enero de 2000,"
    " por abandono de su unidad y evasión del servicio nacional.\n"
)


def _service_packet(tmp_path: Path, warrant: str) -> set[str]:
    _packet, assessment = packet(
        tmp_path,
        {"difusion.txt": ("diffusion", DIFFUSION), "orden.txt": ("arrest-warrant", warrant)},
        "ER",
    )
    return codes(assessment)


def test_evading_national_service_is_the_desertion_not_an_escape(tmp_path: Path) -> None:
    """"evasión del servicio nacional" is the conscript's offence, not an escape from custody."""
    assert CHARGES not in _service_packet(tmp_path, WARRANT)


def test_a_warrant_for_another_offence_still_differs(tmp_path: Path) -> None:
    other = WARRANT.replace(
        "por abandono de su unidad y evasión del servicio nacional", "por robo agravado"
    )
    assert CHARGES in _service_packet(tmp_path, other)


# ---------------------------------------------------------------- warrant lifted, amnesty

AMNESTY = (
    "تعميم\n"
    "الاسم: الحلبي، رامي؛ مواليد 1990.\n"
    "التهمة: الفرار الخارجي.\n"
    "رسالة المحامي: نرفق شهادة عن النيابة العسكرية تفيد بإسقاط الدعوى العامة بحقه بالعفو العام.\n"
)


def test_a_prosecution_extinguished_by_an_amnesty_leaves_no_warrant(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, AMNESTY)
    assert STATUS in codes(assessment)


def test_an_amnesty_that_excludes_the_subject_leaves_the_warrant(tmp_path: Path) -> None:
    text = AMNESTY.replace(
        "تفيد بإسقاط الدعوى العامة بحقه بالعفو العام", "تفيد باستثنائه من العفو العام"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert STATUS not in codes(assessment)


CAPTURE = (
    "Persona buscada: QUISPE LAZO, Rosa. Nacida el 2/3/1985.\n"
    "Delito: difamación agravada (art. 132 del Código Penal).\n"
    "Sentencia de 2023, cuatro meses de pena efectiva, con orden de ubicación y captura.\n"
)


def test_a_peruvian_order_of_location_and_capture_left_without_effect(tmp_path: Path) -> None:
    text = CAPTURE + "En 2025 el Juzgado dejó sin efecto la orden de ubicación y captura.\n"
    _packet, assessment = analyze(tmp_path, text)
    assert STATUS in codes(assessment)


def test_an_order_of_location_and_capture_still_in_force(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CAPTURE)
    assert STATUS not in codes(assessment)
