"""Classes of warrant-field misses found on the -f11 batch: each test is a new short text."""
from __future__ import annotations

from pipeline.understand.dates import parse_date
from pipeline.understand.decision import read_decision
from pipeline.understand.notice import read_notice
from tests.understand_helpers import doc_type as _doc_type
from tests.understand_helpers import view as _view


def _decision(text: str, lang: str, kind: str | None):
    return read_decision([_view(text, lang)], kind)


# ---- a worded Arabic year before an Arabic comma keeps its last word ("وعشرين،")
def test_arabic_year_in_words_before_a_comma_is_read_whole() -> None:
    text = ("صدر هذا الحكم علناً في طرابلس بتاريخ الخامس من أيار سنة ألفين وأربع "
            "وعشرين، وتلي على المحكوم عليه.\n")
    date = _decision(text, "ar", "judgment").date
    assert date is not None and date.normalized == "2024-05-05"


# ---- "Date of sentence:" is a judgment's own date, before a registrar's later "Dated at"
def test_date_of_sentence_label_dates_the_judgment() -> None:
    text = ("IN THE HIGH COURT OF NORTHLAND\nCriminal Case No. 77 of 2021\n\n"
            "Date of sentence:    4 March 2022\n\nSENTENCE\n1. The accused is sentenced to "
            "6 years imprisonment.\n\nCERTIFICATE\nThe accused escaped on 1 May 2023.\n"
            "Dated at Port Town this 2nd day of June 2023.\n")
    date = _decision(text, "en", "judgment").date
    assert date is not None and date.normalized == "2022-03-04"


# ---- a national era's year with the Gregorian year in brackets
def test_era_year_dates_read_the_bracketed_gregorian_year() -> None:
    assert parse_date("14 June B.E. 2565 (2022)", "en") == "2022-06-14"
    assert parse_date("October 9, Reiwa 4 (2022)", "en") == "2022-10-09"
    text = ("4. Warrant. Arrest warrant No. 88/2565 was issued by the Provincial Court, "
            "Chiang Mai, on 14 June B.E. 2565 (2022).\n")
    date = _decision(text, "en", "extradition-request").date
    assert date is not None and date.normalized == "2022-06-14"


# ---- a warrant signed with its date on a line and the court's name on the next
def test_date_line_above_the_court_name_signs_the_warrant() -> None:
    text = ("ARREST WARRANT\n\nName of suspect:  SATO Jiro\n\nThe above suspect is to be "
            "arrested.\n\nOctober 9, Reiwa 4 (2022)\nOsaka District Court\nJudge KIMURA "
            "Emi\n\nTranslator's note: " + "the text of the law is attached. " * 15 + "\n")
    decision = _decision(text, "en", "arrest-warrant")
    assert decision.date is not None and decision.date.normalized == "2022-10-09"
    assert decision.authority is not None and decision.authority.value == "Osaka District Court"


# ---- a Roman month: "2022. VI. 7." (Hungarian), "7.VI.2022"
def test_roman_month_dates() -> None:
    assert parse_date("2022. VI. 7.", "es") == "2022-06-07"
    assert parse_date("7.VI.2022", "fr") == "2022-06-07"
    text = ("FISCALÍA DE DISTRITO DE SZEGED\nN.º: C.IV.118/2022\nSzeged, 2022. VI. 7.\n\n"
            "ESCRITO DE ACUSACIÓN\n")
    date = _decision(text, "es", "indictment").date
    assert date is not None and date.normalized == "2022-06-07"


