"""Warrant dates of the hf5 / f21 batches, as classes (fictional texts written for these tests):
a weekday between a date cue and the date, an Arabic notice's "السند القضائي:" section, a
signature line after an Arabic comma, a labelled warrant line that opens with its issuer, a
filing-date label before the place, a judge's "Hon." inside the warrant's sentence, a judgment's
title with a register's letters after its number, a warrant's number label before "délivré
le", "SO ORDERED this ...", a "Date:" cell after a file number, and "صدر تحت توقيعي"."""

from __future__ import annotations

from pipeline.understand.decision import read_decision
from tests.understand_helpers import view


def _date(text: str, lang: str, kind: str) -> str | None:
    d = read_decision([view(text, lang)], kind).date
    return d.normalized if d else None


# ---- "الصادر يوم الأحد 3 مارس 2024": a weekday between the cue and the date

WEEKDAY = (
    "تعميم بحث\n"
    "المطلوب: سالم عمر داود\n\n"
    "السند:\n"
    "أمر بالقبض رقم 12/ABC/2024 الصادر {day}5 مايو 2024 عن قاضي التحقيق بمحكمة واحة النخيل،\n"
    "والذي حل محل أمر الإحضار الصادر في 9 يناير 2024.\n"
)


def test_weekday_after_issuing_word_is_a_date_cue() -> None:
    assert _date(WEEKDAY.format(day="يوم الأحد "), "ar", "diffusion") == "2024-05-05"


def test_uncued_date_still_yields_to_a_cued_one() -> None:
    assert _date(WEEKDAY.format(day="بعد 2 أيام "), "ar", "diffusion") != "2024-05-02"


def test_english_weekday_after_issued_on() -> None:
    text = (
        "DIFFUSION\nWanted: John PALLAS\n"
        "Arrest warrant No. 7/2024 issued on {day}5 May 2024 by the Riverside Court, which "
        "took the place of the summons issued on 9 January 2024.\n"
    )
    assert _date(text.format(day="Sunday, "), "en", "diffusion") == "2024-05-05"


# ---- "القرار القضائي:": a notice's decision section in Arabic

DECISION_SECTION = (
    "نشرة حمراء\n"
    "الرقم: A-1/2024\n"
    "التهمة: السرقة\n\n"
    "{head}\n"
    "حكم صادر عن محكمة الجنايات بالواحة بتاريخ 10 مارس 2022، تحت رقم 5/2022.\n"
    "وقد حل هذا الحكم محل أمر القبض الصادر عن قاضي التحقيق بالواحة في\n"
    "4 يناير 2021.\n"
)


def test_arabic_decision_heading_opens_the_warrant_section() -> None:
    assert _date(DECISION_SECTION.format(head="القرار القضائي:"), "ar", "red-notice") \
        == "2022-03-10"


def test_decision_words_in_prose_open_no_section() -> None:
    text = DECISION_SECTION.format(head="وقد أشار المكتب إلى أن القرار القضائي: نهائي")
    assert _date(text, "ar", "red-notice") != "2022-03-10"


# ---- "الواحة، 06/02/2025": a signature line after an Arabic comma

INDICTMENT = (
    "لائحة الاتهام\n"
    "المشتكى عليه: سالم عمر داود\n"
    "صدر بحقه قرار قبض غيابي عن محكمة الصلح في الواحة بتاريخ 11/11/2024، ولم ينفذ.\n\n"
    "الوقائع والأدلة:\n"
    "ثبت من التحقيق أن المشتكى عليه كان يفتح الحسابات بأسماء مستعارة\n"
    "ويسحب الأموال المحولة إليها من المشتكين\n"
    "ثم يحولها إلى عملات مشفرة.\n"
    "وقد حول بهذه الطريقة مبلغ كبير من أربعة عشر مشتكيا.\n"
    "وكان المشتكى عليه يعمل ضمن منظمة يديرها شخص آخر\n"
    "تتخذ من مركز اتصالات في الخارج مقرا لها،\n"
    "وكان أفرادها يتصلون بالمسنين منتحلين صفة رجال شرطة\n"
    "ويحملونهم على تحويل مدخراتهم إلى حسابات آمنة.\n\n"
    "فإن النيابة العامة تطالب بمحاكمة المشتكى عليه.\n\n"
    "{closing}\n"
    "المدعي العام: سمير حداد\n"
)


