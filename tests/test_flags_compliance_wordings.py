"""Compliance and validity readings worded as real packets word them (fictional texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, held

STACKED = """Résumé des faits : au cours des années 2020 et 2021, à Douala, le nommé MBARGA ESSOMBA
Théodore a commis, seul ou de concert avec d'autres, des faits d'abus de confiance au préjudice
de plusieurs personnes, faits prévus et punis par la loi.
Qualification : abus de confiance (art. 318 du Code pénal). Peine encourue : dix ans.
Mandat d'arrêt n° 45/2022 du juge d'instruction de Douala, 3 mars 2022.
"""

ONE_FORMULA = """Résumé des faits : le 12 mai 2021 à Douala, le nommé MBARGA ESSOMBA Théodore
a encaissé, seul ou de concert avec d'autres, 14 chèques de clients de la coopérative
qu'il dirigeait et
a viré les fonds, soit 38 millions de francs CFA, sur le compte de sa société.
Qualification : abus de confiance (art. 318 du Code pénal). Peine encourue : dix ans.
Mandat d'arrêt n° 45/2022 du juge d'instruction de Douala, 3 mars 2022.
"""


def test_stacked_catch_all_formulae_read_as_boilerplate(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, STACKED)
    assert "compliance.vague-facts" in codes(assessment)
    assert assessment.level == "review-needed"


def test_one_catch_all_formula_beside_a_concrete_act_is_not_boilerplate(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, ONE_FORMULA)
    assert "compliance.vague-facts" not in codes(assessment), assessment.flags
    assert assessment.level == "no-concerns-found", assessment.flags


STAYED = """DISTRICT COURT, CRIMINAL AMPARO DIVISION. Stay proceedings 77/2023.
Applicant: Rodrigo SALAZAR PINEDA. Act complained of: the arrest warrant of 4 January 2023.
Ruling of 9 February 2023: the court suspended the arrest warrant while the amparo is decided,
on condition that the applicant appears before the trial judge within five days.
"""


def test_a_warrant_stayed_by_a_court_puts_validity_in_question(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, STAYED)
    flag = next(f for f in assessment.flags if f.code == "validity.status")
    assert flag.severity == "medium"
    assert "suspended the arrest warrant" in flag.evidence[0].quote.lower()


# A death or life penalty written as the bare value of a penalty label: the penalty is stated.
@pytest.mark.parametrize("penalty", [
    "Maximum penalty: death.",
    "Penalty: life.",
    "Peine encourue : la mort.",
    "Pena máxima: muerte.",
    "العقوبة: الإعدام.",
])
def test_a_death_or_life_penalty_as_a_label_value_is_a_penalty(
    tmp_path: Path, penalty: str
) -> None:
    text = (
        "Summary of facts: on 3 October 2021, in the village of Mbeya Kati, the accused "
        "Joseph KAMWELA struck a neighbour with an axe during a quarrel over cattle; the "
        "neighbour died the same night.\n"
        "Charge: murder, contrary to section 196 of the Penal Code.\n"
        f"{penalty}\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "compliance.judicial-data" not in codes(assessment), assessment.flags
    assert assessment.level == "no-concerns-found"


def test_a_numbered_ordinance_is_the_law_of_the_charge(tmp_path: Path) -> None:
    text = (
        "Exposé des faits : le 2 juin 2022, à Zinder, le nommé ADAMOU SALEY Moussa a fait "
        "charger 600 kilogrammes de cannabis dans un car de voyageurs à destination de Kano.\n"
        "Qualification : trafic de stupéfiants, ordonnance n°2019-11 du 4 avril 2019.\n"
        "Peine encourue : dix à trente ans d'emprisonnement.\n"
        "Mandat d'arrêt n°33/2022 du juge d'instruction de Zinder, 20 juin 2022.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "compliance.judicial-data" not in codes(assessment), assessment.flags


# A harm to the State as the only act, beside conduct named only as a kind (fictional texts).
@pytest.mark.parametrize("facts", [
    "Summary of facts: Since 2016 the subject has engaged in subversive activities abroad and "
    "spread separatist ideas online, seriously endangering national security.",
    "Resumen de hechos: entre marzo y mayo de 2022 el requerido hizo parte de una estructura "
    "criminal que, de manera organizada y sistemática, ocupó fincas en la región, con el fin de "
    "desestabilizar el orden institucional.",
    "Résumé des faits : depuis 2019, l'intéressé a mené des activités subversives depuis "
    "l'étranger, dans le but de déstabiliser les institutions.",
    "ملخص الوقائع: منذ عام 2018 قام بأنشطة إرهابية في الخارج بهدف زعزعة استقرار الدولة.",
])
def test_a_harm_to_the_state_beside_conduct_named_only_as_a_kind_is_boilerplate(
    tmp_path: Path, facts: str
) -> None:
    _p, assessment = analyze(tmp_path, facts + "\n")
    vague = next(f for f in assessment.flags if f.code == "compliance.vague-facts")
    assert vague.provenance.id == "compliance.vague-facts.state-harm-aim"


def test_a_harm_to_the_state_beside_a_concrete_act_is_not_boilerplate(tmp_path: Path) -> None:
    text = (
        "Summary of facts: on 4 March 2022 in Mombasa the subject placed an explosive device "
        "under a fuel tanker at the port gate, seriously endangering national security; two "
        "workers were injured when it exploded.\n"
        "Charge: causing an explosion (section 231 of the Penal Code), punishable by life "
        "imprisonment.\nArrest warrant no. 88/2022 of 9 March 2022.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "compliance.vague-facts" not in codes(assessment), assessment.flags


def test_boilerplate_that_leaves_no_datum_out_is_vague_facts_alone(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, STACKED)
    assert "compliance.vague-facts" in codes(assessment)
    assert "compliance.judicial-data" not in codes(assessment), assessment.flags


# The notice itself said to be cancelled, in the words of a press summary or a letter.
@pytest.mark.parametrize("text", [
    "Press summary: weeks later the General Secretariat announced that it had cancelled the red "
    "notice after reviewing new information.",
    "Revue de presse : le Secrétariat général a supprimé la notice rouge en mars 2022.",
    "Resumen de prensa: la notificación roja fue cancelada por la Secretaría General en 2021.",
    "ملخص صحفي: أعلنت الأمانة العامة أنها ألغت النشرة الحمراء بعد مراجعة الملف.",
])
def test_a_notice_said_to_be_cancelled_in_a_summary_raises_validity(
    tmp_path: Path, text: str
) -> None:
    _p, assessment = analyze(tmp_path, text + "\n")
    flag = next(f for f in assessment.flags if f.code == "validity.status")
    assert flag.severity == "high"


_KIND_FACTS = (
    "Hechos: el 2 de febrero de 2023, en Rancagua, el requerido sustrajo del local de su "
    "empleador 14 millones de pesos de la caja fuerte.\n"
    "Delito: robo con fuerza en lugar no habitado (artículo 442 del Código Penal).\n"
    "Orden de detención: Juzgado de Garantía de Rancagua, RIT 77-2023, 9 de febrero de 2023.\n"
)


@pytest.mark.parametrize("penalty", [
    "Pena: presidio menor en su grado máximo.",
    "Pena: reclusión mayor.",
])
def test_a_penalty_given_by_its_kind_and_grade_is_stated(tmp_path: Path, penalty: str) -> None:
    _p, assessment = analyze(tmp_path, _KIND_FACTS + penalty + "\n")
    assert "compliance.judicial-data" not in codes(assessment), assessment.flags


def test_a_penalty_label_with_no_kind_leaves_the_penalty_missing(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, _KIND_FACTS + "Pena: según la ley.\n")
    data = next(f for f in assessment.flags if f.code == "compliance.judicial-data")
    assert "penalty" in data.rationale


def _flag(code: str, family: str):  # type: ignore[no-untyped-def]
    from pipeline.records import Flag, Provenance

    return Flag(
        code=code, family=family, severity="medium", rationale="",  # type: ignore[arg-type]
        provenance=Provenance(kind="rule", id=f"rule.{code}", version="test"),
    )


def test_a_misuse_indicator_with_boilerplate_facts_is_likely_non_compliant() -> None:
    from pipeline.flags.levels import level_for

    level, why = level_for([
        _flag("misuse.protest-assembly", "misuse"), _flag("compliance.vague-facts", "compliance"),
    ])
    assert level == "likely-non-compliant" and "boilerplate" in why
    level, _why = level_for([
        _flag("misuse.protest-assembly", "misuse"), _flag("compliance.judicial-data", "compliance"),
    ])
    assert level == "review-needed"
    level, _why = level_for([_flag("compliance.vague-facts", "compliance")])
    assert level == "review-needed"


def test_a_year_in_arabic_indic_digits_dates_the_facts(tmp_path: Path) -> None:
    text = (
        "الوقائع: في ١٤ مارس ٢٠٢٢، بسوق المدينة القديمة في صفاقس، طعن المطلوب بائعاً بسكين "
        "أثناء شجار على مكان العرض، فتوفي متأثراً بجراحه.\n"
        "المواد: القتل العمد (الفصل ٢٠١ من المجلة الجزائية).\n"
        "العقوبة: السجن مدة لا تتجاوز عشرين سنة.\n"
        "بطاقة الجلب: صادرة عن قاضي التحقيق بصفاقس تحت عدد ٤٤١٠ بتاريخ ٢٠٢٢/٣/٢٠.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "compliance.judicial-data" not in codes(assessment), assessment.flags


def test_a_term_after_a_penalty_word_holds_back_a_non_custodial_reading(tmp_path: Path) -> None:
    text = (
        "Summary of facts: on 9 May 2022, at the Osh bus station, the subject sold forged "
        "residence permits to three travellers for 400 dollars each.\n"
        "Charges: use of a forged document; petty trading without a licence.\n"
        "Law: Articles 378(3) and 311(1) of the Criminal Code.\n"
        "Maximum penalty: fine (Article 311(1)); 5 years (Article 378(3)).\n"
        "Warrant: Osh City Court, detention order no. 44/22, 20 May 2022.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "compliance.penalty-threshold" not in codes(assessment), assessment.flags


# A harm to society's security beside conduct named only by its aim (fictional texts).
@pytest.mark.parametrize("facts", [
    "الوقائع: قام المذكور بأعمال تهدف إلى زعزعة أمن المجتمع، وتواصل مع جهات خارجية.",
    "Summary of facts: the subject carried out acts aimed at undermining the security of "
    "society and kept in touch with groups abroad.",
])
def test_acts_named_only_by_a_harm_to_society_are_boilerplate(
    tmp_path: Path, facts: str
) -> None:
    _p, assessment = analyze(tmp_path, facts + "\n")
    vague = next(f for f in assessment.flags if f.code == "compliance.vague-facts")
    assert vague.provenance.id == "compliance.vague-facts.state-harm-aim"


def test_a_missing_time_of_boilerplate_facts_is_said_once_as_vague_facts(
    tmp_path: Path,
) -> None:
    text = (
        "Summary of facts: the subject carried out acts aimed at undermining the security of "
        "society in the city of Dammam.\n"
        "Charges: financing terrorism (article 47 of the Counter-Terrorism Law).\n"
        "Penalty: imprisonment of up to twenty years.\n"
        "Arrest warrant no. 5513 of 3 June 2021, Public Prosecution.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "compliance.vague-facts" in codes(assessment)
    assert "compliance.judicial-data" not in codes(assessment), assessment.flags
    assert "boilerplate" in held(assessment)["compliance.judicial-data"]


# A penalty the law leaves to the court's discretion states that no maximum is fixed.
@pytest.mark.parametrize("penalty", [
    "Penalty: at the discretion of the court.",
    "العقوبة: تعزيرية وفق تقدير المحكمة.",
    "Pena: a discreción del tribunal.",
])
def test_a_penalty_left_to_the_courts_discretion_is_stated(
    tmp_path: Path, penalty: str
) -> None:
    text = (
        "Summary of facts: on 3 March 2021 in Jeddah the subject set fire to his neighbour's "
        "warehouse after a quarrel; a night guard was badly burnt.\n"
        "Charge: arson (article 12 of the Penal Code).\n"
        f"{penalty}\n"
        "Arrest warrant no. 4411 of 10 March 2021, Public Prosecution, Jeddah.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "compliance.judicial-data" not in codes(assessment), assessment.flags


def test_a_cancelled_notice_holds_back_the_judicial_data_it_lacks(tmp_path: Path) -> None:
    text = (
        "Message from NCB Doha to NCB Madrid, 2 May 2024.\n"
        "Subject: red notice A-1187/3-2020 concerning Mr Omar HADDAD (born 1979).\n"
        "We inform you that the General Secretariat cancelled the red notice on 20 April 2024 "
        "following a decision of the Commission for the Control of Files.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "validity.status" in codes(assessment)
    assert "compliance.judicial-data" not in codes(assessment), assessment.flags
    assert "cancelled" in held(assessment)["compliance.judicial-data"]


def test_a_rural_place_word_places_the_acts(tmp_path: Path) -> None:
    text = (
        "Exposé des faits : dans la nuit du 3 au 4 mars 2021, au lieu-dit Tchamba-Carrière, "
        "l'intéressé a poignardé un chauffeur de moto-taxi et lui a volé sa moto.\n"
        "Qualification : vol avec violences, art. 353 du Code pénal.\n"
        "Peine encourue : réclusion criminelle à perpétuité.\n"
        "Mandat d'arrêt n° 21/044 du juge d'instruction, 10 mars 2021.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "compliance.judicial-data" not in codes(assessment), assessment.flags


def test_an_unread_longer_term_holds_back_a_maximum_under_two_years(tmp_path: Path) -> None:
    text = (
        "Summary of facts: on 9 May 2022, at the Osh bus station, the subject sold forged "
        "residence permits to three travellers for 400 dollars each.\n"
        "Charges: petty trading without a licence; use of a forged document.\n"
        "Law: Articles 311(1) and 378(3) of the Criminal Code.\n"
        "Maximum penalty: 6 months' imprisonment (Article 311(1)); 5 years (Article 378(3)).\n"
        "Warrant: Osh City Court, detention order no. 44/22, 20 May 2022.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "compliance.penalty-threshold" not in codes(assessment), assessment.flags


def test_a_maximum_under_two_years_alone_stays_raised(tmp_path: Path) -> None:
    text = (
        "Summary of facts: on 9 May 2022, at the Osh bus station, the subject sold cigarettes "
        "without a licence to passengers.\n"
        "Charge: petty trading without a licence (Article 311(1) of the Criminal Code).\n"
        "Maximum penalty: 6 months' imprisonment.\n"
        "Warrant: Osh City Court, detention order no. 44/22, 20 May 2022.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "compliance.penalty-threshold" in codes(assessment), assessment.flags
