"""Charges and articles of the f14 development batch as classes (fictional texts written for
these tests, not copied from the evaluation set): charges named inside running sentences,
joined by "and", commas and "as well as", attempted and accessory forms, lists where each
item carries its article, a notice's "Offence(s)" field written as a sentence, and Arabic
offences written with a clitic "و" or "ب"."""

from __future__ import annotations

from tests.understand_helpers import articles, charges, offenses

# ---- "as well as" / "así como" / "ainsi que" joins one more charge


def test_as_well_as_after_a_comma_splits_the_charges() -> None:
    text = (
        "The subject is prosecuted for theft and fraud, for forgery of documents, as well as "
        "money laundering, in breach of articles 10 and 12 of the Penal Code.\n"
    )
    assert charges(text, "en") == ["theft", "fraud", "forgery of documents", "money laundering"]


def test_asi_como_de_splits_the_last_charge() -> None:
    text = (
        "Lo investiga como autor de los delitos de robo con homicidio, así como de porte "
        "ilegal de arma de fuego.\n"
    )
    assert charges(text, "es") == ["robo con homicidio", "porte ilegal de arma de fuego"]


def test_alternatives_with_or_stay_one_offence() -> None:
    text = "Delito: fabricación, tráfico o porte de armas de fuego.\n"
    assert charges(text, "es") == ["fabricación, tráfico o porte de armas de fuego"]


def test_an_or_after_the_last_and_does_not_join_the_list() -> None:
    text = (
        "The magistrate issued a warrant for his arrest for importing a border controlled drug, "
        "attempting to possess a commercial quantity of an unlawfully imported border "
        "controlled drug, and dealing with proceeds of crime worth $500,000 or more, contrary "
        "to sections 307.2, 11.1 and 307.5, and 400.4 of the Criminal Code.\n"
    )
    assert charges(text, "en") == [
        "importing a border controlled drug",
        "attempting to possess a commercial quantity of an unlawfully imported border "
        "controlled drug",
        "dealing with proceeds of crime worth $500,000 or more",
    ]


def test_ainsi_que_pour_after_the_victim_is_a_further_charge() -> None:
    text = (
        "Infraction(s) : Il a été condamné pour escroquerie au préjudice de deux banques, "
        "ainsi que pour blanchiment d'argent.\n"
    )
    assert charges(text, "fr") == ["escroquerie", "blanchiment d'argent"]


# ---- Arabic: a comma, then "و" written onto the next offence


def test_arabic_comma_and_clitic_and_splits_the_list() -> None:
    text = "التهم: الاحتيال على العملاء، وغسل الأموال، ومزاولة نشاط مالي دون ترخيص.\n"
    assert charges(text, "ar") == [
        "الاحتيال على العملاء", "غسل الأموال", "مزاولة نشاط مالي دون ترخيص"
    ]


def test_arabic_comma_and_clause_after_an_offence_does_not_split() -> None:
    text = "التهم: الاحتيال على العملاء، وذلك عن طريق شركة وهمية.\n"
    assert charges(text, "ar") == ["الاحتيال على العملاء"]


def test_arabic_attempt_after_comma_and_clitic_is_its_own_charge() -> None:
    text = "ويطلب المذكور بتهمتي جلب المواد المخدرة بقصد الاتجار، والشروع في تهريب المؤثرات العقلية، وهي الأفعال المعاقب عليها بالمادة 12.\n"  # noqa: E501
    assert charges(text, "ar") == [
        "جلب المواد المخدرة بقصد الاتجار", "الشروع في تهريب المؤثرات العقلية"
    ]


# ---- Arabic cues written with the clitic "ب" of the offence ("لاتهامه بتكوين ...")


def test_clitic_b_after_the_cue_opens_the_charges() -> None:
    text = (
        "صدر الأمر بالقبض عليه لاتهامه بتكوين عصابة أشرار واحتجاز رهائن، وهي الأفعال "
        "المعاقب عليها بالمادة 40.\n"
    )
    assert charges(text, "ar") == ["تكوين عصابة أشرار", "احتجاز رهائن"]


def test_clitic_b_cue_before_the_acts_names_no_charge() -> None:
    text = "لقيامه بإطلاق عيارات على سيارة المجني عليه أمام منزله.\n"
    assert charges(text, "ar") == []


def test_clitic_b_with_charges_cited_one_by_one() -> None:
    text = (
        "تقرر المحكمة القبض على المشتبه به لقيامه بالاحتيال الموصوف (المادة 10)، وغسل "
        "الأموال (المادة 12)، وإحضاره أمام المحكمة.\n"
    )
    assert offenses(text, "ar") == [("الاحتيال الموصوف", ["10"]), ("غسل الأموال", ["12"])]


