"""Warrant dates, document types and the issuing country: the classes of the f15 development
batch (warrants cited with their dates in notices and requests, several decisions cited with
their dates, days in words, dates after the number, hours in figures), in fictional texts
written for these tests, not copied from the evaluation set."""

from __future__ import annotations

import pytest

from pipeline.records import Page
from pipeline.understand.dates import dates_on
from pipeline.understand.decision import read_decision
from pipeline.understand.notice import read_notice
from pipeline.understand.pageview import view_page
from tests.understand_helpers import doc_type


def _view(text: str, lang: str):
    return view_page("t", Page(number=1, text=text, method="text-layer", language=lang), lang)


def _warrant_date(text: str, lang: str, kind: str, month_first: bool = False) -> str | None:
    found = read_decision([_view(text, lang)], kind, month_first=month_first).date
    return found.normalized if found else None


def _country(text: str, lang: str, kind: str) -> str | None:
    found = read_notice([_view(text, lang)], kind).issuing_country
    return found.normalized if found else None


# ---- a day in words, a month name and a year in figures


def test_day_in_words_and_year_in_figures_is_a_date() -> None:
    text = ("3. COURT ORDERS\nWarrant No. 88/24 was issued by the Regional Court of Paphos on "
            "the\nfourteenth of March 2024. By decision of 02.04.2024 the court confirmed it.\n")
    assert _warrant_date(text, "en", "diffusion") == "2024-03-14"
    assert [d.iso for d in dates_on(_view("vendido el cuatro de mayo de 2023.", "es"))] == \
        ["2023-05-04"]


def test_number_words_before_other_words_are_no_date() -> None:
    assert dates_on(_view("He made twelve transfers in 2023 and four in May.", "en")) == []


# ---- the date opening the warrant cue's sentence ("On DATE, a warrant ... was issued")


def test_date_opening_the_warrant_sentence_is_the_warrants() -> None:
    text = ("On 05/22/2023, a warrant for the arrest of Mr. DOE was issued by the United States "
            "District Court for the District of Maine. A superseding indictment returned on "
            "09/14/2023 added two counts.\n")
    assert _warrant_date(text, "en", "extradition-request", month_first=True) == "2023-05-22"


def test_cued_date_in_a_later_sentence_is_not_the_warrants() -> None:
    text = ("A warrant for the arrest of Mr. DOE was issued by the United States District Court "
            "for the District of Maine. A superseding indictment was later returned on "
            "09/14/2023.\n")
    assert _warrant_date(text, "en", "extradition-request", month_first=True) != "2023-09-14"


def test_a_title_before_a_magistrates_name_ends_no_sentence() -> None:
    text = ("PART D - WARRANT\nA warrant of arrest was granted by Principal Magistrate Mrs. "
            "Helen ROE at the Kowloon City Magistrates' Court on 9 November 2023, case no. "
            "KCCC 118/2023.\n")
    assert _warrant_date(text, "en", "police-report") == "2023-11-09"


# ---- a date cued right after the warrant's number beats an earlier paper's date before the verb


def test_date_after_the_number_beats_an_earlier_papers_date() -> None:
    text = ("Sur réquisitoire du Procureur de la République du 3 janvier 2024, le juge "
            "d'instruction du 2e cabinet a décerné le mandat d'arrêt n° 07/CAB2/2024 en date du "
            "neuf février deux mille vingt-quatre.\n")
    assert _warrant_date(text, "fr", "diffusion") == "2024-02-09"


def test_date_before_the_cue_still_dates_a_warrant_without_one_after() -> None:
    text = ("Le Tribunal de grande instance de Kindia a délivré, le 3 mars 2022, un mandat "
            "d'arrêt n° 41/22 contre l'intéressé.\n")
    assert _warrant_date(text, "fr", "extradition-request") == "2022-03-03"


# ---- a list of decisions: the next item's cued date is not the warrant's


def test_next_listed_decision_date_is_not_the_warrants() -> None:
    text = ("1. Resoluciones en que se funda la solicitud:\n"
            "- Orden de aprehensión dictada en la causa N.º TC-2022-00871 (12 de octubre de "
            "2022) por el Tribunal 3.º de Control de Mérida;\n"
            "- auto de 20 de enero de 2023 del mismo tribunal, que ratificó la orden;\n")
    assert _warrant_date(text, "es", "extradition-request") == "2022-10-12"


# ---- a warrant's own head date beats a mid-sentence cue citing an earlier decision


def test_head_date_line_beats_a_cited_decisions_date_in_a_warrant() -> None:
    text = ("JUZGADO FEDERAL N.º 2 DE ROSARIO\nORDEN DE CAPTURA N.º 17/2022\n\n"
            "Rosario, 21 de junio de 2022.\n\nVISTOS:\n"
            "I. Que por auto de fecha 4 de marzo de 2022 se dispuso el procesamiento del "
            "imputado por el delito de estafa.\n")
    assert _warrant_date(text, "es", "arrest-warrant") == "2022-06-21"


