"""Penalties and articles of the f15 development batch as classes (fictional texts written
for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import article_ids, read_offenses
from pipeline.understand.penalties import read_penalty
from tests.understand_helpers import view as _view


def _read(text: str, lang: str, doc_type: str | None = None):
    return [
        (o.text, o.articles, o.max_penalty_months)
        for o in read_offenses([_view(text, lang)], doc_type)[0]
    ]


def _cited(text: str, lang: str) -> list[list[str]]:
    v = _view(text, lang)
    return [article_ids(v, h) for h in v.hits("patterns") if h.entry_id == "article.cited"]


# ---- a range whose upper bound goes on in a smaller unit: "de cuatro a trece años y cuatro
# meses" is 13 years 4 months at most


def test_range_upper_bound_takes_its_months() -> None:
    text = "reprimido con prisión de cuatro a trece años y cuatro meses."
    assert read_penalty(text, "es").max_months == 160


def test_two_ranges_are_not_added() -> None:
    text = "reprimido con prisión de uno a tres años y de seis meses a un año de inhabilitación."
    assert read_penalty(text, "es").max_months == 36


# ---- a minimum cue before a range ("elevada en un tercio del máximo y del mínimo, resulta de
# cuatro a trece años"): the range states its own bounds


def test_range_after_minimum_cue_is_a_maximum() -> None:
    text = (
        "cuya escala, elevada en un tercio del máximo y del mínimo, resulta de cuatro a trece "
        "años de prisión."
    )
    assert read_penalty(text, "es").max_months == 156


def test_minimum_alone_is_still_no_maximum() -> None:
    assert read_penalty("pena no inferior a cinco años de prisión.", "es").max_months is None


# ---- citations: "324bis et 324ter" (a letter that opens "bis"/"ter" is no sub-part) and a
# decimal section after "paragraphe"/"alinéa" ("462.31(2)a)")


def test_bis_ter_list_reads_both() -> None:
    ids = _cited("c) Participation - articles 324bis et 324ter du Code pénal.", "fr")
    assert ids == [["324bis", "324ter"]]


def test_letter_suffix_still_reads() -> None:
    assert _cited("infraction prévue à l'article 12b du Code pénal.", "fr") == [["12b"]]


def test_decimal_section_after_paragraphe() -> None:
    text = "l'acte criminel prévu au paragraphe 462.31(1) et à l'alinéa 462.31(2)a) du Code."
    assert [a for ids in _cited(text, "fr") for a in ids] == ["462.31(1)", "462.31(2)a)"]


def test_paragraphe_without_sub_part_is_no_citation() -> None:
    assert _cited("voir le paragraphe 3 du présent mandat.", "fr") == []


# ---- a citation followed by the penalty its law sets ("Affray - s 93C(1) - maximum penalty
# 10 years") states the offence's law even where the charge is read from its name alone;
# the abbreviation of a code of procedure ("del C.P.P.N.") does not


def test_citation_before_its_penalty_goes_to_the_charge() -> None:
    text = (
        "OFFENCES - Crimes Act 1900\n"
        "1. Affray - s 93C(1) - maximum penalty 10 years imprisonment\n"
        "PARTICULARS: On 3 May 2023 the accused and two other men fought in the street.\n"
    )
    assert _read(text, "en", "arrest-warrant") == [("Affray", ["93C(1)"], 120)]


def test_citation_before_a_sentence_imposed_stays_out() -> None:
    text = (
        "Los hechos constituyen el delito de robo agravado.\n"
        "En aplicación del art. 45, se lo condena a la pena de prisión de tres años.\n"
    )
    assert _read(text, "es", "judgment") == [("robo agravado", [], None)]


def test_procedure_code_abbreviation_is_no_offence_law() -> None:
    text = (
        "en orden a los delitos de:\n"
        "a) asociación ilícita (art. 210 del Código Penal), reprimido con prisión de tres a "
        "diez años.\n"
        "Por ello, y de conformidad con los arts. 282, 283 y 288 del C.P.P.N., RESUELVO:\n"
    )
    found = _read(text, "es", "arrest-warrant")
    assert [a for _t, arts, _m in found for a in arts] == ["210"]


# ---- a further stage of a scale after ";" ("de quince a veinte años; cuando concurren dos
# circunstancias, de veinte a treinta años") and per-count maxima after a heading's colon,
# the highest not first: the clause's maximum is the highest


def test_stage_after_semicolon_raises_the_maximum() -> None:
    text = (
        "b) Asesinato (art. 140 del Código Penal): prisión de quince a veinte años; cuando "
        "concurren dos o más circunstancias, de veinte a treinta años."
    )
    assert read_penalty(text, "es").max_months == 360


def test_duration_after_full_stop_is_no_stage() -> None:
    text = "prisión de quince a veinte años. El acusado tiene treinta años."
    assert read_penalty(text, "es").max_months == 240


def test_per_count_maxima_after_heading() -> None:
    text = (
        "Maximum penalties on conviction on indictment (for the information of the accused): "
        "Count 1, five years; Count 2, ten years; Count 3, fourteen years; and a fine in "
        "each case."
    )
    assert read_penalty(text, "en").max_months == 168


def test_other_period_after_semicolon_is_no_stage() -> None:
    # no stage or count word opens the part after ";": a period of time, not the scale
    text = "The offence is punishable by up to one year; the scheme ran for three years."
    assert read_penalty(text, "en").max_months == 12


def test_sentence_is_not_continued_after_semicolon() -> None:
    text = "The court sentenced him to five years; the appeal was lodged within two years."
    assert read_penalty(text, "en").sentence_months == 60


# ---- a charge's scale that goes on past its item's region after ";" is still its own; a
# clause running on into the next charge gives the first charge nothing of the second's


def test_item_keeps_the_stage_past_its_region() -> None:
    text = (
        "3. CALIFICACIÓN LEGAL\n"
        "a) Robo agravado (arts. 224 y 225 del Código Penal): prisión de\ncinco a diez años.\n"
        "b) Asesinato (art. 140 del Código Penal): prisión de quince a veinte años;\n"
        "cuando concurren dos o más circunstancias, de veinte a treinta años.\n"
        "4. SITUACIÓN JURÍDICA\nLa acusación fue presentada el 2 de febrero de 2024.\n"
    )
    assert [m for _t, _a, m in _read(text, "es", "police-report")] == [120, 360]


def test_item_takes_nothing_of_the_next_charge() -> None:
    text = (
        "3. CALIFICACIÓN LEGAL\n"
        "a) Hurto (art. 224 del Código Penal), sancionado hasta cinco años\n"
        "b) Estafa (art. 230 del Código Penal), sancionado hasta diez años\n"
        "4. SITUACIÓN JURÍDICA\nLa acusación fue presentada el 2 de febrero de 2024.\n"
    )
    assert [m for _t, _a, m in _read(text, "es", "police-report")] == [60, 120]
