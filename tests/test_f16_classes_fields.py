"""Issuing country, document type, names and warrant dates: the classes of the f16
development batch (a Mexican state, an NCB seat and a Crown Court's city in the header, a
Canadian occurrence report), in fictional texts written for these tests, not copied from
the evaluation set."""

from __future__ import annotations

from pipeline.records import Page
from pipeline.understand.decision import read_decision
from pipeline.understand.notice import read_notice
from pipeline.understand.pageview import view_page
from tests.understand_helpers import doc_type, names, subject


def _view(text: str, lang: str):
    return view_page("t", Page(number=1, text=text, method="text-layer", language=lang), lang)


def _country(text: str, lang: str, kind: str) -> str | None:
    found = read_notice([_view(text, lang)], kind).issuing_country
    return found.normalized if found else None


# ---- the issuer's place in the header: a Mexican state, the German NCB's seat, an English
# Crown Court's city (a defendant's nationality beside it is not the issuer)


def test_mexican_state_in_court_header():
    text = ("PODER JUDICIAL DE LA FEDERACIÓN\n"
            "CENTRO DE JUSTICIA PENAL FEDERAL EN EL ESTADO DE SINALOA\n"
            "Causa penal 12/2024\nORDEN DE APREHENSIÓN\n"
            "Se libra orden de aprehensión en contra de Rubén ORTEGA SOSA.\n")
    assert _country(text, "es", "arrest-warrant") == "MX"


def test_estado_de_alone_is_no_state():
    text = ("JUZGADO PRIMERO\nEstado de cuenta del imputado\nORDEN DE APREHENSIÓN\n"
            "Se libra orden de aprehensión en contra de Rubén ORTEGA SOSA.\n")
    assert _country(text, "es", "arrest-warrant") is None


def test_ncb_seat_names_the_country():
    text = ("BUNDESKRIMINALAMT - NCB WIESBADEN\nWANTED PERSON DIFFUSION\n"
            "Surname: KELLER\nForenames: Tobias\n")
    assert _country(text, "en", "diffusion") == "DE"


def test_crown_court_city_before_a_nationality():
    text = ("CERTIFIED COPY concerning JOAO PEREIRA LOPES, a Portuguese national.\n\n"
            "INDICTMENT\nNo. T20240001\nIN THE CROWN COURT AT LIVERPOOL\n"
            "THE KING v JOAO PEREIRA LOPES\n")
    assert _country(text, "en", "indictment") == "GB"


def test_nationality_alone_still_reads_its_country():
    text = ("CERTIFIED COPY concerning JOAO PEREIRA LOPES, a Portuguese national.\n\n"
            "INDICTMENT\nNo. T20240001\nTHE KING v JOAO PEREIRA LOPES\n")
    assert _country(text, "en", "indictment") in ("PT", None)


# ---- a Canadian police "occurrence report"


def test_occurrence_report_is_a_police_report():
    text = ("ROYAL CANADIAN MOUNTED POLICE\nFederal Policing\nGENERAL OCCURRENCE REPORT\n\n"
            "File: 2025-11111\nSUBJECT\nName: GAGNON, Luc\n")
    assert doc_type(text, "en") == "police-report"


def test_occurrence_in_a_sentence_is_no_title():
    text = ("ONTARIO COURT OF JUSTICE\nWARRANT FOR ARREST\n"
            "Whereas the occurrence reported on 3 May was investigated, you are ordered to "
            "arrest Luc GAGNON.\n")
    assert doc_type(text, "en") == "arrest-warrant"


# ---- names: a mixed-case name after a weak cue confirmed by the identity clause after it


def test_mixed_case_name_after_weak_cue_with_nationality():
    text = ("Juicio oral seguido contra Andrés Felipe Rojas Vega, costarricense, mayor de edad, "
            "soltero.\n")
    assert names(text, "es") == ["Andrés Felipe Rojas Vega"]


def test_mixed_case_name_after_weak_cue_without_identity():
    text = "La denuncia presentada contra Andrés Felipe Rojas Vega fue archivada.\n"
    assert names(text, "es") == []


