"""Behaviour tests for the in-absentia, coerced-evidence, protest and validity classes the
retired h4 cases exposed, each with a counterpart that must still read the other way:

- a judgment by default that convicts in the present tense ("le déclare coupable ..., le
  condamne à ... emprisonnement ferme, décerne mandat d'arrêt") is a trial, not a pre-trial
  measure, while a bare warrant issued by default stays held;
- a judgment "rendu sans qu'il ait été cité ni représenté" is one by default;
- a default judgment already "confirmé sur opposition" was re-heard: held back;
- a beating "until he agreed to sign" and a retraction in the present tense ("he retracts
  that statement") are coercion signs, a third person "hung by his wrists" alone is not (it
  may be the subject's own crime); a statement signed after a beating
  named with an ordinal ("firmó su primera declaración tras ser golpeado") too;
- a strike named by its strikers ("a gathering of striking contract workers") is a protest;
- a preventive measure of arrest "is suspended" puts the notice's status in question.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import codes, held, packet

# ---------------------------------------------------------------- in absentia

NOTICE_FR = (
    "Notice rouge - BCN Testville\n"
    "Nom : MARTEAU, Lucien, né le 3 mai 1980 à Testville.\n"
    "Faits : entre 2020 et 2021 l'intéressé a encaissé des avances de quinze clients pour des"
    " véhicules jamais livrés, pour un total de 40 000 euros.\n"
    "Infraction : escroquerie. Peine : cinq ans d'emprisonnement.\n"
)
JUDGMENT_FR = (
    "Tribunal de Testville, section correctionnelle - Jugement n° 12/22 du 4 mai 2022\n"
    "Le tribunal, statuant publiquement, par défaut à l'égard du prévenu MARTEAU Lucien, absent"
    " bien que cité, le déclare coupable d'escroquerie, le condamne à cinq ans d'emprisonnement"
    " ferme et décerne mandat d'arrêt à son encontre.\n"
)
WARRANT_FR = (
    "Tribunal de Testville - Le juge d'instruction, statuant par défaut, décerne mandat"
    " d'arrêt contre MARTEAU Lucien, en fuite.\n"
)


@pytest.mark.parametrize(("kind", "text", "raised"), [
    ("judgment", JUDGMENT_FR, True),  # convicted and sentenced by default, warrant beside it
    ("arrest-warrant", WARRANT_FR, False),  # a warrant issued by default: no trial
])
def test_present_tense_conviction_by_default_is_a_trial(
    tmp_path: Path, kind: str, text: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_FR), "decision.txt": (kind, text),
    }, "FR")
    assert ("misuse.in-absentia" in codes(assessment)) is raised


LETTER_FR = (
    "Maître Anne Dupré, avocate - le 8 février 2024\n"
    "Le jugement du 27 octobre 2023 a été rendu {how} ; le droit local ne lui garantit aucun"
    " nouveau procès s'il est arrêté à l'étranger.\n"
)


@pytest.mark.parametrize(("how", "raised"), [
    ("sans qu'il ait été cité ni représenté", True),
    ("après des débats contradictoires", False),
])
def test_judgment_given_without_summons_is_by_default(
    tmp_path: Path, how: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_FR),
        "lettre.txt": ("other", LETTER_FR.format(how=how)),
    }, "FR")
    assert ("misuse.in-absentia" in codes(assessment)) is raised


DIFFUSION_OPPOSITION = NOTICE_FR + (
    "Jugement par défaut du tribunal de Testville du 19 décembre 2022{after} : cinq ans"
    " d'emprisonnement.\n"
)


@pytest.mark.parametrize(("after", "raised"), [
    (", confirmé sur opposition le 6 mars 2023 en présence de son avocat", False),
    ("", True),
])
def test_default_judgment_reheard_on_opposition_is_held(
    tmp_path: Path, after: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "diffusion.txt": ("diffusion", DIFFUSION_OPPOSITION.format(after=after)),
    }, "FR")
    assert ("misuse.in-absentia" in codes(assessment)) is raised
    if not raised:
        assert "misuse.in-absentia" in held(assessment)


# ---------------------------------------------------------------- coerced evidence

NOTICE_EN = (
    "Red Notice - NCB Testland\n"
    "Subject: GREY, Tobias Allan, born 8 January 1990.\n"
    "Facts: on 2 May 2023 at the harbour the subject stabbed a boat owner after a quarrel over"
    " unpaid wages. Charge: attempted murder. Penalty: up to twenty years' imprisonment.\n"
)


@pytest.mark.parametrize(("text", "raised"), [
    ("He told me officers hung him by the wrists until he agreed to sign.", True),
    ("At the first mention his counsel stated that he retracts that statement.", True),
    ("He told me officers gave him water and let him sleep.", False),
    ("The subject and two constables hung him by his wrists from a window bar.", False),
])
def test_hanging_and_present_retraction_are_coercion(
    tmp_path: Path, text: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_EN),
        "affidavit.txt": ("other", "Affidavit of the subject's mother (extract)\n" + text + "\n"),
    }, "GB")
    assert ("misuse.coerced-evidence" in codes(assessment)) is raised


NOTICE_ES = (
    "Difusión - OCN Testburgo. Buscado: PARDO, Julián, nacido el 11/04/1974.\n"
    "Hechos: entre 2019 y 2021 el buscado recaudó fondos para una organización declarada"
    " ilegal. Pena: de seis a diez años de privación de libertad.\n"
)


@pytest.mark.parametrize(("text", "raised"), [
    ("El testigo declaró que firmó su primera declaración tras ser golpeado por los agentes.",
     True),
    ("El testigo declaró que firmó su primera declaración ante su abogado.", False),
])
def test_first_statement_signed_after_a_beating(
    tmp_path: Path, text: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "difusion.txt": ("diffusion", NOTICE_ES),
        "carta.txt": ("other", "Carta del abogado defensor.\n" + text + "\n"),
    }, "ES")
    assert ("misuse.coerced-evidence" in codes(assessment)) is raised


# ---------------------------------------------------------------- protest

NOTICE_STRIKE = (
    "Red Notice - NCB Testland\n"
    "Subject: STONE, Peter Lucas, born 21 March 1988.\n"
    "Facts: on 14 June 2023 at the gate of a mine, {during}, the subject is alleged to have set"
    " a company truck alight; the driver escaped with minor burns.\n"
    "Charges: arson. Penalty: up to 15 years' imprisonment.\n"
)


@pytest.mark.parametrize(("during", "raised"), [
    ("during a gathering of striking contract workers", True),
    ("during the night shift", False),
])
def test_strike_named_by_its_strikers(tmp_path: Path, during: str, raised: bool) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_STRIKE.format(during=during)),
    }, "ZA")
    assert ("misuse.protest-assembly" in codes(assessment)) is raised


# ---------------------------------------------------------------- validity

NOTICE_FRAUD = (
    "Red Notice - NCB Testland\n"
    "Subject: LANE, Maria, born 2 November 1984.\n"
    "Facts: from 2020 to 2021 the subject took advance payments from 214 buyers for flats that"
    " were never built. Charge: fraud. Penalty: five to ten years' imprisonment.\n"
)


@pytest.mark.parametrize(("text", "raised"), [
    ("The preventive measure of arrest is suspended until those checks are complete.", True),
    ("The preventive measure of arrest remains in force.", False),
])
def test_preventive_measure_suspended(tmp_path: Path, text: str, raised: bool) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_FRAUD),
        "ncb.txt": ("other", "NCB Testland to all NCBs, 5 March 2024\n" + text + "\n"),
    }, "GB")
    assert ("validity.status" in codes(assessment)) is raised