# ---- a co-accused's charges and dated acts that name no offence


def test_charges_of_the_second_accused_are_not_the_subjects() -> None:
    text = (
        "أسندت النيابة العامة إلى المتهم تهمة الاحتيال خلافاً للمادة 417. كما أسندت إلى "
        "المتهمة الثانية فلانة الفلانية تهمة التدخل في الاحتيال.\n"
    )
    assert charges(text, "ar") == ["الاحتيال"]


def test_dated_acts_with_no_offence_are_no_charge() -> None:
    text = "لأنه خلال عامي 2019 و2020 أدار مع شركائه منصة وهمية لتداول الأسهم.\n"
    assert charges(text, "ar") == []


def test_an_undated_charge_with_no_lexicon_term_stays() -> None:
    assert charges("Charges: causing financial loss to the employer.\n", "en") == [
        "causing financial loss to the employer"
    ]


# ---- running text: new cues of the charges


def test_wanted_to_stand_trial_for_in_an_offences_field() -> None:
    text = (
        "Offence(s): The subject is wanted to stand trial for\n"
        "conspiracy to steal, theft and money laundering, committed in the course of the "
        "scheme.\n"
    )
    assert charges(text, "en") == ["conspiracy to steal", "theft", "money laundering"]


def test_pour_la_commission_des_infractions_de() -> None:
    text = (
        "Ordonne l'arrestation de l'inculpée pour la commission des infractions de "
        "constitution d'un groupe criminel organisé, prévue à l'article 10 du Code pénal, "
        "et de blanchiment d'argent, prévue à l'article 12 de la loi n° 5/2019.\n"
    )
    assert offenses(text, "fr") == [
        ("constitution d'un groupe criminel organisé", ["10"]), ("blanchiment d'argent", ["12"])
    ]


def test_masculine_yushakkil_jinaya_opens_the_charges() -> None:
    text = (
        "وحيث إن فعله يشكل جناية القتل قصداً وفق المادة 533 من قانون العقوبات،\n"
        "وجنحة حيازة سلاح حربي دون ترخيص وفق المادة 41 من المرسوم التشريعي.\n"
    )
    assert charges(text, "ar") == ["جناية القتل قصداً", "جنحة حيازة سلاح حربي دون ترخيص"]


def test_maghreb_sentence_min_ajl_names_the_charges() -> None:
    text = (
        "وحكم عليه بالسجن ثماني سنوات نافذة من أجل الاتجار غير المشروع في المخدرات وتكوين "
        "عصابة أشرار، وذلك على إثر ضبط شحنة.\n"
    )
    assert charges(text, "ar") == ["الاتجار غير المشروع في المخدرات", "تكوين عصابة أشرار"]


def test_los_hechos_configuran_at_the_start_of_a_label() -> None:
    text = (
        "Calificación jurídica: Los hechos descritos configuran\n"
        "tráfico internacional de sustancias controladas en la categoría de traficante y\n"
        "asociación de malhechores, infracciones previstas por los artículos 5 y 265.\n"
    )
    assert charges(text, "es") == [
        "tráfico internacional de sustancias controladas", "asociación de malhechores"
    ]


def test_jurayim_heading_over_a_dash_list() -> None:
    text = "وذلك لإقدامه على قبض مبالغ من المشترين، جرائم:\n- الاحتيال\n- تبييض الأموال\n"
    assert charges(text, "ar") == ["الاحتيال", "تبييض الأموال"]


# ---- cues that name a charge only when an offence's name follows them


def test_the_offences_are_with_charges_after_it() -> None:
    text = (
        "3. The offences are conspiracy to defraud, contrary to common law, fraud by false "
        "representation, contrary to section 2 of the Fraud Act 2006, and concealing criminal "
        "property, contrary to section 327 of the Proceeds of Crime Act 2002.\n"
    )
    assert offenses(text, "en") == [
        ("conspiracy to defraud", []),
        ("fraud by false representation", ["2"]),
        ("concealing criminal property", ["327"]),
    ]


def test_the_offences_are_indictable_names_no_charge() -> None:
    text = "The court is satisfied that the offences are indictable and that he left the country.\n"
    assert charges(text, "en") == []


