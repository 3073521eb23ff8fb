"""Charges, articles, penalties and in-absentia wordings of the f9 development batch as classes
(fictional texts written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

import pytest

from pipeline.understand.charges import read_offenses, read_sentence
from pipeline.understand.decision import read_decision
from pipeline.understand.penalties import read_penalty
from tests.understand_helpers import offenses
from tests.understand_helpers import view as _view


def _read(text: str, lang: str, method: str = "text-layer", doc_type: str | None = None):
    return [
        (o.text, o.articles, o.max_penalty_months)
        for o in read_offenses([_view(text, lang, method)], doc_type)[0]
    ]


# ---- a charge line whose statute follows a spaced dash as a chapter of the revised laws
# ("Theft - Chapter 12, Article 5"): the chapter names a law, not part of the charge


def test_chapter_after_a_dash_is_the_law_not_the_charge() -> None:
    text = (
        "Charges:\n1. Aggravated theft - Chapter 12, Article 261(b)\n"
        "2. Receiving stolen property - Cap. 12, Article 334\n\nEND\n"
    )
    assert offenses(text, "en") == [
        ("Aggravated theft", ["261(b)"]), ("Receiving stolen property", ["334"])
    ]


# ---- a law cited with its number and date before its subject ("Loi n° 7/2016 du 2/5/2016
# relative à la lutte contre le blanchiment"): the offence in its title is no further charge


def test_law_title_with_number_and_date_names_no_charge() -> None:
    text = (
        "Inculpé de :\n1° vol qualifié, prévu et puni par l'article 301 du Code pénal ;\n"
        "2° blanchiment de capitaux, prévu et puni par l'article 9 de la Loi n° 7/2016\n"
        "du 2/5/2016 relative à la prévention et à la répression du blanchiment de capitaux.\n"
    )
    assert [c for c, _a, _p in _read(text, "fr")] == ["vol qualifié", "blanchiment de capitaux"]


# ---- a sub-part in brackets after a sub-part word ("الفقرة (2)", "alin. (4)", "lit. c)"):
# part of the citation, not the marker of a further item


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "التهم:\n1. جريمة الرشوة – المادة 5 الفقرة (2) من القانون رقم 11 لسنة 2004؛\n"
               "2. غسل الأموال – المادة 4 من القانون رقم 3 لسنة 2012.\n",
         [("الرشوة", ["5"]), ("غسل الأموال", ["4"])]),
        ("fr", "Qualification juridique :\n"
               "– abus de confiance, art. 191 alin. (4) du Code pénal ;\n"
               "– faux en écritures, art. 361 alin. (2) lit. c) du Code pénal.\n",
         [("abus de confiance", ["191"]), ("faux en écritures", ["361"])]),
    ],
)
def test_bracketed_sub_part_is_no_item(lang: str, text: str, expected: list) -> None:
    assert offenses(text, lang) == expected


# ---- an arrest ordered in absentia ("a ordonné, par contumace, l'arrestation") is a warrant,
# not a judgment rendered in the subject's absence


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Par ordonnance du 3 mai 2023, le juge a ordonné, par contumace, l'arrestation "
               "préventive de l'inculpé pour 30 jours."),
        ("en", "On 3 May 2023 the district court ordered in absentia the detention of the accused "
               "for two months."),
        ("es", "El juzgado acordó en rebeldía la detención del investigado el 3 de mayo de 2023."),
    ],
)
def test_arrest_ordered_in_absentia_is_no_judgment(lang: str, text: str) -> None:
    assert read_decision([_view(text, lang)], "extradition-request").in_absentia is None


def test_judgment_in_absentia_still_read() -> None:
    text = "Le tribunal, statuant par défaut, condamne le prévenu à cinq ans d'emprisonnement."
    assert read_decision([_view(text, "fr")], "judgment").in_absentia is not None


# ---- OCR: an item's law on its own line after a dash ("– المادة 7 من قانون ..."), a blank line
# between: it goes on with the item above, and the numbered item after it is still read


def test_dash_line_with_citation_continues_the_item_on_ocr() -> None:
    text = (
        "ثالثاً - التهم:\n\n1. تهريب المهاجرين\n\n- المادة 7 من قانون مكافحة التهريب؛\n\n"
        "2 التزوير - المادة 12 من قانون العقوبات.\n\nرابعاً - الإجراء القضائي:\n"
    )
    assert [(c, a) for c, a, _p in _read(text, "ar", "ocr")] == [
        ("تهريب المهاجرين", ["7"]), ("التزوير", ["12"])
    ]


# ---- a bracket of particulars after a charge's name ("(possession of 3 kg of cocaine for
# sale)") is not part of the name; a short bracket that names the offence stays


def test_bracket_of_particulars_is_cut() -> None:
    text = (
        "Charges:\n1. Drug trafficking (possession and transport of cocaine for sale in Lagos)"
        " - section 11 of the Drugs Act;\n2. Money laundering - section 4 of the Proceeds Act.\n"
    )
    assert [c for c, _a, _p in _read(text, "en")] == ["Drug trafficking", "Money laundering"]


# ---- OCR mirrors the brackets of an Arabic figure after its number word and reverses its
# digits ("سبع )٧( سنوات" read "سبع )٧(", "عشر )٠١("): the word gives the term


def test_mirrored_bracket_figure_after_number_word() -> None:
    text = "العقوبة القصوى: السجن من ثلاث )٣( سنوات إلى خمس عشرة )٥١( سنة."
    assert read_penalty(text, "ar").max_months == 180


# ---- a judgment's heading "IMPUTADO de:" over its lettered charges; the operative part's
# "culpable de los delitos que se le imputan" refers back to them; "art. 12-bis" keeps "-bis"


def test_imputado_de_heading_and_back_reference() -> None:
    text = (
        "IMPUTADO de:\n\nA) usura agravada (art. 644-bis del Código Penal), por haber prestado "
        "dinero a comerciantes;\n\nB) receptación (art. 648 del Código Penal), por la compra de "
        "relojes robados.\n\nFALLO\nEl Tribunal declara al acusado culpable de los delitos que "
        "se le imputan y lo condena a la pena de seis años de reclusión.\n"
    )
    assert offenses(text, "es") == [("usura agravada", ["644-bis"]), ("receptación", ["648"])]


# ---- a charge's citation in brackets, then a colon and its particulars ("ROBO (Art. 190
# del Código Penal): en la misma fecha ..."): the name is the charge, not the particulars


def test_citation_before_colon_keeps_the_name() -> None:
    text = (
        "TERCER CARGO\nPor el delito de ALTERAR LA IDENTIFICACIÓN DE UN VEHÍCULO (Art. 12 de la\n"
        "Ley 8-2017): en la misma fecha, el acusado limó el número de serie del motor.\n"
    )
    assert offenses(text, "es") == [("ALTERAR LA IDENTIFICACIÓN DE UN VEHÍCULO", ["12"])]


# ---- "Los hechos son constitutivos, provisionalmente, de:" over items "a) un delito mayor
# de X": the legal class of the offence ("delito mayor", "delito menos grave") goes


def test_provisional_qualification_and_class_of_offence() -> None:
    text = (
        "FUNDAMENTOS\nLos hechos son constitutivos, provisionalmente, de:\n"
        "a) un delito mayor de apropiación indebida, previsto y penado en el artículo 224 del "
        "Código Penal, castigado con pena de prisión de uno a cinco años;\n"
        "b) un delito menos grave de falsedad documental, previsto y penado en el artículo 430 "
        "del Código Penal, castigado con pena de prisión de seis meses a dos años.\n\n"
        "PARTE DISPOSITIVA\n"
    )
    got = _read(text, "es")
    assert [(c, a) for c, a, _p in got] == [
        ("apropiación indebida", ["224"]), ("falsedad documental", ["430"])
    ]
    assert max(p for _c, _a, p in got) == 60


# ---- a conviction's operative list ("Condamne le prévenu X :\n– pour A (art. ...) à ...;"):
# each "pour" item is a charge; the sentence that merges the penalties after the list cites
# no charge's article; "la peine résultante" is the sentence imposed


def test_convicting_list_and_resulting_sentence() -> None:
    text = (
        "PAR CES MOTIFS\nCondamne le prévenu POPA Andrei :\n"
        "– pour vol qualifié (art. 229 du Code pénal ; peine prévue : emprisonnement de 2 à 7\n"
        "ans) à la peine de 3 (trois) ans d'emprisonnement ;\n"
        "– pour recel (art. 270 du Code pénal) à 1 (un) an d'emprisonnement.\n"
        "En vertu de l'article 39 alinéa premier lettre b) du Code pénal, applique la peine la\n"
        "plus lourde, soit la peine résultante de 3 (trois) ans et 4 (quatre) mois\n"
        "d'emprisonnement.\n"
    )
    assert offenses(text, "fr") == [("vol qualifié", ["229"]), ("recel", ["270"])]
    sentence, _remaining = read_sentence([_view(text, "fr")])
    assert sentence is not None and sentence.normalized == "40"


# ---- "convicted by a jury of X": the jury between the verb and "of"; a remainder stated after
# the term ("eight years and two months remain to be served")


def test_convicted_by_a_jury_and_remainder_after_the_term() -> None:
    text = (
        "On 4 June 2018 he was convicted by a jury of burglary, contrary to section 96 of the "
        "Criminal Law Act, and was sentenced to ten (10) years' imprisonment.\n\n"
        "He escaped on 1 March 2020. He had served one year and ten months; eight years and two "
        "months remain to be served.\n"
    )
    assert offenses(text, "en") == [("burglary", ["96"])]
    sentence, remaining = read_sentence([_view(text, "en")])
    assert sentence is not None and sentence.normalized == "120"
    assert remaining is not None and remaining.normalized == "98"


# ---- default imprisonment for an unpaid fine ("a fine of 2,000 or, in default of payment,
# six months' imprisonment") is neither a maximum nor the sentence


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Count 2: a fine of M2,000.00 or, in default of payment, nine (9) months' "
               "imprisonment."),
        ("fr", "Une amende de 500 000 francs et, à défaut de paiement, six mois "
               "d'emprisonnement."),
    ],
)
def test_default_term_of_a_fine_is_no_penalty(lang: str, text: str) -> None:
    p = read_penalty(text, lang)
    assert p.max_months is None and p.sentence_months is None


def test_sentence_before_the_colon_opens_no_list() -> None:
    text = (
        "PAR CES MOTIFS\ncondamne le prévenu du chef des infractions retenues à sa charge à une\n"
        "peine de réclusion de six ans :\n\nordonne la confiscation du téléphone saisi ;\n"
    )
    got = [c for c, _a, _p in _read(text, "fr")]
    assert "ordonne la confiscation du téléphone saisi" not in got


def test_offences_indicated_refers_back() -> None:
    text = (
        "IV. DELITOS\n1. Hurto agravado (artículo 247 del Código Penal).\n\nV. PETICIÓN\n"
        "Se condene al acusado por los delitos indicados.\n"
    )
    assert [c for c, _a, _p in _read(text, "es")] == ["Hurto agravado"]
