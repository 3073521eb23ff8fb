"""Warrant dates and the issuing country, round-2 leftovers of the f15 and f16 development
batches: a decree's hour opening on the line above its date, an indictment's own date label,
and a subject's nationality in a header above the court's line. Fictional texts written for
these tests, not copied from the evaluation set."""

from __future__ import annotations

from pipeline.records import Page
from pipeline.understand.decision import read_decision
from pipeline.understand.notice import read_notice
from pipeline.understand.pageview import PageView, view_page


def _view(text: str, lang: str, method: str = "text-layer") -> PageView:
    return view_page("t", Page(number=1, text=text, method=method, language=lang), lang)


def _warrant_date(text: str, lang: str, kind: str) -> str | None:
    found = read_decision([_view(text, lang)], kind).date
    return found.normalized if found else None


def _country(text: str, lang: str, kind: str, method: str = "text-layer") -> str | None:
    found = read_notice([_view(text, lang, method)], kind).issuing_country
    return found.normalized if found else None


# ---- a judgment's hour opening on the line above its date ("A las diez\nhoras del ...")

_JUDGMENT = (
    "TRIBUNAL PENAL DE HEREDIA\n"
    "Expediente: 22-000871-0059-PE\n"
    "Sentencia N.° 44-2024\n"
    "TRIBUNAL PENAL DE HEREDIA. {hour}\n"
    "{rest} del tres de junio de dos mil veinticuatro.\n"
    "Juicio seguido contra Marcos Vela Ruiz, nacido el 2 de enero de 1990, por robo "
    "agravado.\n"
    "RESULTANDO: 1. Que mediante acusación de fecha 5 de febrero de 2024 el Ministerio "
    "Público atribuyó al imputado los hechos.\n"
    "POR TANTO: se le impone la pena de seis años de prisión.\n"
)


def test_hour_opening_on_the_line_above_dates_the_judgment() -> None:
    text = _JUDGMENT.format(hour="A las diez", rest="horas")
    assert _warrant_date(text, "es", "judgment") == "2024-06-03"


def test_hour_on_its_own_line_head_dates_the_judgment() -> None:
    text = _JUDGMENT.format(hour="", rest="A las diez horas")
    assert _warrant_date(text, "es", "judgment") == "2024-06-03"


def test_words_above_without_an_hour_leave_the_cited_date() -> None:
    # no hour opens the sentence: the date is no decree's head line, the cue's date stands
    text = _JUDGMENT.format(hour="Vistos los autos", rest="y el escrito")
    assert _warrant_date(text, "es", "judgment") == "2024-02-05"


# ---- an indictment's own date label against the detention order it cites

_INDICTMENT = (
    "النيابة العامة في أنقرة\n"
    "رقم لائحة الاتهام: 2025/310\n"
    "لائحة اتهام\n"
    "المتهم: سليم دمير، مواليد 03.05.1980.\n"
    "وقد صدر بحق المتهم قرار توقيف غيابي عن محكمة الصلح الجزائية بتاريخ 11.03.2025 "
    "برقم 2025/77.\n"
    "الطلب: محاكمة المتهم.\n"
    "{label}: 20.06.2025\n"
    "المدعي العام: خليل أوزجان\n"
)


def test_indictment_date_label_dates_the_indictment() -> None:
    text = _INDICTMENT.format(label="تاريخ لائحة الاتهام")
    assert _warrant_date(text, "ar", "indictment") == "2025-06-20"


def test_unlabelled_line_leaves_the_cited_order() -> None:
    text = _INDICTMENT.format(label="ملاحظة")
    assert _warrant_date(text, "ar", "indictment") == "2025-03-11"


# ---- a subject's nationality above a court's line pushed out of the header by OCR

_CERTIFIED = (
    "CERTIFIED COPY - produced in support of the request concerning\n\n"
    "JOHN ARDEN SMALL (defendant 1), {who}, who has not\n\n"
    "been arrested.\n\n"
    "INDICTMENT\n\n"
    "No. T20240001\n\n"
    "IN THE CROWN COURT AT MANCHESTER\n\n"
    "THE KING v JOHN ARDEN SMALL\n\n"
    "JOHN ARDEN SMALL is charged as follows:\n"
)


def test_a_subjects_nationality_names_no_issuer() -> None:
    text = _CERTIFIED.format(who="a Portuguese national")
    assert _country(text, "en", "indictment", method="ocr") == "GB"


def test_a_country_named_in_the_header_still_names_the_issuer() -> None:
    text = _CERTIFIED.format(who="extradited from Portugal")
    assert _country(text, "en", "indictment", method="ocr") == "PT"


def test_a_labelled_nationality_names_no_issuer() -> None:
    text = _CERTIFIED.format(who="nationality: Portuguese")
    assert _country(text, "en", "indictment", method="ocr") == "GB"


def test_coordinated_nationalities_name_no_issuer() -> None:
    text = _CERTIFIED.format(who="nationality: Spanish and Portuguese")
    assert _country(text, "en", "indictment", method="ocr") == "GB"


def test_a_nationality_is_the_last_guess_without_a_place() -> None:
    text = ("SUPPLEMENTARY OCCURRENCE REPORT\nFile: 2024-0001\nSUBJECT\n"
            "Name: DOE, John\nCitizenship: Canadian and Vietnamese\n")
    assert _country(text, "en", "police-report") == "CA"
