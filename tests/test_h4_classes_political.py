"""Behaviour tests for the opposition, political-timing and coercion classes the retired h4
cases exposed: a day and month written without the year in a letter dated by its header; a
doer named in a clause a semicolon joins to the sentence before the dated act; a call not to
recognise election results as a dated political event; an opposition councillor or mayor;
co-accused beaten and made to sign; "Buscado:"/"Buscada:" as the wanted person's label. Each
fix has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, packet

TIMING = "misuse.political-timing"
OPP = "misuse.political-opposition"
COERCED = "misuse.coerced-evidence"

NOTICE_EN = (
    "Red Notice\n"
    "Subject: MERROW, Tobias Alan, born 4 May 1979.\n"
    "Facts: the subject embezzled funds of the municipal water board.\n"
    "Charge: embezzlement.\n"
    "Warrant: Second Criminal Court, {warrant}.\n"
)
LETTER_EN = (
    "Defence letter, 14 February 2024\n"
    "Mr Merrow is a retired engineer. On {day}, he held a press conference at which he "
    "publicly criticised the governor's budget.\n"
)


@pytest.mark.parametrize(
    ("day", "raised"),
    [
        pytest.param("3 July", True, id="yearless-day-before-the-warrant"),
        pytest.param("3 December", False, id="yearless-day-after-the-warrant"),
    ],
)
def test_a_yearless_day_takes_the_year_written_before_it(
    tmp_path: Path, day: str, raised: bool
) -> None:
    """The letter's "14 February 2024" header dates "On 3 July": the act is 3 July 2024."""
    _, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_EN.format(warrant="20 August 2024")),
        "letter.txt": ("other", LETTER_EN.format(day=day)),
    }, "GB")
    assert (TIMING in codes(assessment)) is raised, [f.code for f in assessment.flags]


NOTICE_ES = (
    "DIFUSIÓN - OCN Quito. Buscada: VALDIVIA MORENO, Ximena Paola, nacida el 2/03/1983.\n"
    "Hechos: el 12 de mayo de 2023 la buscada dirigió el cierre de una vía pública.\n"
    "Cargo: paralización de un servicio público.\n"
    "Orden de prisión preventiva: Unidad Judicial de Ambato, de 30 de mayo de 2023.\n"
)
LETTER_ES = (
    "Carta del abogado, 2 de febrero de 2024.\n"
    "{who} es abogada de las comunidades de Tungurahua; durante el paro de mayo de 2023 "
    "asistió a detenidos. El 27 de mayo, día en que terminó el paro, denunció en un canal "
    "nacional la muerte de un manifestante.\n"
)


@pytest.mark.parametrize(
    ("who", "raised"),
    [
        pytest.param("La Sra. Valdivia", True, id="subject-named-in-the-clause-before"),
        pytest.param("La Sra. Quiroga", False, id="another-person-named-there"),
    ],
)
def test_a_semicolon_joins_the_clause_that_names_the_doer(
    tmp_path: Path, who: str, raised: bool
) -> None:
    """The dropped doer of "denunció en un canal nacional" is the one the clause before the
    semicolon names; the "Buscada:" label gives the subject's names."""
    _, assessment = packet(tmp_path, {
        "difusion.txt": ("diffusion", NOTICE_ES),
        "carta.txt": ("other", LETTER_ES.format(who=who)),
    }, "EC")
    assert (TIMING in codes(assessment)) is raised, [f.code for f in assessment.flags]


RESULTS = (
    "Red Notice\n"
    "Subject: ORTEGA LUNA, Samuel, born 2 June 1975.\n"
    "Facts: on 2 August 2024 the subject urged the population not to recognise the results "
    "proclaimed by the electoral council.\n"
    "Charges: incitement; association.\n"
    "Warrant: Court of Control, {warrant}.\n"
)


