"""Subject names and maximum penalties of the hf5/f21 batches as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.penalties import read_penalty
from tests.understand_helpers import names as _names
from tests.understand_helpers import subject


def _ocr_names(text: str, lang: str) -> list[str]:
    return [n.value for n in subject(text, lang, "ocr").names]


def _max(text: str, lang: str) -> object:
    p = read_penalty(text, lang)
    return p.kind if p.kind in ("life", "death") else p.max_months


# ---- labels: "Apellido(s) actual(es):", "Family name / forename:", "الاسم الكامل كما في ...:"


def test_spanish_notice_present_family_name_label_with_plural_marks():
    text = ("NOTIFICACIÓN ROJA\n1. IDENTIDAD\nApellido(s) actual(es): QUIRALTE MONZÓN\n"
            "Nombre(s): Dalmiro Esteban\nSexo: masculino\n")
    got = _names(text, "es")
    assert got and set(got[0].replace(",", "").split()) == {
        "QUIRALTE", "MONZÓN", "Dalmiro", "Esteban"}


def test_family_name_slash_forename_label_opens_one_name():
    text = ("SUBJECT: CANCELLATION OF RED NOTICE\nconcerning:\n"
            "   Family name / forename:  TAMOSIUS, Rokas\n   Nationality: Lithuanian\n")
    assert _names(text, "en") == ["TAMOSIUS, Rokas"]


def test_family_name_label_alone_still_reads_the_family_name_field():
    text = "Family name: TAMOSIUS\nForename: Rokas\nNationality: Lithuanian\n"
    got = _names(text, "en")
    assert got and "TAMOSIUS" in got[0]


def test_arabic_full_name_label_with_a_note_on_its_source():
    text = ("نشرة حمراء\nالاسم الكامل كما في السجل المدني: حامد يوسف عمر (HAMED YOUSSOUF OMAR)\n"
            "تاريخ الميلاد: 1979/03/02\n")
    assert _names(text, "ar")[:2] == ["حامد يوسف عمر", "HAMED YOUSSOUF OMAR"]


# ---- a caption's accused: numbered, a surname in capitals beside forenames in mixed case


def test_caption_name_numbered_and_in_mixed_case():
    text = ("THE PEOPLE OF NORLAND\nversus\n1. MBAKWE Godlove Anye (at large)\n"
            "2. TABI Grace\n\nCOUNT ONE\nStatement of offence: Theft.\n")
    assert _names(text, "en")[0] == "MBAKWE Godlove Anye"


def test_caption_forenames_then_surname_in_capitals():
    text = ("THE STATE OF NORLAND\n                  v.\n"
            "      Yoav HAREL-DORON, I.D. No. 01234567, born 03.02.1980\n\nINDICTMENT\n")
    assert _names(text, "en") == ["Yoav HAREL-DORON"]


def test_caption_line_in_lower_case_gives_no_name():
    text = "THE STATE OF NORLAND\nv.\nthe company and its directors\n\nINDICTMENT\n"
    assert _names(text, "en") == []


# ---- "the Polish citizen X": a country's adjective between an article and an honorific


def test_demonym_before_citizen_is_passed_over():
    text = ("I request the extradition of the Polish citizen Radosław Piotr WIERZBICKI for the "
            "purpose of criminal proceedings.\n")
    assert _names(text, "en") == ["Radosław Piotr WIERZBICKI"]


def test_demonym_without_honorific_is_no_name():
    text = "I request the extradition concerning the Polish authorities and their agents.\n"
    assert _names(text, "en") == []


# ---- a co-accused listed after the person sought, "présent" or "detenido", is no subject


_LIST_FR = (
    "JUGEMENT\nENTRE le ministère public ET\n"
    "1) VORN Sereyroth, né le 4 mai 1979 à Kampot, sans domicile connu, absent ;\n"
    "2) CHEA Malis, né en 1986, comptable, {state}, assisté de Me TEP Bora.\n"
)


def test_listed_co_accused_present_in_court_is_dropped():
    got = _names(_LIST_FR.format(state="présent"), "fr")
    assert not any("CHEA" in n for n in got) and any("VORN" in n for n in got)


def test_listed_co_accused_without_presence_word_stays():
    got = _names(_LIST_FR.format(state="gérant"), "fr")
    assert any("CHEA" in n for n in got) and any("VORN" in n for n in got)


def test_spanish_co_accused_detained_is_dropped():
    text = ("ACUSACIÓN en contra del imputado ELMER JOSUÉ PORTILLO VÁSQUEZ, alias «Tigre», "
            "nacido el 2 de mayo de 1990, actualmente prófugo, y del imputado Brayan Omar "
            "Mejía Cruz, alias «Flaco», detenido.\n")
    got = _names(text, "es")
    assert got == ["ELMER JOSUÉ PORTILLO VÁSQUEZ"]


# ---- "Ato X": an Amharic title before a name in an English translation


def test_amharic_title_before_a_name_is_no_part_of_it():
    text = "The suspect, Ato Dawit Alemu Gebre, born on 4 April 1985, fled to Nairobi.\n"
    assert _names(text, "en") == ["Dawit Alemu Gebre"]


# ---- OCR reads the J ending a surname in capitals as a bracket


def test_ocr_bracket_for_final_j_of_a_surname_is_read_as_j():
    text = "DEMANDE D'EXTRADITION\nNom, prénom : KRASNIQA] Besart\nNé le 2 mars 1991\n"
    assert _ocr_names(text, "fr") == ["KRASNIQAJ Besart"]


def test_text_layer_bracket_is_kept_as_written():
    text = "DEMANDE D'EXTRADITION\nNom, prénom : KRASNIQAJ Besart\nNé le 2 mars 1991\n"
    assert _names(text, "fr") == ["KRASNIQAJ Besart"]


# ---- a ban for life is an accessory penalty, no life term


def test_arabic_ban_for_life_from_public_office_is_no_life_term():
    text = ("وحكمت على المتهم بالسجن خمس سنوات وغرامة قدرها 2.000 يورو، "
            "مع المنع المؤبد من تولي الوظائف العامة.\n")
    assert _max(text, "ar") != "life"


def test_arabic_life_imprisonment_still_reads_life():
    text = "يعاقب على القتل العمد بالسجن المؤبد.\n"
    assert _max(text, "ar") == "life"


def test_french_ban_for_life_is_no_life_term():
    text = ("Le délit est puni de cinq ans d'emprisonnement et d'une interdiction à vie "
            "de gérer une entreprise.\n")
    assert _max(text, "fr") == 60


def test_french_life_imprisonment_still_reads_life():
    assert _max("Le meurtre aggravé est puni de la réclusion à perpétuité.\n", "fr") == "life"
