"""Breadth of the role lexicons (lexicons/flags-misuse.yaml 2026.11.30): journalists and media
workers, human-rights defenders and political opposition named the many ways documents name
them in English, French, Spanish and Arabic (other trades, ranks, named organisations and
parties, inflections), and hard negatives where the same words are not a status of the subject.

Every text is fictional and written for these tests (no evaluation case text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes

RAISED = [
    # journalists and media workers: trades, ranks, online forms, press cards
    ("Summary of facts: the accused Pavel DROZD, a cameraman for an independent television "
     "channel in Minsk, is charged with tax evasion (Article 243 of the Criminal Code).",
     "misuse.journalist-media"),
    ("Résumé des faits : M. Samir OUALI, journaliste reporter d'images et titulaire d'une carte "
     "de presse, est poursuivi pour escroquerie à Alger.", "misuse.journalist-media"),
    ("Hechos: el imputado Julio MENA, camarógrafo y radialista de Masaya, es acusado de lavado "
     "de dinero.", "misuse.journalist-media"),
    ("ملخص الوقائع: المتهم حسن الراوي، وهو ناشط إعلامي ومدير موقع إخباري، وجهت إليه تهمة "
     "الاحتيال.", "misuse.journalist-media"),
    ("Summary: Olga BELOVA, the administrator of a Telegram channel followed by 200,000 readers, "
     "is wanted for fraud.", "misuse.journalist-media"),
    # human-rights defenders: named organisations and local titles
    ("Summary: the accused Ilya SOROKIN, a member of Memorial Human Rights Centre, is charged "
     "with evading the duties of a foreign agent.", "misuse.human-rights-defender"),
    ("Résumé : Mme Leila BEN SALAH, militante féministe et responsable de l'Association "
     "marocaine des droits humains à Rabat, est poursuivie pour adultère.",
     "misuse.human-rights-defender"),
    ("Hechos: el imputado Ovidio CHOC, presidente de la junta de acción comunal de la vereda, "
     "es acusado de rebelión.", "misuse.human-rights-defender"),
    ("ملخص: المتهمة منى السيد باحثة في المبادرة المصرية للحقوق الشخصية، ووجهت إليها تهمة "
     "نشر أخبار كاذبة.", "misuse.human-rights-defender"),
    # political opposition: named parties, critics, opposition by nationality, ex-officials
    ("Summary: the wanted person Arkady LEVIN coordinated Navalny's headquarters in Tomsk until "
     "2021; he is charged with fraud.", "misuse.political-opposition"),
    ("Résumé : M. Mahamat DJIBRINE, opposant tchadien et cadre du parti Les Transformateurs, "
     "est poursuivi pour atteinte à l'ordre constitutionnel.", "misuse.political-opposition"),
    ("Hechos: la requerida Elena MARÍN, militante de Vente Venezuela y concejala opositora en "
     "Maracaibo, es acusada de conspiración.", "misuse.political-opposition"),
    ("ملخص: المطلوب عادل المهدي معارض بحريني مقيم في الخارج وعضو في جمعية الوفاق الوطني "
     "الإسلامية، ووجهت إليه تهمة التحريض.", "misuse.political-opposition"),
    ("Summary: Rustam NAZAROV, a former interior minister and outspoken critic of the president, "
     "is charged with abuse of office.", "misuse.political-opposition"),
]


@pytest.mark.parametrize(("text", "code"), RAISED)
def test_the_many_names_of_a_role_raise_its_indicator(tmp_path: Path, text: str, code: str) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code in codes(assessment), assessment.flags


NOT_RAISED = [
    # a cameraman the subject robbed is the victim
    ("Summary of facts: on 2 May 2022 in Lagos the accused Musa BELLO robbed a television "
     "cameraman at gunpoint and took his equipment. Charge: armed robbery (section 1 of the "
     "Robbery Act), punishable by 21 years.", "misuse.journalist-media"),
    # theft of electrical transformers: "les transformateurs" is not the Chadian party
    ("Résumé des faits : le 4 mars 2021 à Ndjamena, l'intéressé a volé les transformateurs "
     "électriques d'un poste de la société d'électricité. Qualification : vol aggravé.",
     "misuse.political-opposition"),
    # Spanish "memorial" is a court filing, not the Russian NGO
    ("Hechos: el 3 de mayo de 2020 el imputado Raúl PEÑA hurtó un vehículo en Bogotá; la defensa "
     "presentó un memorial ante el juzgado. Delito: hurto calificado, pena de seis años.",
     "misuse.human-rights-defender"),
    # Arabic "معارض السيارات" (car showrooms) and "نقيب" (a captain) are no opposition or union
    ("ملخص الوقائع: بتاريخ 5/6/2020 سرق المتهم ثلاث سيارات من معارض السيارات في عمان، وضبطه "
     "النقيب في مركز الشرطة.", "misuse.political-opposition"),
    ("ملخص الوقائع: بتاريخ 5/6/2020 سرق المتهم ثلاث سيارات من معارض السيارات في عمان، وضبطه "
     "النقيب في مركز الشرطة.", "misuse.human-rights-defender"),
]


@pytest.mark.parametrize(("text", "code"), NOT_RAISED)
def test_the_same_words_elsewhere_do_not_raise_it(tmp_path: Path, text: str, code: str) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code not in codes(assessment), assessment.flags
