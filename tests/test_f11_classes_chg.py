"""Charges, articles and penalties of the f11 development batch as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses, read_sentence
from tests.understand_helpers import articles, charges, offenses
from tests.understand_helpers import view as _view


def _read(text: str, lang: str, method: str = "text-layer"):
    return [
        (o.text, o.articles, o.max_penalty_months, o.penalty_kind)
        for o in read_offenses([_view(text, lang, method)], None)[0]
    ]


# ---- a charge named after the statute it breaks ("Violation of the Act on ..."): the law's
# title is its name, a penalty word inside that title ends nothing, "etc." ends no sentence


def test_statute_violation_is_one_charge_with_its_title() -> None:
    text = (
        "Charges:\n"
        "1. Violation of the Act on the Special Punishment, etc. of Illegal Lending (Fraud)\n"
        "2. Theft\n\nLaw(s) covering the offence: Article 8(2)3 of the Act; Article 329 of the"
        " Criminal Act.\n"
    )
    assert charges(text, "en") == [
        "Violation of the Act on the Special Punishment, etc. of Illegal Lending (Fraud)", "Theft"
    ]


def test_name_of_crime_label_lists_a_statute_charge_over_a_line_break() -> None:
    text = (
        "Name of suspect:   KIMURA Taro\n"
        "Name of crime:     Theft; Violation of the Act on Prevention of Transfer of Criminal and\n"
        "Proceeds (money laundering)\n\nSummary of the facts:\nThe suspect took a bag.\n"
    )
    assert charges(text, "en") == [
        "Theft",
        "Violation of the Act on Prevention of Transfer of Criminal and Proceeds"
        " (money laundering)",
    ]


# ---- "Article 3(1)1": an item number written right after the paragraph is part of the article


def test_item_after_paragraph_is_one_article() -> None:
    text = "Charges: Fraud, contrary to Article 5(2)4 of the Act on Special Cases.\n"
    assert articles(text, "en") == [["5(2)4"]]


# ---- a second quoted charge after the first one's citation "..., Cap. 210, and": "Cap." is
# an abbreviation, not the end of the sentence


def test_cap_abbreviation_does_not_end_the_charges_sentence() -> None:
    text = (
        "PART C - OFFENCES\nThe person is wanted for the offences of \"Theft\", contrary to\n"
        "section 9 of the Theft Ordinance, Cap. 210, and\n\"Handling stolen goods\", contrary to "
        "section 24 of the Theft Ordinance, Cap. 210.\n"
    )
    assert offenses(text, "en") == [("Theft", ["9"]), ("Handling stolen goods", ["24"])]


# ---- one penalty per count: "Count 1, death ...; Count 2, ..." and "... (Charge 2)" tie each
# penalty to the charge of that number (and the Arabic "؛" ends a penalty clause)


def test_penalty_per_count_goes_to_that_count() -> None:
    text = (
        "COUNT 1\nSTATEMENT OF OFFENCE\nMurder, contrary to section 200 of the Criminal Code.\n\n"
        "COUNT 2\nSTATEMENT OF OFFENCE\nArson, contrary to section 310 of the Criminal Code.\n\n"
        "NOTES\n1. Penalty: Count 1, death or imprisonment for life; Count 2, imprisonment for 14"
        " years.\n"
    )
    assert [(t, m, k) for t, _a, m, k in _read(text, "en")] == [
        ("Murder", None, "death"), ("Arson", 168, "custodial")
    ]


def test_arabic_semicolon_parts_penalties_of_numbered_charges() -> None:
    text = (
        "التهم:\n١- السرقة الموصوفة\n٢- إخفاء أشياء مسروقة\n\n"
        "العقوبة القصوى: السجن من ثلاث إلى سبع سنوات (التهمة ١)؛ السجن حتى سنتين (التهمة ٢).\n"
    )
    assert [m for _t, _a, m, _k in _read(text, "ar")] == [84, 24]


def test_numbered_offence_in_a_penalty_sentence() -> None:
    text = (
        "por los siguientes delitos:\n1. delito de hurto agravado [Btk. § 370, apartado (1)], y\n"
        "2. delito de receptación [Btk. § 379].\n\nCALIFICACIÓN JURÍDICA Y PENA\n"
        "El delito 1 se castiga con pena de prisión de dos a ocho años; el delito 2, con pena de"
        " prisión de hasta tres años.\n"
    )
    assert _read(text, "es") == [
        ("hurto agravado", ["370"], 96, "custodial"), ("receptación", ["379"], 36, "custodial")
    ]


# ---- Arabic: "جريمة المخدرات" (a drug crime) keeps its generic word; "يشتبه بارتكاب المطلوب"
# opens the charge; "القانون الذي يجرم الأفعال:" is a law label


def test_crime_of_a_substance_keeps_its_word() -> None:
    text = (
        "التكييف القانوني\nيشتبه بارتكاب المطلوب جريمة المخدرات الجسيمة وفق المادة 40 من "
        "القانون، وجريمة السرقة وفق المادة 50 من القانون نفسه.\n"
    )
    assert offenses(text, "ar") == [("جريمة المخدرات الجسيمة", ["40"]), ("السرقة", ["50"])]


def test_law_that_criminalises_the_acts_is_a_law_label() -> None:
    text = (
        "التهم:\n١- الرشوة\n٢- استغلال النفوذ\n\n"
        "القانون الذي يجرّم الأفعال: المادة ١٨٤، الجزء ٢، والمادة ١٨٦ من القانون الجنائي.\n"
    )
    assert articles(text, "ar") == [["184", "186"], ["184", "186"]]


def test_imposing_a_penalty_is_the_sentence() -> None:
    text = (
        "لذلك، تحكم المحكمة غيابياً:\nأولاً: بتجريم المتهم بجناية السرقة سنداً للمادة ٦٣٨ "
        "عقوبات، وبإنزال عقوبة الأشغال الشاقة المؤبدة بحقه.\n"
    )
    sentence, _remaining = read_sentence([_view(text, "ar")])
    assert sentence is not None and sentence.normalized == "life"


# ---- Spanish: a citation that OCR split over a blank line ("previsto en el artículo\n\n110")
# is no paragraph break, and the charge after ", y de" is read; "§" read as "$" is cited


def test_ocr_blank_line_inside_a_citation_keeps_the_next_charge() -> None:
    text = (
        "Los hechos constituyen los delitos de robo, previsto en el artículo\n\n"
        "230 del Código Penal, castigado con pena de prisión de uno a cinco\naños, y de\n\n"
        "daños materiales graves,\nprevisto en el artículo 240, párrafo 2, del Código Penal.\n"
    )
    assert [(t, a) for t, a, _m, _k in _read(text, "es", "ocr")] == [
        ("robo", ["230"]), ("daños materiales graves", ["240"])
    ]


def test_section_sign_read_as_dollar_on_ocr() -> None:
    text = (
        "con lo que habría cometido los delitos de\na) hurto, del $ 205, párrafos 1 y 2, del "
        "Código Penal, castigado con pena de prisión de uno a tres años, y\n"
        "b) daños, del $ 228, párrafo 1, del Código Penal.\n"
    )
    assert [(t, a) for t, a, _m, _k in _read(text, "es", "ocr")] == [
        ("hurto", ["205"]), ("daños", ["228"])
    ]


# ---- French: "pour l'infraction de ..., prévue à l'article", "COUPABLE\nd'X, en ce que ...",
# "NON COUPABLE de ..." is no charge, "lui INFLIGE une peine" is the sentence


def test_pour_l_infraction_de_names_the_charge() -> None:
    text = (
        "X a été condamné à une peine d'emprisonnement de trois ans pour l'infraction de vol "
        "qualifié commis en bande, prévue à l'article 204, alinéa 2, du Code pénal, punie d'un "
        "emprisonnement de deux à dix ans. Il a été reconnu coupable d'avoir, avec Y, volé "
        "des véhicules.\n"
    )
    assert [(t, a, m) for t, a, m, _k in _read(text, "fr")] == [
        ("vol qualifié commis en bande", ["204"], 120)
    ]


def test_coupable_d_then_particulars_and_acquittal() -> None:
    text = (
        "DÉCLARE l'accusé Petar IVANOV COUPABLE\nd'abus de confiance aggravé, en ce que, en 2019, "
        "il a détourné des fonds, infraction prévue à l'article 206 du Code pénal ;\n"
        "et lui INFLIGE une peine d'emprisonnement de TROIS ANS.\n"
        "DÉCLARE la co-accusée NON COUPABLE de recel et l'ACQUITTE de cette accusation.\n"
    )
    assert offenses(text, "fr") == [("abus de confiance aggravé", ["206"])]
    sentence, _remaining = read_sentence([_view(text, "fr")])
    assert sentence is not None and sentence.normalized == "36"


def test_counts_sharing_one_penalty_and_a_counts_sentence_line() -> None:
    text = (
        "The person is charged on the following counts:\n"
        "Count 1: Theft, contrary to section 4 of the Act;\n"
        "Count 2: Fraud, contrary to section 7 of the Act;\n"
        "Count 3: Arson, contrary to section 9 of the Act.\n\n"
        "The offences in Counts 1 and 2 are punishable by imprisonment for not more than 10 "
        "years. The offence in Count 3 is punishable by imprisonment for 15 years.\n"
    )
    assert [m for _t, _a, m, _k in _read(text, "en")] == [120, 120, 180]
