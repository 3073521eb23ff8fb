"""Layouts and wordings of the f7 development batch (English and French documents) as
classes, in the languages where each exists (fictional texts written for these tests, not
copied from the evaluation set)."""

from __future__ import annotations

import pytest

from pipeline.understand.decision import read_decision
from pipeline.understand.penalties import read_penalty
from pipeline.understand.subject import read_subject
from tests.understand_helpers import articles as _articles
from tests.understand_helpers import charges as _charges
from tests.understand_helpers import view as _view

# ---- a police report's numbered heading "Offences disclosed" / "Infractions relevées"


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("2. Offences disclosed\n\n(a) Robbery - Crimes Act, section 310 - maximum 14 years;\n\n"
     "(b) Criminal intimidation - Crimes Act, section 375 - maximum 5 years.\n\n"
     "3. Investigation\nStatements were taken.\n", "en", ["Robbery", "Criminal intimidation"]),
    ("2. Infractions relevées\n\n(a) Vol qualifié - Code pénal, article 310 ;\n\n"
     "(b) Menaces de mort - Code pénal, article 375.\n\n3. Enquête\nDes auditions.\n", "fr",
     ["Vol qualifié", "Menaces de mort"]),
])
def test_offences_disclosed_heading(text: str, lang: str, want: list[str]) -> None:
    assert _charges(text, lang) == want


# ---- charges written as a table, one row a line ("| Charge | Law |")


@pytest.mark.parametrize(("text", "lang", "want", "articles"), [
    ("Charges and laws:\n| Charge | Law |\n| Robbery | Criminal Code, s. 271 |\n"
     "| Arson | Criminal Code, s. 312(2) |\n\nMaximum penalty: 14 years.\n", "en",
     ["Robbery", "Arson"], [["271"], ["312(2)"]]),
    ("Infractions et textes :\n| Infraction | Texte |\n| Vol qualifié | Code pénal, art. 271 |\n"
     "| Incendie volontaire | Code pénal, art. 312 |\n", "fr",
     ["Vol qualifié", "Incendie volontaire"], [["271"], ["312"]]),
    ("Delitos:\n| Delito | Norma |\n| Robo agravado | Código Penal, art. 271 |\n"
     "| Incendio | Código Penal, art. 312 |\n", "es",
     ["Robo agravado", "Incendio"], [["271"], ["312"]]),
])
def test_charges_table_rows(
    text: str, lang: str, want: list[str], articles: list[list[str]]
) -> None:
    assert _charges(text, lang) == want
    assert _articles(text, lang) == articles


# ---- "Statement of Offence" then "Particulars of Offence" under each count, no blank lines


def test_particulars_heading_ends_the_statement_of_offence() -> None:
    text = (
        "JOHN DOE is charged with the following offences:\nCOUNT 1\nStatement of Offence\n"
        "Robbery, contrary to section 12 of the Penal Code.\nParticulars of Offence\n"
        "John Doe, on 3 May 2024, at Nassau, robbed Paul Roe of his car.\nCOUNT 2\n"
        "Statement of Offence\nCausing Grievous Harm, contrary to section 27 of the Penal Code.\n"
        "Particulars of Offence\nJohn Doe, on 3 May 2024, at Nassau, wounded Paul Roe.\n"
    )
    assert _charges(text, "en") == ["Robbery", "Causing Grievous Harm"]
    assert _articles(text, "en") == [["12"], ["27"]]


# ---- "and of uttering a false document, contrary to section ...": a forgery term


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("did commit the offences of theft, contrary to section 270 of the Penal Code, and of "
     "uttering a false document, contrary to section 345 of the said Code, in that he paid "
     "invoices.", "en", ["theft", "uttering a false document"]),
    ("est inculpé de vol, prévu par l'article 270 du Code pénal, et d'usage d'un faux "
     "document, prévu par l'article 345 du même code.", "fr", ["vol", "usage d'un faux document"]),
])
def test_uttering_a_false_document_is_a_charge(text: str, lang: str, want: list[str]) -> None:
    assert _charges(text, lang) == want


# ---- a cue ending in an elided word ("inculpé d'escroquerie"): the term matches


def test_elided_cue_matches_running_text() -> None:
    text = (
        "Le nommé Jean DUPONT,\nInculpé d'abus de confiance et de faux en écriture privée,\n"
        "faits prévus et punis par les articles 383 et 135 du Code pénal ;\n"
    )
    assert _charges(text, "fr") == ["abus de confiance", "faux en écriture privée"]


# ---- "est convaincu, comme auteur, d'avoir commis :" over a numbered list; "le délit de"


