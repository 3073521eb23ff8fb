"""Subject names, aliases and nationalities: the wordings of the f14 development batch as
classes (the subject named in running text among co-accused, parents, victims and officers;
particles, patronymics, Arabic names with "بن" / "ابن" and transliterations). Fictional texts
written for these tests, not copied from the evaluation set."""

from __future__ import annotations

import pytest

from tests.understand_helpers import aliases, names, nationalities

# ---- Arabic names: "ابن" inside a name, particles not counted, the parents' clause


def test_son_of_inside_an_arabic_name():
    text = ("أسندت النيابة العامة إلى المتهم سامر ابن يوسف عبد الكريم أبو ليلى، من سكان "
            "الخليل، مواليد 3/4/1980، أنه خلال عام 2020 أوهم المشتكين.\n")
    assert names(text, "ar") == ["سامر ابن يوسف عبد الكريم أبو ليلى"]


def test_son_of_before_the_parents_still_ends_the_name():
    text = ("المتهم كريم سليمان ابن محمود وفاطمة، المولود بتاريخ 03/05/1985 في وهران، "
            "جزائري الجنسية.\n")
    assert names(text, "ar") == ["كريم سليمان"]


def test_a_long_chain_of_bin_is_one_name():
    text = ("يطلب المكتب البحث عن المدعو ناصر بن حمد بن سالم بن راشد الكعبي، المولود "
            "بتاريخ 01/01/1990، إماراتي الجنسية.\n")
    assert names(text, "ar") == ["ناصر بن حمد بن سالم بن راشد الكعبي"]


def test_ould_patronymics_are_one_name():
    text = ("يشرفني إبلاغكم بأن المدعو أحمد محمود ولد سيدي ولد الشيخ، من مواليد 1991، "
            "قد فر من السجن.\n")
    assert names(text, "ar") == ["أحمد محمود ولد سيدي ولد الشيخ"]


# ---- Arabic: the second accused, a numbered list after a colon, the alias after "بـ"


def test_second_accused_is_no_subject():
    text = ("أسندت النيابة العامة إلى المتهم ماهر خليل عودة، مواليد 1979، تهمة الاحتيال. "
            "كما أسندت إلى المتهمة الثانية سلمى جميل حداد تهمة التدخل فيه.\n")
    assert names(text, "ar") == ["ماهر خليل عودة"]


def test_numbered_accused_after_the_charging_formula():
    text = ("تتهم النيابة العامة:\n1- عمر بن سالم الحبيشي، يمني الجنسية، من مواليد 1990م.\n"
            "2- خالد سعيد العامري، يمني الجنسية.\nلأنهما في يوم 3/9/2023م ...\n")
    assert names(text, "ar")[0] == "عمر بن سالم الحبيشي"


@pytest.mark.parametrize("cue", ["الملقب", "المعروف"])
def test_alias_quoted_right_after_the_b(cue):
    text = f'المتهم عمر بن سالم الحبيشي، {cue} بـ"أبو نجم"، يمني الجنسية.\n'
    assert aliases(text, "ar") == ["أبو نجم"]


def test_suspect_before_a_name_in_latin_letters():
    text = ("تقرر المحكمة القبض على المشتبه به Kemal Arda YILMAZ لقيامه بالاحتيال "
            "وإحضاره أمام المحكمة.\n")
    assert names(text, "ar") == ["Kemal Arda YILMAZ"]


def test_suspect_before_a_verb_reads_no_name():
    text = "وقد غادر المشتبه به البلاد عبر مطار إسطنبول قبل صدور القرار.\n"
    assert names(text, "ar") == []


# ---- the name restated in the other script in brackets


def test_latin_name_restated_in_arabic():
    text = ("Les autorités recherchent le nommé\nKarim Walid BEN SAID (كريم وليد بن سعيد), "
            "né le 02/03/1990 à Liège.\n")
    assert names(text, "fr") == ["Karim Walid BEN SAID", "كريم وليد بن سعيد"]