@pytest.mark.parametrize(
    ("warrant", "raised"),
    [
        pytest.param("9 August 2024", True, id="warrant-a-week-after"),
        pytest.param("9 December 2024", False, id="warrant-months-after"),
    ],
)
def test_a_call_not_to_recognise_election_results_is_a_political_event(
    tmp_path: Path, warrant: str, raised: bool
) -> None:
    _, assessment = analyze(tmp_path, RESULTS.format(warrant=warrant))
    assert (TIMING in codes(assessment)) is raised, [f.code for f in assessment.flags]


COUNCILLOR = (
    "Subject: FENWICK, Oliver, born 9 March 1970.\n"
    "Facts: the subject obstructed traffic on the ring road on 4 May 2022.\n"
    "Charge: obstruction of a public road.\n"
    "Mr Fenwick was {what} councillor in the town.\n"
)


@pytest.mark.parametrize(
    ("what", "raised"),
    [
        pytest.param("an opposition", True, id="opposition-councillor"),
        pytest.param("a long-serving", False, id="councillor"),
    ],
)
def test_an_opposition_councillor(tmp_path: Path, what: str, raised: bool) -> None:
    _, assessment = analyze(tmp_path, COUNCILLOR.format(what=what))
    assert (OPP in codes(assessment)) is raised, [f.code for f in assessment.flags]


SIGNED = (
    "Subject: HALDANE, Ruth, born 9 March 1981.\n"
    "Facts: the subject organised the theft of cargo from the port.\n"
    "Charge: aggravated theft.\n"
    "Two co-accused signed statements naming her; they told their families that they were "
    "{how}.\n"
)


@pytest.mark.parametrize(
    ("how", "raised"),
    [
        pytest.param("beaten and made to sign", True, id="beaten-and-made-to-sign"),
        pytest.param("asked to sign", False, id="asked-to-sign"),
    ],
)
def test_co_accused_beaten_and_made_to_sign(tmp_path: Path, how: str, raised: bool) -> None:
    _, assessment = analyze(tmp_path, SIGNED.format(how=how))
    assert (COERCED in codes(assessment)) is raised, [f.code for f in assessment.flags]


@pytest.mark.parametrize(
    ("line", "named"),
    [
        pytest.param("Buscado: PELHAM ROCA, Rodrigo, ecuatoriano, nacido el 3/03/1990.", True,
                     id="buscado-label"),
        pytest.param("Se informa que es buscado por robo, nacido el 3/03/1990.", False,
                     id="buscado-in-a-sentence"),
    ],
)
def test_buscado_as_the_name_label(tmp_path: Path, line: str, named: bool) -> None:
    pk, _ = analyze(tmp_path, f"Difusión\n{line}\nDelito: robo.\n")
    names = " ".join(f.value for d in pk.documents for f in d.fields.subject.names)
    assert ("PELHAM" in names) is named, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Letter of 20 September 2024. On 28 July he spoke.", ["2024-07-28"],
                     id="day-month-in-the-year-before"),
        pytest.param("Carta, junio de 2022. El 30 de junio habló.", ["2022-06-30"],
                     id="spanish-de"),
        pytest.param("Letter of 20 September 2024. On July 28th he spoke.", ["2024-07-28"],
                     id="month-first-with-ordinal"),
        pytest.param("On 28 July he spoke; the letter is of 20 September 2024.", [],
                     id="no-year-before-it"),
        pytest.param("Letter of 20 September 2024. On 28 July 2023 he spoke.", [],
                     id="a-full-date-is-not-read-again"),
    ],
)
def test_the_date_reader_reads_a_day_without_its_year(text: str, expected: list[str]) -> None:
    """`dates.yearless_dates`: the year the page last wrote before the day and month."""
    from pipeline.understand.dates import dates_on, yearless_dates
    from tests.understand_helpers import view

    page = view(text, "es" if "junio" in text else "en")
    assert [d.iso for d in yearless_dates(page, dates_on(page))] == expected
