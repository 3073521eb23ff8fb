"""Document types, warrant dates, names and the issuing country: titles, wordings and layouts
of the f13 development batch as classes (fictional texts written for these tests, not copied
from the evaluation set)."""

from __future__ import annotations

import pytest

from pipeline.records import Page
from pipeline.understand.decision import read_decision
from pipeline.understand.notice import read_notice
from pipeline.understand.pageview import view_page
from tests.understand_helpers import aliases as _aliases
from tests.understand_helpers import doc_type
from tests.understand_helpers import names as _names


def _view(text: str, lang: str):
    return view_page("t", Page(number=1, text=text, method="text-layer", language=lang), lang)


def _warrant_date(text: str, lang: str, kind: str) -> str | None:
    found = read_decision([_view(text, lang)], kind).date
    return found.normalized if found else None


def _country(text: str, lang: str, kind: str) -> str | None:
    found = read_notice([_view(text, lang)], kind).issuing_country
    return found.normalized if found else None


# ---- an examining judge's order titled for arrest and detention, or ordering it


@pytest.mark.parametrize(("text", "lang"), [
    ("DISTRICT COURT OF NORTHVILLE\nEXAMINING JUDGE\nOrder No. 7/2024\n\n"
     "ORDER FOR ARREST AND DETENTION\n\nThe examining judge, having regard to the file;\n", "en"),
    ("TRIBUNAL DE PREMIÈRE INSTANCE\nOrdre n° 12/2024\n\n"
     "ORDONNANCE DE DÉTENTION ET D'ARRESTATION\n\nLe juge, vu la procédure ;\n", "fr"),
])
def test_order_for_arrest_and_detention_titles(text, lang):
    assert doc_type(text, lang) == "arrest-warrant"


@pytest.mark.parametrize(("text", "lang"), [
    ("The judge, having regard to the file and the risk of flight,\n"
     "ORDERS the arrest and detention of Paul GREY to answer the charge of theft.\n", "en"),
    ("Le juge, vu le dossier et le risque de fuite,\n"
     "ORDONNE l'arrestation de Paul GRIS pour répondre du chef de vol.\n", "fr"),
])
def test_untitled_order_whose_operative_part_orders_the_arrest(text, lang):
    assert doc_type(text, lang) == "arrest-warrant"


def test_police_report_mentioning_an_order_for_arrest_stays_a_police_report():
    text = ("POLICE REPORT\nReport No. 4/2024\n\nOn 3 May 2024 the officers learned that an "
            "order for the arrest of the suspect had been made by the court.\n")
    assert doc_type(text, "en") == "police-report"


# ---- a prosecutor's writ that names itself inside the sentence that performs it


def test_prosecutor_formulates_the_provisional_qualification_writ():
    text = ("MINISTERIO FISCAL\n\nCausa núm. 4/2024\n\nEl Ministerio Fiscal, en la causa "
            "referida, formula ESCRITO DE CALIFICACIÓN PROVISIONAL contra:\nPere ROCA, nacido en "
            "1975, en situación de busca y captura.\n")
    assert doc_type(text, "es") == "indictment"


def test_a_mention_of_the_qualification_writ_types_nothing():
    text = ("Nota de la secretaría\n\nSe une a la causa copia del escrito de calificación "
            "provisional presentado por la defensa.\n")
    assert doc_type(text, "es") == "other"


# ---- a Portuguese collegiate court's judgment (acórdão) in translation


@pytest.mark.parametrize("text", [
    "TRIBUNAL DE LA COMARCA DE OPORTO\nProceso n.º 12/22.1\n\nACÓRDÃO\n\n"
    "Acuerdan los jueces del tribunal colectivo:\n",
    "Los jueces, vistos los hechos probados, el tribunal colectivo decide condenar al "
    "imputado Luís SOUSA en la pena de cuatro años de prisión.\n",
])
def test_acordao_and_its_operative_decision_are_a_judgment(text):
    assert doc_type(text, "es") == "judgment"


def test_police_report_mentioning_an_acordao_stays_a_police_report():
    text = ("INFORME POLICIAL\nN.º 5/2024\n\nEl acórdão del tribunal fue notificado a la "
            "defensa el 3 de mayo de 2024.\n")
    assert doc_type(text, "es") == "police-report"


# ---- an NCB's letterhead with the message type at its right, a message naming itself


@pytest.mark.parametrize("text", [
    "INTERPOL SANTO DOMINGO              DIFUSIÓN\nRef.: 12/2024\n\nSe solicita la detención.\n",
    "INTERPOL SANTO DOMINGO DIFUSIÓN\nRef.: 12/2024\n\nSe solicita la detención.\n",  # OCR
    "OCN SANTO DOMINGO\nRef.: 12/2024\n\nSe solicita la localización de la persona. ESTADO: la "
    "presente difusión se encuentra vigente.\n",
])
def test_ncb_letterhead_and_self_reference_type_a_diffusion(text):
    assert doc_type(text, "es") == "diffusion"


def test_bureau_line_above_a_title_line_keeps_that_title():
    text = ("BUREAU CENTRAL NATIONAL INTERPOL DAKAR\nDiffusion - demande d'arrestation "
            "provisoire\n\nObjet : recherche de M. Ali SOW\nStatut de la diffusion : en "
            "vigueur\n")
    assert doc_type(text, "fr") == "diffusion"