def test_arabic_name_restated_in_latin_with_a_turned_bracket():
    text = ("بأن المدعو سيدي أحمد ولد محمود\n)Sidi Ahmed Ould Mahmoud)، المعروف بـ\"بابا\"، "
            "من مواليد 1988.\n")
    assert names(text, "ar") == ["سيدي أحمد ولد محمود", "Sidi Ahmed Ould Mahmoud"]


def test_a_note_in_the_same_script_is_no_restated_name():
    text = ("Les autorités recherchent le nommé Karim Walid BEN SAID (Grand Bruxelles), "
            "né le 02/03/1990 à Liège.\n")
    assert names(text, "fr") == ["Karim Walid BEN SAID"]


def test_latin_name_label_beside_arabic_fields():
    text = ("اسم العائلة: الشامسي\nالاسم الأول: سعيد\n"
            "الاسم بالحروف اللاتينية: Saeed Ali AL SHAMSI\nالجنسية: إماراتي\n"
            "ملخص الوقائع: أسس المطلوب سعيد بن علي الشامسي شركة وهمية، وقد أوقف المتهم "
            "فارس ناجي الحلبي بتاريخ 03/11/2022.\n")
    found = names(text, "ar")
    assert "Saeed Ali AL SHAMSI" in found
    assert "سعيد بن علي الشامسي" in found
    assert "فارس ناجي الحلبي" not in found


# ---- parents, Bantu "wa", lower-case particles, the sex between name and birth


def test_mother_named_before_the_birth_cue_is_no_subject():
    text = ("Mandons d'arrêter le nommé :\nDURAND Lucien, fils de Marc et de Hélène\n"
            "MOREAU, né le 11/02/1992 à Tours, de nationalité française.\n")
    assert names(text, "fr") == ["DURAND Lucien"]


def test_name_before_the_birth_cue_still_read():
    text = "Il est reproché à Lucien Marc DURAND, né le 11/02/1992 à Tours, d'avoir volé.\n"
    assert names(text, "fr") == ["Lucien Marc DURAND"]


def test_bantu_wa_inside_a_name():
    text = ("CONTRE : le prévenu KALONJI wa MUTOMBO Albert,\ndit « Papa Bert », né à "
            "Kananga le 2 mai 1970.\n")
    assert names(text, "fr") == ["KALONJI wa MUTOMBO Albert"]


def test_lower_case_particle_surname_before_birth():
    text = ("In the criminal proceedings against\n\nde Vries, Pieter Jan,\nborn on 4 May 1970 "
            "in Delft, Dutch national,\n\nfor fraud,\n")
    assert names(text, "en") == ["de Vries, Pieter Jan"]


def test_sex_between_name_and_birth():
    text = ("The Police requests the location and provisional arrest of Mark Paul GRECH ZAMMIT,\n"
            "male, born on 03/05/1979 at Rabat, Malta.\n")
    assert names(text, "en") == ["Mark Paul GRECH ZAMMIT"]


def test_particle_that_is_a_number_word():
    text = 'ORDENA la captura de RONALDO DOS REIS PEREIRA, alias "Pezão", nacido el 1/2/1985.\n'
    assert names(text, "es") == ["RONALDO DOS REIS PEREIRA"]


# ---- captions: "VERSUS", "c.", role tags after dot leaders, the second accused


def test_versus_caption_and_role_tags():
    text = ("REPUBLIC ............ PROSECUTOR\n\nVERSUS\n\n"
            "ALI HAMISI MWINYI alias KIBOKO ............ 1ST ACCUSED\n"
            "JUMA OTIENO BARASA ............ 2ND ACCUSED\n\nJUDGMENT\n\n"
            "1. The 1st accused faces two counts. The 2nd accused, Juma Otieno Barasa, was "
            "acquitted.\n")
    assert names(text, "en") == ["ALI HAMISI MWINYI"]


def test_french_c_caption():
    text = ("SA MAJESTÉ LE ROI\nc.\nTREMBLAY-ROY, Marc-André\n(né le 4 mai 1980)\n"
            "ACTE D'ACCUSATION\n")
    assert names(text, "fr") == ["TREMBLAY-ROY, Marc-André"]


# ---- several persons in running text: the one the text describes


