"""Penalty clauses in four languages: maxima, minima, ranges, fines, totals and ages.

All texts are the project's own wording, some with OCR-like noise (lost accents, "afios",
"prisi6n", line breaks, tatweel, Arabic-Indic digits)."""

from __future__ import annotations

import pytest

from pipeline.understand.penalties import read_penalty


@pytest.mark.parametrize(
    ("text", "months", "kind"),
    [
        ("يعاقب بالسجن مدة لا تزيد على عشر سنوات", 120, "custodial"),
        ("يُعاقب بالسجـــن مدة لا تزيد علي عشرة سنوات", 120, "custodial"),
        ("يعاقب بالسجن مدة لا تزيد على عشر (10) سنوات", 120, "custodial"),
        ("يعاقب بالسجن مدة لا تزيد على\nعشر سنوات", 120, "custodial"),
        ("يعاقب بالحبس مدة لا تقل عن سنة ولا تزيد على ثلاث سنوات", 36, "custodial"),
        ("يعاقب بالحبس مدة لا تقل عن شهر ولا تزيد على سنة", 12, "custodial"),
        ("يعاقب بالحبس مدة لا تقل عن ستة أشهر ولا تزيد على سنتين", 24, "custodial"),
        ("يعاقب بالسجن المشدد مدة لا تقل عن ثلاث سنوات ولا تزيد على عشر سنوات", 120, "custodial"),
        ("يعاقب بالأشغال الشاقة المؤقتة مدة لا تزيد على خمس عشرة سنة", 180, "custodial"),
        ("الأشغال الشاقة المؤقتة لمدة لا تقل عن عشر سنوات ولا تزيد على عشرين سنة", 240,
         "custodial"),
        ("يعاقب بالاشغال الشاقه المؤقته", None, "custodial"),
        ("يعاقب بالسجن من خمس إلى عشرين سنة", 240, "custodial"),
        ("يعاقب بالسجن من ٥ إلى ٢٠ سنة", 240, "custodial"),
        ("يعاقب بالحبس من شهر إلى سنتين", 24, "custodial"),
        ("يعاقب بالحبس من ثلاثة أشهر إلى سنة", 12, "custodial"),
        ("يعاقب بالحبس من ستة أشهر الى سنة", 12, "custodial"),
        ("يعاقب بالسجن مدة لا تزيد على ١٥ سنة", 180, "custodial"),
        ("يعاقب بالحبس سنة", 12, "custodial"),
        ("يعاقب بالحبس مدة سنة", 12, "custodial"),
        ("يعاقب بالسجن سبعة أعوام", 84, "custodial"),
        ("يعاقب بالسجن عشرين عاماً", 240, "custodial"),
        ("يعاقب بالسجن مدة لا تتجاوز سبع سنوات", 84, "custodial"),
        ("يعاقب بالسجن مدة لا تزيد على ثلاث وأربعين سنة", 516, "custodial"),
        ("والمعاقب عليها بالسجن لمدة تصل إلى خمس عشرة سنة", 180, "custodial"),
        ("يعاقب بالسجن مدة لا تزيد على عشر سنوات او بغرامة", 120, "custodial"),
        ("يعاقب بالإعدام أو بالسجن المؤبد", None, "death"),
        ("العقوبة: الاعدام", None, "death"),
        ("يعاقب بالأشغال الشاقة المؤبدة", None, "life"),
        ("المتهم البالغ من العمر 45 سنة يعاقب بالسجن مدة لا تزيد على عشر سنوات", 120, "custodial"),
    ],
)
def test_arabic_maxima(text: str, months: int | None, kind: str) -> None:
    p = read_penalty(text, "ar")
    assert (p.max_months, p.kind) == (months, kind)


@pytest.mark.parametrize(
    ("text", "months", "kind"),
    [
        ("pena de prisión de cuatro a diez años", 120, "custodial"),
        ("prisión de seis (6) a doce (12) años", 144, "custodial"),
        ("pena de prisi6n de seis (6) a doce (12) afios", 144, "custodial"),
        ("de 6 (seis) a 12 (doce) anos de prision", 144, "custodial"),
        ("se castiga con la pena de seis a doce años de prisión", 144, "custodial"),
        ("será sancionado con pena privativa de libertad no menor de ocho ni mayor de quince años",
         180, "custodial"),
        ("reprimido con pena privativa de libertad no menor de ocho ni mayor de\nquince años",
         180, "custodial"),
        ("se le impondrán de veinte a cincuenta años de prisión y de mil a tres mil días multa",
         600, "custodial"),
        ("se le impondrán de veinte a cuarenta y dos años de prisión", 504, "custodial"),
        ("pena de prisión de 5 años y 6 meses a 12 años", 144, "custodial"),
        ("pena de prisión de cinco años y seis meses a doce años", 144, "custodial"),
        ("castigado con la pena de prisión de seis meses a tres años", 36, "custodial"),
        ("una multa de doce meses", None, "non-custodial"),
        ("será castigado con la pena de multa de seis a doce meses", None, "non-custodial"),
        ("castigado con prisión de tres a seis meses o multa de seis a doce meses", 6, "custodial"),
        ("pena de prisión de seis (6) a doce (12) años,\ny multa de doce meses", 144, "custodial"),
        ("el acusado, de 67 años de edad, punible con prisión de 15 a 25 años", 300, "custodial"),
        ("no menor de ocho años", None, "custodial"),
    ],
)
def test_spanish_maxima(text: str, months: int | None, kind: str) -> None:
    p = read_penalty(text, "es")
    assert (p.max_months, p.kind) == (months, kind)