def test_signature_line_after_arabic_comma_dates_an_indictment() -> None:
    assert _date(INDICTMENT.format(closing="الواحة، 06/02/2025"), "ar", "indictment") \
        == "2025-02-06"


def test_date_inside_a_sentence_is_no_signature_line() -> None:
    text = INDICTMENT.format(closing="وقد أودعت هذه اللائحة لدى قلم المحكمة في 06/02/2025 مساء")
    assert _date(text, "ar", "indictment") != "2025-02-06"


# ---- "ORDEN DE CAPTURA: dictada por el" and the court on the next lines

ORDER_LINE = (
    "INTERPOL - DIFUSIÓN\n"
    "Asunto: PERSONA BUSCADA - PEDRO ALVARADO\n\n"
    "ORDEN DE CAPTURA: {value}\n"
    "Juzgado Tercero de Distrito Penal de Villaverde,\n"
    "con fecha doce de marzo de dos mil veinticuatro, en el expediente\n"
    "número 000118-XYZ-2024-PN. La audiencia está fijada para el 30 de mayo de 2024.\n"
)


def test_labelled_warrant_line_opening_with_its_issuer_is_prose() -> None:
    assert _date(ORDER_LINE.format(value="dictada por el"), "es", "diffusion") == "2024-03-12"


def test_labelled_warrant_line_with_a_bare_value_stays_a_value() -> None:
    # "vigente" is the order's state, not its issuer: no prose citation to read on
    text = ORDER_LINE.format(value="vigente").replace("con fecha", "y desde")
    assert _date(text, "es", "diffusion") is None


# ---- "Fecha de radicación: Bogotá D.C., 6 de febrero de 2024": a label before the place

ACCUSATION = (
    "FISCALÍA GENERAL\n"
    "ESCRITO DE ACUSACIÓN\n"
    "Radicado: 11001-60-00-000-2023-00001-00\n"
    "{label}: Villaverde D.C., 6 de febrero de 2024\n\n"
    "Se acusa a PEDRO ALVARADO, nacido el 15 de abril de 1989, evadido desde la audiencia "
    "del 19 de octubre de 2023.\n"
)


def test_filing_date_label_before_the_place_dates_an_indictment() -> None:
    text = ACCUSATION.format(label="Fecha de radicación")
    assert _date(text, "es", "indictment") == "2024-02-06"


def test_other_label_before_the_place_dates_nothing() -> None:
    text = ACCUSATION.format(label="Domicilio del acusado")
    assert _date(text, "es", "indictment") != "2024-02-06"


# ---- "la Hon. Jueza X expidió ... orden de arresto": a title's full stop ends no sentence

REPORT = (
    "INFORME DE INCIDENTE\n\n"
    "DETERMINACIÓN DE CAUSA\n"
    "El 3 de abril de 2024 la {title} Jueza Ana I. RUIZ expidió en el Tribunal de Primera "
    "Instancia, Sala de Villaverde, orden de arresto contra el sospechoso, caso VV2024CR001.\n"
)


def test_judge_title_inside_the_sentence_keeps_its_opening_date() -> None:
    assert _date(REPORT.format(title="Hon."), "es", "police-report") == "2024-04-03"


def test_sentence_ended_before_the_judge_drops_the_date() -> None:
    text = REPORT.format(title="Hon.").replace("2024 la Hon.", "2024 se cerró el acta. La")
    assert _date(text, "es", "police-report") != "2024-04-03"


# ---- "JUGEMENT PÉNAL N° 412 « Kr » DU 21 MARS 2023" and "Mandat d'arrêt n° X délivré le"

JUDGMENT = (
    "TRIBUNAL DE PREMIÈRE INSTANCE DE VILLENEUVE\n\n"
    "JUGEMENT PÉNAL N° 88 {mark}DU 21 MARS 2023\n\n"
    "Composition : M. Jean MARTIN, président ; greffier : Mme Anne PETIT.\n\n"
    "ENTRE le ministère public\nET\nDURAND Paul, absent, non représenté.\n\n"
    "FAITS ET PROCÉDURE\nLe prévenu a remis de faux contrats à douze acquéreurs.\n\n"
    "PAR CES MOTIFS\n"
    "Statuant publiquement, par défaut, déclare DURAND Paul coupable d'escroquerie.\n\n"
    "Le présent jugement, signifié au dernier domicile connu le 3 avril 2023,\n"
    "est devenu définitif. Mandat d'arrêt n° 7/23 délivré le 10 juillet 2023 pour son "
    "exécution.\n\n"
    "Le Président, Jean MARTIN\n"
)


