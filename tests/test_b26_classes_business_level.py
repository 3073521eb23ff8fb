"""Behaviour tests for the classes the b26 development cases exposed in disputes with a state
body or a state company, and in a charge under a worship-licensing law: each fixed by a rule or
a lexicon entry, with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, rule_codes, sources

BUSINESS = "misuse.business-dispute-state"
RELIGIOUS = "misuse.religious-minority"

# ------------------------------------------------ a municipality sued by its contractor

MUNICIPALITY = (
    "نشرة حمراء\n"
    "المطلوب: فهد ناصر العتيبي، مواليد 1971، مالك مؤسسة مقاولات.\n"
    "التهمة: الاحتيال المالي. العقوبة: السجن خمس سنوات.\n"
    "ملخص صحيفة دعوى: المدعية: مؤسسة المطلوب للمقاولات. المدعى عليها: بلدية محافظة الوادي."
    " تطالب المدعية بإلغاء قرار سحب المشروع الصادر عن البلدية.\n"
)


def test_a_contractor_suing_a_municipality_is_a_dispute_with_the_state(tmp_path: Path) -> None:
    """A municipality is the state's side; its withdrawal of the project is the dispute."""
    _packet, assessment = analyze(tmp_path, MUNICIPALITY)
    assert BUSINESS in rule_codes(assessment)


def test_a_contractor_suing_a_private_client_is_no_dispute_with_the_state(tmp_path: Path) -> None:
    text = MUNICIPALITY.replace("بلدية محافظة الوادي", "شركة الوادي العقارية الخاصة")
    text = text.replace("الصادر عن البلدية", "الصادر عن الشركة")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in rule_codes(assessment)


def test_forged_deliveries_to_a_municipality_are_no_dispute(tmp_path: Path) -> None:
    """A fraud on the state body, with no suit or withdrawal, stays an ordinary fraud."""
    text = (
        "نشرة حمراء\n"
        "المطلوب: فهد ناصر العتيبي، مواليد 1971، مالك مؤسسة توريد.\n"
        "الوقائع: قدمت مؤسسة المطلوب إلى بلدية محافظة الوادي محاضر توريد مزورة لمعدات لم تسلم.\n"
        "التهمة: الاحتيال المالي. العقوبة: السجن خمس سنوات.\n"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in rule_codes(assessment)


# ------------------------------------------------ early termination by a state company

EARLY_END = (
    "Requerido: ZUBIAURRE OLANO, Mikel. Nacido el 3/5/1966.\n"
    "Cargos: estafa (art. 468 del Código Penal). Pena: cinco años.\n"
    "La empresa estatal puso término anticipado al contrato de maquila en 2022, y la sociedad"
    " del requerido la demandó por indemnización ante el juzgado civil.\n"
)


def test_a_state_company_ending_the_contract_early_is_a_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, EARLY_END)
    assert BUSINESS in rule_codes(assessment)


def test_a_private_company_ending_the_contract_early_is_no_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    text = EARLY_END.replace("La empresa estatal", "La empresa minera privada")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in rule_codes(assessment)


MINISTRY_ENDS = (
    "Requerido: ORTIZ VELA, Bruno. Nacido el 9/9/1970.\n"
    "Cargo: peculado. Pena: de 10 a 13 años.\n"
    "La denuncia la presentó el Ministerio de Obras, que en 2023 terminó unilateralmente el"
    " contrato sin liquidar las obras ejecutadas.\n"
)


def test_a_ministry_that_ended_the_contract_unilaterally_is_a_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, MINISTRY_ENDS)
    assert BUSINESS in rule_codes(assessment)


def test_a_landlord_that_ended_the_lease_unilaterally_is_no_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    text = MINISTRY_ENDS.replace("el Ministerio de Obras", "el arrendador del local")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in rule_codes(assessment)


# ------------------------------------------------ a public office named by its head noun

OFFICE = (
    "BERRADA, Nabil, né le 02/03/1972 à Gabès.\n"
    "Faits : la société de l'intéressé a perçu d'un office public de commercialisation des"
    " dattes une avance pour une livraison jamais faite.\n"
    "Qualification : escroquerie. Peine maximale : cinq ans d'emprisonnement.\n"
    "En décembre 2022, l'office a suspendu unilatéralement le contrat et refusé la livraison.\n"
)


def test_a_public_office_named_later_by_its_head_noun_is_a_state_party(tmp_path: Path) -> None:
    """"un office public ..." once, then "l'office": the later mention is the state's side."""
    _packet, assessment = analyze(tmp_path, OFFICE)
    assert BUSINESS in rule_codes(assessment)


def test_a_private_buyer_named_later_by_its_head_noun_is_no_state_party(tmp_path: Path) -> None:
    text = OFFICE.replace("un office public de commercialisation", "une société privée de négoce")
    text = text.replace("l'office a suspendu", "la société a suspendu")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in rule_codes(assessment)


# ------------------------------------------------ worship-licensing charges as nouns

WORSHIP = (
    "Requerido: BENALI, Samir. Nacido el 4/4/1984 en Tizi Ouzou.\n"
    "Hechos: reunió en su casa a vecinos para lecturas y repartió ejemplares del Nuevo"
    " Testamento.\n"
    "Cargos: incitación de un musulmán a cambiar de religión y ejercicio de culto en lugar no"
    " autorizado. Condena: 3 años de prisión.\n"
)


def test_a_noun_form_worship_licensing_charge_is_a_religious_minority_sign(
    tmp_path: Path,
) -> None:
    """Read by the lexicon itself, not only by a text model."""
    _packet, assessment = analyze(tmp_path, WORSHIP)
    assert any(s.startswith(RELIGIOUS + ".") for s in sources(assessment))


def test_street_trading_in_an_unauthorised_place_is_no_religious_sign(tmp_path: Path) -> None:
    text = (
        "Requerido: BENALI, Samir. Nacido el 4/4/1984 en Tizi Ouzou.\n"
        "Hechos: vendió mercancía de contrabando en lugar no autorizado del mercado.\n"
        "Cargos: contrabando y comercio en lugar no autorizado. Condena: 3 años de prisión.\n"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert not any(s.startswith(RELIGIOUS + ".") for s in sources(assessment))
