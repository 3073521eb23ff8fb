"""A status alone: a journalist or a politician charged with an ordinary crime on concrete
facts, and nothing else that points to misuse (`flag-codes.yaml` `status_alone`).

The status flag is held back with its reason (the worksheet still shows it); the same
status beside a speech charge, a fraud charge or another sign stays raised.
Each text is fictional and written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.catalog import catalog
from tests.test_flags import analyze, codes, held

JOURNALIST = "misuse.journalist-media"
OPPOSITION = "misuse.political-opposition"

PRESENTER = (
    "RED NOTICE\n"
    "Name: MARLOWE, Devon Keith\n"
    "Date of birth: 4 May 1984\n"
    "Occupation: television news presenter at a regional channel.\n"
    "Charge: {charge} (section {section} of the Penal Code).\n"
    "Maximum penalty: life imprisonment.\n"
    "Summary of facts: On 6 March 2024 at about 21:40, at a filling station on the coast road"
    " near Kilifi, the subject {act}.{extra}\n"
    "Arrest warrant No. 118 of 2024 issued on 12 March 2024 by the Chief Magistrate at Mombasa.\n"
)

COUNCILLOR = (
    "DIFFUSION\n"
    "Nom : RAKOTO, Jean-Aimé\n"
    "Né le 2 février 1979 à Ihosy\n"
    "Observations : l'intéressé est secrétaire général de la section d'Ihosy d'un parti de"
    " l'opposition.\n"
    "Qualification : {charge}, faits prévus et punis par l'article {article} du Code pénal,"
    " puni de vingt ans de travaux forcés.\n"
    "Exposé des faits : {facts}\n"
    "Mandat d'arrêt n° 45/2024 délivré le 9 avril 2024 par le juge d'instruction d'Ihosy.\n"
)


def _reason() -> str:
    rule = catalog().status_alone
    assert rule is not None
    return rule.reason


@pytest.mark.parametrize(("charge", "section", "act", "extra", "raised"), [
    pytest.param("murder", "203", "shot the attendant twice with a pistol after a quarrel over"
                 " change", "", False, id="presenter-charged-with-murder"),
    # a speech charge: the status and the charge go together
    pytest.param("publication of false news", "66", "read on air a report that the governor had"
                 " fled the country", "", True, id="presenter-charged-with-false-news"),
    # sexual offences are among the charges brought against editors for their work
    pytest.param("rape", "140", "forced a woman who worked at the station into his car",
                 "", True, id="presenter-charged-with-rape"),
    # the subject says the acts were part of his media work: the status bears on the facts
    pytest.param("kidnapping", "259", "handed a ransom note to the attendant's family",
                 " He stated that the gang leader had contacted him for an interview.", True,
                 id="presenter-says-he-was-contacted-for-an-interview"),
    pytest.param("kidnapping", "259", "handed a ransom note to the attendant's family",
                 "", False, id="presenter-charged-with-kidnapping"),
    # another sign in the packet: the status converges with it
    pytest.param("murder", "203", "shot the attendant twice with a pistol after a quarrel over"
                 " change", " The subject was granted refugee status in Germany in 2023.", True,
                 id="presenter-murder-and-refugee-status"),
])
def test_a_media_workers_status_alone(
    tmp_path: Path, charge: str, section: str, act: str, extra: str, raised: bool
) -> None:
    text = PRESENTER.format(charge=charge, section=section, act=act, extra=extra)
    _p, assessment = analyze(tmp_path, text)
    assert (JOURNALIST in codes(assessment)) is raised, assessment.flags
    if not raised:
        assert held(assessment).get(JOURNALIST) == _reason()
        assert assessment.level == "no-concerns-found"


@pytest.mark.parametrize(("charge", "article", "facts", "raised"), [
    pytest.param(
        "vol de bœufs", "379",
        "Le 14 janvier 2024, vers 3 heures, au lieu-dit Ambatomainty, le nommé RAKOTO a emmené"
        " avec trois complices quarante-deux zébus appartenant à un éleveur de la commune ;"
        " vingt-huit bêtes marquées au fer de l'éleveur ont été retrouvées dans son enclos.",
        False, id="opposition-official-charged-with-cattle-theft",
    ),
    # embezzlement is what ex-officials in conflict with a government are charged with
    pytest.param(
        "détournement de deniers publics", "169",
        "Entre 2019 et 2022, le nommé RAKOTO a fait payer par la commune d'Ihosy des factures"
        " de travaux qui n'ont jamais été exécutés, pour un montant de 180 millions d'ariary.",
        True, id="opposition-official-charged-with-embezzlement",
    ),
])
def test_a_politicians_status_alone(
    tmp_path: Path, charge: str, article: str, facts: str, raised: bool
) -> None:
    text = COUNCILLOR.format(charge=charge, article=article, facts=facts)
    _p, assessment = analyze(tmp_path, text)
    assert (OPPOSITION in codes(assessment)) is raised, assessment.flags
    if not raised:
        assert held(assessment).get(OPPOSITION) == _reason()
