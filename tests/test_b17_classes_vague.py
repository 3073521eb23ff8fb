"""Behaviour tests for the vague-facts classes the b17 development cases exposed: boilerplate
summaries that name kinds of conduct but no act, victim, amount or place of this person,
each fixed by a lexicon entry, with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, sources

STACKED = "compliance.vague-facts.stacked-formulae"
UNATTRIBUTED = "compliance.vague-facts.unattributed-acts"
VAGUE = "compliance.vague-facts"

# ---------------------------------------------------------------- scattered dates, places, victims

ROBBERY = (
    "Name: KABIR, Md. Selim. Born 02/02/1990.\n"
    "Summary of facts: {facts}\n"
    "Charge: dacoity. Law: section 395 of the Penal Code, 1860. Maximum penalty: imprisonment"
    " for life.\n"
    "Warrant: Chief Judicial Magistrate's Court, Khulna, 4 May 2024.\n"
)
ROBBERY_VAGUE = (
    "In 2021, on different dates and at different places in Khulna district, the accused,"
    " armed with knives, entered the houses of various persons and took away valuables."
)
ROBBERY_CONCRETE = (
    "On 14 March 2021 at about 23:00, at the house of Mr Karim Uddin in Sonadanga, Khulna, the"
    " accused, armed with a knife, took away Tk 80,000 and two gold bangles."
)

# ---------------------------------------------------------------- a statute's elements recopied

ESCROQUERIE = (
    "Nom : GHARBI. Prénom : Sami. Né le 05/06/1979 à Sousse.\n"
    "Exposé des faits : {facts}\n"
    "Qualification : escroquerie (article 291 du Code pénal). Peine maximale : cinq ans.\n"
    "Mandat d'amener du juge d'instruction de Sousse du 2 février 2023.\n"
)
ESCROQUERIE_VAGUE = (
    "Courant 2020, à Sousse et dans d'autres localités, le nommé GHARBI a, en employant des"
    " ruses pour persuader l'existence de fausses entreprises et d'un crédit imaginaire,"
    " escroqué des fonds au préjudice de plusieurs plaignants."
)
ESCROQUERIE_CONCRETE = (
    "Le 3 mai 2020, à Sousse, le nommé GHARBI s'est fait remettre 40 000 dinars par M. Ali"
    " Mejri en lui présentant un faux contrat de vente d'un terrain situé à Hammamet."
)

LAVADO = (
    "Apellidos: OSPINA MEJÍA. Nombres: Jorge. Fecha de nacimiento: 01/01/1975.\n"
    "Resumen de los hechos: {facts}\n"
    "Cargo: lavado de activos (artículo 323 del Código Penal). Pena máxima: treinta años.\n"
    "Orden de captura N° 0123 del 02/05/2022, Juzgado Segundo Penal de Cali.\n"
)
LAVADO_VAGUE = (
    "Entre 2016 y 2020, en diferentes municipios del Valle, el requerido realizó conductas"
    " para dar apariencia de legalidad a bienes cuyo origen mediato o inmediato se encuentra"
    " en actividades ilícitas."
)
LAVADO_CONCRETE = (
    "El 4 de febrero de 2019, en Cali, el requerido depositó 300 millones de pesos producto"
    " del narcotráfico en la cuenta de la sociedad Frutas del Pacífico S.A.S., con el fin de"
    " darles apariencia de legalidad."
)

FALSE_PRETENCES = (
    "Family name: MUSHI. Forenames: Peter. Date of birth: 03/03/1980.\n"
    "Summary of facts: {facts}\n"
    "Charge: obtaining money by false pretences. Law: section 302 of the Penal Code. Maximum"
    " penalty: seven years' imprisonment.\n"
    "Warrant of arrest issued on 09/11/2021 by the Resident Magistrate's Court of Moshi.\n"
)
FALSE_PRETENCES_VAGUE = (
    "Between 2018 and 2019 in Moshi, the accused, by false pretences and with intent to"
    " defraud, obtained sums of money from members of a farmers' group."
)
FALSE_PRETENCES_CONCRETE = (
    "On 2 June 2019 in Moshi, the accused obtained TZS 12,000,000 from Ms Neema Kweka by"
    " falsely pretending that he held an export licence for her coffee."
)

# ---------------------------------------------------------------- kinds of violation in office

MUWAZZAF = (
    "نشرة حمراء\nالاسم: كريم عادل ناصر. تولد: 1975/03/03.\n"
    "ملخص الوقائع: {facts}\n"
    "التهمة: الإضرار العمدي بأموال الجهة التي يعمل فيها. المادة 340 من قانون العقوبات.\n"
    "العقوبة القصوى: السجن مدة لا تزيد على سبع سنوات.\n"
    "السند: مذكرة قبض صادرة عن محكمة تحقيق الكرخ بتاريخ 2022/04/04.\n"
)
MUWAZZAF_VAGUE = (
    "قام المتهم خلال عمله في دائرة الضريبة في عام 2019 بارتكاب مخالفات قانونية وإدارية"
    " في المعاملات التي أنجزها خلافا للتعليمات والضوابط النافذة."
)
MUWAZZAF_CONCRETE = (
    "قام المتهم بتاريخ 2019/03/04 بتسجيل قطعة الأرض المرقمة 55 في الكرادة باسم شقيقه"
    " خلافا للتعليمات والضوابط النافذة."
)

PAIRS = [
    (ROBBERY, ROBBERY_VAGUE, ROBBERY_CONCRETE, "dacoity"),
    (ESCROQUERIE, ESCROQUERIE_VAGUE, ESCROQUERIE_CONCRETE, "escroquerie"),
    (LAVADO, LAVADO_VAGUE, LAVADO_CONCRETE, "lavado"),
    (FALSE_PRETENCES, FALSE_PRETENCES_VAGUE, FALSE_PRETENCES_CONCRETE, "false-pretences"),
    (MUWAZZAF, MUWAZZAF_VAGUE, MUWAZZAF_CONCRETE, "ar-office-violations"),
]
# Each pair: the formulae stacked with no act raise the flag; the same charge told as a dated
# act with its victim and amount (one formula at most beside it) does not.
CASES = [
    pytest.param(form.format(facts=facts), raised, id=f"{name}-{'formulae' if raised else 'act'}")
    for form, vague, concrete, name in PAIRS
    for facts, raised in ((vague, True), (concrete, False))
]


@pytest.mark.parametrize(("text", "raised"), CASES)
def test_boilerplate_formulae_stacked(tmp_path: Path, text: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, text)
    assert (STACKED in sources(assessment)) is raised, assessment.flags
    assert (VAGUE in codes(assessment)) is raised, assessment.flags


# ---------------------------------------------------------------- counsel's word, Arabic word order

MEMO = (
    "مذكرة مقدمة من محامي المطلوب\n"
    "يقيم موكلي في تونس منذ عام 2013 ويعمل سائقا. {said}\n"
)


@pytest.mark.parametrize(("said", "raised"), [
    pytest.param("ولا يتضمن ملخص الوقائع أي فعل محدد منسوب إلى موكلي.", True,
                 id="and-not-verb-subject-any-act"),
    pytest.param("ويتضمن ملخص الوقائع فعلا محددا هو سرقة شاحنة في 2011/05/04.", False,
                 id="summary-says-it-names-an-act"),
    pytest.param("والمقال المنسوب إليه رأي منشور، ولا يتضمن أي فعل آخر.", False,
                 id="no-other-act-than-the-one-told"),
])
def test_reader_says_no_act_in_arabic_order(tmp_path: Path, said: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, MEMO.format(said=said))
    assert (UNATTRIBUTED in sources(assessment)) is raised, assessment.flags