def test_a_warrant_asking_the_ncb_for_its_diffusion_stays_a_warrant():
    text = ("JUZGADO PRIMERO DE PAZ\n\nORDEN DE CAPTURA\n\nLíbrese oficio a la Oficina Central "
            "Nacional de INTERPOL San José para su difusión internacional.\n")
    assert doc_type(text, "es") == "arrest-warrant"


# ---- warrant dates: a court decree's head with the hour, a warrant in its own paragraph


_DECREE = ("JUZGADO SEGUNDO DE PAZ DE SANTA ANA\nReferencia: 55-2023\n\nORDEN DE CAPTURA\n\n"
           "{head} a las nueve horas con treinta minutos del día veinte de julio de dos mil "
           "veintitrés.\n\nVista la solicitud fiscal contra Mario LÓPEZ, LÍBRESE ORDEN DE "
           "CAPTURA.\n")


def test_court_decree_head_with_the_hour_dates_the_warrant():
    text = _DECREE.format(head="JUZGADO SEGUNDO DE PAZ: Santa Ana,")
    assert _warrant_date(text, "es", "arrest-warrant") == "2023-07-20"


def test_an_offence_line_with_the_hour_dates_no_warrant():
    text = _DECREE.format(head="Lugar de los hechos: Santa Ana,")
    assert _warrant_date(text, "es", "arrest-warrant") is None


_REQUEST = (
    "MINISTRY OF JUSTICE\nSubject: Request for the extradition of John ROE\n"
    "1. The Government requests the extradition of John ROE.\n"
    "2. He was tried in Sessions Case No. 41 of 2019 before the Court of the Sessions\n"
    "Judge, Northtown.\n"
    "3. By judgment dated 02.03.2022 the accused was convicted of murder.\n"
    "{warrant}"
)


def test_warrant_in_its_own_numbered_paragraph_is_not_the_case_before_it():
    text = _REQUEST.format(warrant="4. A warrant of arrest, W/A No. 9/2022, was issued on\n"
                                   "11.03.2022\nby the Court of the Sessions Judge, Northtown.\n")
    assert _warrant_date(text, "en", "extradition-request") == "2022-03-11"


def test_without_a_warrant_the_judgment_date_is_read():
    text = _REQUEST.format(warrant="4. The sentence has not been served.\n")
    assert _warrant_date(text, "en", "extradition-request") == "2022-03-02"


# ---- the issuing country: the sender's NCB, a city of three words


def test_sender_ncb_beats_an_addressee_list_wrapped_onto_its_own_lines():
    text = ("TO: NCB BANGKOK; NCB\nKUALA LUMPUR; NCB SINGAPORE;\nNCB MANILA\n"
            "FROM: NCB NAY PYI TAW\nSUBJECT: WANTED PERSON DIFFUSION\n\n1. Please locate the "
            "person described below.\n")
    assert _country(text, "en", "diffusion") == "MM"


def test_ncb_in_prose_still_names_the_country_without_a_sender_line():
    text = ("WANTED PERSON DIFFUSION\n\n1. NCB Ankara requests the assistance of the addressed "
            "NCBs in locating the person described below.\n")
    assert _country(text, "en", "diffusion") == "TR"


# ---- names: a restatement after "soit", an alias before a birth cue, a suspect's label,
# ---- the Spanish "(a)"


def test_soit_restating_the_name_is_no_part_of_it():
    text = ("Nom : KABILA\nPost-nom : WA MUSENGA\nPrénom : Albert\n"
            "Soit KABILA WA MUSENGA Albert, alias « Le Banquier »\nNé à Kindu, le 03/04/1970\n")
    names = _names(text, "fr")
    assert "KABILA WA MUSENGA Albert" in names
    assert not any(n.startswith("Soit") for n in names)


def test_alias_before_a_birth_cue_is_no_name():
    text = ("Le Gouvernement sollicite l'extradition de :\nMUGABO Félicien, alias « Kagabo », "
            "connu aussi sous le nom de Félix MUGA, né le 02/02/1960 à Butare.\n")
    assert _names(text, "fr") == ["MUGABO Félicien"]
    assert _aliases(text, "fr") == ["Kagabo", "Félix MUGA"]


def test_name_before_a_birth_cue_is_still_read():
    text = "Le Gouvernement sollicite l'extradition de :\nMUGABO Félicien, né le 02/02/1960.\n"
    assert _names(text, "fr") == ["MUGABO Félicien"]


def test_arabic_suspect_label_opens_the_name():
    text = "لائحة الاتهام\n\nالمشتبه به: سامي يلدز (Sami YILDIZ)، مواليد 1980\n"
    assert "سامي يلدز" in _names(text, "ar")


def test_arabic_suspect_in_the_facts_does_not_run_into_the_verb():
    text = "الوقائع:\nتبين من التحقيق أن المشتبه به سامي يلدز أسس منظمة إجرامية.\n"
    assert not any("أسس" in n for n in _names(text, "ar"))


def test_spanish_a_in_brackets_marks_the_alias_after_a_two_surname_name():
    text = ("1. Se solicita la detención provisional de:\nGÓMEZ PÉREZ, Juan (a) El Chino\n"
            "con domicilio desconocido, ciudadano dominicano.\n")
    assert _names(text, "es") == ["GÓMEZ PÉREZ, Juan"]
    assert _aliases(text, "es") == ["El Chino"]


def test_a_lettered_paragraph_in_brackets_is_no_alias():
    text = ("Conforme al inciso (a) del artículo 5 del Código Penal, el imputado Pedro "
            "GÓMEZ PÉREZ, nacido el 3 de mayo de 1980.\n")
    assert _aliases(text, "es") == []