def test_described_accused_over_the_second_one():
    text = ('seguido contra el acusado ROBERTO LUIS SOSA MENA, alias "Tito", hijo de Juan y '
            "de Ana, de 34 años de edad, ciudadano cubano; y contra el acusado ERNESTO "
            "PAZ VIDAL.\n")
    assert names(text, "es") == ["ROBERTO LUIS SOSA MENA"]


def test_alias_and_birth_anchor_the_person_sought():
    text = ("un camión conducido por el ciudadano PEDRO JOSÉ RÍOS LARA (actualmente privado de "
            "libertad), quien señaló como organizador al ciudadano\n\n"
            'MARIO ANDRÉS SALAS PINTO (a) "El Zurdo", venezolano, nacido en Coro el 2-1-1984.\n')
    assert names(text, "es") == ["MARIO ANDRÉS SALAS PINTO"]


def test_one_person_named_without_details_is_kept():
    text = "Se ordena la detención de la ciudadana MARÍA JOSÉ PÉREZ LUNA por el delito de estafa.\n"
    assert names(text, "es") == ["MARÍA JOSÉ PÉREZ LUNA"]


# ---- aliases


def test_uses_the_name_is_an_alias_not_a_name():
    text = ("The United Kingdom requests the extradition of\nPavel Olegovich SMIRNOV, a citizen "
            "of the Russian Federation, who also uses the name Paul SMIRNOFF, for trial.\n")
    assert names(text, "en") == ["Pavel Olegovich SMIRNOV"]
    assert aliases(text, "en") == ["Paul SMIRNOFF"]


def test_closing_bracket_ends_the_alias():
    text = "Subject: TRAN Van Duc (also known as Danny TRAN)\nDOB 04/11/1987, born Hanoi.\n"
    assert aliases(text, "en") == ["Danny TRAN"]


def test_alias_cue_across_a_line_opening_with_a_short_word():
    text = ("Les autorités recherchent le nommé Karim BEN SAID, né le 02/03/1990, connu "
            "également sous\nle nom de « Kiki Molenbeek ».\n")
    assert aliases(text, "fr") == ["Kiki Molenbeek"]


def test_living_under_a_quoted_name():
    text = ("L'intéressé séjournerait à Lomé (Togo) sous le nom de\n« Jules MABIALA ».\n")
    assert aliases(text, "fr") == ["Jules MABIALA"]


def test_registered_under_a_name_without_quotes_is_no_alias():
    text = "La société a été enregistrée sous le nom de sa mère en 2019.\n"
    assert aliases(text, "fr") == []


# ---- nationalities


@pytest.mark.parametrize(("text", "code"), [
    ('Mario SALAS PINTO (a) "El Zurdo", venezolano, nacido el 22-10-1984.\n', "VE"),
    ('el evadido Luis Alberto MEJÍA-ROSALES, alias "Tigre", hondureño, nacido el 1/2/1990.\n',
     "HN"),
])
def test_demonym_alone_in_the_identity_clause(text, code):
    assert nationalities(text, "es") == [code]


def test_demonym_of_another_sentence_is_not_read():
    text = "Se busca a Mario SALAS PINTO. La víctima, venezolana, declaró el 3 de mayo.\n"
    assert nationalities(text, "es") == []


@pytest.mark.parametrize(("text", "lang", "codes"), [
    ("Nacionalidad(es): chilena y peruana\n", "es", ["CL", "PE"]),
    ("Nationalité(s) : sénégalaise, française\n", "fr", ["SN", "FR"]),
])
def test_nationality_label_with_plural_in_brackets(text, lang, codes):
    assert nationalities(text, lang) == codes


@pytest.mark.parametrize(("text", "code"), [
    ("né à Kananga le 2 mai 1970, de nationalité congolaise (RDC), commerçant.\n", "CD"),
    ("né à Dolisie le 2 mai 1970, de nationalité congolaise\n(Brazzaville), commerçant.\n", "CG"),
])
def test_congolese_settled_by_the_bracket(text, code):
    assert nationalities(text, "fr") == [code]


