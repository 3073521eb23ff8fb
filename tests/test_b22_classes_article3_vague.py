"""Behaviour tests for the Article 3 racial classes the b22 development cases exposed: the
charge's own facts describing the accused by his race or ethnic group (`article3.racial`,
with `misuse.ethnic-minority`), a suspicion resting on his community or ethnic ties (also
`compliance.vague-facts`), and travel without an internal travel permit, a movement-control
breach (`offense.administrative-private`). Each has a counterpart that must still read the
other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, sources

RACIAL = "article3.racial"
ETHNIC = "misuse.ethnic-minority"
VAGUE = "compliance.vague-facts"
ADMIN = "offense.administrative-private"
IN_FACTS = "article3.racial.accused-ethnicity-in-facts"
TIES = "article3.racial.community-ties-ground"

# -------------------------------------------------- the accused described by his race or group

CHARGE = (
    "DIFFUSION - NCB Port Aldren - XX/2023/0042\n"
    "Name: TAVOREN Ilas, born 1990 in Kessel. Penalty: imprisonment up to 5 years.\n"
    "Facts: On 3 May 2022 in Kessel {who} broke the window of a warehouse and took three"
    " generators worth 4,000 dollars.\n"
    "Charge: burglary. Warrant of the Kessel District Court, 9 June 2022.\n"
)


def test_the_accused_described_by_his_race_in_the_facts_is_racial(tmp_path: Path) -> None:
    who = "the accused, being a person of the Zorvan race,"
    _, assessment = analyze(tmp_path, CHARGE.format(who=who))
    assert RACIAL in codes(assessment)
    assert ETHNIC in codes(assessment)
    assert IN_FACTS in sources(assessment)


def test_a_victim_of_a_named_group_is_not(tmp_path: Path) -> None:
    who = "the accused, together with a man, robbed a person of the Zorvan community and"
    _, assessment = analyze(tmp_path, CHARGE.format(who=who))
    assert IN_FACTS not in sources(assessment)


BUSCADA = (
    "DIFUSIÓN - OCN Puerto Lerma\n"
    "Buscada: ALDANA RUIZ, Marta, nacida en 1985 en Velmar.\n"
    "La buscada, {who}, el 4 de marzo de 2023 sustrajo 2.000 dólares de la caja de la tienda"
    " donde trabajaba en Velmar.\n"
    "Delito: hurto. Pena: hasta 3 años.\n"
)


def test_la_buscada_perteneciente_a_la_etnia_is_racial(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, BUSCADA.format(who="perteneciente a la etnia zorvana"))
    assert RACIAL in codes(assessment)
    assert IN_FACTS in sources(assessment)


def test_la_buscada_with_her_trade_is_not(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, BUSCADA.format(who="dependienta de la tienda"))
    assert IN_FACTS not in sources(assessment)
    assert RACIAL not in codes(assessment)


# -------------------------------------------------- suspicion resting on community ties

DESERTION = (
    "NOTICE ROUGE - BCN Port-Aldren\n"
    "KARELO, Ernest. Né le 04/04/1984 à Velmar.\n"
    "Faits : l'intéressé a quitté son unité sans autorisation le 2 février 2023. {ground}, il"
    " est soupçonné d'avoir rejoint un mouvement insurrectionnel.\n"
    "Infractions : désertion ; participation à un mouvement insurrectionnel.\n"
)


def test_suspicion_resting_on_community_ties_is_racial_and_vague(tmp_path: Path) -> None:
    ground = "Compte tenu de ses liens communautaires avec des éléments rebelles"
    _, assessment = analyze(tmp_path, DESERTION.format(ground=ground))
    assert RACIAL in codes(assessment)
    assert VAGUE in codes(assessment)
    assert TIES in sources(assessment)


def test_suspicion_resting_on_an_intercepted_call_is_not(tmp_path: Path) -> None:
    ground = "Compte tenu d'un appel intercepté le 1er février 2023 avec un chef rebelle"
    _, assessment = analyze(tmp_path, DESERTION.format(ground=ground))
    assert TIES not in sources(assessment)
    assert RACIAL not in codes(assessment)


# -------------------------------------------------- travel without an internal travel permit

TRAVEL = (
    "DIFFUSION - NCB Port Aldren - XX/2023/0077\n"
    "Name: OREN Sali, born 1994 in Kessel.\n"
    "Facts: On 4 March 2022 the accused travelled by bus from Kessel to Varn {how}.\n"
    "Law: Movement Act, s. 13. Penalty: imprisonment up to 2 years.\n"
)


def test_travel_without_the_travel_authorisation_is_administrative(tmp_path: Path) -> None:
    how = "without the travel authorisation required of residents of the coast"
    _, assessment = analyze(tmp_path, TRAVEL.format(how=how))
    assert ADMIN in codes(assessment)


def test_travel_carrying_stolen_goods_is_not(tmp_path: Path) -> None:
    how = "carrying three stolen generators"
    _, assessment = analyze(tmp_path, TRAVEL.format(how=how))
    assert ADMIN not in codes(assessment)


# -------------------------------------------------- acts in concert with unidentified others

UNIDENTIFIED = "compliance.vague-facts.unidentified-persons"

PECULADO = (
    "DIFUSIÓN - OCN Puerto Lerma\n"
    "Buscado: VELANDO RUIZ, Tomás, nacido el 21/10/1966 en Velmar.\n"
    "Hechos: Durante su gestión (2008-2012) el ciudadano buscado, {who}, dispuso de recursos"
    " asignados a obras viales para otros fines.\n"
    "Delito: peculado doloso propio.\n"
)


def test_acts_in_concert_with_unidentified_officials_are_vague(tmp_path: Path) -> None:
    who = "en concierto con funcionarios no identificados"
    _, assessment = analyze(tmp_path, PECULADO.format(who=who))
    assert VAGUE in codes(assessment)
    assert UNIDENTIFIED in sources(assessment)


def test_acts_in_concert_with_named_officials_are_not(tmp_path: Path) -> None:
    who = "en concierto con los funcionarios Ana Lerma y Luis Odón"
    _, assessment = analyze(tmp_path, PECULADO.format(who=who))
    assert UNIDENTIFIED not in sources(assessment)