def test_title_with_register_letters_dates_a_judgment() -> None:
    assert _date(JUDGMENT.format(mark="« Kr » "), "fr", "judgment") == "2023-03-21"


def test_warrant_number_label_before_delivre_le_dates_the_warrant_not_the_judgment() -> None:
    # without a title date, the execution warrant's "délivré le" is still no judgment date
    text = JUDGMENT.format(mark="« Kr » ").replace("JUGEMENT PÉNAL N° 88 « Kr » DU 21 MARS 2023",
                                                 "JUGEMENT PÉNAL")
    assert _date(text, "fr", "judgment") != "2023-07-10"


def test_a_long_word_after_the_number_is_no_register_mark() -> None:
    text = JUDGMENT.format(mark="« Correctionnel » ")
    assert _date(text, "fr", "judgment") != "2023-03-21"


# ---- "SO ORDERED this 26th day of January, 2024."

ORDER = (
    "IN THE HIGH COURT OF RURITANIA\n\nJUDGMENT AND SENTENCE\n\n"
    "The Defendant John PALLAS is convicted of theft and sentenced to five years.\n\n"
    "{closing} this 26th day of January, 2024.\n"
    "(Signed) Mary SMITH, Justice\n\n"
    "CERTIFICATE OF FINALITY\n"
    "The above judgment became final on 26 February 2024.\n"
    "Clerk of Courts, Riverside, 4 March 2024\n"
)


def test_so_ordered_this_dates_a_judgment() -> None:
    assert _date(ORDER.format(closing="SO ORDERED"), "en", "judgment") == "2024-01-26"


def test_other_words_before_this_day_are_no_closing() -> None:
    assert _date(ORDER.format(closing="The fine was paid"), "en", "judgment") != "2024-01-26"


# ---- "Criminal File No. 287514      Date: Tikimt 28, 2016 E.C. (8 November 2023)"

FILE_LINE = (
    "FEDERAL HIGH COURT\n\nJUDGMENT\n"
    "Criminal File No. 287514              {label} Tikimt 28, 2016 E.C. (8 November 2023)\n\n"
    "The defendant John PALLAS, tried in his absence, is convicted of fraud.\n"
)


def test_date_cell_after_a_file_number_with_its_gregorian_date() -> None:
    assert _date(FILE_LINE.format(label="Date:"), "en", "judgment") == "2023-11-08"


def test_date_key_right_after_a_file_number_with_no_gap() -> None:
    text = FILE_LINE.format(label="Date:").replace("287514              Date", "287514 Date")
    assert _date(text, "en", "judgment") == "2023-11-08"


def test_other_cell_after_a_file_number_dates_nothing() -> None:
    assert _date(FILE_LINE.format(label="Filed:"), "en", "judgment") is None


# ---- "صدر تحت توقيعي وختم المحكمة في ..." closing an Arabic warrant

SUDAN_WARRANT = (
    "محكمة جنايات الواحة\n"
    "أمر قبض رقم ١١٤/٢٠٢٤\n"
    "(يحل محل أمر القبض رقم ٨٧/٢٠٢٣ الصادر بتاريخ ٣ أبريل ٢٠٢٣)\n\n"
    "لذلك نأمركم بالقبض على المتهم سالم عمر داود أينما وجد وإحضاره أمام هذه المحكمة.\n\n"
    "{closing} ١٢ رمضان ١٤٤٥هـ\n"
    "الموافق ٢٢ مارس ٢٠٢٤م\n\n"
    "قاضي المحكمة العامة\n"
)


def test_given_under_my_hand_in_arabic_dates_a_warrant() -> None:
    text = SUDAN_WARRANT.format(closing="صدر تحت توقيعي وختم المحكمة في")
    assert _date(text, "ar", "arrest-warrant") == "2024-03-22"


def test_replaced_warrant_date_stays_unread_without_the_closing() -> None:
    text = SUDAN_WARRANT.format(closing="وقد أبلغ المتهم في")
    assert _date(text, "ar", "arrest-warrant") != "2024-03-22"
