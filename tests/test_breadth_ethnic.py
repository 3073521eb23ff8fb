"""Ethnic-minority misuse indicators and Article 3 racial charges worded the other ways laws,
charging documents and NGO reporting word them (lexicons 2026.11.30 breadth additions), and
hard negatives that must not raise them: a language field, the origin of funds, an interpreter
for an indigenous language, a quarrel between tribes, a religious minority, a Western
hate-speech charge.

Every text is fictional and written for these tests (no evaluation case text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, held, rule_codes

RAISED = [
    # members of a group, named by demonym, region or community
    ("Summary of facts: the wanted person Tesfaye BEKELE, one of the Amharas held in Addis "
     "Ababa in 2023, is charged with forgery of documents (Article 375 of the Criminal Code).",
     "misuse.ethnic-minority"),
    ("Résumé des faits : M. Lounès HADDAD, rifain installé à Bruxelles depuis 2018, est "
     "poursuivi pour escroquerie (article 540 du Code pénal).", "misuse.ethnic-minority"),
    ("Hechos: el imputado Julián PILCUE, comunero nasa del resguardo de Toribío, es acusado de "
     "daño en bien ajeno (artículo 265 del Código Penal).", "misuse.ethnic-minority"),
    ("ملخص الوقائع: المتهم سعيد أوحمو من معتقلي حراك الريف، ووجهت إليه تهمة العصيان سنة 2017.",
     "misuse.ethnic-minority"),
    # movements, language and land
    ("Summary: the accused Chinedu OKAFOR is wanted for membership of the Indigenous People of "
     "Biafra and for sharing its broadcasts online.", "misuse.ethnic-minority"),
    ("Summary: Zhila AMINI taught Kurdish language classes at a cultural association in "
     "Sanandaj; she is charged with forming an illegal group.", "misuse.ethnic-minority"),
    ("Hechos: la imputada encabezó la recuperación de tierras ancestrales de su comunidad; se le "
     "imputa usurpación agravada.", "misuse.ethnic-minority"),
    ("Summary: the accused was arrested for raising the Morning Star flag at a prayer meeting "
     "in Jayapura.", "misuse.ethnic-minority"),
    # the case turns on ethnicity
    ("Statement: he was detained on the basis of his ethnicity during the sweep of the market.",
     "misuse.ethnic-minority"),
    # Article 3 racial: statutory wordings of incitement used against minorities
    ("Charges: promoting enmity between different groups (section 153-A of the Penal Code) over "
     "speeches at a rally in Quetta.", "article3.racial"),
    ("Charges: inciting social, national, clan, racial, class or religious discord (Article 174 "
     "of the Criminal Code).", "article3.racial"),
    ("Chef d'accusation : incitation à la haine et à la discrimination (loi n° 20-05), pour des "
     "publications sur un réseau social.", "article3.racial"),
    ("Cargos: incitación a la enemistad étnica y sembrar la división étnica en la región.",
     "article3.racial"),
    ("التهم: إثارة النعرات الجهوية عبر منشورات على فيسبوك.", "article3.racial"),
    # undermining ethnic unity raises both the Article 3 racial character and the misuse sign
    ("Charges: undermining ethnic unity and pan-Turkist activities (Article 500 of the Penal "
     "Code).", "article3.racial"),
    ("Charges: undermining ethnic unity and pan-Turkist activities (Article 500 of the Penal "
     "Code).", "misuse.ethnic-minority"),
]

NOT_RAISED = [
    # a language field of an ordinary notice is not a group membership
    ("Languages spoken: English, Igbo. Charges: obtaining money by false pretences (section 419 "
     "of the Criminal Code), punishable by 7 years.", "misuse.ethnic-minority"),
    # the origin of funds, not of a person
    ("Résumé des faits : le prévenu a placé des fonds saisis en raison de son origine illicite ; "
     "il est poursuivi pour blanchiment (article 324-1 du Code pénal).", "misuse.ethnic-minority"),
    # consulting a prosecutor beforehand
    ("Summary: after prior consultation with the prosecutor, the court issued a warrant for "
     "armed robbery (section 1 of Act 51 of 1977).", "misuse.ethnic-minority"),
    # an interpreter for an indigenous language is an ordinary procedural right
    ("Hechos: el acusado mató a su vecino con un machete; se le asignó intérprete de lengua "
     "indígena conforme a la ley.", "misuse.ethnic-minority"),
    # a quarrel between tribes over pasture: "القبائل" is not Kabylie
    ("ملخص: نشب خلاف بين القبائل حول المرعى فقتل المتهم أحد الرعاة، ووجهت إليه تهمة القتل العمد.",
     "misuse.ethnic-minority"),
    # "اثني عشر" (twelve) folds to the letters of "إثني" (ethnic)
    ("ملخص: أشرف المطلوب على مجموعة من اثني عشر شخصاً لأسباب اثني عشر، ووجهت إليه تهمة الاحتيال.",
     "misuse.ethnic-minority"),
    # a religious minority is not an ethnic one
    ("ملخص: المتهم عادل سمير ينتمي إلى أقلية دينية، ووجهت إليه تهمة الإخلال بالنظام.",
     "misuse.ethnic-minority"),
    # an ordinary Western hate-speech charge is not worded as an Article 3 racial charge here
    ("Charges: stirring up racial hatred (section 18 of the Public Order Act 1986) by "
     "publishing leaflets.", "article3.racial"),
]


@pytest.mark.parametrize(("text", "code"), RAISED)
def test_ethnic_wordings_raise_the_indicator(tmp_path: Path, text: str, code: str) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code in codes(assessment), (assessment.flags, held(assessment))


@pytest.mark.parametrize(("text", "code"), NOT_RAISED)
def test_hard_negatives_do_not_raise_it(tmp_path: Path, text: str, code: str) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert code not in rule_codes(assessment), assessment.flags


def test_a_minority_activist_keeps_both_indicators(tmp_path: Path) -> None:
    """The group word and the activist word are read separately, so neither hides the other."""
    text = ("Summary: the accused Rahim JAMALDINI, an activist of the Baloch Yakjehti Committee, "
            "is charged with rioting (section 147 of the Penal Code).\n")
    _, assessment = analyze(tmp_path, text)
    assert {"misuse.ethnic-minority", "misuse.human-rights-defender"} <= codes(assessment), (
        assessment.flags, held(assessment))


def test_a_religious_minority_keeps_its_own_indicator(tmp_path: Path) -> None:
    text = "ملخص: المتهم عادل سمير ينتمي إلى أقلية دينية، ووجهت إليه تهمة الإخلال بالنظام.\n"
    _, assessment = analyze(tmp_path, text)
    assert "misuse.religious-minority" in codes(assessment), assessment.flags
