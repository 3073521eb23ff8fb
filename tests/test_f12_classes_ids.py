"""Document type and the subject: titles, name layouts and alias wordings of the f12
development batch as classes (fictional texts written for these tests, not copied from the
evaluation set)."""

from __future__ import annotations

import pytest

from tests.understand_helpers import aliases as _aliases
from tests.understand_helpers import doc_type
from tests.understand_helpers import names as _names
from tests.understand_helpers import nationalities as _nationalities
from tests.understand_helpers import subject as _subject

# ---- an I-24/7 message header that names the message a diffusion


@pytest.mark.parametrize(("text", "lang"), [
    ("MESSAGE I-24/7 - DIFFUSION (PERSONNE RECHERCHÉE)\nDe : BCN VILNIUS\nÀ : BCN ROME\n\n"
     "Exposé des faits : escroquerie.\n", "fr"),
    ("INTERPOL - MENSAJE I-24/7\nTIPO: DIFUSIÓN - PERSONA BUSCADA\nDE: OCN RIGA\n\n"
     "Hechos: fraude fiscal.\n", "es"),
    ("رسالة I-24/7 – تعميم (Diffusion) بشأن شخص مطلوب\nمن: المكتب المركزي الوطني في أوسلو\n\n"
     "الوقائع: احتيال.\n", "ar"),
])
def test_i247_message_header_naming_a_diffusion(text, lang):
    assert doc_type(text, lang) == "diffusion"


# ---- detention orders titled as a decision or an order to arrest


@pytest.mark.parametrize(("text", "lang"), [
    ("POLICÍA DE TAMPERE\n\nDECISIÓN DE DETENCIÓN\nNúmero: 77/2024\n\nSe investiga un robo.\n",
     "es"),
    ("PARQUET GÉNÉRAL\n\nORDRE D'ARRESTATION\nN° : 14/2021\n\nVu le dossier n° 9 ;\n", "fr"),
    ("المحكمة الابتدائية\nقرار بالحبس الاحتياطي وأمر بالقبض\nالرقم: 5/23\n\nقرر القاضي ما يلي:\n",
     "ar"),
])
def test_detention_order_titles(text, lang):
    assert doc_type(text, lang) == "arrest-warrant"


def test_untitled_court_order_whose_operative_part_orders_custody_and_search():
    text = ("TRIBUNAL DEL DISTRITO\nAUTO\n\nEl juez, en la causa contra el sospechoso Pablo "
            "RIVAS, RESUELVE:\n1. Se ordena la prisión provisional del sospechoso.\n"
            "2. Se ordena su busca y captura.\n")
    assert doc_type(text, "es") == "arrest-warrant"


def test_saudi_public_action_statement_is_an_indictment():
    text = ("النيابة العامة\nرقم القضية: ١٢٣\n\nلائحة دعوى عامة\n\n"
            "تقيم النيابة العامة الدعوى العامة ضد المدعى عليه: سالم فهد العتيبي\n")
    assert doc_type(text, "ar") == "indictment"


def test_note_transmitting_a_request_for_extradition():
    text = ("MINISTRY OF FOREIGN AFFAIRS\n\nNote No. 5/2024\n\nThe Ministry presents its "
            "compliments to the Embassy and has the honour to transmit the request of the "
            "Government of Belize, made under the bilateral treaty, for the extradition of\n\n"
            "    JOHN PETER ALLEN\n\nto stand trial for fraud. Count 1: Fraud.\n")
    assert doc_type(text, "en") == "extradition-request"


# ---- a relative's name field and a request's "المطلوب" are no names of the subject


def test_fathers_name_field_is_no_form_of_the_subjects_name():
    text = ("Name: Tenzin Norbu Wangchuk\nFather's name: Pema Dorji Wangchuk\n"
            "Date of birth: 2nd May 1985\n")
    assert _names(text, "en") == ["Tenzin Norbu Wangchuk"]


def test_arabic_action_requested_block_is_no_name():
    text = ("الاسم: سعيد عمر حامد\nالجنسية: سودانية\n\nالإجراء المطلوب:\n"
            "يرجى تحديد مكان المطلوب والقبض عليه.\n")
    assert _names(text, "ar") == ["سعيد عمر حامد"]


# ---- name labels: a note in brackets before the colon, another spelling or script


def test_name_label_with_a_note_and_its_other_spellings():
    text = ("Full name (passport order):  DORJ Tuvshin\n"
            "In Cyrillic script:          Доржийн Тувшин\n"
            "Other spelling:              Dorjiin Tuvshin\n"
            "Nationality:                 Mongolian\n")
    assert _names(text, "en") == ["DORJ Tuvshin", "Доржийн Тувшин", "Dorjiin Tuvshin"]


def test_numbered_person_heading_opens_the_name_on_the_next_line():
    text = ("1. PERSONA INVESTIGADA\n\nHelgi Jón Magnússon, nacido el 2 de mayo de 1988 en "
            "Selfoss, de nacionalidad islandesa.\n")
    assert _names(text, "es") == ["Helgi Jón Magnússon"]


def test_name_restated_in_brackets_after_a_note():
    text = ("en la causa contra el sospechoso Tomás Ignacio VIDMAR RUIZ (en los registros\n"
            "eslovenos: Tomaz Ignac Vidmar), nacido el 4 de abril de 1991.\n")
    assert _names(text, "es") == ["Tomás Ignacio VIDMAR RUIZ", "Tomaz Ignac Vidmar"]


def test_ocr_mixed_case_noise_restated_in_brackets_is_no_name():
    text = "Nom et prénom : Petar JOVIC (en cyrillique : Netap JoBaHoBuh)\n"
    assert _names(text, "fr") == ["Petar JOVIC"]