def test_como_autor_de_names_a_charge_only_before_an_offence() -> None:
    text = (
        "Fue condenado a quince años de prisión como autor de extorsión agravada en perjuicio "
        "de un comerciante y de agrupaciones ilícitas, junto con Pedro LÓPEZ.\n"
    )
    assert charges(text, "es") == ["extorsión agravada", "agrupaciones ilícitas"]


def test_como_autor_de_los_disparos_names_no_charge() -> None:
    text = "Las cámaras lo identifican como autor de los disparos contra el guardia.\n"
    assert charges(text, "es") == []


# ---- a bare comma goes on to the next charge only after a law reference


def test_a_comma_after_a_law_reference_and_an_offence_goes_on() -> None:
    text = (
        "The accused is charged with conspiracy to defraud, contrary to common law, theft, "
        "contrary to section 1 of the Theft Act 1968.\n"
    )
    assert charges(text, "en") == ["conspiracy to defraud", "theft"]


def test_a_comma_after_the_particulars_does_not() -> None:
    text = (
        "did on or about the 2nd day of May 2023, at Harare, commit the following crimes:\n\n"
        "(a) ROBBERY as defined in section 126 of the Act, in that he took cash; and\n\n"
        "(b) ATTEMPTED MURDER as defined in section 189 of the said Act,\n"
        "    in that he fired two shots at a guard, wounding him in the arm;\n"
    )
    assert charges(text, "en") == ["ROBBERY", "ATTEMPTED MURDER"]


def test_a_comma_inside_the_title_of_a_law_does_not() -> None:
    text = (
        "Los hechos configuran el delito de legitimación de capitales, tipificado en el "
        "artículo 69 de la Ley sobre estupefacientes, sustancias psicotrópicas y drogas.\n"
    )
    assert charges(text, "es") == ["legitimación de capitales"]


# ---- the clause of a qualifier: its "and" joins its own words


def test_an_and_inside_the_circumstances_clause_is_no_charge() -> None:
    text = (
        "Il est poursuivi du chef de vol avec violences, avec les circonstances que le vol a "
        "été commis la nuit et avec armes, de tentative de vol, ainsi que de participation à "
        "une association de malfaiteurs, faits prévus par les articles 461 et 322.\n"
    )
    assert charges(text, "fr") == [
        "vol avec violences", "tentative de vol", "participation à une association de malfaiteurs"
    ]


def test_y_de_un_delito_after_a_manner_clause_is_a_charge() -> None:
    text = (
        "Los hechos revisten los caracteres de un delito de tráfico de drogas, en su modalidad "
        "de sustancias que causan grave daño, previsto en el artículo 368, y de un delito de "
        "pertenencia a grupo criminal del artículo 570 ter.\n"
    )
    assert charges(text, "es")[-1] == "pertenencia a grupo criminal"


# ---- the victim, the means and the verb around a count's offence


def test_victim_after_sur_la_personne_de() -> None:
    text = (
        "inculpé de :\n"
        "1° tentative d'homicide volontaire sur la personne de Karim BEN SALAH, faits prévus et "
        "réprimés par l'article 392 du Code pénal ;\n"
    )
    assert charges(text, "fr") == ["tentative d'homicide volontaire"]


def test_victim_after_harm_to() -> None:
    text = (
        "charged with the following offences:\n"
        "  (1) assault causing harm to Seán Ó BRIAIN, contrary to section 3 of the Act;\n"
    )
    assert charges(text, "en") == ["assault causing harm"]


def test_to_before_a_title_case_offence_is_no_victim() -> None:
    text = "COUNT 1 - Conspiracy to Commit Wire Fraud (18 U.S.C. § 1349)\n"
    assert charges(text, "en") == ["Conspiracy to Commit Wire Fraud"]


def test_bill_of_information_counts() -> None:
    text = (
        "COUNT 1: did commit attempted second degree murder of one Walter P.\n"
        "GAUTHREAUX, by stabbing him, in violation of R.S. 14:27 and R.S. 14:30.1;\n"
        "COUNT 2: did commit armed robbery, by taking a purse, in violation of R.S. 14:64;\n"
        "COUNT 3: did commit possession of a firearm by a person convicted of certain felonies,\n"
        "having been convicted of burglary, in violation of R.S. 14:95.1;\n"
    )
    assert charges(text, "en") == [
        "attempted second degree murder",
        "armed robbery",
        "possession of a firearm by a person convicted of certain felonies",
    ]


# ---- the number of cases, the offender's category, a French gerund, a number of offences


