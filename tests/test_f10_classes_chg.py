"""Charges, articles and penalties of the f10 development batch as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from pipeline.understand.penalties import read_penalty
from tests.understand_helpers import articles, offenses
from tests.understand_helpers import view as _view


def _read(text: str, lang: str, doc_type: str | None = None):
    return [
        (o.text, o.articles, o.max_penalty_months)
        for o in read_offenses([_view(text, lang)], doc_type)[0]
    ]


# ---- "inculper l'intéressé des infractions suivantes :" over a dashed list, and "Les faits
# constituent les infractions d'..." in running text: both say where the charges are


def test_des_infractions_suivantes_opens_the_list() -> None:
    text = (
        "Le 2 mai 2023, le juge a décidé d'inculper\nl'intéressé des infractions suivantes :\n"
        "- vol aggravé commis en réunion (article 175, partie 2, du Code pénal) ;\n"
        "- recel de biens (article 190 du Code pénal).\n"
        "Le vol aggravé est puni d'une peine d'emprisonnement de cinq à dix ans.\n"
    )
    assert _read(text, "fr") == [
        ("vol aggravé commis en réunion", ["175"], 120), ("recel de biens", ["190"], 120)
    ]


def test_constituent_les_infractions_d_names_the_charges() -> None:
    text = (
        "III. QUALIFICATION\nLes faits constituent les infractions d'abus de confiance "
        "(article 210 du Code pénal) et de faux en écriture (article 305 du Code pénal).\n"
    )
    assert offenses(text, "fr") == [("abus de confiance", ["210"]), ("faux en écriture", ["305"])]


# ---- "IMPUTÉ" alone over lettered charges (Italian "IMPUTATO"); "Imputé : NAME" is the person


def test_impute_heading_over_lettered_charges() -> None:
    text = (
        "contre ROSSI Marco, né à Bologne, CONTUMAX ;\n\nIMPUTÉ\n"
        "A) d'abus de confiance aggravé (art. 204 et 206 c.p.), pour s'être approprié des fonds ;\n"
        "B) de faux en écriture (art. 295 bis c.p.), pour avoir établi de faux bilans.\n\n"
        "EN FAIT ET EN DROIT\nLe prévenu ne s'est pas présenté.\n"
    )
    assert offenses(text, "fr") == [
        ("abus de confiance aggravé", ["204", "206"]), ("faux en écriture", ["295 bis"])
    ]


def test_impute_label_before_a_name_is_no_charge() -> None:
    text = "Imputé : ROSSI Marco, né à Bologne\nAdresse : inconnue\n"
    assert offenses(text, "fr") == []


# ---- a numbered section whose sentence names the charges, the blank lines lost: the next
# numbered sections ("4. Warrant", "5. Request") are no charges


def test_next_numbered_section_is_no_charge() -> None:
    text = (
        "2. Summary of facts\nOn 3 May 2023 the suspect attacked a trader at the market.\n"
        "3. Offences\nThe suspect is wanted for Manslaughter, contrary to section 205, and Theft,\n"
        "contrary to section 293, of the Penal Code Act.\n"
        "4. Warrant\nA warrant of arrest No. KP/77/2023 was issued on 2nd June, 2023.\n"
        "5. Request\nThe NCB is requested to circulate a diffusion.\n"
    )
    assert offenses(text, "en") == [("Manslaughter", ["205"]), ("Theft", ["293"])]


# ---- "por los siguientes HECHOS:" over numbered facts: the facts are no charges, nor the
# words of a heading of coercive measures ("MEDIDAS DE COACCIÓN:")


def test_numbered_facts_after_a_facts_colon_are_no_charges() -> None:
    text = (
        "ACUSACIÓN\n\nEl Ministerio Público, en proceso común y ante tribunal colectivo,\n"
        "deduce ACUSACIÓN contra:\n\nJOÃO MANUEL FURTADO, conocido por «Nené», casado,\n"
        "mecánico, hijo de Manuel Furtado y de Ana Lima, nacido el 2 de enero de 1990 en\n"
        "Mindelo, isla de São Vicente, de nacionalidad caboverdiana, con último domicilio\n"
        "conocido en Ribeira Bote, Mindelo, titular del documento de identidad número\n"
        "123456, y actualmente en paradero desconocido, presumiblemente en Dakar;\n\n"
        "por los siguientes HECHOS:\n"
        "1.º El 3 de mayo de 2022 el acusado entró en la tienda de la víctima.\n"
        "2.º El acusado se llevó la caja con 4 000 escudos.\n\n"
        "Con esta conducta el acusado cometió:\n"
        "a) un delito de robo con violencia, previsto y penado por el artículo 198 del Código"
        " Penal;\n"
        "\nMEDIDAS DE COACCIÓN: se mantiene la prisión preventiva del acusado.\n"
    )
    text = text.replace("\n\n", "\n")  # a text layer that lost its blank lines
    found = [t for t, _a in offenses(text, "es")]
    assert found == ["robo con violencia"]


# ---- the subject of the law's penalty ("El delito de X se castiga con ...") is no charge


def test_offence_punished_by_the_law_is_no_charge() -> None:
    text = (
        "imputándole los delitos de robo, previsto y penado por el artículo 198 del Código Penal,"
        " y de asociación para delinquir, previsto y penado por el artículo 348 del mismo Código.\n"
        "El delito de robo agravado por el uso de armas se castiga con pena de prisión de 8 a 15"
        " años.\n"
    )
    assert [t for t, _a in offenses(text, "es")] == ["robo", "asociación para delinquir"]


def test_and_of_before_a_second_offence_and_comma_before_the_sentence() -> None:
    text = (
        "a) CONDENAR al acusado Pedro Gómez, como autor de los delitos de robo y de asociación"
        " para delinquir,\n\nen la pena única de diez (10) años de prisión;\n"
    )
    assert [t for t, _a in offenses(text, "es")] == ["robo", "asociación para delinquir"]


# ---- plural "previstos y penados" ends the charges' wording; a sub-part in words ("número 1")
# and ", y 366" keep the next article of the list


def test_previstos_y_penados_and_numero_sub_part() -> None:
    text = (
        "por existir indicios de la comisión de los delitos de peculado, participación económica"
        " en negocio y cohecho, previstos y penados en los artículos\n362, número 1, y 366 del"
        " Código Penal.\n"
    )
    assert offenses(text, "es") == [
        ("peculado", ["362", "366"]),
        ("participación económica en negocio", ["362", "366"]),
        ("cohecho", ["362", "366"]),
    ]


# ---- a label's charge list goes on over a line break inside an open bracket


def test_label_goes_on_inside_an_open_bracket() -> None:
    text = (
        "DELITOS: cohecho (artículos 385 y 386 de la Ley Penal de la República\n"
        "Federal) y malversación (artículos 382 y 383 de la misma Ley).\n"
    )
    assert offenses(text, "es") == [("cohecho", ["385", "386"]), ("malversación", ["382", "383"])]


# ---- "... and with money laundering": the repeated "with" is no part of the charge


def test_repeated_with_is_no_part_of_the_charge() -> None:
    text = (
        "The person sought is charged with fraud, contrary to Section 12 of the Penal Code, and"
        " with money laundering, contrary to Section 4 of the Money Laundering Act.\n"
    )
    assert offenses(text, "en") == [("fraud", ["12"]), ("money laundering", ["4"])]


# ---- a maximum no charge cites or names goes to the charge that has none


def test_unclaimed_maximum_goes_to_the_charge_without_one() -> None:
    text = (
        "Count 1: possession of illicit drugs, contrary to section 4(a) of the Drugs Act;\n"
        "Count 2: money laundering, contrary to section 17 of the Proceeds of Crime Act.\n\n"
        "Possession of more than fifty grams of heroin carries a maximum penalty of\n"
        "imprisonment for a term not exceeding 25 years. Money laundering carries a maximum of"
        " 15 years' imprisonment.\n"
    )
    assert [(t, m) for t, _a, m in _read(text, "en", "judgment")] == [
        ("possession of illicit drugs", 300), ("money laundering", 180)
    ]


# ---- a relative's sentence ("Son épouse a été condamnée à douze ans") is not the subject's


def test_spouse_sentence_is_not_the_subjects() -> None:
    text = (
        "L'intéressé a détourné les fonds. Son épouse a été condamnée le 4/5/2023 à neuf ans"
        " d'emprisonnement pour les mêmes faits.\n"
    )
    assert read_penalty(text, "fr").sentence_months is None


def test_an_arabic_ocr_line_with_the_sub_part_before_its_article_is_set_right() -> None:
    """OCR of a right-to-left line sets "المادة 402(2)(ب)" as "2(402)(ب)": the article is the
    bracketed number, its sub-part the one before (a text layer keeps the order as written)."""
    text = (
        "التهم المنسوبة إلى المتهم:\n"
        "1- السرقة بالإكراه، خلافاً للمادة 2(402)(ب) من قانون العقوبات.\n"
        "2- إتلاف أموال الغير، خلافاً للمادة 1(455) من القانون ذاته.\n"
    )
    assert articles(text, "ar", "ocr") == [["402(2)(ب)"], ["455(1)"]]
    assert articles(text.replace("2(402)", "402(2)").replace("1(455)", "455(1)"), "ar") == [
        ["402(2)(ب)"], ["455(1)"]
    ]