# ---- prose cues: the suspect, a charging formula, an order to arrest, a noble particle


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("La jueza dicta auto contra el sospechoso Raúl Andrés MESTRE PONS, nacido en Vigo.\n",
     "es", "Raúl Andrés MESTRE PONS"),
    ("Se formula acusación contra\nMikkel Sune HOLM BRANDT,\nnacido el 1 de mayo de 1980.\n",
     "es", "Mikkel Sune HOLM BRANDT"),
    ("Le Procureur ORDONNE :\n1. L'arrestation de M. Abdul Wali KAKAR fils de Rahim,\n",
     "fr", "Abdul Wali KAKAR"),
    ("Nombre completo: Anna-Stina Maria af ROSENBERG\n", "es", "Anna-Stina Maria af ROSENBERG"),
])
def test_prose_cues_and_particles(text, lang, want):
    assert _names(text, lang) == [want]


# ---- aliases


def test_alias_label_with_plural_in_brackets_and_at_signs():
    text = 'Alias(es):      @ "Bones"; @ "Tiny"; Marlon REID\n'
    assert _aliases(text, "en") == ["Bones", "Tiny", "Marlon REID"]


def test_alias_value_with_a_phrase_before_the_form():
    text = 'Apodos: "Nisse"; también usa el nombre Nils BERG\n'
    assert _aliases(text, "es") == ["Nisse", "Nils BERG"]


def test_alias_value_with_a_longer_note_in_brackets():
    text = 'Alias: "Pato"; Juan Pablo ROOS MÉNDEZ (nombre utilizado en Chile)\n'
    assert _aliases(text, "es") == ["Pato", "Juan Pablo ROOS MÉNDEZ"]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("el investigado, conocido en el barrio como «Chispa», huyó.\n", "es", ["Chispa"]),
    ("JENSEN, Ole Bjørn (aussi connu sous les noms de « Ole Bjørn »\net « Bo Jensen »), né le "
     "1er mars 1970\n", "fr", ["Ole Bjørn", "Bo Jensen"]),
])
def test_alias_cues_with_words_inside_and_two_quoted_forms(text, lang, want):
    assert _aliases(text, lang) == want


@pytest.mark.parametrize(("text", "want"), [
    # the quote written onto the proclitic "ب" (its own token now)
    ("الاسم الثلاثي: مازن علي حيدر\nالملقب بـ«أبو علي البقاعي»\n", ["أبو علي البقاعي"]),
    # a Latin alias after a tatweel, and the note in brackets after it is no alias
    ("الاسم الكامل: Jonas KAZLAUSKAS\nالمعروف بـ Jan KOZLOWSKI (التهجئة البولندية لاسمه)\n",
     ["Jan KOZLOWSKI"]),
])
def test_arabic_alias_cue_before_a_glued_quote_or_a_latin_form(text, want):
    assert _aliases(text, "ar") == want


# ---- birth date with the month glossed in brackets; nationality value endings


def test_levantine_month_glossed_in_brackets():
    subject = _subject("الاسم: كمال سمير داود\nتاريخ الميلاد: 3 آذار (مارس) 1984\n", "ar")
    assert [d.normalized for d in subject.birth_dates] == ["1984-03-03"]
    assert subject.birth_dates[0].evidence.quote == "3 آذار (مارس) 1984"


def test_nationality_value_ends_at_a_residence_permit_and_a_language_label():
    assert _nationalities("Nationalité : lituanienne ; titulaire d'une carte de séjour "
                          "belge\n", "fr") == ["LT"]
    assert _nationalities("Nacionalidad: noruega        Lengua materna: sueco\n", "es") == ["NO"]


# ---- "Identity:" before the name, as the French "Identité :"


def test_identity_label_before_a_name_gives_the_name() -> None:
    text = (
        "WANTED PERSON DIFFUSION\n"
        "Identity: OKELLO ABER, Samuel Odoch, male, born 2 February 1980, Gulu.\n"
        "Summary of facts: the above-named is sought.\n"
    )
    assert _names(text, "en") == ["OKELLO ABER, Samuel Odoch"]


def test_identity_card_label_is_still_no_name() -> None:
    text = "Identity card: 0045 7781 22\nName: Samuel Odoch OKELLO ABER\n"
    assert _names(text, "en") == ["Samuel Odoch OKELLO ABER"]


# ---- "Subject:" before the name in a diffusion; a memo's "Subject:" line names no one


def test_subject_label_before_a_name_gives_the_name() -> None:
    text = (
        "INTERPOL DIFFUSION\n"
        "Subject: ASLANOV, Murad Elchin. Male. Born 11.03.1982, Ganja.\n"
        "Charge: hooliganism (article 221.3 of the Criminal Code).\n"
    )
    assert _names(text, "en") == ["ASLANOV, Murad Elchin"]


@pytest.mark.parametrize("header", [
    "Subject: Request for the extradition of the person named below",
    "Subject: Red Notice Control Number A-1234/5-2023",
])
def test_a_memo_subject_line_reads_no_name(header: str) -> None:
    text = (
        f"From: NCB Madrid\n{header}\n"
        "The person sought, Pedro GARCIA LOPEZ, born 3 May 1970, is charged with murder.\n"
    )
    assert _names(text, "en") == ["Pedro GARCIA LOPEZ"]


def test_a_memo_subject_line_in_capitals_reads_the_name_not_the_report() -> None:
    text = (
        "SUBJECT: INVESTIGATION REPORT - MUSA KEBBEH BOJANG\n"
        "The suspect Musa Kebbeh BOJANG, born 4 April 1979, is wanted for robbery.\n"
    )
    assert "INVESTIGATION REPORT" not in _names(text, "en")
