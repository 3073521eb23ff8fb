"""Speech-based and vague charges worded as the criminal, cyber-crime, media and anti-terror
laws of issuing countries word them (lexicons/flags-misuse.yaml, misuse.speech-offense.*,
breadth pass 2026.11.30): other inflections, word orders, local statutory names and citations
of the same charge classes, and ordinary crimes using nearby words, which must not raise it.

Every text is fictional and written for these tests (no evaluation case text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, held, sources

CODE = "misuse.speech-offense"

RAISED = [
    # false news: verb forms, the Russian "under the guise of reliable reports" formula
    ("Charges: the accused Oleg VARIN spread false information about the army under the guise of "
     "reliable reports (part 2 of Article 207.3 of the Criminal Code).",
     "misuse.speech-offense.false-information"),
    # French: outrage to a person holding public authority, apology of terrorist acts
    ("Chefs d'inculpation : M. Samir AZOUZ est poursuivi pour outrage à une personne dépositaire "
     "de l'autorité publique et apologie d'actes terroristes, pour des messages publiés en 2021.",
     None),
    # Spanish: disobedience instigation and propaganda against the constitutional order
    ("Delitos imputados: instigación a la desobediencia y propaganda contra el orden "
     "constitucional, por mensajes difundidos en 2022 por el acusado Raúl PINEDA.",
     "misuse.speech-offense.propaganda-justification"),
    # Arabic: Tunisian "هضم جانب موظف عمومي" and indefinite rumours
    ("التهم: هضم جانب موظف عمومي بالقول ونشر شائعات مغرضة عبر تدوينة على صفحته.",
     None),
    # Arabic: disturbing the kingdom's relations with a foreign state (new class)
    ("التهم المنسوبة إلى المتهم: تعكير صلات المملكة بدولة أجنبية بسبب تغريدات نشرها سنة 2020.",
     "misuse.speech-offense.harming-foreign-relations"),
    # English: "abusing democratic freedoms" (new class)
    ("Judgment: the defendant Tran VAN LOC, a blogger, was sentenced to five years for abusing "
     "democratic freedoms to infringe upon the interests of the State.",
     "misuse.speech-offense.abusing-freedoms"),
    # Turkish statutory citation and wording
    ("Charges: degrading the institutions and organs of the state (TCK 301) and terror "
     "propaganda (TMK 7/2) over newspaper columns.", None),
]


@pytest.mark.parametrize(("text", "entry"), RAISED)
def test_speech_charge_wordings_raise_the_indicator(
    tmp_path: Path, text: str, entry: str | None
) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert CODE in codes(assessment), (assessment.flags, held(assessment))
    if entry:
        assert entry in sources(assessment), sources(assessment)


NOT_RAISED = [
    # securities fraud: false information given to investors is not a speech charge
    "Summary: the accused Mark HOLT is charged with securities fraud: he disseminated false "
    "information to inflate the share price of his company in 2019.",
    # French company law: "intérêt social" is the company's interest
    "Résumé : le prévenu Paul GARNIER est poursuivi pour abus de biens sociaux, pour des actes "
    "contraires à l'intérêt social de la société commis à Lyon en 2018.",
    # Spanish: misuse of a bank network is fraud, not social-media misuse
    "Hechos: el imputado Diego SALAS hizo uso indebido de la red bancaria para transferir fondos "
    "ajenos; delito de estafa agravada.",
    # Arabic: false statements to a bank are fraud
    "ملخص الوقائع: أدلى المتهم ببيانات كاذبة إلى البنك للحصول على قرض، وتهمته الاحتيال.",
]


@pytest.mark.parametrize("text", NOT_RAISED)
def test_ordinary_crimes_with_nearby_words_do_not_raise_it(tmp_path: Path, text: str) -> None:
    _, assessment = analyze(tmp_path, text + "\n")
    assert CODE not in codes(assessment), assessment.flags
