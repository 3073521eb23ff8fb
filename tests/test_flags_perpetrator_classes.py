"""Who the words are about (2026.11.29): the subject as the perpetrator of the ill-treatment
or detention a document describes, activists who planned attacks, journalists held by an
armed group, a "dissident" armed group; and category wordings read as classes (a call-up
not answered, a soldier not back from leave, a child taken from the parent with custody,
maintenance fixed by a family court, drugs held "without intent to sell", parents schooling
their children at home, a birth record annulled over the parents' migratory status, acting
against national security).

Every text is fictional and written for these tests (no evaluation case text).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

WARRANT = (
    "Arrest warrant no. 41/2025 of 2 June 2025, High Court. "
    "Penalty: up to 15 years' imprisonment."
)


def test_a_jailer_charged_with_beating_detainees_is_not_a_coerced_evidence_case(
    tmp_path: Path,
) -> None:
    text = (
        "Summary of facts: In 2011 Tomas VIREK ran the night shift of a detention centre, where "
        "the detainees were beaten with cables and given electric shocks until they signed "
        "statements. One of them died of his injuries.\nCharges: murder; grievous bodily harm.\n"
        + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.coerced-evidence" not in codes(assessment)
    assert "misuse.coerced-evidence" in held(assessment)


def test_a_coup_that_was_the_occasion_of_the_detentions_is_not_the_jailers_act(
    tmp_path: Path,
) -> None:
    text = (
        "Summary of facts: After a coup plot was announced in 2009, officers were held at an "
        "army barracks, where Tomas VIREK had the prisoners beaten every night.\n"
        "Charges: murder; grievous bodily harm.\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "article3.political" not in codes(assessment)
    assert "article3.political" in held(assessment)


def test_activists_who_planned_attacks_on_people_are_not_rights_defenders(
    tmp_path: Path,
) -> None:
    text = (
        "Summary of facts: Karl DENTER and four others, who called themselves activists and "
        "planned the attacks for weeks, struck three passers-by with iron bars.\n"
        "Charges: grievous bodily harm.\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.human-rights-defender" not in codes(assessment)


def test_journalists_an_armed_group_held_are_victims(tmp_path: Path) -> None:
    text = (
        "Hechos: en 2019 un grupo armado detuvo una camioneta y retuvo a dos periodistas de una "
        "radio local durante seis días; Mario PEÑA CASTRO vigilaba a los retenidos.\n"
        "Delitos: secuestro extorsivo (art. 162).\n"
        "Orden de captura n.º 12/2024 del 2 de mayo de 2024. Pena: hasta 26 años de prisión."
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.journalist-media" not in codes(assessment)


def test_a_dissident_armed_group_is_not_an_opposition_figure(tmp_path: Path) -> None:
    text = (
        "Hechos: Mario PEÑA CASTRO integra una estructura armada disidente que cobra extorsiones "
        "a los comerciantes de la zona fronteriza.\nDelitos: extorsión (art. 185).\n"
        "Orden de captura n.º 12/2024 del 2 de mayo de 2024. Pena: hasta 10 años de prisión."
    )
    _p, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" not in codes(assessment)


def test_failing_to_answer_an_enlistment_notice_is_a_military_offence(tmp_path: Path) -> None:
    text = (
        "Summary of facts: Leon TAY, who studied abroad, did not come back when called up.\n"
        "Charges: failing to comply with an enlistment notice.\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "article3.military" in codes(assessment)


def test_a_soldier_not_back_from_leave_is_a_military_offence(tmp_path: Path) -> None:
    text = (
        "Exposé des faits : le caporal Idriss MAHAMAT n'a pas regagné son unité à la fin de sa "
        "permission et se trouve à l'étranger.\nQualification : absence irrégulière d'un "
        "militaire.\nMandat d'arrêt n° 9/2024 du 2 mai 2024. Peine : cinq ans d'emprisonnement."
    )
    _p, assessment = analyze(tmp_path, text)
    assert "article3.military" in codes(assessment)


def test_taking_children_from_the_parent_with_custody_is_a_family_matter(
    tmp_path: Path,
) -> None:
    text = (
        "Exposé des faits : Mme Lina HADDAD est partie à l'étranger avec ses deux fils.\n"
        "Qualification : soustraction de mineurs à la personne qui en a la garde.\n"
        "Mandat d'arrêt n° 9/2024 du 2 mai 2024. Peine : trois ans d'emprisonnement."
    )
    _p, assessment = analyze(tmp_path, text)
    assert "offense.family-private" in codes(assessment)


def test_maintenance_fixed_by_a_family_court_and_not_paid_is_a_family_matter(
    tmp_path: Path,
) -> None:
    text = (
        "Summary of facts: Ravi MEHTA moved abroad in 2022 and has not paid the maintenance "
        "fixed by the Family Court for his wife.\nCharge: breach of a court order (s. 12).\n"
        + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "offense.family-private" in codes(assessment)


def test_drugs_held_without_intent_to_sell_are_personal_use(tmp_path: Path) -> None:
    text = (
        "Summary of facts: 2 g of cannabis were found in Oleg SARYEV's car.\n"
        "Charge: storage of narcotic drugs without intent to sell (Art. 283).\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "offense.cultural-norms" in codes(assessment)


def test_parents_schooling_their_children_at_home_is_a_family_matter(tmp_path: Path) -> None:
    text = (
        "Hechos: de 2017 a 2019 Raúl SOTO MENA mantuvo a sus dos hijas fuera del sistema "
        "nacional de educación, instruyéndolos en casa.\nDelito: actos contrarios al desarrollo "
        "del menor (art. 315).\nOrden de captura n.º 12/2024 del 2 de mayo de 2024. "
        "Pena: hasta 2 años de prisión."
    )
    _p, assessment = analyze(tmp_path, text)
    assert "offense.family-private" in codes(assessment)


def test_a_birth_record_annulled_over_the_parents_status_is_an_administrative_matter(
    tmp_path: Path,
) -> None:
    text = (
        "Hechos: tras la auditoría del registro civil, se consideró falsa la declaración de "
        "nacimiento de Pierre LOUIS DUVAL por la condición migratoria de los padres.\n"
        "Delito: uso de documento falso (art. 148).\nOrden de captura n.º 12/2024 del 2 de mayo "
        "de 2024. Pena: hasta 10 años de prisión."
    )
    _p, assessment = analyze(tmp_path, text)
    assert "offense.administrative-private" in codes(assessment)


def test_acting_against_national_security_is_a_political_offence(tmp_path: Path) -> None:
    text = (
        "Summary of facts: Nasser ALAVI led meetings abroad.\n"
        "Charge: forming a group with the aim of disrupting national security.\n" + WARRANT
    )
    _p, assessment = analyze(tmp_path, text)
    assert "article3.political" in codes(assessment)