@pytest.mark.parametrize(
    ("text", "lang", "months", "kind"),
    [
        ("liable on conviction to imprisonment for a term not exceeding 14 years", "en", 168,
         "custodial"),
        ("liable on conviction on indictment to imprisonment for a term not exceeding fourteen "
         "years", "en", 168, "custodial"),
        ("shall be punished with imprisonment of either description for a term which may extend "
         "to seven years, and shall also be liable to fine", "en", 84, "custodial"),
        ("punishable with death or imprisonment for life", "en", None, "death"),
        ("shall be punished with death, or imprisonment for life, and shall also be liable to "
         "fine", "en", None, "death"),
        ("punishable by a fine or imprisonment for a term not exceeding 2 years", "en", 24,
         "custodial"),
        ("up to a year's imprisonment", "en", 12, "custodial"),
        ("punishable by imprisonment for forty-two years", "en", 504, "custodial"),
        ("at least 5 years' imprisonment", "en", None, "custodial"),
        ("the accused, aged 67 years, is liable to imprisonment for a term not exceeding 25 years",
         "en", 300, "custodial"),
        ("encourt dix ans d'emprisonnement", "fr", 120, "custodial"),
        ("est puni de cinq ans d'emprisonnement et de 375 000 euros d'amende", "fr", 60,
         "custodial"),
        ("réclusion criminelle de trente ans", "fr", 360, "custodial"),
        ("est puni de trente ans de reclusion criminelle", "fr", 360, "custodial"),
        ("puni d'une amende de 15 000 euros et de deux ans d'emprisonnement", "fr", 24,
         "custodial"),
        ("La peine encourue est de 20 ans de réclusion criminelle", "fr", 240, "custodial"),
    ],
)
def test_english_and_french_maxima(text: str, lang: str, months: int | None, kind: str) -> None:
    p = read_penalty(text, lang)
    assert (p.max_months, p.kind) == (months, kind)


@pytest.mark.parametrize(
    ("text", "lang", "months"),
    [
        ("Count 1: punishable by 20 years.\nCount 2: punishable by 25 years.\n"
         "Count 3: punishable by 10 years and 6 months.", "en", 300),
        ("punishable by 20 years, 25 years, 12 years", "en", 300),
        ("sentenced to a total of 67 years; each count punishable by up to 25 years", "en", 300),
        ("Artículo 1: prisión de 10 a 20 años. Artículo 2: prisión de 15 a 25 años.", "es", 300),
        ("يعاقب بالسجن عشرين سنة. ويعاقب بالسجن خمسا وعشرين سنة. ويعاقب بالحبس سنتين", "ar", 300),
        ("The prosecution requests a sentence of 8 years. Punishable by up to 5 years.", "en", 60),
    ],
)
def test_clauses_are_never_added_up(text: str, lang: str, months: int) -> None:
    assert read_penalty(text, lang).max_months == months


def test_a_minimum_is_not_the_maximum() -> None:
    assert read_penalty("يعاقب بالسجن مدة لا تقل عن سنة", "ar").max_months is None
    assert read_penalty("not less than 3 years and not more than 7 years", "en").max_months == 84


def test_a_total_stays_the_sentence() -> None:
    p = read_penalty("condenado a un total de 30 años de prisión", "es")
    assert (p.sentence_months, p.max_months) == (360, None)


@pytest.mark.parametrize(
    ("text", "lang", "months"),
    [
        ("con pena de prisión de ciento ochenta (180) a doscientos cuarenta (240) meses", "es",
         240),
        ("Pena: prisión de doscientos (200) a cuatrocientos cincuenta (450) meses", "es", 450),
        ("punishable by imprisonment of one hundred and twenty (120) months", "en", 120),
        ("passible d'une peine de quatre-vingt-seize (96) mois d'emprisonnement", "fr", 96),
    ],
)
def test_the_figure_in_brackets_gives_the_value_of_number_words(
    text: str, lang: str, months: int
) -> None:
    assert read_penalty(text, lang).max_months == months


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El lesionado, de 54 años, fue trasladado al hospital.", "es"),
        ("los propietarios, de 80 y 77 años, fueron atados", "es"),
        ("abusó de tres menores de doce años en el club", "es"),
        ("atteinte sexuelle sur mineur de quinze ans commise en 2019", "fr"),
        ("He lived in Leeds for 12 years before moving to Spain.", "en"),
        ("وقعت الجرائم خلال الفترة من شهر مايو حتى شهر أغسطس 2021", "ar"),
        ("entre el mes de junio y el mes de agosto de 2020", "es"),
    ],
)
def test_ages_and_periods_without_a_penalty_word_are_no_maximum(text: str, lang: str) -> None:
    assert read_penalty(text, lang).max_months is None


