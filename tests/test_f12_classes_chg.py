"""Charges and articles of the f12 development batch as classes (fictional texts written for
these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import charges, offenses, view

# ---- a list of charges in a sentence closed by "infractions prévues aux articles": the
# statute's words are not part of the last charge


def test_charges_in_a_sentence_end_before_prevues_aux() -> None:
    text = (
        "Il est recherché pour répondre des chefs de vol qualifié, d'extorsion et de\n"
        "recel, infractions prévues aux articles 210, 215 et 222 du Code pénal.\n"
    )
    assert offenses(text, "fr") == [
        ("vol qualifié", ["210", "215", "222"]),
        ("extorsion", ["210", "215", "222"]),
        ("recel", ["210", "215", "222"]),
    ]


# ---- sub-parts named by an ordinal then "partie" between the articles of one list


def test_ordinal_part_between_articles_keeps_the_list() -> None:
    text = (
        "L'intéressé est poursuivi pour les infractions de vol en bande et de recel, prévues\n"
        "aux articles 180, deuxième partie, et 194, première partie, de la Loi pénale.\n"
    )
    assert offenses(text, "fr") == [
        ("vol en bande", ["180", "194"]),
        ("recel", ["180", "194"]),
    ]


# ---- "cf." inside a bracketed citation ends no sentence


def test_cf_in_a_citation_ends_no_sentence() -> None:
    text = (
        "Il a été déclaré coupable de vol aggravé (article 120, cf. article 125, alinéa 3,\n"
        "du Code pénal) et de recel (article 140 du Code pénal), et condamné à un an.\n"
    )
    assert offenses(text, "fr") == [("vol aggravé", ["120", "125"]), ("recel", ["140"])]


# ---- "ce qui constitue l'infraction pénale de X au sens de l'article N": the qualification
# after the particulars names the charge, whatever its wording


def test_qualification_after_particulars_names_each_charge() -> None:
    text = (
        "1.\n"
        "le 4 mars 2022, à Kranj, il a vendu un véhicule qu'il savait volé,\n\n"
        "ce qui constitue l'infraction pénale de recel au sens de l'article\n"
        "217, paragraphe 1, du KZ ;\n\n"
        "2.\n"
        "le 9 mars 2022, il a conservé les fonds d'un client, ce qui constitue l'infraction\n"
        "pénale d'abus de position ou de confiance dans le commerce au sens\n"
        "de l'article 233, paragraphe 2, du KZ.\n"
    )
    assert offenses(text, "fr") == [
        ("recel", ["217"]),
        ("abus de position ou de confiance dans le commerce", ["233"]),
    ]


# ---- plural "Accusés de" opens the charges of several accused


def test_plural_accused_of_reads_the_charges() -> None:
    text = (
        "Accusés de vol commis en réunion avec usage d'arme et de détention illégale\n"
        "d'arme de deuxième catégorie, faits prévus et réprimés par les articles 300 et 301\n"
        "du Code pénal ;\n"
    )
    assert charges(text, "fr") == [
        "vol commis en réunion avec usage d'arme",
        "détention illégale d'arme de deuxième catégorie",
    ]


# ---- OCR reads "§" as "8" after a bracket: the figure after it is the section


def test_ocr_section_sign_read_as_eight() -> None:
    text = (
        "Ces faits sont qualifiés de vol en bande organisée (8 199, alinéa 2, du Code\n"
        "pénal), passible d'une peine d'emprisonnement de deux à huit ans, et de\n\n"
        "recel (8 202, alinéa 1, du Code pénal), passible d'une peine d'emprisonnement\n"
        "de cinq ans.\n"
    )
    got = read_offenses([view(text, "fr", "ocr")], None)[0]
    assert [(o.text, o.articles) for o in got] == [
        ("vol en bande organisée", ["199"]), ("recel", ["202"])
    ]


# ---- the figures after a decimal point are no list marker ("Cap. 3.12 - penalty: ...")


def test_decimal_chapter_number_opens_no_item() -> None:
    text = (
        "CHARGES AND LAW\n"
        "(a) Robbery, contrary to section 5 of the Theft Act, Cap. 3.12 - penalty:\n"
        "    imprisonment for fifteen years;\n"
        "(b) Arson, contrary to section 9 of the Malicious Damage Act, Cap. 8.10 - penalty:\n"
        "    imprisonment for ten years.\n"
    )
    assert charges(text, "en") == ["Robbery", "Arson"]


# ---- a title "charged with an indictable offence" names no charge: the list does


def test_charged_with_a_class_in_a_title_is_no_charge() -> None:
    text = (
        "WARRANT FOR A PERSON CHARGED WITH AN INDICTABLE OFFENCE\n\n"
        "Warrant No.: K/77/2022\n\n"
        "TO: All Constables of the District.\n\n"
        "CHARGES:\n1. Burglary\n2. Receiving stolen goods\n"
    )
    assert charges(text, "en") == ["Burglary", "Receiving stolen goods"]


# ---- "ACTION TO BE TAKEN IF FOUND" numbered after the charges is a heading, not item 3


def test_numbered_action_heading_ends_the_charges() -> None:
    text = (
        "Charges:\n1. Embezzlement\n2. Forgery\n"
        "Law covering the offence:\nPenal Code, Article 12.4\n"
        "3. ACTION TO BE TAKEN IF FOUND\nLocate and arrest the wanted person.\n"
    )
    assert charges(text, "en") == ["Embezzlement", "Forgery"]


# ---- "legalización de dinero" (legalisation of criminal proceeds) is money laundering


def test_legalisation_of_money_is_a_charge() -> None:
    text = "Cargos: fraude fiscal; legalización de dinero de origen delictivo\n"
    assert charges(text, "es") == ["fraude fiscal", "legalización de dinero de origen delictivo"]


# ---- chapter:section citations ("artículo 28:2"), the item's own "; pena:" clause, and the
# law's name after a comma closing the wording


def test_chapter_section_citation_and_item_penalty_clause() -> None:
    text = (
        "DELITOS\n"
        "1) robo agravado (grov rån), Código Penal,\n"
        "artículo 31:2; pena: prisión de dos a diez años\n"
        "2) estafa agravada (grovt bedrägeri), Código Penal, artículo 36:3;\n"
        "pena: prisión de uno a seis años\n"
        "RESUMEN DE LOS HECHOS\n"
        "El investigado se apoderó de joyas.\n"
    )
    assert offenses(text, "es") == [("robo agravado", ["31:2"]), ("estafa agravada", ["36:3"])]


# ---- "لاتهامه بما يلي:" over ordinal items, up to the evidence heading ("الأدلة والقرائن:")


def test_arabic_charged_as_follows_heading_over_ordinal_items() -> None:
    text = (
        "لاتهامه بما يلي:\n"
        "أولاً: التزوير في محررات رسمية، وذلك بأن غيّر بيانات عقد إيجار.\n"
        "ثانياً: الرشوة، وذلك بأن قبل مبلغاً من أحد المراجعين.\n"
        "الأدلة والقرائن:\n"
        "١- أقوال الشهود المدونة في المحاضر.\n"
        "٢- تقرير خبير الخطوط.\n"
    )
    assert charges(text, "ar") == ["التزوير في محررات رسمية", "الرشوة"]


# ---- the Arabic semicolon "؛" splits a list of charges as ";" does


def test_arabic_semicolon_splits_charges() -> None:
    text = "التهم: السرقة بالإكراه؛ إحراز سلاح أبيض دون ترخيص\nالعقوبة: السجن عشر سنوات\n"
    assert charges(text, "ar") == ["السرقة بالإكراه", "إحراز سلاح أبيض دون ترخيص"]


def test_arabic_comma_inside_one_charge_still_keeps_it_whole() -> None:
    text = "التهم: حاز وأحرز، بغير ترخيص، سلاحاً نارياً\nالعقوبة: السجن عشر سنوات\n"
    assert charges(text, "ar") == ["حاز وأحرز، بغير ترخيص، سلاحاً نارياً"]


# ---- a limitation period after the maximum penalty is no penalty


def test_a_limitation_period_is_not_the_maximum_penalty() -> None:
    from tests.understand_helpers import view

    text = (
        "Cargos: estafa agravada\n"
        "Pena máxima aplicable: privación de libertad de hasta seis años\n"
        "Prescripción de la acción penal: 12 años (art. 70 del Código Penal).\n"
    )
    offences = read_offenses([view(text, "es")], None)[0]
    assert [o.max_penalty_months for o in offences] == [72]


def test_a_penalty_the_article_prescribes_is_still_the_maximum() -> None:
    from tests.understand_helpers import view

    text = "Cargos: vol qualifié, la peine prescrite par l'article 311 étant de dix ans.\n"
    offences = read_offenses([view(text, "fr")], None)[0]
    assert [o.max_penalty_months for o in offences] == [120]
