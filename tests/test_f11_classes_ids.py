"""Subject names, aliases and nationalities: layouts and wordings of the f11 development
batch as classes (fictional texts written for these tests, not copied from the evaluation
set)."""

from __future__ import annotations

import pytest

from tests.understand_helpers import aliases as _aliases
from tests.understand_helpers import names as _names
from tests.understand_helpers import nationalities as _nationalities
from tests.understand_helpers import subject as _subject

# ---- a label alone in a table row's first cell: its value is the next cell


def test_table_row_label_opens_the_next_cell():
    text = ("SECTION 1 - WANTED PERSON\n"
            "| Surname     | TANAKA                |\n"
            "| Given names | Hiro-aki              |\n"
            "| Alias       | \"Taka\"                |\n"
            "| Nationality | Japanese (passport)   |\n")
    subject = _subject(text, "en")
    assert [n.normalized for n in subject.nationalities] == ["JP"]
    assert subject.nationalities[0].evidence.quote == "Japanese"
    assert [a.value for a in subject.aliases] == ["Taka"]
    assert _names(text, "en") == ["TANAKA, Hiro-aki"]


def test_header_row_of_labels_is_no_value():
    text = ("| Nationality | Surname |\n"
            "| Peruvian    | QUISPE  |\n")
    assert _nationalities(text, "en") == []


def test_arabic_table_row_with_two_nationalities_joined_by_wa():
    text = ("| الجنسية          | سورية وتركية            |\n"
            "| تاريخ الميلاد     | 02.05.1991              |\n")
    assert _nationalities(text, "ar") == ["SY", "TR"]


# ---- a surname and forenames in fields, the whole name written once in the facts


def test_whole_name_written_in_the_facts_after_the_fields():
    text = ("Surname:      OKAFOR\n"
            "Forenames:    Chidi-emeka\n\n"
            "On 3 May 2022 the company paid the sums. Daniel OKAFOR Chidi-emeka then\n"
            "left the country, according to his brother OKAFOR Ifeanyi.\n")
    names = _names(text, "en")
    assert "Daniel OKAFOR Chidi-emeka" in names
    assert not any("Ifeanyi" in n for n in names)  # a relative with the surname only


# ---- an alias label's value quoting several forms joined by a word


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Name:             PETROVA Irina\n"
     "Other names used: also known as \"Ira\" and as \"SOKOLOVA Irina\"\n", "en",
     ["Ira", "SOKOLOVA Irina"]),
    ("Apellidos:   RUIZ TORRES\nNombre:      Mateo\n"
     "Conocido como:   «Chato» o «el Gallego»\n", "es", ["Chato", "el Gallego"]),
])
def test_alias_value_quoting_several_forms(text, lang, want):
    assert _aliases(text, lang) == want


# ---- alias wordings: "Apodo:" with "llamado" in its value, "conocido también como",
#      Arabic "والمعروف بـ" with "و"


def test_spanish_apodo_label_and_llamado_marker():
    text = "Apellido:   LOPEZ\nNombre:     ANA SOFIA\nApodo:      llamada «la Flaca»\n"
    assert _aliases(text, "es") == ["la Flaca"]


def test_spanish_conocido_tambien_como():
    text = ("contra el acusado Pablo DÍAZ ROJAS, nacido el 2 de abril de 1981, conocido "
            "también como «Pablito».\n")
    assert _aliases(text, "es") == ["Pablito"]


# ---- an alias restated in the other script in brackets after its quotes


@pytest.mark.parametrize(("text", "want"), [
    ("المتهم سمير ناصر (Samir NASSER)، والمعروف بـ «Tiger» (تايغر).\n", ["Tiger", "تايغر"]),
    ("المتهم سمير ناصر، الملقب بـ\n«النمر» (Nimr)، وهو فار.\n", ["النمر", "Nimr"]),
    # a right-to-left text layer writes the closing quote and bracket mirrored
    ("المتهم سمير ناصر، والمعروف بـ «Tiger« )تايغر).\n", ["Tiger", "تايغر"]),
])
def test_alias_restated_in_the_other_script(text, want):
    assert _aliases(text, "ar") == want


def test_ocr_noise_in_an_arabic_alias_cell_is_no_alias():
    assert _aliases("| الأسماء الأخرى | «7ال3ة uطB» |\n", "ar") == []


# ---- words that open no Arabic name after a cue


@pytest.mark.parametrize("text", [
    "وحيث إن المتهم الموقوف سامي فؤاد داود قد حوكم وجاهياً.\n",  # a co-accused in custody
    "غادر المطلوب السويد عبر مطار ستوكهولم.\n",  # a country after the cue
    "٣- الإجراء المطلوب عند العثور على الشخص.\n",  # a preposition
])
def test_no_arabic_name_after_cue(text):
    assert _names(text, "ar") == []


# ---- titles and patronymic particles


def test_academic_title_is_no_part_of_the_name():
    assert _names("contra el acusado Mgr. Tomáš NOVÁK, nacido el 1 de mayo de 1980\n",
                  "es") == ["Tomáš NOVÁK"]


def test_turkic_patronymic_particle_inside_the_name():
    assert _names("la causa penal contra:\n\nElvin Rashad oglu HUSEYNOV, nacido el 2 de "
                  "mayo de 1985\n", "es") == ["Elvin Rashad oglu HUSEYNOV"]


def test_judgment_operative_part_names_the_convicted():
    assert _names("FALLO\n\nSe declara culpable a Elvin HUSEYNOV de los delitos\n",
                  "es") == ["Elvin HUSEYNOV"]


# ---- nationality wordings: "ciudadano húngaro", "مواطن X", a bare Arabic adjective


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("contra PÉREZ Luis (nacido el 3 de mayo de 1979; ciudadano peruano; sin "
     "antecedentes)\n", "es", ["PE"]),
    ("المتهم سمير ناصر، المولود في حمص، وهو مواطن الجمهورية العربية السورية، متزوج.\n",
     "ar", ["SY"]),
    ("المتهم سمير ناصر، والدته هدى، مواليد ١٩٨٠ حمص، سوري، سجل رقم ٥.\n", "ar", ["SY"]),
    # an adjective inside a phrase is no nationality
    ("دورية من الجيش السوري، ثم فرّ المتهم.\n", "ar", []),
])
def test_nationality_wordings(text, lang, want):
    assert _nationalities(text, lang) == want
