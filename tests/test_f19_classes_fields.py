"""Document types: the classes of the f19 development batch (a Moroccan international arrest
warrant's title, a Latin gloss naming an Arabic title's type, Ecuadorian, Peruvian and
Cuban/Spanish charging titles, a Chilean untitled judgment's operative formula, a
Luxembourg chamber's committal for trial), in fictional texts written for these tests, not
copied from the evaluation set."""

from __future__ import annotations

from tests.understand_helpers import doc_type


def test_moroccan_international_arrest_warrant_title():
    text = ("المملكة المغربية\nمحكمة الاستئناف بفاس\nأمر دولي بإلقاء القبض رقم: 12/ق.ت/2025\n\n"
            "نحن قاضي التحقيق نأمر جميع أعوان القوة العمومية")
    assert doc_type(text, "ar") == "arrest-warrant"


def test_arabic_order_on_something_else_stays_other():
    text = ("المملكة المغربية\nمحكمة الاستئناف بفاس\nأمر بتأجيل الجلسة رقم: 12/2025\n\n"
            "نحن قاضي التحقيق")
    assert doc_type(text, "ar") == "other"


_GLOSSED = ("دولة الواحة – وزارة الداخلية\nالمكتب المركزي الوطني (الإنتربول)\n"
            "نشرة نشر (Diffusion) – شخص مطلوب\nالمرجع: NCB/DIF/2025/7\n"
            "الأمانة العامة للإنتربول\nملخص الوقائع: ...\n")


def test_latin_gloss_names_an_arabic_title():
    assert doc_type(_GLOSSED, "ar") == "diffusion"


def test_latin_gloss_with_mirrored_closing_bracket():
    assert doc_type(_GLOSSED.replace("(Diffusion)", "(Diffusion("), "ar") == "diffusion"


def test_gloss_inside_a_sentence_is_no_title():
    text = _GLOSSED.replace(
        "نشرة نشر (Diffusion) – شخص مطلوب",
        "نرجو منكم وفقاً للتعليمات المعمول بها لدى مكتبكم (Diffusion) نشر هذه المعلومات",
    )
    assert doc_type(text, "ar") != "diffusion"


def test_ecuadorian_committal_for_trial_title():
    text = ("REPÚBLICA DEL SOL\nUNIDAD JUDICIAL PENAL DE PUERTO ALTO\nProceso No. 1234-2024\n\n"
            "AUTO DE LLAMAMIENTO A JUICIO\n\nVISTOS: Concluida la audiencia preparatoria ...\n")
    assert doc_type(text, "es") == "indictment"


def test_prosecutor_provisional_conclusions_title():
    text = ("FISCALÍA PROVINCIAL DE PUERTO ALTO\nExpediente No. 12/2024\n\n"
            "La Fiscal que suscribe formula las siguientes\n\nCONCLUSIONES PROVISIONALES\n\n"
            "PRIMERA: El acusado Pedro ROCA ...\n")
    assert doc_type(text, "es") == "indictment"


def test_provisional_conclusions_in_running_text_are_no_title():
    text = ("JUZGADO DE PUERTO ALTO\n\nVISTAS las actuaciones y las conclusiones provisionales "
            "presentadas por la defensa, se suspende la vista hasta nueva fecha.\n")
    assert doc_type(text, "es") != "indictment"


_CHILEAN = ("TRIBUNAL DE JUICIO ORAL EN LO PENAL DE PUERTO ALTO\nRIT: 12-2024\n\n"
            "Puerto Alto, a diez de mayo de dos mil veinticuatro.\n\n"
            "VISTOS, OÍDOS LOS INTERVINIENTES Y CONSIDERANDO:\nPRIMERO: Que la acusación imputó "
            "al acusado un delito de robo.\nSEGUNDO: Que la acusación se tuvo por acreditada.\n"
            "SE DECLARA:\nI. Que se condena a PEDRO ROCA DÍAZ a la pena de cinco años.\n")


def test_chilean_untitled_judgment_by_its_formula():
    assert doc_type(_CHILEAN, "es") == "judgment"


def test_hearing_minutes_without_the_formula_stay_other():
    text = (_CHILEAN.replace("VISTOS, OÍDOS LOS INTERVINIENTES Y CONSIDERANDO:", "ACTA:")
            .replace("I. Que se condena a PEDRO ROCA DÍAZ a la pena de cinco años.",
                     "I. Que se fija nueva audiencia."))
    assert doc_type(text, "es") != "judgment"


_LUXEMBOURG = ("TRIBUNAL D'ARRONDISSEMENT DE VALLEBOURG\nCHAMBRE DU CONSEIL\n"
               "Ordonnance n° 12/25\n\n"
               "La chambre du conseil a rendu l'ordonnance suivante contre Paul ROCHE.\n\n"
               "PAR CES MOTIFS,\nla chambre du conseil renvoie Paul ROCHE devant une chambre "
               "correctionnelle du tribunal du chef d'escroquerie ;\nrenvoie Anne ROCHE devant "
               "la même chambre du chef de recel ;\nréserve les frais.\n")


def test_chamber_committing_for_trial_is_an_indictment():
    assert doc_type(_LUXEMBOURG, "fr") == "indictment"


def test_chamber_sending_back_a_file_is_no_indictment():
    text = (_LUXEMBOURG.replace("renvoie Paul ROCHE devant une chambre correctionnelle",
                                "renvoie le dossier au juge d'instruction")
            .replace("renvoie Anne ROCHE devant la même chambre", "dit"))
    assert doc_type(text, "fr") != "indictment"
