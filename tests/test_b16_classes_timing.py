"""Behaviour tests for the timing classes the b16 development cases exposed: dated signs of
`misuse.political-timing` the engine missed, each fixed by a rule or a lexicon entry, with a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, sources

ACT_RULE = "rule.timing.after-public-act"
EVENT_RULE = "rule.timing.after-political-event"

# ---------------------------------------------------------------- a date that opens the sentence

PRESS_CONFERENCE = (
    "Nombre: Tomás LLANOS ORTIZ, nacido el 2/3/1968.\n"
    "Relación de hechos: El día 4 de marzo de 2024, en la ciudad de Tegucigalpa, departamento"
    " de Francisco Morazán, el imputado Tomás LLANOS, en conferencia de prensa, acusó a dos"
    " ministros de desviar fondos.\n"
    "Delito: difamación agravada (artículo 157 del Código Penal).\n"
    "Orden de captura: librada el {warrant} por el Juzgado Segundo de Letras Penal.\n"
)

# ---------------------------------------------------------------- statements to the media

MEDIA_STATEMENTS = (
    "Nom : BAKO   Prénom : Ousmane\nNé le 03/04/1971 à Tahoua\n"
    "Résumé des faits : Depuis le {act}, l'intéressé, qui réside à Lyon, a multiplié les"
    " déclarations dans les médias étrangers contre les nouvelles autorités.\n"
    "Qualification : complot contre l'autorité de l'État (article 62 du Code pénal).\n"
    "Un mandat d'arrêt a été délivré le 20 avril 2024 par le juge d'instruction de Niamey.\n"
)

# ---------------------------------------------------------------- "he" after the subject's name

UN_EVIDENCE = (
    "Name: WARSAME, Amina Hodan. Born 4 May 1980.\n"
    "Summary of facts: Amina WARSAME runs a legal clinic for detainees in Baidoa.\n"
    "On 6 May 2024 {who} gave evidence, at its invitation, to the UN Committee against Torture"
    " in Geneva.\n"
    "Offence: treason (section 10 of the Penal Code). Warrant of arrest issued on 20 May 2024 by"
    " the Banadir Regional Court.\n"
)

# ---------------------------------------------------------------- a call to disown the government

DISOWN = (
    "Nombre: Pedro SALAS VERA, nacido el 9/9/1985.\n"
    "Resumen de los hechos: el {day}, el sargento Pedro SALAS abandonó su puesto en el cuartel"
    " de Maracay respondiendo al llamado de un general retirado a desconocer al Gobierno.\n"
    "Delitos: rebelión militar y deserción (Código Orgánico de Justicia Militar).\n"
    "Orden de aprehensión: Tribunal Militar de Control, 8 de junio de 2023.\n"
)


# Each class: the act or event close before the proceedings raises the timing rule; the same
# text with years between them does not.
CASES = [
    pytest.param(PRESS_CONFERENCE.format(warrant="20 de marzo de 2024"), ACT_RULE, True,
                 id="act-dated-at-the-head-of-its-sentence-before-a-place"),
    pytest.param(PRESS_CONFERENCE.format(warrant="20 de marzo de 2027"), ACT_RULE, False,
                 id="same-act-three-years-before"),
    pytest.param(MEDIA_STATEMENTS.format(act="2 avril 2024"), ACT_RULE, True,
                 id="statements-to-the-media-weeks-before"),
    pytest.param(MEDIA_STATEMENTS.format(act="2 avril 2019"), ACT_RULE, False,
                 id="statements-to-the-media-years-before"),
    pytest.param(UN_EVIDENCE.format(who="she"), ACT_RULE, True,
                 id="she-after-the-subjects-name-gave-evidence-to-a-un-committee"),
    pytest.param(UN_EVIDENCE.format(who="a police spokesman"), ACT_RULE, False,
                 id="someone-else-gave-the-evidence"),
    pytest.param(DISOWN.format(day="5 de junio de 2023"), EVENT_RULE, True,
                 id="warrant-days-after-a-call-to-disown-the-government"),
    pytest.param(DISOWN.format(day="5 de junio de 2019"), EVENT_RULE, False,
                 id="call-to-disown-the-government-years-before"),
]


@pytest.mark.parametrize(("text", "rule", "raised"), CASES)
def test_timing_told_by_dates(tmp_path: Path, text: str, rule: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, text)
    assert (rule in sources(assessment)) is raised, assessment.flags