# ---- OCR's blank line between a weak cue and a name in capitals


def test_ocr_blank_line_after_weak_cue():
    text = ("CERTIFIED COPY produced in support of the request concerning\n\n"
            "TOMAS HENRIQUE BARROS LIMA (defendant 1), who has not been arrested.\n")
    assert [n.value for n in subject(text, "en", "ocr").names] == ["TOMAS HENRIQUE BARROS LIMA"]


def test_ocr_blank_line_then_lower_case_reads_no_name():
    text = ("CERTIFIED COPY produced in support of the request concerning\n\n"
            "the extradition of the person named in the warrant.\n")
    assert [n.value for n in subject(text, "en", "ocr").names] == []


# ---- the Catalan "i" between two surnames, under an "identificación del investigado" heading


def test_catalan_i_between_surnames():
    text = ("I. IDENTIFICACIÓN DEL INVESTIGADO\n"
            "Pere VILADOMAT i SERRA, de nacionalidad andorrana, nacido el 3 de mayo de 1980.\n")
    assert names(text, "es") == ["Pere VILADOMAT i SERRA"]


# ---- Arabic: "اتهمت النيابة العامة كلاً من:" over a numbered list; "المتهم الأول:"; the
# Latin form after "واسمه بالأحرف اللاتينية"; "وفق" ends a name


def test_arabic_each_of_list_and_latin_form():
    text = ("اتهمت النيابة العامة كلاً من:\n"
            "1- خليل منصور سعد الورفلي، مواليد 1980، ليبي الجنسية، واسمه بالأحرف اللاتينية: "
            "Khalil Mansour ELWARFALLI.\n2- عادل سالم الدرسي، مواليد 1991.\n")
    assert names(text, "ar") == ["خليل منصور سعد الورفلي", "Khalil Mansour ELWARFALLI"]


def test_arabic_first_accused_label_and_law_preposition():
    text = ("المتهم الأول: كمال حسن أرسلان، مواليد 1984، تركي الجنسية.\n"
            "المتهم الثاني: سامي دمير، مواليد 1990.\n"
            "نطلب محاكمة المتهم الأول كمال حسن أرسلان وفق المواد المذكورة أعلاه.\n")
    assert names(text, "ar") == ["كمال حسن أرسلان"]


# ---- warrant dates: a cited warrant replaced or renewed by a later one


def _warrant_date(text: str, lang: str, kind: str) -> str | None:
    found = read_decision([_view(text, lang)], kind).date
    return found.normalized if found else None


def test_replaced_warrant_gives_way_to_the_later_one():
    text = ("WARRANT\nThe arrest warrant of 3 March 2024 (ref. 12 Gs 7/24) was replaced, after "
            "new charges, by the arrest warrant of the Amtsgericht Köln of 5 June 2024, ref. "
            "12 Gs 19/24, on which this diffusion is based.\n")
    assert _warrant_date(text, "en", "diffusion") == "2024-06-05"


def test_unreplaced_warrant_keeps_its_date():
    text = ("WARRANT\nThe arrest warrant of 3 March 2024 (ref. 12 Gs 7/24) was issued by the "
            "Amtsgericht Köln after the charges were brought.\n")
    assert _warrant_date(text, "en", "diffusion") == "2024-03-03"


def test_arabic_renewed_warrant():
    text = ("مذكرة القبض:\nصدرت بحق المطلوب مذكرة قبض برقم 55/2023 بتاريخ 4 أيار 2023، ثم "
            "جُدّدت بمذكرة القبض رقم 17/2025 الصادرة عن محكمة صلح نابلس بتاريخ 9 آذار 2025.\n")
    assert _warrant_date(text, "ar", "diffusion") == "2025-03-09"


def test_first_accused_heading_over_a_count_reads_no_name():
    text = ("المتهم الأول: كمال حسن أرسلان، مواليد 1984.\n\nالمتهم الأول:\n\n"
            "1- قتل المجني عليه عمداً.\n")
    assert names(text, "ar") == ["كمال حسن أرسلان"]
