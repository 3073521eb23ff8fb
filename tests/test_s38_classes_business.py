"""Behaviour tests for the classes the s38 development cases exposed in disputes with a state
body (a supplier's payments stopped, a concession rescinded, a suit against a municipality, a
report to an anti-corruption or tax authority) and in a private works advance with a civil
case beside the complaint: each fixed by a lexicon entry, with a counterpart that must still
read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, rule_codes, sources

BUSINESS = "misuse.business-dispute-state"
PRIVATE = "offense.administrative-private"

# ------------------------------------------------ a report handed to an anti-corruption body

REPORT = (
    "NOTICE ROUGE\n"
    "Nom : KABORE, Paul, né le 3/03/1980. Ancien comptable de la société Fibres du Sud.\n"
    "Qualification : détournement de biens publics. Peine maximale : dix ans.\n"
    "Le 4 mars 2023, M. Kaboré a remis à l'Autorité supérieure de contrôle d'État un dossier"
    " sur des surfacturations ; la plainte de la société le vise depuis avril.\n"
)


def test_a_file_handed_to_an_anti_corruption_authority_is_whistleblowing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, REPORT)
    assert BUSINESS in rule_codes(assessment)


def test_a_file_handed_to_a_lawyer_is_no_whistleblowing(tmp_path: Path) -> None:
    text = REPORT.replace("l'Autorité supérieure de contrôle d'État", "son avocat")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in rule_codes(assessment)


DATA = (
    "NOTIFICACIÓN ROJA\n"
    "Apellidos: LOMBARD. Nombres: Henri. Nacido el 5/05/1975.\n"
    "Cargos: violación del secreto bancario; obtención ilícita de datos. Pena: tres años.\n"
    "Los datos de clientes fueron entregados por mi representado a las administraciones"
    " tributarias de varios Estados.\n"
)


def test_bank_data_handed_to_tax_authorities_is_whistleblowing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DATA)
    assert BUSINESS in rule_codes(assessment)


def test_bank_data_sold_to_other_banks_is_no_whistleblowing(tmp_path: Path) -> None:
    text = DATA.replace("a las administraciones tributarias de varios Estados", "a varios bancos")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in rule_codes(assessment)


# ------------------------------------------------ a state buyer that stopped paying the supplier

SUPPLIER = (
    "نشرة حمراء\n"
    "المطلوب: سامر خليل النجار، مواليد 1970، مدير شركة توريد.\n"
    "التهمة: الاستيلاء على المال العام. العقوبة: السجن عشر سنوات.\n"
    "استلمت المؤسسة الحكومية الأجهزة في 2022، ثم أوقفت صرف آخر دفعتين، فرفع موكلنا دعوى مطالبة.\n"
)


def test_a_state_establishment_stopping_the_payments_is_a_dispute(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SUPPLIER)
    assert BUSINESS in rule_codes(assessment)


def test_a_private_company_stopping_the_payments_is_no_dispute(tmp_path: Path) -> None:
    text = SUPPLIER.replace("المؤسسة الحكومية", "الشركة الخاصة")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in rule_codes(assessment)


# ------------------------------------------------ a concession rescinded, the province's attorney

CONCESSION = (
    "DIFUSIÓN. Persona: VIDELA, Ramón, nacido el 2/02/1968.\n"
    "Cargo: administración fraudulenta. Pena: 2 a 6 años.\n"
    "La concesionaria inició el arbitraje; la denuncia penal la presentó la Fiscalía de Estado,"
    " parte demandada en ese arbitraje.\n"
)


def test_a_complaint_by_the_state_attorney_sued_in_arbitration_is_a_dispute(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, CONCESSION)
    assert f"{BUSINESS}.contract-arbitration" in sources(assessment)


def test_a_complaint_by_a_private_party_sued_in_arbitration_is_no_dispute(tmp_path: Path) -> None:
    """The arbitration term needs the state side beside it (the sentence model weighs the rest)."""
    text = CONCESSION.replace("la Fiscalía de Estado", "la empresa Transportes Norte")
    _packet, assessment = analyze(tmp_path, text)
    assert f"{BUSINESS}.contract-arbitration" not in sources(assessment)


def test_the_province_rescinding_the_concession_is_a_dispute(tmp_path: Path) -> None:
    text = (
        "DIFUSIÓN. Persona: VIDELA, Ramón, nacido el 2/02/1968.\n"
        "Cargo: administración fraudulenta. Pena: 2 a 6 años.\n"
        "Por decreto, el gobierno rescindió la concesión de su empresa.\n"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS in rule_codes(assessment)


# ------------------------------------------------ the defendant of the suit is a municipality

SUIT = (
    "نشرة حمراء\n"
    "المطلوب: فهد ناصر العتيبي، مواليد 1971، مالك مؤسسة مقاولات.\n"
    "التهمة: الاحتيال المالي. العقوبة: السجن خمس سنوات.\n"
    "ملخص صحيفة دعوى: المدعية: مؤسسة المطلوب للمقاولات. المدعى عليها: بلدية محافظة الوادي.\n"
    "تطالب المدعية بإلغاء قرار سحب المشروع وبتعويض عن التأخير.\n"
)


def test_a_suit_against_a_municipality_named_as_defendant_is_a_dispute(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SUIT)
    assert BUSINESS in rule_codes(assessment)


def test_a_suit_against_a_private_company_named_as_defendant_is_no_dispute(
    tmp_path: Path,
) -> None:
    text = SUIT.replace("بلدية محافظة الوادي", "شركة الوادي العقارية")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in rule_codes(assessment)


# ------------------------------------------------ a works advance with a civil case beside it

ADVANCE = (
    "DIFFUSION. Personne recherchée : KHOURY, Fadi, né le 1/01/1976, entrepreneur.\n"
    "Faits : l'intéressé a reçu de M. Salim Aoun une avance de 30 000 dollars pour des travaux"
    " qu'il n'a pas achevés.\n"
    "Qualifications : escroquerie. Peine maximale : 3 ans.\n"
    "M. Aoun a assigné mon client devant la chambre civile en remboursement ; une séance de"
    " médiation est fixée au 12 décembre.\n"
)


def test_a_works_advance_with_a_civil_case_and_mediation_is_private(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ADVANCE)
    assert PRIVATE in rule_codes(assessment)


def test_a_works_advance_taken_by_an_armed_gang_is_not_private(tmp_path: Path) -> None:
    text = ADVANCE.replace(
        "M. Aoun a assigné mon client devant la chambre civile en remboursement ; une séance de"
        " médiation est fixée au 12 décembre.\n",
        "M. Aoun a été menacé par une bande armée ; une organisation criminelle a pris l'argent"
        " devant la chambre civile.\n",
    )
    _packet, assessment = analyze(tmp_path, text)
    assert PRIVATE not in rule_codes(assessment)