# ---- a reference opening the head line before the place and date: the document's number
def test_reference_before_place_and_date_is_the_own_number_and_date() -> None:
    text = ("TRIBUNAL DE LA VILLE DE KOUTAÏSSI\n\nORDONNANCE\n\n"
            "N 4b/118-23                         Koutaïssi, le 5 mai 2023\n\n"
            "Le juge, vu la requête du procureur du 2 mai 2023, ...\n")
    decision = _decision(text, "fr", "arrest-warrant")
    assert decision.date is not None and decision.date.normalized == "2023-05-05"
    assert decision.number is not None and decision.number.value == "4b/118-23"
    text = ("SENTENCIA\n\nCaso n.º 2/77-22                 Poti, 3 de abril de 2022\n\n"
            "El Tribunal ...\n")
    decision = _decision(text, "es", "judgment")
    assert decision.number is not None and decision.number.value == "2/77-22"


# ---- the warrant's date and court told before its cue, with the issuing verb
def test_date_and_court_before_the_issuing_verb_are_the_warrants() -> None:
    text = ("Le Tribunal de district de Niš a délivré à son encontre, le 3 mars 2022, un "
            "mandat d'arrêt n° Kv. 77/22.\n")
    decision = _decision(text, "fr", "extradition-request")
    assert decision.date is not None and decision.date.normalized == "2022-03-03"
    assert decision.authority is not None and decision.authority.value == \
        "Tribunal de district de Niš"
    assert decision.number is not None and decision.number.value == "Kv. 77/22"
    text = ("Mediante resolución de 2 de mayo de 2022, el juez del Tribunal de Distrito de "
            "Košice I, sp. zn. 4Tp/12/2022, dictó orden de\ndetención contra el acusado, y el "
            "9 de mayo de 2022 dictó orden europea de detención.\n")
    decision = _decision(text, "es", "police-report")
    assert decision.date is not None and decision.date.normalized == "2022-05-02"
    assert decision.number is not None and decision.number.value == "4Tp/12/2022"


# ---- a pretrial detention ordered in absentia, or a trial in absentia proposed, is no
# judgment in absentia
def test_detention_in_absentia_is_no_judgment() -> None:
    text = "Orden de detención:\nAuto de prisión provisional en ausencia del Juzgado de Bergen.\n"
    assert _decision(text, "es", "red-notice").in_absentia is None
    text = "قررت المحكمة الابتدائية حبس المطلوب احتياطياً في غيابه لمدة أسبوعين.\n"
    assert _decision(text, "ar", "police-report").in_absentia is None
    text = "Propongo que el tribunal celebre el juicio en ausencia del acusado.\n"
    assert _decision(text, "es", "indictment").in_absentia is None
    text = "Le tribunal a condamné l'accusé en son absence à six ans d'emprisonnement.\n"
    assert _decision(text, "fr", "judgment").in_absentia is not None


def test_preventive_measure_order_is_an_arrest_warrant() -> None:
    text = ("TRIBUNAL DE LA VILLE DE ROUSTAVI\n\nORDONNANCE\nrelative à l'application d'une "
            "mesure préventive\n\nPAR CES MOTIFS, le tribunal ORDONNE la détention de "
            "l'inculpé.\n")
    assert _doc_type(text, "fr") == "arrest-warrant"


# ---- a status label in a header column, and a status value opening with the notice word
def test_status_label_in_a_column_and_after_the_notice_word() -> None:
    text = ("نشرة حمراء\nالمكتب المركزي الوطني: دوشنبه          حالة النشرة: سارية\n")
    status = read_notice([_view(text, "ar")], "red-notice").status
    assert [s.normalized for s in status] == ["active"]
    text = "DIFFUSION\nStatut : diffusion en vigueur\n"
    status = read_notice([_view(text, "fr")], "diffusion").status
    assert [s.normalized for s in status] == ["active"]


# ---- an authority word alone on a head line, above the named office
def test_bare_authority_line_gives_way_to_the_named_office_below() -> None:
    text = ("RÉPUBLIQUE DU NORD\nMINISTÈRE PUBLIC\nPARQUET RÉGIONAL DE KANO\n\n"
            "ACTE D'ACCUSATION\n\nLe Ministère public porte accusation contre X.\n")
    authority = _decision(text, "fr", "indictment").authority
    assert authority is not None and authority.value == "PARQUET RÉGIONAL DE KANO"
