"""Behaviour tests for the consistency, validity and in-absentia classes the b24 development
cases exposed, each with a counterpart that must still read the other way:

- an Arabic warrant that refers to "المتهم" and goes on with a verb or a pronoun ("المتهم وهو
  يسكب", "من المتهم يحدد فيها المبلغ", "وأذن بعرضه") names no other person;
- a status participle tied to an instrument ("شيكات مسحوبة على مصرف": cheques drawn on a
  bank) states no notice's status, while an authority that "cancelled warrant N" in the
  active voice does;
- a French "mise en examen par défaut" is a step before any trial, not a judgment by default;
- the date that opens the particulars of the acts ("Pour avoir, le seize août ...") is not
  the warrant's date;
- a covering message that dates the notice's issue ("la diffusion a été émise le ...")
  before the warrant it rests on is a conflict of dates.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import codes, packet, sources

# ---------------------------------------------------------------- "المتهم" then a verb

NOTICE_AR = (
    "نشرة حمراء - المكتب المركزي الوطني بمدينة الاختبار\n"
    "المطلوب: سامر نبيل عبد الكريم حداد، مواليد 1988/04/12، مواطن.\n"
    "الوقائع: في 2024/02/11 أضرم المطلوب النار في سيارة جاره بعد أن طالبه بمبلغ من المال.\n"
    "التهمة: الحريق العمد والتهديد. القانون: المادة 252 عقوبات. العقوبة القصوى: السجن.\n"
    "أمر الضبط: النيابة العامة، القضية رقم 55 لسنة 2024، بتاريخ 2024/02/20.\n"
)
WARRANT_AR = (
    "النيابة العامة - أمر ضبط وإحضار - القضية رقم 55 لسنة 2024\n"
    "ثبت من التحقيق أن المتهم أرسل إلى المجني عليه رسائل يطالبه فيها بالمال، وفي فجر"
    " الحادي عشر من فبراير 2024 رصدت كاميرا مجاورة {clause} سائلاً على السيارة ثم يشعل"
    " فيها النار. نأمر بضبط المتهم وإحضاره. تحريراً في 2024/02/20.\n"
)


@pytest.mark.parametrize(("clause", "raised"), [
    ("المتهم وهو يسكب", False),  # a pronoun and a verb: the accused, no name
    ("من المتهم يحدد فيها", False),  # a verb and a preposition with its pronoun
    ("المتهم فؤاد رامي يوسف منصور يسكب", True),  # another person named after the cue
])
def test_arabic_accused_then_a_verb_names_no_one(
    tmp_path: Path, clause: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_AR),
        "order.txt": ("arrest-warrant", WARRANT_AR.format(clause=clause)),
    }, "EG")
    assert ("consistency.identity" in codes(assessment)) is raised


# ---------------------------------------------------------------- status words

NOTICE_CHEQUES = (
    "تعميم بشخص مطلوب - المكتب المركزي الوطني في مدينة الاختبار\n"
    "المطلوب: نادر فريد سليم، مواليد 1970/05/14، مواطن.\n"
    "الوقائع: أصدر المطلوب بتاريخ 2022/03/01 شيكين {status} لأمر شركة توريد، بقيمة"
    " 90.000 دولار، وقد أعيد الشيكان لعدم وجود مؤونة.\n"
    "التهمة: إصدار شيك بدون مقابل. القانون: المادة 666 عقوبات. العقوبة: الحبس سنتين.\n"
    "مذكرة التوقيف: قاضي التحقيق، رقم 2023/41، بتاريخ 2023/01/09.\n"
)


@pytest.mark.parametrize(("status", "raised"), [
    ("مسحوبين على مصرف محلي", False),  # cheques drawn on a bank
    ("مسحوبة على مصرف محلي", False),
])
def test_cheques_drawn_on_a_bank_state_no_status(
    tmp_path: Path, status: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("diffusion", NOTICE_CHEQUES.format(status=status)),
    }, "LB")
    assert ("validity.status" in codes(assessment)) is raised


def test_a_withdrawn_arabic_notice_still_states_its_status(tmp_path: Path) -> None:
    text = NOTICE_CHEQUES.format(status="بدون رصيد") + "وقد تم سحب التعميم بتاريخ 2024/01/05.\n"
    _p, assessment = packet(tmp_path, {"notice.txt": ("diffusion", text)}, "LB")
    assert "validity.status" in codes(assessment)


NOTICE_EN = (
    "RED NOTICE - NCB Testville\n"
    "Subject: OKELLO, Martin Peter, born 3 May 1990, Testville.\n"
    "Facts: in March 2022 the subject published drawings of the Minister on a web page.\n"
    "Charges: offensive communication. Law: s. 25 Computer Act. Penalty: five years.\n"
    "Warrant: Chief Magistrate's Court, warrant of arrest no. 0440/2022, 28 March 2022.\n"
)
LETTER_EN = (
    "Counsel for Mr Okello - 6 May 2024\n"
    "Mr Okello left the country in April 2022. {sentence} The notice remains active.\n"
)


@pytest.mark.parametrize(("sentence", "raised"), [
    ("On 9 March 2023 the Chief Magistrate cancelled warrant 0440/2022.", True),
    ("On 9 March 2023 the court cancelled the arrest warrant of 2022.", True),
    ("The Chief Magistrate has not cancelled the warrant.", False),
    ("On 9 March 2023 the court cancelled the hearing, and the warrant stands.", False),
])
def test_a_warrant_cancelled_in_the_active_voice(
    tmp_path: Path, sentence: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_EN),
        "letter.txt": ("other", LETTER_EN.format(sentence=sentence)),
    }, "UG")
    assert ("validity.status" in codes(assessment)) is raised


# ---------------------------------------------------------------- mise en examen par défaut

NOTICE_FR = (
    "NOTICE ROUGE — Demande du BCN Paris, réf. 2024/00001\n"
    "Nom : MARCHAND Julien Paul, né le 11/09/1995 à Lyon (France), nationalité française.\n"
    "Résumé des faits : le 2 juillet 2024, à Lyon, l'intéressé a tiré sur le gérant d'un bar.\n"
    "Qualification : tentative de meurtre (art. 221-1 du Code pénal).\n"
    "Peine maximale : réclusion criminelle de trente ans.\n"
    "Mandat : mandat d'arrêt du 19/07/2024, juge d'instruction de Lyon, n° JI 24/000001.\n"
)
ACT_FR = (
    "TRIBUNAL JUDICIAIRE DE LYON\n"
    "{title} n° JI 24/000001 du 19 juillet 2024\n"
    "Contre : MARCHAND Julien Paul, né le 11 septembre 1995 à Lyon.\n"
    "{sentence} pour avoir, à Lyon, le 2 juillet 2024, tenté de donner la mort à M. R. T.\n"
)


@pytest.mark.parametrize(("title", "kind", "sentence", "raised"), [
    ("MANDAT D'ARRÊT", "arrest-warrant", "Mis en examen par défaut de comparution", False),
    ("JUGEMENT", "judgment",
     "Le tribunal, statuant par défaut, l'a condamné à quinze ans de réclusion", True),
])
def test_charged_by_default_is_no_trial_in_absentia(
    tmp_path: Path, title: str, kind: str, sentence: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_FR),
        "act.txt": (kind, ACT_FR.format(title=title, sentence=sentence)),
    }, "FR")
    assert ("misuse.in-absentia" in codes(assessment)) is raised


# ---------------------------------------------------------------- the particulars' date

NOTICE_LB = (
    "NOTICE ROUGE — BCN Testville, réf. 2023/00002\n"
    "Nom : NASSAR, Karim ; né le 07/03/1985 à Testville ; nationalité libanaise.\n"
    "Faits : le 16/08/2023, à Testville, l'intéressé a abattu le gérant d'une boutique.\n"
    "Qualification : homicide intentionnel, art. 547 du Code pénal.\n"
    "Mandat d'arrêt n° 10/2023 du premier juge d'instruction, {said}.\n"
)
WARRANT_LB = (
    "Premier juge d'instruction — Mandat d'arrêt n° 10/2023 (traduction de l'arabe)\n"
    "Inculpé : Kareem NASSAR, né à Testville le 7 mars 1985.\n"
    "Pour avoir, le seize août deux mille vingt-trois, à Testville, tué intentionnellement"
    " le gérant d'une boutique, faits prévus par l'article 547 du Code pénal.\n"
    "Émis le 28 août 2023 après audition de deux témoins.\n"
)


@pytest.mark.parametrize(("said", "raised"), [
    ("28/08/2023", False),  # the warrant's own date: the acts' date opens the particulars
    ("20/09/2023", True),  # the notice dates the warrant otherwise
])
def test_the_acts_date_after_pour_avoir_is_not_the_warrants(
    tmp_path: Path, said: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", NOTICE_LB.format(said=said)),
        "mandat.txt": ("arrest-warrant", WARRANT_LB),
    }, "LB")
    assert ("rule.consistency.warrant-date" in sources(assessment)) is raised


# ---------------------------------------------------------------- notice before its warrant

WARRANT_ES = (
    "REPÚBLICA DE PRUEBA — Juzgado de Instrucción de Villa Prueba\n"
    "Orden de busca y captura n.° 050/2024, dada en Villa Prueba a 18 de junio de 2024\n"
    "Contra: SOLANO RIVAS, Andrés, natural de Villa Prueba, maestro.\n"
    "Se le imputa el delito de asociación ilícita por su participación en reuniones de"
    " una asociación cultural entre enero y abril de 2024.\n"
)
MESSAGE_FR = (
    "BCN VILLA PRUEBA — Message à l'attention des BCN destinataires, 2 juillet 2024\n"
    "Objet : diffusion XX/2024/0001 concernant SOLANO RIVAS Andrés.\n"
    "Nous confirmons que la diffusion a été émise le {day} sur la base du mandat"
    " n° 050/2024 ci-joint.\n"
)


@pytest.mark.parametrize(("day", "raised"), [
    ("30 mai 2024", True),  # issued before the warrant it rests on
    ("25 juin 2024", False),
])
def test_a_message_dating_the_notice_before_its_warrant(
    tmp_path: Path, day: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "orden.txt": ("arrest-warrant", WARRANT_ES),
        "message.txt": ("other", MESSAGE_FR.format(day=day)),
    }, "GQ")
    assert ("rule.consistency.warrant-after-notice" in sources(assessment)) is raised
