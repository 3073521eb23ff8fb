"""Behaviour tests for the structural classes the b20 development cases exposed: a notice's
own date on its heading line or after "Date of circulation", a warrant's date written right
after its number with only a comma or a dash, and a warrant's own place-and-date line or
closing formula dated before the acts it recites. Each fix has a counterpart that must still
read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, packet

# ------------------------------------------------ the notice's date on its heading line

HEADED = (
    "Diffusion - BCN Lomé - {issued}\n"
    "Personne recherchée : AMEGAN, Koffi, né le 3 avril 1985 à Kpalimé, togolais.\n"
    "Infraction : vol à main armée, art. 312 du Code pénal. Peine : vingt ans.\n"
    "Faits : le 9 janvier 2023 à Lomé, le recherché a braqué une station-service avec une"
    " arme à feu et emporté la recette.\n"
    "Mandat : mandat d'arrêt du juge d'instruction de Lomé, n° 0042/MA/2023.\n"
)
HEADED_WARRANT = (
    "TRIBUNAL DE PREMIÈRE INSTANCE DE LOMÉ\n"
    "Mandat d'arrêt n° 0042/MA/2023\n"
    "Nous, juge d'instruction, ordonnons d'arrêter AMEGAN Koffi, né le 03/04/1985, inculpé de"
    " vol à main armée commis le 9 janvier 2023 à Lomé.\n"
    "Fait en notre cabinet à Lomé, le 14 mars 2023.\n"
)


@pytest.mark.parametrize(("issued", "raised"), [
    pytest.param("2 février 2023", True, id="notice-before-its-warrant"),
    pytest.param("2 mai 2023", False, id="notice-after-its-warrant"),
])
def test_a_notice_dated_on_its_heading_line(tmp_path: Path, issued: str, raised: bool) -> None:
    _p, assessment = packet(tmp_path, {
        "diffusion.txt": ("diffusion", HEADED.format(issued=issued)),
        "mandat.txt": ("arrest-warrant", HEADED_WARRANT),
    }, "TG")
    assert ("consistency.dates" in codes(assessment)) is raised, assessment.flags


CIRCULATED = (
    "WANTED PERSON DIFFUSION - NCB ACCRA\n"
    "Date of circulation: {issued}\n"
    "Subject: MENSAH, Kwame Ato, born 12 May 1989, Ghanaian.\n"
    "Facts: on 2 February 2023 in Tema the subject diverted a container of cocoa worth USD"
    " 410,000 by presenting a forged bill of lading.\n"
    "Offences: fraud, Criminal Offences Act, s. 131. Penalty: up to 25 years.\n"
    "Warrant: Circuit Court, Tema, C/21/2023.\n"
)
CIRCULATED_WARRANT = (
    "IN THE CIRCUIT COURT, TEMA\nSuit No. C/21/2023\nWARRANT OF ARREST\n"
    "This Court orders any police officer to arrest Kwame Ato MENSAH and bring him before the"
    " Court to answer a charge of fraud.\n"
    "Dated at Tema this 8th day of May 2023.\n"
)


@pytest.mark.parametrize(("issued", "raised"), [
    pytest.param("3 April 2023", True, id="circulated-before-the-warrant"),
    pytest.param("3 June 2023", False, id="circulated-after-the-warrant"),
])
def test_a_diffusion_dated_by_its_circulation(tmp_path: Path, issued: str, raised: bool) -> None:
    _p, assessment = packet(tmp_path, {
        "diffusion.txt": ("diffusion", CIRCULATED.format(issued=issued)),
        "warrant.txt": ("arrest-warrant", CIRCULATED_WARRANT),
    }, "GH")
    assert ("consistency.dates" in codes(assessment)) is raised, assessment.flags


# --------------------------------------- a warrant's date right after its number and a comma

NUMBERED = (
    "Red Notice - NCB Tunis. Name: Sami BEN SALAH, born 4 June 1984 in Sfax, Tunisian.\n"
    "Facts: on 11 October 2022 in Sfax the subject and two others robbed a jeweller's shop at"
    " gunpoint and took gold worth 90,000 dinars.\n"
    "Charge: armed robbery, arts. 260 and 261 of the Penal Code. Penalty: life imprisonment.\n"
    "Arrest warrant: Sfax investigating judge, No. 77/2022, dated {cited}.\n"
)
NUMBERED_WARRANT = (
    "Translation - Sfax Court of First Instance, Arrest Warrant No. 77/2022, 2 December 2022.\n"
    "Wanted: Sami BEN SALAH, born 4 June 1984 in Sfax.\n"
    "The judge orders the arrest of the above-named for the armed robbery of a jeweller's shop"
    " in Sfax on 11 October 2022 (Penal Code arts. 260-261).\n"
)


@pytest.mark.parametrize(("cited", "raised"), [
    pytest.param("2 December 2022", False, id="the-date-after-the-number-is-the-warrants"),
    pytest.param("20 December 2022", True, id="the-notice-dates-it-otherwise"),
])
def test_a_warrant_dated_after_its_number_and_a_comma(
    tmp_path: Path, cited: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NUMBERED.format(cited=cited)),
        "warrant_en.txt": ("arrest-warrant", NUMBERED_WARRANT),
    }, "TN")
    assert ("consistency.dates" in codes(assessment)) is raised, assessment.flags


# ------------------------------- a warrant's own date line before the acts it recites

DATED_LINE = (
    "JUZGADO PENAL DE CUENCA. Causa n.º 0101-2022-0077.\n"
    "Cuenca, {own}, las 10h00. Por el delito de robo, art. 189 del COIP, cometido el 5 de"
    " mayo de 2022 en Cuenca en perjuicio de una joyería, se dicta prisión preventiva contra"
    " Darío Fabián LOJA PERALTA y se gira boleta de captura.\n"
)
DATED_NOTICE = (
    "DIFUSIÓN de la OCN Quito, 10/11/2022.\n"
    "Persona buscada: LOJA PERALTA, Darío Fabián, nacido el 02/02/1991 en Cuenca.\n"
    "Resumen: el 5 de mayo de 2022 el buscado asaltó con un arma una joyería de Cuenca y se"
    " llevó joyas por 60.000 dólares.\n"
    "Delito: robo agravado, art. 189 COIP. Pena máxima: 10 años.\n"
)


@pytest.mark.parametrize(("own", "raised"), [
    pytest.param("2 de abril de 2022", True, id="warrant-dated-before-the-robbery"),
    pytest.param("2 de junio de 2022", False, id="warrant-dated-after-the-robbery"),
])
def test_a_warrant_whose_own_date_line_precedes_the_acts(
    tmp_path: Path, own: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "difusion.txt": ("diffusion", DATED_NOTICE),
        "boleta.txt": ("arrest-warrant", DATED_LINE.format(own=own)),
    }, "EC")
    assert ("consistency.dates" in codes(assessment)) is raised, assessment.flags


# ----------------------------- a warrant's closing formula dated before the acts it recites

CLOSED_NOTICE = (
    "Diffusion - BCN Niamey\n"
    "Personne recherchée : ISSOUFOU, Abdou, né le 5 mai 1986 à Zinder, nigérien.\n"
    "Infraction : vol à main armée, art. 317 du Code pénal. Peine : vingt ans.\n"
    "Faits : le 10 avril 2023 à Niamey, le recherché a braqué un bureau de change avec un"
    " pistolet et emporté 8 millions de francs CFA.\n"
    "Mandat : mandat d'arrêt du juge d'instruction de Niamey, n° 0077/MA/2023.\n"
)
CLOSED_WARRANT = (
    "TRIBUNAL DE GRANDE INSTANCE DE NIAMEY\n"
    "Mandat d'arrêt n° 0077/MA/2023\n"
    "Nous, juge d'instruction, ordonnons d'arrêter ISSOUFOU Abdou, né le 05/05/1986, inculpé de"
    " vol à main armée commis le 10 avril 2023 à Niamey.\n"
    "Fait en notre cabinet à Niamey, le {own}.\n"
)


@pytest.mark.parametrize(("own", "raised"), [
    pytest.param("2 mars 2023", True, id="closing-formula-before-the-robbery"),
    pytest.param("2 mai 2023", False, id="closing-formula-after-the-robbery"),
])
def test_a_warrant_whose_closing_formula_precedes_the_acts(
    tmp_path: Path, own: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "diffusion.txt": ("diffusion", CLOSED_NOTICE),
        "mandat.txt": ("arrest-warrant", CLOSED_WARRANT.format(own=own)),
    }, "NE")
    assert ("consistency.dates" in codes(assessment)) is raised, assessment.flags


# ------------------------------------------------ boilerplate summaries in new wordings

@pytest.mark.parametrize(("text", "raised"), [
    pytest.param(
        "WANTED PERSON DIFFUSION - NCB ISLAMABAD\n"
        "Subject: KHAN, Arsalan, born 2 February 1991, Pakistani.\n"
        "Offence: financing of terrorism, Anti-Terrorism Act 1997 s. 11H. Penalty: 10 years.\n"
        "Facts: the subject raised funds for anti-State elements in Mardan.\n",
        True, id="funds-for-anti-state-elements-alone"),
    pytest.param(
        "WANTED PERSON DIFFUSION - NCB ISLAMABAD\n"
        "Subject: KHAN, Arsalan, born 2 February 1991, Pakistani.\n"
        "Offence: financing of terrorism, Anti-Terrorism Act 1997 s. 11H. Penalty: 10 years.\n"
        "Facts: on 4 May 2023 the subject wired PKR 900,000 from his account at a Mardan bank to"
        " a courier who bought two rifles and explosives for a cell of anti-State elements.\n",
        False, id="the-transfer-named"),
    pytest.param(
        "DIFUSIÓN - OCN Lima\n"
        "Persona buscada: QUISPE ROJAS, Julio César, nacido el 02/06/1980.\n"
        "Hechos: el procesado habría realizado, en fechas que se determinarán en el curso del"
        " proceso, operaciones tendientes a ocultar el origen de bienes.\n"
        "Delito: lavado de activos, art. 1 del D. Leg. 1106. Pena máxima: 15 años.\n",
        True, id="dates-to-be-determined"),
    pytest.param(
        "DIFUSIÓN - OCN Lima\n"
        "Persona buscada: QUISPE ROJAS, Julio César, nacido el 02/06/1980.\n"
        "Hechos: el 3 de marzo de 2023 el procesado transfirió 40.000 dólares de la cuenta de"
        " la empresa Minera Sur a una cuenta a su nombre en Tacna; los demás montos se"
        " determinarán en el curso del proceso.\n"
        "Delito: lavado de activos, art. 1 del D. Leg. 1106. Pena máxima: 15 años.\n",
        False, id="amounts-to-be-determined-beside-a-dated-transfer"),
    pytest.param(
        "DIFUSIÓN - OCN Caracas\n"
        "Persona requerida: PÉREZ LUGO, Ramón, nacido el 09/04/1970.\n"
        "Hechos: el ciudadano, actuando en concierto con otras personas aún por identificar,"
        " habría recibido y ocultado recursos de procedencia ilícita.\n"
        "Delitos: legitimación de capitales (art. 35 LOCDOFT). Pena: hasta 15 años.\n",
        True, id="others-yet-to-be-identified"),
    pytest.param(
        "DIFUSIÓN - OCN Caracas\n"
        "Persona requerida: PÉREZ LUGO, Ramón, nacido el 09/04/1970.\n"
        "Hechos: el ciudadano, actuando en concierto con Pedro Ruiz y Ana Soto, recibió el 2 de"
        " mayo de 2022 en Valencia 300.000 dólares en efectivo de una red de contrabando.\n"
        "Delitos: legitimación de capitales (art. 35 LOCDOFT). Pena: hasta 15 años.\n",
        False, id="others-named"),
    pytest.param(
        "Notice rouge - BCN Libreville\n"
        "Personne recherchée : NDONG, Paul, né le 4 avril 1970.\n"
        "Infraction : détournement de deniers publics, art. 140 du Code pénal. Peine : dix ans.\n"
        "Faits : au cours des exercices 2018 à 2020, en sa qualité de directeur de l'office, le"
        " recherché a détourné d'importantes sommes appartenant à l'office.\n",
        True, id="large-sums-alone"),
    pytest.param(
        "Notice rouge - BCN Libreville\n"
        "Personne recherchée : NDONG, Paul, né le 4 avril 1970.\n"
        "Infraction : détournement de deniers publics, art. 140 du Code pénal. Peine : dix ans.\n"
        "Faits : le 12 mars 2020, en sa qualité de directeur de l'office, le recherché a viré"
        " 45 millions de francs CFA, d'importantes sommes appartenant à l'office, sur le compte"
        " de sa société Ogooué Services.\n",
        False, id="large-sums-with-the-transfer"),
])
def test_boilerplate_summaries_in_new_wordings(tmp_path: Path, text: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, text)
    assert ("compliance.vague-facts" in codes(assessment)) is raised, assessment.flags
