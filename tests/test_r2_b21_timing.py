"""Behaviour tests for the timing classes left after round 1 of b21: an outlet the subject
presents named as the doer of the act ("l'émission a révélé"), a second act dated as the day
after the first ("al día siguiente") in a clause whose doer Spanish drops, and a notice's
decision dated at the end of the deciding court's sentence ("Orden: Tribunal ..., de 3 de
agosto de 2024"). Each has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import packet, sources

ACT_RULE = "rule.timing.after-public-act"

# -------------------------------------------------- the subject's programme as the doer

WARRANT_BF = (
    "DIFFUSION — BCN Ouagadougou\n"
    "KABORE, Adama Théophile, né le 02/05/1985 à Koudougou, burkinabè.\n"
    "Faits : courant janvier 2024, KABORE aurait exigé une somme d'argent d'une société.\n"
    "Qualifications : extorsion de fonds (Code pénal).\n"
    "Mandat d'arrêt n° 2024-011/TGI-OUAGA du 9 février 2024.\n"
)
LETTER_BF = (
    "Association pour la presse libre — Niamey, 20 février 2024\n"
    "{before}\n"
    "Le jeudi 5 février 2024, {doer} a révélé que la société Nord Carburants facturait des"
    " livraisons jamais faites. La société a porté plainte le surlendemain.\n"
)


def _bf(tmp_path: Path, before: str, doer: str = "l'émission") -> set[str]:
    docs = {
        "diffusion.txt": ("diffusion", WARRANT_BF),
        "lettre.txt": ("other", LETTER_BF.format(before=before, doer=doer)),
    }
    return sources(packet(tmp_path, docs, "BF")[1])


def test_the_programme_the_subject_presents_reveals_on_his_behalf(tmp_path: Path) -> None:
    before = (
        "Adama Kaboré présente depuis 2020 « Le Point du jeudi », émission d'enquête de"
        " Radio Savane."
    )
    assert ACT_RULE in _bf(tmp_path, before)


def test_a_newspaper_that_wrote_about_the_subject_is_not_his(tmp_path: Path) -> None:
    before = "L'émission « Le Point du jeudi » de Radio Savane a consacré un sujet à Adama Kaboré."
    assert ACT_RULE not in _bf(tmp_path, before)


# -------------------------------------------------- "al día siguiente", the doer dropped

NOTICE_VE = (
    "NOTIFICACIÓN ROJA - OCN CARACAS\n"
    "Requerido: MÁRQUEZ SOTO, Julio César. Nacido el 4 de marzo de 1980 en Maracay.\n"
    "Hechos: el requerido difundió por redes sociales contenidos que incitaban al odio.\n"
    "Delitos: incitación al odio, art. 20 de la Ley contra el Odio.\n"
    "Orden: Tribunal Segundo de Control con Competencia en Delitos Asociados al Terrorismo,"
    " Caracas, de {day} de agosto de 2024.\n"
)
BRIEF_VE = (
    "ESCRITO DE SU APODERADA, Bogotá, 2 de octubre de 2024\n"
    "El Sr. Márquez es secretario regional de un partido de oposición.\n"
    "El 1 de agosto de 2024 {doer} coordinó a los testigos de su partido en el estado y, al día"
    " siguiente, publicó en su cuenta fotografías de las actas y un cuadro con las sumas.\n"
)


def _ve(tmp_path: Path, day: int = 6, doer: str = "") -> tuple[set[str], str | None]:
    docs = {
        "notificacion.txt": ("red-notice", NOTICE_VE.format(day=day)),
        "escrito.txt": ("other", BRIEF_VE.format(doer=doer).replace("  ", " ")),
    }
    found, assessment = packet(tmp_path, docs, "VE")
    dates = [d.fields.decision.date for d in found.documents if d.fields.decision.date]
    return sources(assessment), dates[0].normalized if dates else None


def test_a_post_the_next_day_by_the_one_named_before_is_his_act(tmp_path: Path) -> None:
    found, decided = _ve(tmp_path)
    assert decided == "2024-08-06"
    assert ACT_RULE in found


def test_the_next_day_is_read_as_the_day_after(tmp_path: Path) -> None:
    # the order dated the day of the first act precedes the post made the next day
    found, _ = _ve(tmp_path, day=1)
    assert ACT_RULE not in found


def test_a_clause_whose_doer_is_named_is_not_the_subjects(tmp_path: Path) -> None:
    found, _ = _ve(tmp_path, doer="Pedro Ruiz")
    assert ACT_RULE not in found


def test_a_doer_opened_by_a_determiner_is_not_the_subjects(tmp_path: Path) -> None:
    found, _ = _ve(tmp_path, doer="nuestra delegada")
    assert ACT_RULE not in found


# -------------------------------------------------- the deciding court's date in a notice


def test_a_court_under_a_decision_label_dates_the_decision(tmp_path: Path) -> None:
    _, decided = _ve(tmp_path, day=6)
    assert decided == "2024-08-06"


def test_a_court_under_another_label_dates_no_decision(tmp_path: Path) -> None:
    notice = NOTICE_VE.format(day=6).replace("Orden: Tribunal", "Sede: Tribunal")
    found, _ = packet(tmp_path, {"notificacion.txt": ("red-notice", notice)}, "VE")
    assert found.documents[0].fields.decision.date is None
