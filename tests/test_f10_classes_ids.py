"""Layouts and wordings of the f10 development batch behind subject names, aliases, issuing
country, document type, nationalities and warrant date, as classes (fictional texts written
for these tests, not copied from the evaluation set)."""

from __future__ import annotations

import pytest

from pipeline.understand.dates import dates_on
from pipeline.understand.decision import read_decision
from pipeline.understand.notice import read_notice
from pipeline.understand.subject import read_subject
from tests.understand_helpers import doc_type as _doc_type
from tests.understand_helpers import view as _view

# ---- a translator's title line names the original's language, not the issuing country


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("[Traducción del francés]\nREPÚBLICA DE HONDURAS\nJUZGADO DE LETRAS PENAL\n"
     "Expediente n.º 88/2023\nACUSACIÓN\n", "es", "HN"),
    ("[ترجمة معتمدة من اللغة التركية - مكتب ترجمة، الدوحة]\nجمهورية أذربيجان\n"
     "النيابة العامة\nلائحة اتهام\n", "ar", "AZ"),
])
def test_translation_title_line_is_not_the_issuer(text: str, lang: str, want: str) -> None:
    country = read_notice([_view(text, lang)], "indictment").issuing_country
    assert country is not None and country.normalized == want


# ---- "[Translation - attached to a request for extradition]": the type it is annexed to


def test_type_named_after_an_annex_word_on_a_translation_title_is_not_the_title() -> None:
    text = ("[Translation from Portuguese - attached to the request for extradition]\n"
            "REPUBLIC OF MOZAMBIQUE\nJUDICIAL COURT OF MAPUTO CITY\nJUDGMENT\n"
            "The court, sitting in public, convicts the accused and sentences him to eight "
            "years' imprisonment.\n")
    assert _doc_type(text, "en") == "judgment"


@pytest.mark.parametrize(("text", "lang"), [
    ("OIPC-INTERPOL - BCN DAKAR\nMESSAGE DE DIFFUSION\nType : personne recherchée\n"
     "De : BCN Dakar\nÀ : tous les BCN\n", "fr"),
    ("INTERPOL - OCN QUITO\nMENSAJE DE DIFUSIÓN\nTipo: persona buscada\nDe: OCN Quito\n", "es"),
])
def test_diffusion_message_title(text: str, lang: str) -> None:
    assert _doc_type(text, lang) == "diffusion"


# ---- a co-accused's label or cue names another person, not the subject


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Name: OKAFOR, Emeka Daniel\nDate of birth: 02/02/1990\n"
     "Co-accused: SAMUEL IKE NWOSU, tried separately\n", "en", "OKAFOR, Emeka Daniel"),
    ("R v. PETER JAMES COLE\n\n1. Peter James Cole, you were convicted of robbery. Your "
     "co-accused, Mark Anthony Lane, pleaded guilty and was sentenced earlier.\n", "en",
     "PETER JAMES COLE"),
])
def test_co_accused_is_not_the_subject(text: str, lang: str, want: str) -> None:
    names = [n.value for n in read_subject([_view(text, lang)]).names]
    assert names[0] == want
    assert not any("NWOSU" in n or "Lane" in n for n in names)


# ---- after a weak cue ending its line, a name in capitals opens the next line


def test_name_in_capitals_after_a_weak_cue_at_a_line_end() -> None:
    text = ("4. Warrant\nA warrant of arrest No. 55/2024 was issued against\n"
            "JOHN PETER OKELLO on 3 May 2024 by the Chief Magistrate, Gulu.\n")
    subject = read_subject([_view(text, "en")])
    assert [n.value for n in subject.names] == ["JOHN PETER OKELLO"]
    assert subject.names[0].evidence.quote == "JOHN PETER OKELLO"


# ---- a patronymic field is part of the full name, after the forenames


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Nom : PETROSYAN\nPrénom : Arman\nPatronyme : Karenovitch\nNé le : 03.03.1980\n", "fr",
     "PETROSYAN, Arman Karenovitch"),
    ("Datos de la persona buscada:\n| Apellido | Nombre | Patronímico |\n"
     "| BONDARENKO | Yurii | Petrovych |\nCiudadanía: Ucrania\n", "es",
     "BONDARENKO, Yurii Petrovych"),
])
def test_patronymic_field_joins_the_name(text: str, lang: str, want: str) -> None:
    assert [n.value for n in read_subject([_view(text, lang)]).names] == [want]


# ---- nationality: "citoyenneté", and the country after the label beats a place before it


def test_citoyennete_label_and_second_citizenship() -> None:
    text = ("Citoyenneté : République de Moldavie ; possède aussi la\n"
            "citoyenneté de la Roumanie\n")
    nat = read_subject([_view(text, "fr")]).nationalities
    assert [n.normalized for n in nat] == ["MD", "RO"]


def test_country_after_the_nationality_label_beats_a_place_before_it() -> None:
    text = ("JOSÉ MANUEL BAPTISTA, nacido el 2 de mayo de 1970 en la provincia de Zaire, "
            "de nacionalidad angoleña, casado.\n")
    nat = read_subject([_view(text, "es")]).nationalities
    assert [n.normalized for n in nat] == ["AO"]


# ---- aliases: a Latin transliteration in brackets is a second form; a note is no part


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("الاسم الكامل: سمير ناصر حداد\nالشهير بـ: «أبو علي» (Abu Ali)\n", "ar",
     ["أبو علي", "Abu Ali"]),
    ("ضد: كريم سعيد أحمد (Karim Said AHMED)، المعروف أيضاً باسم كريم السعيدي (Karim\n"
     "ALSAIDI)، المولود في 1980\n", "ar", ["كريم السعيدي", "Karim ALSAIDI"]),
    ("Name: BOL MAKER DENG\nKnown as: Bongo Man (alias)\n", "en", ["Bongo Man"]),
])
def test_alias_forms(text: str, lang: str, want: list[str]) -> None:
    assert [a.value for a in read_subject([_view(text, lang)]).aliases] == want


# ---- warrant date


def test_date_in_another_calendar_restated_after_corresponding() -> None:
    text = "التاريخ: 03/07/2016 (بالتقويم الإثيوبي) الموافق 10 آذار/مارس 2024\n"
    assert [d.iso for d in dates_on(_view(text, "ar"))] == ["2024-03-10"]


def test_letter_date_after_a_place_and_an_arabic_comma() -> None:
    text = ("محكمة البداية الجزائية في حلب\nحكم\nحلب، 5 شباط/فبراير 2024\n"
            "نظرت المحكمة في القضية المرفوعة ضد المتهم.\n")
    date = read_decision([_view(text, "ar")], "judgment").date
    assert date is not None and date.normalized == "2024-02-05"
    assert date.evidence.quote == "5 شباط/فبراير 2024"


def test_date_before_a_bracketed_case_number_is_the_decision_date() -> None:
    text = ("Por auto del Juzgado de Instrucción n.º 3 de Lviv de 04.03.2024 (causa n.º "
            "55/2024) se acordó la prisión provisional del investigado. El investigado salió "
            "del país el 12.12.2023 por el paso de Shehyni.\n")
    decision = read_decision([_view(text, "es")], "police-report")
    assert decision.date is not None and decision.date.normalized == "2024-03-04"


def test_ordre_d_arrestation_is_a_warrant_cue() -> None:
    text = ("IV. DÉCISION\nOrdre d'arrestation aux fins de détention n° 7/QD-CS du\n"
            "2/4/2024 de la Police de Hanoï.\n")
    decision = read_decision([_view(text, "fr")], "extradition-request")
    assert decision.date is not None and decision.date.normalized == "2024-04-02"
