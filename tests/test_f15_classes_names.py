"""Subject names and aliases: the wordings of the f15 development batch as classes (a
second quoted alias after "and", the "otherwise" alias of Irish and British indictments,
a message's request after a bare "المطلوب:"). Fictional texts written for these tests, not
copied from the evaluation set."""

from __future__ import annotations

from tests.understand_helpers import aliases, charges, names

# ---- two quoted aliases after one "also known as"


def test_second_quoted_alias_after_and():
    text = ('The defendant, Marcus Oliver TRENTHAM-BALE, also known as "Marc BALE" and '
            '"Oliver TRENT", born 02/11/1980, is a citizen of the United States.\n')
    assert aliases(text, "en") == ["Marc BALE", "Oliver TRENT"]


def test_one_quoted_alias_stays_one():
    text = ('The defendant, Marcus Oliver TRENTHAM-BALE, also known as "Marc BALE", and '
            'others unknown conspired to defraud the bank.\n')
    assert aliases(text, "en") == ["Marc BALE"]


# ---- "otherwise" between a name and its alias


def test_otherwise_marks_an_alias():
    text = ("THE DIRECTOR OF PUBLIC PROSECUTIONS\nv.\n"
            "SEAMUS BRENDAN O'HALLORAN otherwise Shay HALLORAN\n"
            "STATEMENT OF OFFENCE\nTheft, contrary to section 4 of the Act.\n")
    assert aliases(text, "en") == ["Shay HALLORAN"]


def test_otherwise_known_as_still_reads_the_phrase():
    text = ("The accused PATRICK DESMOND KEANE otherwise known as Paddy KEANE, was arrested "
            "on 3 May 2021.\n")
    assert aliases(text, "en") == ["Paddy KEANE"]


# ---- Arabic: the request after a bare "المطلوب:" is no name


def test_request_after_bare_wanted_label_is_no_name():
    text = ("الشخص المطلوب: مروان خليل ياسين الدباغ\n"
            "تاريخ الميلاد: 12/03/1979\n"
            "المطلوب: تحديد مكانه والقبض عليه مؤقتاً تمهيداً لطلب التسليم.\n")
    assert names(text, "ar") == ["مروان خليل ياسين الدباغ"]


def test_bare_wanted_label_still_reads_a_name():
    text = "المطلوب: مروان خليل ياسين الدباغ\nتاريخ الميلاد: 12/03/1979\n"
    assert names(text, "ar") == ["مروان خليل ياسين الدباغ"]


# ---- the alias after the name in a caption, the name read in the text below


def test_alias_after_the_name_in_a_caption():
    text = ("IN THE COURT OF SESSIONS AT PUNE\nThe State of Maharashtra ...Prosecution\n"
            "versus\nSunil Dattatray Gaikwad @ Bunty Gaikwad,\nAge 39 years ...Accused\n\n"
            "JUDGMENT\nThe accused Sunil Dattatray Gaikwad is charged with cheating.\n")
    assert "Bunty Gaikwad" in aliases(text, "en")


def test_no_alias_when_the_caption_has_none():
    text = ("IN THE COURT OF SESSIONS AT PUNE\nversus\nSunil Dattatray Gaikwad,\n"
            "Age 39 years ...Accused\n\nJUDGMENT\n"
            "The accused Sunil Dattatray Gaikwad is charged with cheating.\n")
    assert aliases(text, "en") == []


# ---- an Indian judge's title on the bench line


def test_bench_line_is_no_name():
    text = ("IN THE COURT OF SESSIONS AT PUNE\n"
            "CORAM: SHRI R. M. DESHPANDE, ADDITIONAL SESSIONS JUDGE\nDATE : 03.02.2021\n")
    assert names(text, "en") == []


def test_a_caps_surname_comma_forename_is_still_a_name():
    text = "Name: DESHPANDE, Ramesh Madhav\nDate of birth: 03.02.1971\n"
    assert names(text, "en") == ["DESHPANDE, Ramesh Madhav"]


# ---- Arabic: a verb of flight after "المتهم" is no name


def test_flight_verb_after_accused_is_no_name():
    text = "ونظراً لأن المتهم غادر البلاد فقد صدر بحقه أمر قبض، ثم فرّ إلى الخارج.\n"
    assert names(text, "ar") == []


def test_name_after_accused_still_read():
    text = "ونظراً لأن المتهم خالد ناصر عيسى البوعينين غادر البلاد فقد صدر بحقه أمر قبض.\n"
    assert names(text, "ar") == ["خالد ناصر عيسى البوعينين"]


# ---- Arabic: a bracket after a name opens a note (an OCR-misread transliteration), no name


def test_bracket_after_an_arabic_name_ends_it():
    text = "الاسم: نادر سليم قاسم (نلدر سلم ق 3 0!!)، المعروف بـ «نونو»\nالجنسية: أردني\n"
    assert names(text, "ar") == ["نادر سليم قاسم"]


def test_a_name_in_brackets_is_still_read():
    text = "صدر أمر القبض ضد المتهم (نادر سليم قاسم) وفق أحكام المادة 12 من القانون.\n"
    assert names(text, "ar") == ["نادر سليم قاسم"]


# ---- charges: a heading that joins the charges, the law and the penalties


def test_charges_law_and_penalties_heading_reads_the_list():
    text = ("4. CHARGES, LAW AND MAXIMUM PENALTIES\n"
            "(a) theft by a servant, section 270 of the Penal Code - imprisonment not\n"
            "    exceeding seven years;\n"
            "(b) false accounting, section 313 of the Penal Code - imprisonment not\n"
            "    exceeding five years.\n\n5. ACTION REQUESTED\nLocate and arrest.\n")
    assert charges(text, "en") == ["theft by a servant", "false accounting"]


def test_penalties_heading_alone_reads_no_charge():
    text = ("4. MAXIMUM PENALTIES\n"
            "(a) imprisonment not exceeding seven years;\n"
            "(b) imprisonment not exceeding five years.\n")
    assert charges(text, "en") == []


def test_spanish_delitos_y_penas_heading():
    text = ("Delitos imputados, normas aplicables y penas:\n"
            "a) Estafa agravada, artículo 173 del Código Penal: prisión de dos a seis años;\n"
            "b) Falsedad documental, artículo 290 del Código Penal: prisión de uno a tres años.\n")
    assert charges(text, "es") == ["Estafa agravada", "Falsedad documental"]


def test_arabic_charges_law_and_penalties_heading():
    text = ("ثانياً - التهم والنصوص القانونية والعقوبات:\n"
            "1- خيانة الأمانة (المادة 404 من قانون العقوبات): الحبس مدة لا تزيد على سنتين؛\n"
            "2- الرشوة (المادة 234 من قانون العقوبات): السجن المؤقت.\n")
    assert charges(text, "ar") == ["خيانة الأمانة", "الرشوة"]


def test_otherwise_called_still_reads_the_quoted_alias():
    text = ('WHEREAS a complaint has been made that JOSEPH KOFI MENSAH-ARTHUR (otherwise called '
            '"Kofi Blue"), male, born 3rd May 1980, did steal a motor vehicle.\n')
    assert aliases(text, "en") == ["Kofi Blue"]


def test_second_quoted_alias_wrapped_at_the_line_end():
    text = ('the extradition of\nMarcus Oliver TRENTHAM-BALE, also known as "Marc BALE" '
            'and "Oliver\n'
            'TRENT", a citizen of the United States, born 02/11/1980.\n')
    assert [a.replace("\n", " ") for a in aliases(text, "en")] == ["Marc BALE", "Oliver TRENT"]
