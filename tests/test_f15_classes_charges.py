"""Charges of the f15 development batch as classes (fictional texts written for these
tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = "police-report") -> list[str]:
    return [o.text for o in read_offenses([view(text, lang, "ocr")], doc_type)[0]]


# ---- a heading joining the charges, their texts and penalties ("QUALIFICATIONS, TEXTES ET
# PEINES", "DELITOS, LEGISLACIÓN Y SANCIONES (...)", "التهم والنصوص والعقوبات:")


def test_charges_texts_and_penalties_heading() -> None:
    text = (
        "3. DELITOS, LEGISLACIÓN Y SANCIONES (Código Penal, Ley 12)\n"
        "- Cohecho, artículo 150: privación de libertad de tres a ocho años;\n"
        "- Malversación, artículo 330: privación de libertad de tres a ocho años.\n"
        "4. RESOLUCIONES JUDICIALES\nAuto 12/2023 del Tribunal.\n"
    )
    assert _charges(text, "es") == ["Cohecho", "Malversación"]


def test_legislation_heading_alone_is_no_charges_heading() -> None:
    text = (
        "3. LEGISLACIÓN Y SANCIONES\n"
        "- Código Penal, artículo 150: privación de libertad de tres a ocho años.\n"
    )
    assert _charges(text, "es") == []


# ---- OCR reads "III." as "IT.": the section after it ("IV. GARANTIES") still ends the list


def test_misread_roman_heading_still_ends_at_next_section() -> None:
    text = (
        "IT. QUALIFICATIONS, TEXTES ET PEINES\n"
        "a) faux en écriture publique, article 118 du Code pénal : réclusion\n"
        "criminelle de dix ans au plus :\n"
        "b) détournement de deniers publics, article 146 du Code pénal : réclusion\n"
        "criminelle de dix à vingt ans ;\n"
        "IV. GARANTIES\nLa peine de mort est abolie.\n"
    )
    assert _charges(text, "fr") == ["faux en écriture publique", "détournement de deniers publics"]


# ---- a heading in capitals that names who retained the charges, with no colon


def test_caps_heading_with_agent_and_no_colon() -> None:
    text = (
        "3. QUALIFICATIONS RETENUES PAR LE MANDAT\n"
        "- Constitution d'une bande criminelle (article 293 du Code pénal) ;\n"
        "- blanchiment de capitaux (article 574-1 du Code pénal).\n"
        "4. DILIGENCES ACCOMPLIES\nLe 2 mars 2022, une perquisition.\n"
    )
    assert _charges(text, "fr") == [
        "Constitution d'une bande criminelle", "blanchiment de capitaux"
    ]


def test_agent_heading_in_lower_case_prose_is_no_heading() -> None:
    text = (
        "Qualification retenue par le mandat et confirmée ensuite\n"
        "- Constitution d'une bande criminelle (article 293 du Code pénal) ;\n"
    )
    # The rules read no heading here and so no charge; the charge tagger, which reads the
    # dashed item under it as a charge's wording, gives the one charge (and nothing more).
    assert _charges(text, "fr") == ["Constitution d'une bande criminelle"]


# ---- "Chef 1 - X" over its particulars dated on the next line: the title is the charge


def test_count_title_over_dated_particulars() -> None:
    text = (
        "Jean DURAND est accusé :\nChef 1 - Fraude de plus de 5 000 $\n"
        "Entre le 1er janvier 2021 et le 30 juin 2022, à Laval, a frustré des épargnants,\n"
        "commettant ainsi l'acte criminel prévu à l'article 380 du Code criminel.\n"
        "Chef 2 - Fabrication de faux documents\n"
        "Entre le 1er janvier 2021 et le 30 juin 2022, à Laval, a fabriqué de faux relevés,\n"
        "commettant ainsi l'acte criminel prévu à l'article 366 du Code criminel.\n"
    )
    assert _charges(text, "fr", "indictment") == [
        "Fraude de plus de 5 000 $", "Fabrication de faux documents"
    ]


def test_count_title_going_on_over_the_line_is_kept() -> None:
    text = (
        "Jean DURAND est accusé :\nChef 1 - Fraude au préjudice de\n"
        "l'État (article 380 du Code criminel) ;\n"
        "Chef 2 - Fabrication de faux documents (article 366 du Code criminel).\n"
    )
    assert _charges(text, "fr", "indictment")[1] == "Fabrication de faux documents"


# ---- the role or manner after an offence's name ("en calidad de jefe") is no part of it


def test_role_after_charge_is_cut() -> None:
    text = (
        "DELITOS IMPUTADOS:\n"
        "- Asociación ilícita para el tráfico de drogas, en calidad de jefe (art. 52);\n"
        "- Tráfico ilícito de estupefacientes (art. 31).\n"
    )
    assert _charges(text, "es") == [
        "Asociación ilícita para el tráfico de drogas", "Tráfico ilícito de estupefacientes"
    ]


def test_calidad_inside_another_name_stays() -> None:
    text = "DELITOS IMPUTADOS:\n- Falsedad ideológica en documento público (art. 293).\n"
    assert _charges(text, "es") == ["Falsedad ideológica en documento público"]