def test_convicted_of_having_committed_list() -> None:
    text = (
        "EN DROIT\n\nLe prévenu est convaincu, comme auteur, d'avoir commis :\n\n"
        "1) le crime d'incendie volontaire, prévu par l'article 510 du Code pénal ;\n\n"
        "2) le délit de recel, prévu par\n\nl'article 505 du Code pénal.\n\nPAR CES MOTIFS\n"
    )
    assert _charges(text, "fr", "ocr") == ["incendie volontaire", "recel"]
    assert _articles(text, "fr", "ocr") == [["510"], ["505"]]


# ---- "recevoir les qualifications suivantes :" over a one-paragraph list that OCR broke
# with a blank line mid-sentence; "..., infractions prévues et punies par ..."


@pytest.mark.parametrize(("text", "lang", "want", "articles"), [
    ("Les faits sont susceptibles de recevoir les qualifications suivantes :\n\n"
     "trafic de stupéfiants, association de malfaiteurs et blanchiment de capitaux,\n"
     "infractions prévues et punies par l'article 4 de la loi\n\n"
     "n° 2010-01 et par l'article 238 du Code pénal.\n\nLe suspect a fui.\n", "fr",
     ["trafic de stupéfiants", "association de malfaiteurs", "blanchiment de capitaux"],
     [["4", "238"]] * 3),
    ("The acts may be given the following legal qualifications:\n\n"
     "drug trafficking, criminal conspiracy and money laundering,\n"
     "offences under section 4 of the Act\n\n"
     "no. 10 of 2010 and section 238 of the Penal Code.\n\nThe suspect fled.\n", "en",
     ["drug trafficking", "criminal conspiracy", "money laundering"], [["4", "238"]] * 3),
])
def test_qualifications_list_over_an_ocr_gap(
    text: str, lang: str, want: list[str], articles: list[list[str]]
) -> None:
    assert _charges(text, lang, "ocr") == want
    assert _articles(text, lang, "ocr") == articles


# ---- a penalty label line ends a numbered list of charges (no blank line before it)


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Qualifications et textes :\n1. Vol - article 309 du Code pénal\n"
     "2. Recel - article 339 du Code pénal\nPeine maximale encourue : cinq ans ;\n"
     "trois ans d'emprisonnement (recel).\n", "fr", ["Vol", "Recel"]),
    ("Charges:\n1. Theft - section 309 of the Penal Code\n"
     "2. Handling stolen goods - section 339 of the Penal Code\nMaximum penalty: five years;\n"
     "three years' imprisonment (handling).\n", "en", ["Theft", "Handling stolen goods"]),
])
def test_penalty_label_ends_the_charges_list(text: str, lang: str, want: list[str]) -> None:
    assert _charges(text, lang) == want


# ---- "the death penalty does not apply": an assurance, not the maximum


@pytest.mark.parametrize(("text", "lang", "months"), [
    ("The offence is punishable by imprisonment not exceeding 25 years. The Government gives "
     "the assurance that the death penalty does not apply.", "en", 300),
    ("L'infraction est punie de vingt-cinq ans de réclusion au plus. La peine de mort ne "
     "s'applique pas.", "fr", 300),
])
def test_death_penalty_that_does_not_apply(text: str, lang: str, months: int) -> None:
    penalty = read_penalty(text, lang)
    assert penalty.kind != "death"
    assert penalty.max_months == months


# ---- a judgment dated by its public hearing ("AUDIENCE PUBLIQUE DU 24 OCTOBRE 2024")


def test_judgment_dated_by_its_public_hearing() -> None:
    text = (
        "Jugement n° 55/2024\n\nAUDIENCE PUBLIQUE DU 12 MARS 2024\n\nLe Tribunal correctionnel "
        "a rendu le jugement qui suit :\n\nDans la cause du Ministère Public contre Paul "
        "MARTIN.\n\nPAR CES MOTIFS\ncondamne le prévenu à deux ans d'emprisonnement.\n"
    )
    decision = read_decision([_view(text, "fr")], "judgment")
    assert decision.date is not None and decision.date.normalized == "2024-03-12"


# ---- a name in capitals right before "a/k/a" with no comma ("NAME a/k/a \"X\"")


def test_caps_name_before_alias_without_comma() -> None:
    text = 'BETWEEN\nTHE KING\nand\nDESMOND ALOYSIUS FERGUSON-PYFROM a/k/a "Dezzy"\nINDICTMENT\n'
    subject = read_subject([_view(text, "en")])
    assert "DESMOND ALOYSIUS FERGUSON-PYFROM" in [n.value for n in subject.names]
