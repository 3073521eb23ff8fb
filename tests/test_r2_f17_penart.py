"""Articles and penalties left over from the f17 development batch, as classes (fictional
texts written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import article_ids
from pipeline.understand.penalties import read_penalty
from tests.understand_helpers import articles
from tests.understand_helpers import view as _view


def _cited(text: str, lang: str, method: str = "text-layer") -> list[list[str]]:
    v = _view(text, lang, method)
    return [article_ids(v, h) for h in v.hits("patterns") if h.entry_id == "article.cited"]


def _all(text: str, lang: str, method: str = "text-layer") -> set[str]:
    return {a for arts in articles(text, lang, method) for a in arts}


# ---- Portuguese citations: an ordinal after the article ("131.º") and its paragraph after
# "n.º"; OCR reads "º" as "2"


def test_ordinal_article_list_goes_on() -> None:
    ids = _cited("previsto por los artículos 210.º y 211.º, n.º 1 y 2, del Código Penal.", "es")
    assert ids == [["210", "211"]]


def test_ocr_ordinal_read_as_two_is_restored() -> None:
    text = (
        "Se le imputa un delito de robo agravado, previsto por los artículos 210.2 y 211.2,\n"
        "n.2 1 y 2, del Código Penal.\n"
    )
    assert _cited(text, "es", "ocr") == [["210", "211"]]


def test_ocr_decimal_article_without_ordinal_style_is_kept() -> None:
    text = "Se le imputa un delito de robo, previsto en el artículo 242.2 del Código Penal.\n"
    assert _cited(text, "es", "ocr") == [["242.2"]]


# ---- Spanish citations read "en relación con el" another article


def test_article_read_with_another_is_cited() -> None:
    ids = _cited("previstos en los artículos 249 y 250, 390 en relación con el 392 del Código "
                 "Penal.", "es")
    assert ids == [["249", "250", "390", "392"]]


def test_article_alone_after_relation_is_not_cited() -> None:
    assert _cited("en relación con el 392 de la calle Mayor.", "es") == []


# ---- ordinal sub-parts listed with commas ("párrafos primero, segundo y cuarto, y 629")


def test_ordinal_sub_parts_with_commas_keep_the_list_going() -> None:
    text = "artículos 318 bis, párrafos primero, segundo y tercero, y 570, párrafo segundo, del CP"
    assert _cited(text, "es") == [["318 bis", "570"]]


def test_numbers_after_ordinal_sub_parts_and_comma_are_articles() -> None:
    text = "artículos 416, párrafos primero y segundo, 417 y 418 del Código Penal"
    assert _cited(text, "es") == [["416", "417", "418"]]


# ---- a law's citation that is the subject of its penalty, several in one sentence


_FUNDAMENTOS = (
    "Se acusa a Bruno TALAVERA LUNA por el delito de robo agravado y por el delito de lesiones "
    "graves.\n\n"
    "II. FUNDAMENTOS\n"
    "El artículo 205 del Código Penal, párrafo segundo, en relación con el artículo 204, "
    "sanciona el robo agravado con pena privativa de libertad no menor de diez ni mayor de "
    "quince años; el artículo 121, inciso 1, sanciona las lesiones graves con pena no menor de "
    "cuatro años.\n"
)


def test_citations_before_the_one_that_states_the_penalty_are_law() -> None:
    assert _all(_FUNDAMENTOS, "es") == {"205", "204", "121"}


def test_citation_of_another_sentence_is_no_law() -> None:
    text = (
        "Se acusa a Bruno TALAVERA LUNA por el delito de robo agravado.\n\n"
        "II. FUNDAMENTOS\n"
        "El artículo 28 del Código Procesal fija la competencia de este juzgado. El artículo 204 "
        "sanciona el robo agravado con pena privativa de libertad no menor de diez años.\n"
    )
    assert _all(text, "es") == {"204"}


def test_penalty_word_far_from_its_term_is_a_sentencing_rule() -> None:
    text = (
        "أدين المتهم بجريمة الاحتيال.\n\n"
        "وعملاً بالمادة 141 من قانون العقوبات تنفذ العقوبة الأشد فقط، وهي الحبس خمس سنوات.\n"
    )
    assert "141" not in _all(text, "ar")


# ---- the recital of a judgment's preamble ("Having seen articles ...")


def test_having_seen_articles_cites_the_law() -> None:
    text = (
        "Having seen the bill of indictment whereby John TARRANT was charged with theft of "
        "cattle;\n\n"
        "Having seen articles 261(b) and 267 of the Criminal Code and\n"
        "article 5(1) of the Animals Act;\n"
    )
    assert _all(text, "en") == {"261(b)", "267", "5(1)"}


def test_having_seen_a_report_cites_no_law() -> None:
    text = (
        "Having seen the bill of indictment whereby John TARRANT was charged with theft of "
        "cattle;\n\n"
        "Having seen the report of the expert, who refers to article 12 of his own notes;\n"
    )
    assert "12" not in _all(text, "en")


# ---- a citation of another person's case, closed by a remark that it is not this one's;
# a citation that belongs to a law of procedure named after the next citation


_WARRANT = (
    "Offences under Sections 392, 411 PPC\n\n"
    "You are directed to arrest Tariq MEHMOOD, accused of robbery.\n\n"
)


def test_other_case_with_remark_is_no_law_of_the_charges() -> None:
    text = _WARRANT + (
        "Note: The complainant, Imran ASLAM, is himself facing a case under Section 506 PPC; "
        "that case has no connection with this warrant.\n"
    )
    assert "506" not in _all(text, "en")


def test_pending_case_with_remark_is_no_law_of_the_charges() -> None:
    text = _WARRANT + (
        "The witness was at the time an accused in a pending case under Section 489-F of the "
        "Penal Code; that case is unrelated to this request.\n"
    )
    assert "489-F" not in _all(text, "en")


def test_further_case_without_remark_is_law_of_the_charges() -> None:
    text = _WARRANT + "Note: The accused is facing a further case under Section 506 PPC.\n"
    assert "506" in _all(text, "en")


def test_citation_before_a_procedure_citation_is_procedure() -> None:
    text = _WARRANT + (
        "A proclamation under Section 87 and an attachment under Section 88 of the Code of "
        "Criminal Procedure followed.\n"
    )
    assert not {"87", "88"} & _all(text, "en")


def test_citation_before_a_penal_citation_is_law() -> None:
    text = _WARRANT + (
        "He is also charged under Section 34 and under Section 395 of the Penal Code.\n"
    )
    assert {"34", "395"} <= _all(text, "en")


# ---- a lettered item a right-to-left line sets before its article ("f-158/1")


def test_arabic_line_letter_before_article_is_restored() -> None:
    assert _cited("- المادة f-141/2 من قانون العقوبات التركي", "ar") == [["141/2-f"]]


def test_arabic_line_article_with_letter_after_is_kept() -> None:
    assert _cited("- المادة 141/2-f من قانون العقوبات التركي", "ar") == [["141/2-f"]]


# ---- a named penalty glossed with its term ("reclusion perpetua, that is, ...")


def test_life_term_glossed_with_range_is_that_range() -> None:
    text = (
        "Penalty: reclusion perpetua, that is, twenty (20) years and one (1) day to forty (40) "
        "years."
    )
    assert read_penalty(text, "en").max_months == 480


def test_life_term_glossed_in_spanish() -> None:
    text = "Pena: reclusión perpetua, es decir, de veinte años y un día a cuarenta años."
    assert read_penalty(text, "es").max_months == 480


def test_life_term_or_a_term_stays_life() -> None:
    text = "punishable with imprisonment for life, or imprisonment for 14 years"
    found = read_penalty(text, "en")
    assert found.kind == "life" and found.max_months is None


def test_life_term_with_bracketed_alternative_stays_life() -> None:
    found = read_penalty("punishable with imprisonment for life (or 30 years)", "en")
    assert found.kind == "life"


# ---- a range of articles cites both ends; a term of years after "a" is no article


def test_range_of_articles_cites_both_ends() -> None:
    assert _cited("Cohecho, artículos 171 a 173 del Código Penal", "es") == [["171", "173"]]


def test_term_after_an_article_is_no_article() -> None:
    assert _cited("conforme al artículo 45 a 8 años de prisión", "es") == [["45"]]


# ---- a lettered item OCR reads with its letter doubled ("Cc)" for "c)") keeps its article


_ITEMS = (
    "para ser procesado por los delitos de:\n\n"
    "a) Homicidio calificado - artículo 108 del Código Penal:\n\n"
    "b) Robo agravado - artículo 189 del Código Penal:\n\n"
    "{c} Tenencia ilegal de armas de fuego - artículo 279-G del Código Penal:\n"
    "pena no menor de seis ni mayor de diez años.\n"
)


def test_doubled_letter_item_is_an_item() -> None:
    assert articles(_ITEMS.format(c="Cc)"), "es", "ocr") == [["108"], ["189"], ["279-G"]]


def test_word_before_bracket_is_no_item() -> None:
    got = articles(_ITEMS.format(c="Ccc)"), "es", "ocr")
    assert ["279-G"] not in got