def test_cued_date_stands_without_a_head_date_line() -> None:
    text = ("JUZGADO FEDERAL N.º 2 DE ROSARIO\nORDEN DE CAPTURA N.º 17/2022\n\nVISTOS:\n"
            "I. Que por auto de fecha 4 de marzo de 2022 se dispuso el procesamiento del "
            "imputado por el delito de estafa.\n")
    assert _warrant_date(text, "es", "arrest-warrant") == "2022-03-04"


# ---- a decision's date written right after its number ("Auto 47/2023 de 6.6.2023")


@pytest.mark.parametrize(("text", "lang", "iso"), [
    ("4. RESOLUCIONES JUDICIALES\nAuto 118/2023 de 9.5.2023 del Tribunal Municipal de "
     "Cienfuegos, que dispone la búsqueda y captura.\n", "es", "2023-05-09"),
    ("4. JUDICIAL DECISIONS\nOrder 45/2021 of 3.5.2021 of the Magistrate's Court of Kandy "
     "directing the arrest of the person sought.\n", "en", "2021-05-03"),
])
def test_date_after_a_decisions_number_dates_the_notice(text, lang, iso) -> None:
    assert _warrant_date(text, lang, "diffusion") == iso


def test_date_after_a_laws_number_dates_no_decision() -> None:
    text = ("4. OFFENCES\nMoney laundering under Law 45/2021 of 3.5.2021 on the prevention of "
            "money laundering.\n")
    assert _warrant_date(text, "en", "diffusion") is None


# ---- a judgment's head date after the hour in figures ("a horas 16:30 del día ...")


@pytest.mark.parametrize(("text", "iso"), [
    ("TRIBUNAL DE SENTENCIA PENAL SEGUNDO DE SUCRE\n\nSENTENCIA N.º 12/2023\n\n"
     "En la ciudad de Sucre, a horas 10:15 del día tres de abril de dos mil veintitrés, el "
     "Tribunal dicta la siguiente sentencia.\n", "2023-04-03"),
    ("JUZGADO QUINTO DE SENTENCIA: San Miguel, a las diez horas del día tres de abril de dos "
     "mil veintitrés.\n\nSENTENCIA\n", "2023-04-03"),
])
def test_judgments_head_date_after_the_hour(text, iso) -> None:
    assert _warrant_date(text, "es", "judgment") == iso


# ---- document types


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("FISCALÍA GENERAL DE LA REPÚBLICA\nSEÑOR JUEZ PRIMERO DE INSTRUCCIÓN:\n\n"
     "DICTAMEN DE ACUSACIÓN\n\nYo, agente auxiliar del Fiscal General, EXPONGO:\n", "es",
     "indictment"),
    ("النيابة العامة\nرقم القضية: 12/2024 جنايات\n\nلأنه في الفترة من 2021 بدائرة المنامة: "
     "ارتكب تزويراً في محررات رسمية.\nوطلبت النيابة العامة عقابه طبقاً للمواد.\n"
     "لذلك تأمر النيابة العامة بإحالة المتهم إلى المحكمة الكبرى الجنائية.\n", "ar",
     "indictment"),
    ("NCB WELLINGTON\n\nDIFFUSION - WANTED PERSON\nRef: NCB-NZ/DIF/24/0012\n\n"
     "CASE SUMMARY\nThe subject defrauded investors and left the country.\n", "en",
     "diffusion"),
    ("NEW ZEALAND POLICE\n\nPOLICE REPORT\n\nCASE SUMMARY\nThe subject defrauded investors "
     "and left the country.\n", "en", "police-report"),
])
def test_titles_and_formulas_type_the_document(text, lang, kind) -> None:
    assert doc_type(text, lang) == kind


# ---- the issuing country


@pytest.mark.parametrize(("text", "lang", "code"), [
    ("DISTRICT COURT OF NEW SOUTH WALES\nWARRANT FOR ARREST\n\nWarrant No.: 2023/5512\n",
     "en", "AU"),
    ("CARDIFF CROWN COURT, WALES\nWARRANT FOR ARREST\n\nWarrant No.: 2023/5512\n", "en", "GB"),
    ("سلطنة غمان\nشرطة غمان السلطانية\n\nتقرير تحريات رقم: 12/2024\n", "ar", "OM"),
    ("سلطنة عمان\nشرطة عمان السلطانية\n\nتقرير تحريات رقم: 12/2024\n", "ar", "OM"),
])
def test_state_and_ocr_forms_name_the_issuing_country(text, lang, code) -> None:
    assert _country(text, lang, "arrest-warrant") == code