def test_a_minimum_with_no_before_it_is_no_age() -> None:
    p = read_penalty("pena privativa de libertad no menor de ocho ni mayor de quince años", "es")
    assert p.max_months == 180


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Government gives the assurance that the death penalty will not be imposed.", "en"),
        ("La France s'engage à ne pas appliquer la peine de mort.", "fr"),
        ("El Estado requirente se compromete a no aplicar la pena de muerte.", "es"),
        ("تتعهد الدولة الطالبة بعدم تطبيق عقوبة الإعدام على المطلوب.", "ar"),
    ],
)
def test_an_assurance_against_the_death_penalty_is_no_death_penalty(
    text: str, lang: str
) -> None:
    p = read_penalty(text, lang)
    assert p.kind != "death" and p.max_months is None


def test_jordanian_hard_labour_without_shaqqa_is_custodial() -> None:
    p = read_penalty("والتي يعاقب عليها بالأشغال خمس عشرة سنة", "ar")
    assert (p.max_months, p.kind) == (180, "custodial")
    assert read_penalty("يعاقب عليها بالأشغال المؤبدة", "ar").kind == "life"


@pytest.mark.parametrize(
    ("text", "lang", "months"),
    [
        ("SEGUNDO: CONDENAR a Marta LÓPEZ, en ausencia, a la pena principal de cuarenta y "
         "ocho (48) meses de prisión.", "es", 48),
        ("The accused is sentenced to a fine of Rs. 50,000 and, in default, to six months "
         "imprisonment, and in addition to 7 years' imprisonment.", "en", 84),
        ("The court sentenced him to pay KShs. 200,000 and to serve 3 years' imprisonment.",
         "en", 36),
    ],
)
def test_sentences_behind_an_infinitive_or_an_abbreviated_amount(
    text: str, lang: str, months: int
) -> None:
    p = read_penalty(text, lang)
    assert (p.sentence_months, p.max_months) == (months, None)


def test_an_arabic_number_word_with_a_clitic_preposition() -> None:
    p = read_penalty("وحكمت المحكمة عليه بسبع سنوات حبساً نافذاً", "ar")
    assert (p.sentence_months, p.max_months) == (84, None)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "months"),
    [
        ("Attendu que, la peine de mort ayant été abolie, l'assassinat est puni de la réclusion"
         " criminelle à perpétuité.", "fr", "life", None),
        ("The death penalty having been abolished, murder is punishable by imprisonment for"
         " life.", "en", "life", None),
        ("Habiendo sido abolida la pena de muerte, el delito se castiga con prisión de veinte"
         " años.", "es", "custodial", 240),
    ],
)
def test_an_abolished_death_penalty_leaves_the_penalty_stated_with_it(
    text: str, lang: str, kind: str, months: int | None
) -> None:
    p = read_penalty(text, lang)
    assert (p.kind, p.max_months) == (kind, months)


def test_a_judge_sentencing_in_the_first_person_imposes_a_sentence() -> None:
    p = read_penalty("Having heard the mitigation, I sentence him to six (6) years' imprisonment"
                     " on Count 1 and two (2) years on Count 2, to run concurrently.", "en")
    assert (p.max_months, p.sentence_months) == (None, 72)


def test_a_maximum_worded_as_the_punishment_reaching_a_term() -> None:
    p = read_penalty("والعقاب يصل إلى خمسة عشر عاماً سجناً.", "ar")
    assert (p.max_months, p.sentence_months) == (180, None)


def test_a_sentence_with_its_figure_restated_in_brackets() -> None:
    p = read_penalty("Le condamne à trois (3) ans d'emprisonnement ferme.", "fr")
    assert (p.sentence_months, p.max_months) == (36, None)
    p = read_penalty("Le tribunal le condamne à six (6) mois d'emprisonnement.", "fr")
    assert (p.sentence_months, p.max_months) == (6, None)


def test_a_penalty_the_prosecution_proposes_is_no_maximum() -> None:
    p = read_penalty("Propositions du Ministère public : peine privative de liberté de six ans.",
                     "fr")
    assert p.max_months is None


def test_penitentiary_is_a_custodial_penalty() -> None:
    p = read_penalty("Hurto agravado (tres a diez años de penitenciaría).", "es")
    assert (p.kind, p.max_months) == ("custodial", 120)


def test_a_court_that_imposes_the_penalty_sentences() -> None:
    p = read_penalty("El Tribunal declara su culpabilidad y le impone la pena privativa de"
                     " libertad de OCHO AÑOS.", "es")
    assert (p.sentence_months, p.max_months) == (96, None)


def test_a_further_bound_past_the_fines_comma_is_a_term_again() -> None:
    p = read_penalty("Hurto: prisión de hasta tres años o multa, y en casos especialmente graves"
                     " hasta seis años.", "es")
    assert (p.kind, p.max_months) == ("custodial", 72)
