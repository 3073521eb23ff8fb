"""Behaviour tests for the timing classes the b16 development cases exposed: dated signs of
`misuse.political-timing` the engine missed, each fixed by a rule or a lexicon entry, with a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.records import Assessment
from tests.test_flags import analyze

ACT_RULE = "rule.timing.after-public-act"
EVENT_RULE = "rule.timing.after-political-event"


def _timing_rules(assessment: Assessment) -> set[str]:
    """The timing rules behind a raised `misuse.political-timing`."""
    return {
        p.id for f in assessment.flags if f.code == "misuse.political-timing"
        for p in (f.provenance, *f.corroborated_by)
    } & {ACT_RULE, EVENT_RULE}


# ---------------------------------------------------------------- a date that opens the sentence

PRESS_CONFERENCE = (
    "Nombre: Tomás LLANOS ORTIZ, nacido el 2/3/1968.\n"
    "Relación de hechos: El día 4 de marzo de 2024, en la ciudad de Tegucigalpa, departamento"
    " de Francisco Morazán, el imputado Tomás LLANOS, en conferencia de prensa, acusó a dos"
    " ministros de desviar fondos.\n"
    "Delito: difamación agravada (artículo 157 del Código Penal).\n"
    "Orden de captura: librada el {warrant} por el Juzgado Segundo de Letras Penal.\n"
)


def test_an_act_dated_at_the_head_of_its_sentence_before_a_place(tmp_path: Path) -> None:
    """The date opens the sentence and a place stands between it and the press conference."""
    _p, assessment = analyze(tmp_path, PRESS_CONFERENCE.format(warrant="20 de marzo de 2024"))
    assert ACT_RULE in _timing_rules(assessment), assessment.flags


def test_an_act_dated_at_the_head_of_its_sentence_years_before_is_no_timing(
    tmp_path: Path,
) -> None:
    _p, assessment = analyze(tmp_path, PRESS_CONFERENCE.format(warrant="20 de marzo de 2027"))
    assert ACT_RULE not in _timing_rules(assessment), assessment.flags


# ---------------------------------------------------------------- statements to the media

MEDIA_STATEMENTS = (
    "Nom : BAKO   Prénom : Ousmane\nNé le 03/04/1971 à Tahoua\n"
    "Résumé des faits : Depuis le {act}, l'intéressé, qui réside à Lyon, a multiplié les"
    " déclarations dans les médias étrangers contre les nouvelles autorités.\n"
    "Qualification : complot contre l'autorité de l'État (article 62 du Code pénal).\n"
    "Un mandat d'arrêt a été délivré le 20 avril 2024 par le juge d'instruction de Niamey.\n"
)


def test_statements_to_the_media_weeks_before_a_warrant_are_timing(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, MEDIA_STATEMENTS.format(act="2 avril 2024"))
    assert ACT_RULE in _timing_rules(assessment), assessment.flags


def test_statements_to_the_media_years_before_a_warrant_are_no_timing(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, MEDIA_STATEMENTS.format(act="2 avril 2019"))
    assert ACT_RULE not in _timing_rules(assessment), assessment.flags


# ---------------------------------------------------------------- "he" after the subject's name

UN_EVIDENCE = (
    "Name: WARSAME, Amina Hodan. Born 4 May 1980.\n"
    "Summary of facts: Amina WARSAME runs a legal clinic for detainees in Baidoa.\n"
    "On 6 May 2024 {who} gave evidence, at its invitation, to the UN Committee against Torture"
    " in Geneva.\n"
    "Offence: treason (section 10 of the Penal Code). Warrant of arrest issued on 20 May 2024 by"
    " the Banadir Regional Court.\n"
)


def test_evidence_to_a_un_committee_told_with_she_is_the_subjects_act(tmp_path: Path) -> None:
    """"she" right after the sentence that names the subject makes the act hers."""
    _p, assessment = analyze(tmp_path, UN_EVIDENCE.format(who="she"))
    assert ACT_RULE in _timing_rules(assessment), assessment.flags


def test_evidence_to_a_un_committee_by_someone_else_is_no_timing(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, UN_EVIDENCE.format(who="a police spokesman"))
    assert ACT_RULE not in _timing_rules(assessment), assessment.flags


# ---------------------------------------------------------------- a call to disown the government

DISOWN = (
    "Nombre: Pedro SALAS VERA, nacido el 9/9/1985.\n"
    "Resumen de los hechos: el {day}, el sargento Pedro SALAS abandonó su puesto en el cuartel"
    " de Maracay respondiendo al llamado de un general retirado a desconocer al Gobierno.\n"
    "Delitos: rebelión militar y deserción (Código Orgánico de Justicia Militar).\n"
    "Orden de aprehensión: Tribunal Militar de Control, 8 de junio de 2023.\n"
)


def test_a_warrant_days_after_a_call_to_disown_the_government(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, DISOWN.format(day="5 de junio de 2023"))
    assert EVENT_RULE in _timing_rules(assessment), assessment.flags


def test_a_call_to_disown_the_government_years_before_is_no_timing(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, DISOWN.format(day="5 de junio de 2019"))
    assert EVENT_RULE not in _timing_rules(assessment), assessment.flags
