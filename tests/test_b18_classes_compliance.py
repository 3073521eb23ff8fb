"""Behaviour tests for the compliance, validity and evidence classes the b18 development cases
exposed: boilerplate facts (`compliance.vague-facts`), a suspended warrant or notice
(`validity.status`), a retraction in verb-subject-object order (`misuse.coerced-evidence`), a
declaration of contumacy followed by the trial (`misuse.in-absentia`) and a sentence in the
court's present tense (`compliance.penalty-threshold`), each with a counterpart that must
still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, sources

VAGUE = "compliance.vague-facts"
UNATTRIBUTED = "compliance.vague-facts.unattributed-acts"
STACKED = "compliance.vague-facts.stacked-formulae"
SUSPENDED = "validity.status.warrant-suspended"

# -------------------------------------------------- a share in "the activities of this gang"

GANG_AR = (
    "النشرة الحمراء\n"
    "الاسم: سليم بن عمر قاسمي. تاريخ الميلاد: 1983/04/11 بقسنطينة.\n"
    "ملخص الوقائع: تبين من التحريات أن المعني ينتمي إلى عصابة منظمة وأنه {act}.\n"
    "التهمة: تكوين جمعية أشرار (المادة 176 من قانون العقوبات).\n"
    "العقوبة: السجن من خمس إلى عشر سنوات.\n"
)


def test_active_share_in_a_gangs_activities_is_boilerplate(tmp_path: Path) -> None:
    act = "شارك بصفة فعالة في نشاطات هذه العصابة"
    _, assessment = analyze(tmp_path, GANG_AR.format(act=act))
    assert VAGUE in codes(assessment)
    assert UNATTRIBUTED in sources(assessment)


def test_a_dated_act_for_the_gang_is_not(tmp_path: Path) -> None:
    act = "شارك في نقل 30 كيلوغراما من القنب الهندي يوم 2023/05/12 بميناء عنابة"
    _, assessment = analyze(tmp_path, GANG_AR.format(act=act))
    assert UNATTRIBUTED not in sources(assessment)


# -------------------------------------------------- an official's "various contracts"

OFFICE = (
    "WANTED PERSON DIFFUSION\n"
    "Subject: NAKATO, Robert Ssali; born 2 March 1969 in Mityana.\n"
    "Summary of facts: Between 2015 and 2020, at Mityana Municipal Council, the subject, being"
    " the town clerk, abused the authority of his office {how}, in a manner prejudicial to the"
    " interests of his employer.\n"
    "Charge: abuse of office (section 11, Anti-Corruption Act, 2009), maximum 7 years.\n"
    "Warrant of arrest, Anti-Corruption Division of the High Court, No. 0120 of 2023.\n"
)


def test_various_contracts_beside_the_statute_is_boilerplate(tmp_path: Path) -> None:
    how = "in the award of various contracts"
    _, assessment = analyze(tmp_path, OFFICE.format(how=how))
    assert VAGUE in codes(assessment)
    assert STACKED in sources(assessment)


def test_a_named_contract_beside_the_statute_is_not(tmp_path: Path) -> None:
    how = (
        "by awarding the Mityana taxi park contract, worth UGX 640 million, on 4 May 2018 to"
        " Ssali Builders Ltd, a company owned by his brother"
    )
    _, assessment = analyze(tmp_path, OFFICE.format(how=how))
    assert STACKED not in sources(assessment)


# -------------------------------------------------- the trafficking statute as the facts

TRATA = (
    "NOTIFICACIÓN ROJA\n"
    "Nombre: QUISPE HUAMÁN, Rosa Elvira. Nacida el 3/9/1985 en Cusco.\n"
    "Resumen de los hechos: En 2022, en Arequipa, la requerida {act} con fines de explotación"
    " sexual.\n"
    "Delito: trata de personas (art. 153 del Código Penal).\n"
    "Pena: no menor de ocho ni mayor de quince años.\n"
)


def test_recruiting_women_for_exploitation_is_the_statute_not_an_act(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, TRATA.format(act="captó y trasladó a mujeres"))
    assert VAGUE in codes(assessment)
    assert UNATTRIBUTED in sources(assessment)


def test_counted_victims_are_an_act(tmp_path: Path) -> None:
    act = "captó a cuatro mujeres de Puno mediante una oferta de empleo en un restaurante"
    _, assessment = analyze(tmp_path, TRATA.format(act=act))
    assert UNATTRIBUTED not in sources(assessment)


# -------------------------------------------------- the Maghreb warrant suspended

LETTER_AR = (
    "النيابة العامة لدى المحكمة الابتدائية بفاس\n"
    "إلى السيد رئيس المكتب المركزي الوطني بالرباط\n"
    "الموضوع: الأمر الدولي بإلقاء القبض عدد 2023/77 في حق المسمى يوسف العلمي.\n"
    "{news}\n"
)


def test_suspending_the_international_arrest_order_is_a_status(tmp_path: Path) -> None:
    news = (
        "نخبركم بأن قاضي التحقيق قرر بتاريخ 2024/02/01 إيقاف تنفيذ الأمر الدولي بإلقاء القبض"
        " المشار إليه مؤقتا إلى حين البت في طلب الصلح."
    )
    _, assessment = analyze(tmp_path, LETTER_AR.format(news=news))
    assert "validity.status" in codes(assessment)
    assert SUSPENDED in sources(assessment)


def test_issuing_the_international_arrest_order_is_not(tmp_path: Path) -> None:
    news = "نخبركم بأن قاضي التحقيق أصدر بتاريخ 2024/02/01 الأمر الدولي بإلقاء القبض المشار إليه."
    _, assessment = analyze(tmp_path, LETTER_AR.format(news=news))
    assert "validity.status" not in codes(assessment)


# -------------------------------------------------- the notice's effects suspended

NOTICE_FR = (
    "NOTICE ROUGE - BCN Dakar\n"
    "{status}\n"
    "Nom : DIOP. Prénom : Amadou. Né le 4 mai 1975 à Thiès.\n"
    "Résumé des faits : le 3 mars 2022, à Thiès, l'intéressé a détourné 41 millions de francs"
    " CFA de la caisse de la coopérative dont il était trésorier.\n"
    "Qualification : abus de confiance (article 383 du Code pénal).\n"
)


def test_the_notices_effects_suspended_for_now_is_a_status(tmp_path: Path) -> None:
    status = (
        "Message du BCN : les effets de la notice sont provisoirement suspendus dans"
        " l'attente de la traduction du mandat."
    )
    _, assessment = analyze(tmp_path, NOTICE_FR.format(status=status))
    assert "validity.status" in codes(assessment)
    assert SUSPENDED in sources(assessment)


def test_the_notice_awaiting_a_translation_is_not(tmp_path: Path) -> None:
    status = "Message du BCN : la traduction du mandat sera transmise dans l'attente de la notice."
    _, assessment = analyze(tmp_path, NOTICE_FR.format(status=status))
    assert "validity.status" not in codes(assessment)


# -------------------------------------------------- a retraction in verb-subject-object order

CONFESSION_AR = (
    "قرار اتهام\n"
    "تتلخص الوقائع في أن المجني عليه وجد مقتولا في متجره بمدينة إربد بتاريخ 2023/06/02.\n"
    "وقد أفاد المتهم الثاني في إفادته الشرطية بأن المتهم الأول هو الفاعل.\n"
    "{step}\n"
)


def test_a_co_accused_retracting_his_statement_is_coerced_evidence(tmp_path: Path) -> None:
    step = "وأمام المدعي العام عدل المتهم الثاني عن إفادته."
    _, assessment = analyze(tmp_path, CONFESSION_AR.format(step=step))
    assert "misuse.coerced-evidence" in codes(assessment)


def test_a_co_accused_who_did_not_retract_is_not(tmp_path: Path) -> None:
    step = "وأمام المدعي العام لم يعدل المتهم الثاني عن إفادته."
    _, assessment = analyze(tmp_path, CONFESSION_AR.format(step=step))
    assert "misuse.coerced-evidence" not in codes(assessment)


# -------------------------------------------------- contumacy, then the trial

JUDGMENT_ES = (
    "JUZGADO SEGUNDO PENAL DEL CIRCUITO DE MEDELLÍN\n"
    "Sentencia de primera instancia. Medellín, 3 de marzo de 2024.\n"
    "Mediante auto del 5 de mayo de 2023 el Despacho declaró la contumacia del acusado, quien no"
    " compareció a dos citaciones.\n"
    "{next}\n"
    "Resuelve: CONDENAR a Julián Andrés PATIÑO a 96 meses de prisión por hurto agravado.\n"
)


def test_contumacy_then_the_trial_in_the_next_sentence_is_in_absentia(tmp_path: Path) -> None:
    nxt = "La audiencia de juicio oral se adelantó con el defensor público asignado."
    _, assessment = analyze(tmp_path, JUDGMENT_ES.format(next=nxt))
    assert "misuse.in-absentia" in codes(assessment)
    assert "misuse.in-absentia.declared-fugitive-tried" in sources(assessment)


def test_contumacy_then_a_warrant_is_not(tmp_path: Path) -> None:
    nxt = "En consecuencia se libró orden de captura en su contra."
    _, assessment = analyze(tmp_path, JUDGMENT_ES.format(next=nxt))
    assert "misuse.in-absentia.declared-fugitive-tried" not in sources(assessment)


# -------------------------------------------------- "this Court ... sentences the accused to"

APPEAL_EN = (
    "COURT OF APPEAL (Misdemeanours)\n"
    "Case No. 2210/2023, appeal against the judgment of the Misdemeanour Court.\n"
    "Facts: On 3 March 2023 the accused struck a neighbour in a car park in Sharjah.\n"
    "This Court amends the judgment and sentences the accused to imprisonment for {term}.\n"
    "Delivered in open court on 12 June 2023.\n"
)


def test_a_sentence_in_the_courts_present_tense_is_read(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, APPEAL_EN.format(term="four months"))
    assert "compliance.penalty-threshold" in codes(assessment)


def test_a_long_sentence_in_the_courts_present_tense_meets_the_threshold(
    tmp_path: Path,
) -> None:
    _, assessment = analyze(tmp_path, APPEAL_EN.format(term="three years"))
    assert "compliance.penalty-threshold" not in codes(assessment)


# -------------------------------------------------- a disqualification's years are no sentence

BAN_EN = (
    "COURT OF APPEAL (Misdemeanours)\n"
    "Case No. 3310/2023, appeal against the judgment of the Misdemeanour Court.\n"
    "Facts: On 9 April 2023 the accused drove through a red light in Ajman and injured a cyclist.\n"
    "This Court sentences the accused to {term} imprisonment, with disqualification from driving"
    " for three years.\n"
)


def test_a_disqualifications_years_are_not_the_sentence(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, BAN_EN.format(term="four months'"))
    assert "compliance.penalty-threshold" in codes(assessment)


def test_the_prison_term_beside_a_disqualification_still_counts(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, BAN_EN.format(term="four years'"))
    assert "compliance.penalty-threshold" not in codes(assessment)