def test_national_before_a_demonym():
    text = "solicita la extradición del nacional peruano JUAN CARLOS RAMOS DÍAZ, detenido.\n"
    assert nationalities(text, "es") == ["PE"]


def test_national_police_is_no_nationality():
    text = "La Policía Nacional de Colombia detuvo a JUAN CARLOS RAMOS DÍAZ en Cali.\n"
    assert nationalities(text, "es") == []


# ---- a particle in capitals inside a surname, the parents between name and birth


def test_capital_particle_inside_a_surname():
    text = ('se desprende que la señora\nMarisol Ines QUINTERO DE LA PAZ, conocida como "la '
            'Jefa", nacida el 17 de julio de 1983.\n')
    assert names(text, "es") == ["Marisol Ines QUINTERO DE LA PAZ"]


def test_heading_in_capitals_before_a_name_is_not_read_into_it():
    text = "ORDEN DE CAPTURA DE JUAN PÉREZ, nacido el 3 de mayo de 1980.\n"
    assert names(text, "es") == ["JUAN PÉREZ"]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("renvoie devant le Tribunal criminel\n\nOtto Markus WEBER-FAVRE, fils de Hans et de "
     "Liselotte, né le\n28 juin 1971 à Vevey.\n", "fr", "Otto Markus WEBER-FAVRE"),
    ("contra Pedro GÓMEZ SOSA, hijo de Juan y de María, nacido el 3 de mayo de 1980.\n", "es",
     "Pedro GÓMEZ SOSA"),
])
def test_parents_between_the_name_and_the_birth(text, lang, name):
    assert names(text, lang) == [name]


def test_hereby_accuses_and_the_dela_particle():
    text = ("The undersigned Prosecutor hereby accuses ROSARIO LUZ DELA CRUZ y SANTOS, Filipino,\n"
            "of legal age, of the crime of estafa.\n")
    assert names(text, "en") == ["ROSARIO LUZ DELA CRUZ y SANTOS"]


def test_citizen_cue_hides_the_nationality_label():
    text = ("solicita la extradición de la ciudadana hondureña Ana Lucía MEJÍA PAZ, nacida el "
            "1/2/1980.\n")
    assert nationalities(text, "es") == ["HN"]


def test_citizen_cue_without_a_demonym_reads_no_nationality():
    assert nationalities("el ciudadano JUAN PÉREZ fue detenido en Quito.\n", "es") == []


def test_the_line_above_ending_a_phrase_is_no_part_of_the_name():
    text = ("renvoie devant le Tribunal criminel de l'arrondissement de Lausanne\nOtto Markus "
            "WEBER-FAVRE, fils de Hans et de Liselotte, né le 28 juin 1971 à Vevey.\n")
    assert names(text, "fr") == ["Otto Markus WEBER-FAVRE"]


def test_a_name_broken_over_two_lines_after_its_cue():
    text = "contra el imputado Ramón Antonio\nPEÑA DE LOS SANTOS, nacido el 5 de enero de 1980.\n"
    assert names(text, "es") == ["Ramón Antonio PEÑA DE LOS SANTOS"]


def test_numbered_heading_after_the_cue_is_no_name():
    text = ("formulo ACUSACIÓN contra:\n\n1. IDENTIFICACIÓN DEL ACUSADO\n\nJosé Pablo ROJAS MORA, "
            "mayor, pescador, costarricense, nacido en Limón el 3 de mayo de 1980.\n")
    assert names(text, "es") == ["José Pablo ROJAS MORA"]


def test_two_demonyms_joined_in_the_identity_clause():
    text = 'RAÚL ANDRÉS VERA GAONA, alias "Toro", paraguayo y brasileño,\nnacido el 1/2/1980.\n'
    assert nationalities(text, "es") == ["PY", "BR"]


def test_forenames_opening_a_value_keep_the_capital_particle():
    text = ('en el proceso seguido a:\nMARCOS ANTONIO DE LA CRUZ PEÑA (a) "Flaco", dominicano, '
            "mayor de edad.\n")
    assert names(text, "es") == ["MARCOS ANTONIO DE LA CRUZ PEÑA"]
    assert nationalities(text, "es") == ["DO"]
