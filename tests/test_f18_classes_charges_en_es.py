"""Charges of the f18 development batch, English and Spanish, as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = "arrest-warrant") -> list[str]:
    return [o.text for o in read_offenses([view(text, lang, "ocr")], doc_type)[0]]


# ---- a clean record before the cue ("previously not convicted,") is no earlier conviction;
# the definition after ", that is," and the qualified form after "committed by an organised
# group" stay in the charge, which ends at ", a crime under Part N of Article M"

RULING = (
    "RULING\n\n"
    "PETROV Ivan Sergeyevich, born 3 March 1980 in Omsk, citizen of the Russian\n"
    "Federation, previously not convicted,\n\n"
    "accused of committing fraud, that is, the theft of another's property\n"
    "by deceit, committed by an organised group on an especially large\n"
    "scale, a crime under Part 4 of Article 159 of the Criminal Code,\n\n"
    "ESTABLISHED:\n"
)


def test_clean_record_definition_and_qualified_form() -> None:
    assert _charges(RULING, "en") == [
        "fraud, that is, the theft of another's property by deceit, committed by an organised "
        "group on an especially large scale",
    ]


def test_previous_conviction_still_not_a_charge() -> None:
    text = (
        "RULING\n\nPETROV Ivan, born 3 March 1980, previously convicted of theft in 2010.\n\n"
        "Charges: fraud\n"
    )
    assert _charges(text, "en") == ["fraud"]


def test_committed_by_means_still_cut() -> None:
    text = "RULING\n\nThe accused is charged with fraud, committed by means of a computer.\n"
    assert _charges(text, "en") == ["fraud"]


def test_comma_before_offence_still_splits() -> None:
    text = "RULING\n\nThe accused is charged with fraud, theft and forgery.\n"
    assert _charges(text, "en") == ["fraud", "theft", "forgery"]


# ---- "that charge does not concern <name>" closing a co-accused's sentence


def test_co_accused_charge_that_does_not_concern_subject() -> None:
    text = RULING + (
        "D. K. Orlov was detained on 2 May 2024 and is also accused of money laundering\n"
        "under Article 174.1; that charge does not concern Petrov I. S.\n"
        "The accused left the country on 30 December 2023.\n"
    )
    assert len(_charges(text, "en")) == 1


def test_co_accused_charge_without_remark_stays() -> None:
    text = RULING + (
        "He is also accused of money laundering under Article 174.1, committed in 2023.\n"
    )
    assert len(_charges(text, "en")) == 2


# ---- "guilty of X and is sentenced to ...": "and is" is the next verb, not the charge's


def test_guilty_of_and_is_sentenced() -> None:
    text = (
        "JUDGMENT\n\n1. The defendant Li Wei is guilty of embezzlement and is\n"
        "sentenced to fixed-term imprisonment of ten years.\n"
    )
    assert _charges(text, "en", "judgment") == ["embezzlement"]


def test_and_before_an_offence_still_splits() -> None:
    text = "JUDGMENT\n\nThe defendant is guilty of embezzlement and fraud.\n"
    assert _charges(text, "en", "judgment") == ["embezzlement", "fraud"]


# ---- a clause after ";" with no subject ("...; fue detenido ... y acusado de complicidad")
# goes on about the other person the clause before opens with


def test_second_individual_clause_after_semicolon() -> None:
    text = (
        "INFORME POLICIAL\n\n2. Hechos\nEl investigado robó la tienda. Un segundo individuo,\n"
        "identificado como Pedro LÓPEZ, conducía el vehículo; fue detenido el 2 de mayo y\n"
        "acusado de complicidad.\n\n"
        "3. Delitos imputados\nSe imputan al investigado los delitos de robo con arma de fuego.\n"
    )
    assert _charges(text, "es", "police-report") == ["robo con arma de fuego"]


def test_subjectless_clause_after_subject_stays() -> None:
    text = (
        "INFORME POLICIAL\n\nEl investigado huyó a Guatemala; fue acusado de robo con arma "
        "de fuego.\n"
    )
    assert _charges(text, "es", "police-report") == ["robo con arma de fuego"]


# ---- "en perjuicio del Estado" with no comma is the offence's form; a reference to a
# lettered charge ("del capítulo B)") is no new item


DECREE = (
    "DECRETO QUE DISPONE EL JUICIO\n\nIMPUTADO:\n\n"
    "A) del delito previsto y penado por el artículo 640 del Código Penal, estafa agravada en\n"
    "perjuicio del Estado, por haber obtenido fondos públicos;\n\n"
    "B) del delito previsto y penado por el artículo 648 bis del Código Penal, blanqueo de\n"
    "capitales, por haber transferido los fondos del capítulo A) a cuentas de Lima.\n"
)


def test_state_victim_kept_and_item_reference_not_an_item() -> None:
    assert _charges(DECREE, "es", "indictment") == [
        "estafa agravada en perjuicio del Estado", "blanqueo de capitales",
    ]


def test_victim_after_comma_still_cut() -> None:
    text = DECREE.replace("estafa agravada en\nperjuicio del Estado", "estafa agravada,\nen "
                          "perjuicio del Estado")
    assert _charges(text, "es", "indictment")[0] == "estafa agravada"


# ---- "Cargo uno:" over the charge's lines; "en violación del Título 21" is its law; the
# drug's quantity "en cantidad de ..." is cut


def test_count_in_words_over_its_charge() -> None:
    text = (
        "DELITOS\nEl reclamado está acusado de:\nCargo uno:\n"
        "asociación delictuosa para distribuir cocaína,\n"
        "en cantidad de cinco kilogramos o más, en violación del Título 21, sección 846;\n"
        "Cargo dos: asociación delictuosa para lavar instrumentos monetarios, en violación\n"
        "del Título 18, sección 1956(h).\n"
    )
    assert _charges(text, "es", "extradition-request") == [
        "asociación delictuosa para distribuir cocaína",
        "asociación delictuosa para lavar instrumentos monetarios",
    ]


def test_count_in_figures_still_read() -> None:
    text = (
        "DELITOS\nCargo 1: asociación delictuosa para lavar instrumentos monetarios, en violación\n"
        "del Título 18, sección 1956(h).\n"
    )
    assert _charges(text, "es", "extradition-request") == [
        "asociación delictuosa para lavar instrumentos monetarios",
    ]


# ---- a list of charges each with its section in brackets: the comma after a bracket is the
# next charge, not a qualifier ("using ..."); the code's abbreviation closing it goes


def test_bracketed_sections_list() -> None:
    text = (
        "FIRST INFORMATION REPORT\n\nOffences: cheating (420),\n"
        "using as genuine a forged document (471) and\n"
        "dishonestly issuing a cheque (489-F) PPC\nComplainant: A. Khan\n"
    )
    assert _charges(text, "en", "police-report") == [
        "cheating", "using as genuine a forged document", "dishonestly issuing a cheque",
    ]


def test_comma_qualifier_without_bracket_still_cut() -> None:
    text = "FIRST INFORMATION REPORT\n\nOffences: cheating, using a forged cheque\n"
    assert _charges(text, "en", "police-report") == ["cheating"]


# ---- "Charges (case, court ...\n..., as amended):" over a lettered list: a heading whose
# bracket runs onto the next line


def test_charges_heading_with_bracket_over_two_lines() -> None:
    text = (
        "REQUEST FOR EXTRADITION\n\n3. Charges (Criminal Case No. 12 of 2022, Chief Magistrate's\n"
        "Court of Entebbe, as amended):\n(a) aggravated robbery, contrary to section 285 of the\n"
        "    Penal Code Act;\n(b) money laundering, contrary to section 3 of the Act.\n"
    )
    assert _charges(text, "en", "extradition-request") == ["aggravated robbery", "money laundering"]


def test_charges_word_in_running_bracket_is_no_heading() -> None:
    text = (
        "REQUEST FOR EXTRADITION\n\nHe faces charges (of which the court was informed\n"
        "on 3 May) and is wanted for theft.\n"
    )
    assert _charges(text, "en", "extradition-request") == ["theft"]


# ---- a date closing the wording ("convicted of X on 6th October 2023") is no part of it


def test_trailing_date_cut_from_wording() -> None:
    text = (
        "REQUEST FOR EXTRADITION\n\nThe fugitive was convicted of aggravated robbery on 6th "
        "October 2023 and sentenced to 20 years' imprisonment.\n"
    )
    assert _charges(text, "en", "extradition-request") == ["aggravated robbery"]


def test_date_inside_wording_stays() -> None:
    text = "REQUEST FOR EXTRADITION\n\nThe fugitive is charged with robbery on 6th May.\n"
    assert _charges(text, "en", "extradition-request") == ["robbery on 6th May"]


def test_co_accused_item_does_not_share_the_penalty() -> None:
    text = RULING + (
        "M. Yu. Orlov was detained on 2 May 2024 and is also accused of money laundering\n"
        "under Article 174.1; that charge does not concern Petrov I. S.\n"
        "The crime with which he is charged is punishable by deprivation of liberty for a term\n"
        "of up to ten years.\n"
    )
    offenses = read_offenses([view(text, "en", "ocr")], "arrest-warrant")[0]
    assert [o.max_penalty_months for o in offenses] == [120]
