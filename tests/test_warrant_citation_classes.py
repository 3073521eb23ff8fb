"""Warrant citations the scan misses of the fields set showed, as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.decision import read_decision
from tests.understand_helpers import doc_type, view

# ---- a CIS-style "ruling on detention" cited in a diffusion, its number and date on the
# next line after a blank line that OCR inserted


def test_ruling_on_detention_after_an_ocr_blank_line() -> None:
    text = (
        "LEGAL BASIS FOR ARREST:\n\n"
        "Ruling on detention as a preventive measure (issued in absentia)\n\n"
        "No. 2-447/24 dated 03.09.2024, Sino District Court of Dushanbe.\n"
        "The person has been put on the international wanted list.\n"
    )
    d = read_decision([view(text, "en", "ocr")], "diffusion")
    assert d.number is not None and d.number.value == "2-447/24"
    assert d.date is not None and d.date.normalized == "2024-09-03"
    assert d.authority is not None and d.authority.value == "Sino District Court of Dushanbe"


def test_blank_line_before_another_paragraph_still_ends_the_citation() -> None:
    """Only a number cue goes on after the blank line: the next paragraph's date is not the
    warrant's."""
    text = (
        "Ruling on detention as a preventive measure (issued in absentia).\n\n"
        "The subject left the country on 03.09.2024 through Tashkent.\n"
    )
    d = read_decision([view(text, "en", "ocr")], "diffusion")
    assert d.date is None


# ---- the Andorran batlle's order "de búsqueda, detención e ingreso en prisión" is a
# warrant, dated on its signature line in words


ANDORRAN_ORDER = (
    "PRINCIPAT D'ANDORRA\n"
    "BATLLIA D'ANDORRA - Secció d'Instrucció núm. 1\n"
    "(Traducción al castellano)\n\n"
    "ORDEN INTERNACIONAL DE BÚSQUEDA, DETENCIÓN E INGRESO EN PRISIÓN\n\n"
    "HECHOS\n\n"
    "Primero. Entre enero de 2019 y mayo de 2023 Jordi PALAU i SERRAT desvió a cuentas\n"
    "propias 2.300.000 euros de sus clientes.\n\n"
    "PARTE DISPOSITIVA\n\n"
    "Se acuerda la búsqueda, detención e ingreso en prisión de Jordi PALAU i SERRAT.\n\n"
    "Andorra la Vella, a catorce de marzo de dos mil veinticuatro.\n"
    "La Batlle El Secretario judicial\n"
)


def test_andorran_order_of_search_and_committal_is_a_warrant() -> None:
    assert doc_type(ANDORRAN_ORDER, "es") == "arrest-warrant"


def test_andorran_order_dated_in_words_on_its_signature_line() -> None:
    d = read_decision([view(ANDORRAN_ORDER, "es", "ocr")], "arrest-warrant")
    assert d.date is not None and d.date.normalized == "2024-03-14"


# ---- a labelled warrant line whose date follows a long court name


def test_labelled_warrant_line_dated_after_a_long_court_name() -> None:
    text = (
        "Delitos: traición a la patria (art. 128 del Código Penal).\n"
        "Orden de aprehensión: Tribunal Segundo de Primera Instancia en Funciones de Control "
        "con Competencia en Casos Vinculados con Delitos Asociados al Terrorismo de la "
        "Circunscripción Judicial del Estado Zulia, 9 de marzo de 2024.\n"
    )
    d = read_decision([view(text, "es")], "red-notice")
    assert d.date is not None and d.date.normalized == "2024-03-09"
    assert d.authority is not None and d.authority.value.startswith("Tribunal Segundo")


def test_labelled_warrant_line_keeps_a_cued_date_on_the_next_line() -> None:
    text = (
        "Orden de detención: Mandado de Prisão n.º 0004471-12.2021.4.01.3400,\n"
        "expedido el 14/05/2021 por el Juzgado Federal de Brasilia.\n"
    )
    d = read_decision([view(text, "es")], "red-notice")
    assert d.date is not None and d.date.normalized == "2021-05-14"


# ---- a warrant that names itself in a sentence: "Warrant of arrest issued by the X Court on
# DATE against ...": the date after the court is the warrant's, and the court ends its name

SELF_CITING_WARRANT = (
    "IN THE CHIEF MAGISTRATE'S COURT AT KISUMU\n"
    "Criminal Case No. 881 of 2024\n\n"
    "WARRANT OF ARREST\n\n"
    "Warrant of arrest issued by the Chief Magistrate's Court at Kisumu on 14th June 2024\n"
    "against PETER OTIENO ADHIAMBO, born 2 February 1985, charged with robbery with\n"
    "violence contrary to section 296(2) of the Penal Code.\n"
)


def test_warrant_naming_itself_in_a_sentence_reads_its_date_and_court() -> None:
    d = read_decision([view(SELF_CITING_WARRANT, "en")], "arrest-warrant")
    assert d.date is not None and d.date.normalized == "2024-06-14"
    assert d.authority is not None
    assert d.authority.value == "Chief Magistrate's Court at Kisumu"


def test_judgment_citing_a_warrant_issued_by_a_court_keeps_its_own_date() -> None:
    """In a judgment, "the warrant issued by the X Court on DATE" is another decision's date."""
    text = (
        "JUDGMENT\n\n"
        "The accused was arrested under the warrant issued by the Chief Magistrate's Court\n"
        "at Kisumu on 14th June 2024 and tried before this Court.\n\n"
        "Dated and delivered at Kisumu this 3rd day of March 2025.\n"
    )
    d = read_decision([view(text, "en")], "judgment")
    assert d.date is not None and d.date.normalized == "2025-03-03"