def test_number_of_cases_after_the_offence() -> None:
    text = (
        "1. The accused is guilty of commercial gang fraud in 12 cases, in one of which the "
        "offence remained at the attempt stage, and of forgery of documents in four cases.\n"
    )
    assert charges(text, "en") == ["commercial gang fraud", "forgery of documents"]


def test_french_gerund_after_the_offence() -> None:
    text = (
        "Chefs d'accusation : recyclage des produits de la criminalité en transférant des "
        "fonds vers l'étranger.\n"
    )
    assert charges(text, "fr") == ["recyclage des produits de la criminalité"]


def test_dos_delitos_de_is_the_number_of_offences() -> None:
    text = (
        "Condena al imputado como autor de un delito de estafa calificada y de dos delitos de "
        "falsificación de documento, en la pena de cinco años de prisión.\n"
    )
    assert charges(text, "es") == ["estafa calificada", "falsificación de documento"]


# ---- counts written as the acts ("D'avoir ... commis une fraude ...")


def test_acts_count_reads_the_offence_it_names() -> None:
    text = (
        "Jean TREMBLAY est accusé :\n"
        "1. D'avoir, entre le 1er mars 2021 et le 30 juin 2022, à Laval, commis une fraude "
        "d'une valeur dépassant 5 000 $ au détriment de clients, commettant ainsi l'acte "
        "criminel prévu à l'article 380(1)a) du Code criminel.\n"
        "2. D'avoir, à Laval, commis l'infraction de recyclage des produits de la criminalité "
        "en transférant des fonds, commettant ainsi l'acte criminel prévu à l'article "
        "462.31(1) du Code criminel.\n"
        "-------------------------------------------\n"
        "Mentions au dossier :\n"
        "- 3 mai 2023 : comparution.\n"
    )
    assert offenses(text, "fr") == [
        ("fraude d'une valeur dépassant 5 000 $", ["380(1)a)"]),
        ("recyclage des produits de la criminalité", ["462.31(1)"]),
    ]


# ---- articles: law labels, bare numbers after a law's name, plural "sancionados en"


def test_provisions_applied_label_gives_the_articles() -> None:
    text = (
        "1. The accused is guilty of fraud.\n\n"
        "Provisions applied: sections 263(1) and 22 of the Criminal Code.\n"
    )
    assert offenses(text, "en") == [("fraud", ["263(1)", "22"])]


def test_textes_de_loi_label_gives_the_articles() -> None:
    text = "Infraction(s) : escroquerie.\nTexte(s) de loi : articles 291 et 59 du Code pénal.\n"
    assert offenses(text, "fr") == [("escroquerie", ["291", "59"])]


def test_bare_numbers_after_a_laws_name_are_articles() -> None:
    text = (
        "Calificación jurídica: lavado de activos, infracción prevista por los artículos 5 y 8 "
        "de la Ley núm. 72-02, 265 y 266 del Código Penal y 3 de la Ley núm. 155-17.\n"
    )
    assert articles(text, "es") == [["5", "8", "265", "266", "3"]]


def test_bare_numbers_after_a_named_charge_are_left_alone() -> None:
    text = (
        "Declara culpable al imputado de violar los artículos 265 y 304 del Código Penal, que "
        "tipifican la asociación de malhechores, y 66 y 67 de la Ley 631-16.\n"
    )
    assert ["66" not in a for a in articles(text, "es")] == [True]


def test_sancionados_en_after_the_charges_gives_their_articles() -> None:
    text = (
        "Fue condenado como autor de extorsión agravada y de agrupaciones ilícitas. Los delitos "
        "están sancionados en los artículos 2 y 3 de la Ley Especial.\n"
    )
    assert articles(text, "es") == [["2", "3"], ["2", "3"]]


def test_ocr_blank_line_after_a_comma_keeps_the_law_block() -> None:
    text = (
        "Delito(s): Secuestro agravado.\n"
        "Legislación aplicable: artículos 9, fracción I,\n\n"
        "inciso a), de la Ley General; artículos 2, fracción VII, y 4 de la Ley Federal.\n"
    )
    assert articles(text, "es", method="ocr") == [["9", "2", "4"]]


def test_identity_paragraph_under_a_header_colon_is_no_charge() -> None:
    text = (
        "وبما أن الأفعال المنسوبة إليه تؤلف جنحة معاقباً عليها بالحبس،\n"
        "نأمر بالقبض على:\n"
        "سامر خليل نصار، والدته هدى، مواليد بيروت، تاجر،\n"
        "جرائم:\n- الاحتيال\n- تبييض الأموال\n"
    )
    assert charges(text, "ar") == ["الاحتيال", "تبييض الأموال"]
