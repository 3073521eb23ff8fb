"""s38 classes: needing review, read as no concerns, because a statement's wording went unread.

- A notice listed "with the status « suspended »" (`word.status-with`: "la notice figure dans
  les fichiers d'INTERPOL avec le statut « suspendue »") states its status (validity.status).
- A notice's heading opened by the words of a request ("DEMANDE DE NOTICE ROUGE — BCN ... —
  transmise le 02/04/2024", `word.notice-request-lead`) still dates the notice, so a warrant
  it cites dated after it is a conflict of dates (consistency.dates).
- A retraction told in the infinitive ("déclare revenir sur ses déclarations devant la
  police") and a statement "signé sans lecture" are signs of coerced evidence.
Each text is fictional and written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import packet, rule_codes

NOTICE_FR = (
    "{heading}\n"
    "Personne recherchée : KOUMBA, Arsène Didier ; né le 11/05/1990 à Dolisie ; congolais.\n"
    "Faits : le 4 février 2024, vers 22 h, dans un bar du quartier Moungali, l'intéressé a"
    " frappé M. Firmin Loemba à coups de couteau à la suite d'une dispute ; la victime est"
    " décédée le lendemain. Deux serveurs ont assisté à la scène.\n"
    "Qualification : meurtre.\n"
    "Peine : travaux forcés à perpétuité.\n"
    "Mandat d'arrêt n° 031/CAB2 du juge d'instruction du TGI de Brazzaville, du {warrant}.\n"
)

WARRANT_FR = (
    "TRIBUNAL DE GRANDE INSTANCE DE BRAZZAVILLE — 2e cabinet d'instruction\n"
    "Mandat d'arrêt n° 031/CAB2\n"
    "Mandons d'arrêter KOUMBA Arsène Didier, né le 11 mai 1990 à Dolisie, inculpé de meurtre"
    " sur la personne de Firmin Loemba, faits commis à Brazzaville le 4 février 2024.\n"
    "Brazzaville, le {warrant}. Le juge d'instruction.\n"
)

MESSAGE_FR = (
    "De : BCN Ouagadougou, section notices — À : service des étrangers\n"
    "Objet : vérification de validité\n"
    "En réponse à votre demande du 3 juin 2025 : {record} figure dans les fichiers d'INTERPOL"
    " avec le statut « suspendue » depuis le 2 mars 2025. Nous vous tiendrons informés.\n"
)


@pytest.mark.parametrize(("record", "raised"), [
    pytest.param("la notice ci-dessus", True, id="notice-listed-suspended"),
    pytest.param("la carte de séjour de l'intéressé", False, id="no-notice-word"),
])
def test_notice_listed_with_a_status(tmp_path: Path, record: str, raised: bool) -> None:
    notice = NOTICE_FR.format(heading="NOTICE ROUGE — BCN Brazzaville", warrant="12/02/2024")
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", notice),
        "message.txt": ("other", MESSAGE_FR.format(record=record)),
    }, "CG")
    assert ("validity.status" in rule_codes(assessment)) is raised, assessment.flags


@pytest.mark.parametrize(("warrant", "raised"), [
    pytest.param("18/04/2024", True, id="warrant-after-request"),
    pytest.param("12/02/2024", False, id="warrant-before-request"),
])
def test_request_heading_dates_the_notice(tmp_path: Path, warrant: str, raised: bool) -> None:
    heading = "DEMANDE DE NOTICE ROUGE — BCN Brazzaville — transmise le 02/04/2024"
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_FR.format(heading=heading, warrant=warrant)),
        "mandat.txt": ("arrest-warrant", WARRANT_FR.format(warrant=warrant)),
    }, "CG")
    assert ("consistency.dates" in rule_codes(assessment)) is raised, assessment.flags


HEARING_FR = (
    "TRIBUNAL DE GRANDE INSTANCE DE BRAZZAVILLE — procès-verbal de comparution, 2 mars 2024\n"
    "Interrogé, l'inculpé KOUMBA Arsène Didier déclare {said} devant la police. Le ministère"
    " public requiert le maintien en détention.\n"
)


@pytest.mark.parametrize(("said", "raised"), [
    pytest.param("revenir sur ses déclarations, qu'il dit avoir signées sans lecture",
                 True, id="retracted-in-the-infinitive"),
    pytest.param("maintenir ses déclarations", False, id="statements-maintained"),
])
def test_retraction_in_the_infinitive(tmp_path: Path, said: str, raised: bool) -> None:
    notice = NOTICE_FR.format(heading="NOTICE ROUGE — BCN Brazzaville", warrant="12/02/2024")
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", notice),
        "pv.txt": ("other", HEARING_FR.format(said=said)),
    }, "CG")
    assert ("misuse.coerced-evidence" in rule_codes(assessment)) is raised, assessment.flags
