"""Behaviour tests for the classes the b24 development cases exposed: the time, place or
circumstances of the acts left "to be specified" by the investigation and a number of
victims left open (`compliance.vague-facts`), and the accused's community or his role as an
indigenous or tribal leader given as the ground of the case (`article3.racial`). Each has a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes

RACIAL = "article3.racial"
VAGUE = "compliance.vague-facts"

# -------------------------------------------------- time and place deferred to the investigation

HECHOS = (
    "NOTIFICACIÓN ROJA — OCN Valdora, ref. 2024/5511\n"
    "Requerido: PRADO LUCENA, Tomás; nacido el 02/03/1979 en Valdora.\n"
    "Hechos: {hechos}\n"
    "Delito: estafa (art. 172 CP); pena máxima: seis años de prisión.\n"
    "Orden de detención: Juzgado Federal de Valdora n.° 2, 11/04/2024.\n"
)


def test_time_and_place_left_to_the_investigation_are_vague(tmp_path: Path) -> None:
    hechos = ("integró una organización destinada a defraudar, en circunstancias de tiempo y"
              " lugar que serán precisadas en el curso de la investigación.")
    _, assessment = analyze(tmp_path, HECHOS.format(hechos=hechos))
    assert VAGUE in codes(assessment)


def test_an_open_number_of_victims_is_vague(tmp_path: Path) -> None:
    hechos = ("mediante maniobras engañosas obtuvo dinero en perjuicio de un número"
              " indeterminado de damnificados.")
    _, assessment = analyze(tmp_path, HECHOS.format(hechos=hechos))
    assert VAGUE in codes(assessment)


def test_a_dated_placed_fraud_is_not_vague(tmp_path: Path) -> None:
    hechos = ("el 14 de marzo de 2023, en Valdora, vendió a dos compradores un lote ajeno y"
              " cobró 40.000 pesos; la fecha de la audiencia será precisada por el juzgado.")
    _, assessment = analyze(tmp_path, HECHOS.format(hechos=hechos))
    assert VAGUE not in codes(assessment)


# -------------------------------------------------- the group, not an act, as the ground

MANDAT = (
    "Mandat d'arrêt n° 21/2024 du juge d'instruction de Velmar, 3 juin 2024.\n"
    "Attendu que le nommé KORE Issa réunit à son domicile des membres de sa famille ; {motif}\n"
    "Qualifications : association de malfaiteurs. Peine maximale : 10 ans.\n"
    "Ordonnons son arrestation.\n"
)


def test_armed_men_of_the_same_community_as_ground_are_racial(tmp_path: Path) -> None:
    motif = ("que les éléments armés de la zone se réclament majoritairement de la même"
             " communauté ; qu'il existe dès lors des indices de son appui.")
    _, assessment = analyze(tmp_path, MANDAT.format(motif=motif))
    assert {RACIAL, VAGUE} <= codes(assessment)


def test_an_act_of_his_own_among_his_community_is_not_racial(tmp_path: Path) -> None:
    motif = ("que le 4 mai 2024 à Velmar il a frappé un voisin de la même rue avec un bâton"
             " lors d'une dispute sur un puits.")
    _, assessment = analyze(tmp_path, MANDAT.format(motif=motif))
    assert RACIAL not in codes(assessment)


ORDEN = (
    "Juzgado Penal de Montaral — Causa 2023-0417 — Orden de aprehensión, 19/09/2023\n"
    "Según la denuncia de la empresa propietaria, pobladores permanecen en la finca. {motivo}\n"
    "Delito: usurpación agravada, prisión de dos a seis años. Se ordena su aprehensión.\n"
)


def test_held_as_an_indigenous_leader_is_racial(tmp_path: Path) -> None:
    motivo = ("Se estima que como dirigente indígena Lucas Tzul tiene influencia sobre"
              " los ocupantes.")
    _, assessment = analyze(tmp_path, ORDEN.format(motivo=motivo))
    assert RACIAL in codes(assessment)


def test_a_company_manager_with_influence_is_not_racial(tmp_path: Path) -> None:
    motivo = ("Se estima que como gerente de la empresa Lucas Tzul tiene influencia sobre"
              " los ocupantes.")
    _, assessment = analyze(tmp_path, ORDEN.format(motivo=motivo))
    assert RACIAL not in codes(assessment)
