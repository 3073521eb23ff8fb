"""Layouts and wordings of the f9 development batch behind the document type, the subject's
identity and the warrant fields, as classes (fictional texts written for these tests, not
copied from the evaluation set)."""

from __future__ import annotations

import pytest

from pipeline.understand.decision import read_decision
from pipeline.understand.subject import read_subject
from tests.understand_helpers import doc_type as _doc_type
from tests.understand_helpers import view as _view


def _subject(text: str, lang: str, method: str = "text-layer"):
    return read_subject([_view(text, lang, method)])


# ---- a diplomatic note asking for "the provisional arrest and extradition of", with an
# abbreviation ("Cap. 4:01") in the sentence, is an extradition request, not the judgment
# it recites


def test_note_requesting_provisional_arrest_and_extradition() -> None:
    text = (
        "MINISTRY OF FOREIGN AFFAIRS\n\n"
        "Note No. 17/2025                       Castries, 4 March 2025\n\n"
        "The Ministry presents its compliments to the High Commission and has the honour\n"
        "to request, under the Extradition Act, Cap. 4:01, the provisional arrest and\n"
        "extradition of:\n\n"
        "Name: PETER JOHN CALDER\n\n"
        "On 2 May 2022 he was convicted of burglary and sentenced to six years'\n"
        "imprisonment; he was found guilty in his absence.\n"
    )
    assert _doc_type(text, "en") == "extradition-request"


# ---- names: a label after the cue is no name; counsel's line names no subject; a labelled
# Persian-style "name and surname" line


def test_label_after_caption_cue_is_no_name() -> None:
    text = (
        "THE PEOPLE                         CASE NO.: 44-2025\n"
        "      v.                           RE: Sec. 12 Penal Code\n"
        "MARTA ELENA QUIROGA VALDÉS          Defendant\n\n"
        "The people charge the accused, MARTA ELENA QUIROGA VALDÉS, with theft.\n"
    )
    names = [n.value for n in _subject(text, "en").names]
    assert "MARTA ELENA QUIROGA VALDÉS" in names
    assert not any("RE" in n.split() or n.startswith("RE:") for n in names)


def test_counsel_for_the_accused_is_no_subject() -> None:
    text = (
        "The accused, OWEN THABO MAKHELE, was found guilty of theft.\n\n"
        "For the State: Adv. P. Ranthocha\n"
        "For the Accused: Adv. K. Letsie\n"
    )
    names = [n.value for n in _subject(text, "en").names]
    assert names == ["OWEN THABO MAKHELE"]


def test_name_and_surname_label_arabic() -> None:
    text = "الاسم والشهرة: حسين علي رضائي\nاسم الأب: محمد\nالجنسية: إيرانية\n"
    assert [n.value for n in _subject(text, "ar").names] == ["حسين علي رضائي"]


# ---- "a Mosotho national": a demonym before the noun "national" states a nationality


@pytest.mark.parametrize(("text", "want"), [
    ("The accused, a Mosotho national, stands charged with theft.", ["LS"]),
    ("The accused, Ruth BANDA, a Zambian national born on 3 May 1990, is charged.", ["ZM"]),
    ("A report of the Kenya National Police Service was received.", []),
])
def test_demonym_national(text: str, want: list[str]) -> None:
    assert [n.normalized for n in _subject(text, "en").nationalities] == want


# ---- warrant fields


def test_writ_of_arrest_cited_in_a_report() -> None:
    text = (
        "POLICE INVESTIGATION REPORT\n\nD. JUDICIAL ACTION\n"
        "Writ of Arrest No. KCC/WA/0077/2025 was issued by the\n"
        "Kakata City Court on 9 June 2025 and remains unserved.\n"
    )
    d = read_decision([_view(text, "en")], "police-report")
    assert d.number is not None and d.number.value == "KCC/WA/0077/2025"
    assert d.date is not None and d.date.normalized == "2025-06-09"
    assert d.authority is not None and d.authority.value == "Kakata City Court"


@pytest.mark.parametrize("link", ["of the", "at the"])
def test_judge_named_before_the_court_he_sits_in(link: str) -> None:
    text = (
        "A warrant of arrest, No. W/12/2021, was issued by Resident Magistrate J. K. Mensah\n"
        f"{link} Accra Circuit Court on 3 May 2021.\n"
    )
    d = read_decision([_view(text, "en")], "extradition-request")
    assert d.authority is not None and d.authority.value == "Accra Circuit Court"
    assert d.date is not None and d.date.normalized == "2021-05-03"


def test_judge_of_a_named_court_keeps_the_court() -> None:
    text = ("Un mandat d'arrêt n° 12/2021 a été délivré le 3 mai 2021 par le juge d'instruction "
            "du 2e cabinet du tribunal de Moroni.\n")
    d = read_decision([_view(text, "fr")], "police-report")
    assert d.authority is not None
    assert d.authority.value == "juge d'instruction du 2e cabinet du tribunal de Moroni"


def test_delivered_label_dates_a_judgment() -> None:
    text = (
        "IN THE HIGH COURT OF ESWATINI\n\nCRI/T/0101/2021\n\n"
        "HEARD: 3 - 5 May 2023\nDELIVERED: 14th June, 2023\n\nJUDGMENT\n\n"
        "[1] The accused stands charged with robbery, committed on 2 March 2021.\n"
    )
    d = read_decision([_view(text, "en")], "judgment")
    assert d.date is not None and d.date.normalized == "2023-06-14"


def test_signature_place_of_two_parts_and_today() -> None:
    text = (
        "ACUSACIÓN\n\nEl Fiscal formula acusación contra PEDRO ANTONIO VEGA LUGO por el\n"
        "delito de ROBO, cometido el 2 de enero de 2024 en Caguas.\n\n"
        "En Caguas, Puerto Rico, hoy 9 de abril de 2024.\n\n"
        "Lcda. Ana Ruiz\nFiscal Auxiliar\n"
    )
    d = read_decision([_view(text, "es")], "indictment")
    assert d.date is not None and d.date.normalized == "2024-04-09"
