"""Articles and penalties: citations that are not the offence's law, and sentences and maxima
read wrong, in the f13 development batch, as classes (fictional texts written for these
tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.penalties import read_penalty
from tests.understand_helpers import articles as _articles


def _cited(text: str, lang: str) -> set[str]:
    return {a for ids in _articles(text, lang) for a in ids}


# ---- a law of procedure cited inside a charge's region (the warrant's own basis)


def test_procedure_code_after_the_charges_is_no_offence_article():
    text = ("وحيث إن الأفعال المنسوبة إليه تشكل جرائم:\n"
            "أولاً: السرقة بالإكراه، طبقاً للمادة 314 من قانون العقوبات.\n"
            "وعملاً بالمادة 45 من قانون الإجراءات الجنائية،\n"
            "تأمر المحكمة بالقبض على المتهم المذكور.\n")
    assert _cited(text, "ar") == {"314"}


def test_english_trial_in_absentia_under_the_procedure_code_is_no_offence_article():
    text = ("CHARGES:\n1. Dacoity, contrary to section 395 of the Penal Code; the accused was "
            "tried in absentia under section 512 of the Code of Criminal Procedure.\n")
    assert _cited(text, "en") == {"395"}


def test_a_procedure_stem_after_the_comma_keeps_the_offence_article():
    text = ("Cargo: tráfico de drogas, previsto en el artículo 368 del Código Penal, con "
            "sustancias procedentes de Colombia.\n")
    assert _cited(text, "es") == {"368"}


# ---- the Levantine and Moroccan names of the code of criminal procedure


def test_levantine_procedure_code_named_by_the_warrant_line():
    text = ("التهم: الاتجار بالمواد المخدرة\n"
            "النصوص القانونية: المادة 39 من قانون المخدرات\n"
            "مذكرة التوقيف: مذكرة رقم 5/2023 صادرة عن قاضي التحقيق، استناداً إلى المادة 106 "
            "من قانون أصول المحاكمات الجزائية\n")
    assert _cited(text, "ar") == {"39"}


def test_penal_code_article_on_the_same_line_still_read():
    text = ("التهم: الاتجار بالمواد المخدرة\n"
            "النصوص القانونية: المادة 39 من قانون المخدرات والمادة 106 من قانون العقوبات\n")
    assert _cited(text, "ar") == {"39", "106"}


# ---- a sub-part in brackets that a right-to-left text layer sets out mirrored


def test_mirrored_sub_part_of_an_arabic_text_layer():
    text = "التهمة: الرشوة، المنصوص عليها في المادة 2)7) من قانون مكافحة الفساد.\n"
    assert _cited(text, "ar") == {"7(2)"}


def test_sub_part_written_in_order_stays():
    text = "التهمة: الرشوة، المنصوص عليها في المادة 7(2) من قانون مكافحة الفساد.\n"
    assert _cited(text, "ar") == {"7(2)"}


# ---- a rule of sentencing: the joint penalty, ancillary measures


def test_joint_penalty_article_is_no_offence_article():
    text = ("DECISIÓN: se condena al imputado Luis PARDO:\n"
            "a) por el delito de robo con violencia, previsto en el artículo 210 del Código "
            "Penal, en la pena de tres años de prisión;\n"
            "b) por el delito de secuestro, previsto en el artículo 158 del Código Penal, en la "
            "pena de cuatro años de prisión;\n"
            "c) en cúmulo jurídico, conforme al artículo 77 del Código Penal, en la pena única "
            "de cinco años de prisión.\n")
    assert _cited(text, "es") == {"210", "158"}


def test_articles_applied_beside_the_punishment_leave_the_law_block():
    text = ("الجرائم:\n1- الاتجار بالمخدرات\n"
            "المواد المطبقة: المادة 188/3، والمواد 53 و58 من قانون العقوبات\n\n"
            "الطلب: تطلب النيابة العامة معاقبة المشتبه به بموجب المواد المذكورة أعلاه، وتطبيق "
            "المواد 53 و58 من قانون العقوبات.\n")
    assert _cited(text, "ar") == {"188/3"}


def test_single_penalty_for_offences_cited_after_it_keeps_their_articles():
    text = ("Le tribunal le condamne à une peine unique de cinq ans d'emprisonnement pour les "
            "délits d'escroquerie et de faux, prévus par les articles 313-1 et 441-1 du Code "
            "pénal.\n")
    assert {"313-1", "441-1"} <= _cited(text, "fr")


# ---- an assurance names the penalties it sets aside


def test_assurance_not_to_subject_to_death_or_life_is_no_maximum():
    text = ("El Estado requirente garantiza que la persona reclamada no será sometida a pena "
            "de muerte ni perpetua.\n")
    assert read_penalty(text, "es").max_months is None
    assert read_penalty(text, "es").kind not in ("death", "life")


def test_life_under_a_cue_of_its_own_after_an_abolished_death_penalty_stays():
    text = ("La pena de muerte ha sido abolida; el homicidio agravado se castiga con prisión "
            "perpetua.\n")
    assert read_penalty(text, "es").kind == "life"


# ---- the single penalty formed from several sentences is the sentence served


def test_single_penalty_after_the_terms_imposed_is_the_sentence():
    text = ("Condena al imputado: a) por el delito de robo, en la pena de ocho años de "
            "prisión; b) por el delito de amenazas, en la pena de dos años de prisión; c) en "
            "cúmulo jurídico, en la pena única de nueve años de prisión.\n")
    assert read_penalty(text, "es").sentence_months == 108


def test_single_penalty_of_the_law_is_no_sentence():
    text = "Los dos delitos se castigan con una pena única de hasta diez años de prisión.\n"
    assert read_penalty(text, "es").sentence_months is None


# ---- a suspended part of the sentence is not served


def test_suspended_part_is_taken_off_the_sentence():
    text = ("Le condamne à quarante (40) mois d'emprisonnement dont dix (10) mois assortis du "
            "sursis et à une amende.\n")
    assert read_penalty(text, "fr").sentence_months == 30


def test_term_suspended_in_full_and_firm_part_stay():
    assert read_penalty(
        "Le condamne à deux ans d'emprisonnement avec sursis.\n", "fr"
    ).sentence_months == 24
    assert read_penalty(
        "Le condamne à quarante mois d'emprisonnement dont dix mois ferme.\n", "fr"
    ).sentence_months == 40
