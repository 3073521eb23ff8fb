"""Behaviour tests for the consistency classes the b17 development cases exposed: a warrant
that recites the date of its acts (after its own date, or on a date the notice gives
nowhere), which the notice-only reading of the acts' dates missed, each with a counterpart
that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import packet, sources

AFTER_RULE = "rule.consistency.recited-acts-after-warrant"
OTHERWISE_RULE = "rule.consistency.acts-dated-otherwise"

# ---------------------------------------------------------------- a recital in a charge's sentence

NOTICE_EN = (
    "Family name: MENSAH. Forenames: Kofi Adu. Date of birth: 03/05/1988.\n"
    "Summary of facts: On 12 June 2024 at about 14:00, the subject and another man robbed the"
    " Osu branch of a mobile-money agent in Accra at knifepoint and took GHS 40,000.\n"
    "Charge: robbery. Law: section 149 of the Criminal Offences Act, 1960 (Act 29).\n"
    "Penalty: not less than ten years. Warrant of arrest, District Court, Accra, issued"
    " 2 July 2024.\n"
)
WARRANT_EN = (
    "IN THE DISTRICT COURT, ACCRA\nWARRANT OF ARREST\n"
    "Complaint has been made on oath that KOFI ADU MENSAH, on the {day} day of June 2024, at"
    " Osu, Accra, being armed with a knife, did rob a mobile-money agent, contrary to section"
    " 149 of the Criminal Offences Act, 1960 (Act 29).\n"
    "You are commanded to arrest the said KOFI ADU MENSAH.\n"
    "Dated at Accra this 2nd day of {month} 2024.\n"
)

# ---------------------------------------------------------------- a date after "commis à ... le"

NOTICE_FR = (
    "Nom : RAZAFY. Prénoms : Hery Luc. Né le 02/02/1985 à Toamasina.\n"
    "Exposé des faits : Le 10 mai 2024, à Toamasina, le sujet a dérobé sous la menace d'un"
    " couteau la recette d'une station-service.\n"
    "Qualification : vol avec violences. Texte : article 381 du Code pénal.\n"
    "Mandat : mandat d'arrêt du juge d'instruction de Toamasina du 20 mai 2024.\n"
)
WARRANT_FR = (
    "TRIBUNAL DE PREMIÈRE INSTANCE DE TOAMASINA\nMANDAT D'ARRÊT\n"
    "Mandons d'arrêter le nommé RAZAFY Hery Luc, inculpé de vol avec violences, commis à"
    " Toamasina le {day} 2024.\n"
    "Fait en notre cabinet, le 20 mai 2024.\n"
)

# ---------------------------------------------------------------- acts dated otherwise, day first

NOTICE_ES = (
    "Apellidos: LÓPEZ CHUC. Nombres: Erick. Fecha de nacimiento: 21/06/1990.\n"
    "Resumen de los hechos: El 03/08/2022, en la zona 3 de Cobán, el requerido asaltó con un"
    " machete a un repartidor y le quitó la motocicleta.\n"
    "Cargos: robo agravado. Legislación: artículo 252 del Código Penal.\n"
    "Orden: orden de aprehensión del {warrant}, Juzgado de Primera Instancia Penal de Cobán.\n"
)
WARRANT_ES = (
    "Juzgado de Primera Instancia Penal de Cobán. Cobán, treinta de agosto de dos mil"
    " veintidós.\n"
    "Existen motivos para creer que ERICK LÓPEZ CHUC participó en los hechos ocurridos el ocho"
    " de marzo de dos mil veintidós en la zona 3 de esta ciudad.\n"
    "Se ORDENA la aprehensión del sindicado por el delito de ROBO AGRAVADO.\n"
)


def _run(tmp_path: Path, notice: str, warrant: str, country: str) -> set[str]:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", notice), "warrant.txt": ("arrest-warrant", warrant),
    }, country)
    return sources(assessment)


CASES = [
    pytest.param(NOTICE_EN, WARRANT_EN.format(day="12th", month="July"), "GH", AFTER_RULE, False,
                 id="recital-of-the-acts-before-the-warrant"),
    pytest.param(NOTICE_EN, WARRANT_EN.format(day="12th", month="June"), "GH", AFTER_RULE, True,
                 id="recital-of-acts-after-the-warrants-own-date"),
    pytest.param(NOTICE_FR, WARRANT_FR.format(day="10 mai"), "MG", AFTER_RULE, False,
                 id="acts-committed-before-the-warrant"),
    pytest.param(NOTICE_FR, WARRANT_FR.format(day="10 juin"), "MG", AFTER_RULE, True,
                 id="acts-committed-after-the-warrant"),
    pytest.param(NOTICE_ES.format(warrant="30/08/2022"), WARRANT_ES, "GT", OTHERWISE_RULE,
                 True, id="figures-day-first-so-no-swap-reading"),
    pytest.param(NOTICE_ES.format(warrant="8 de agosto de 2022").replace("21/06/1990", "1990"),
                 WARRANT_ES.replace("ocho de marzo", "tres de agosto"), "GT", OTHERWISE_RULE,
                 False, id="same-day-written-otherwise"),
]


@pytest.mark.parametrize(("notice", "warrant", "country", "rule", "raised"), CASES)
def test_recited_act_dates(
    tmp_path: Path, notice: str, warrant: str, country: str, rule: str, raised: bool
) -> None:
    assert (rule in _run(tmp_path, notice, warrant, country)) is raised


# ---------------------------------------------------------------- other consistency classes

ID_NOTICE = (
    "Apellidos: MERA QUIÑÓNEZ. Nombres: Byron Stalin. Fecha de nacimiento: 02/02/1989.\n"
    "Cédula de ciudadanía: 0801234567.\n"
    "Resumen de los hechos: El 4 de mayo de 2019, en Esmeraldas, el requerido mató de un"
    " disparo a un comerciante para robarle.\n"
    "Cargo: asesinato. Legislación: artículo 140 del COIP.\n"
    "Pena impuesta: veintidós años de privación de libertad.\n"
)
ID_JUDGMENT = (
    "TRIBUNAL DE GARANTÍAS PENALES DE ESMERALDAS. Esmeraldas, 9 de octubre de 2019.\n"
    "Comparece el procesado BYRON STALIN MERA QUIÑÓNEZ, portador de la cédula de ciudadanía"
    " N° {number}.\n"
    "El Tribunal declara la culpabilidad del procesado como autor del delito de asesinato,"
    " artículo 140 del COIP, y le impone la pena de veintidós años de privación de libertad.\n"
)

SENTENCE_NOTICE = (
    "Nom : OBAME. Prénoms : Serge. Né le 04/04/1979 à Oyem.\n"
    "Exposé des faits : Le 2 février 2024, à Oyem, le sujet a volé avec violence la recette"
    " d'une pharmacie.\n"
    "Qualification : vol avec violences. Texte : article 294 du Code pénal.\n"
    "Peine prononcée : trois ans d'emprisonnement.\n"
)
SENTENCE_JUDGMENT = (
    "TRIBUNAL DE PREMIÈRE INSTANCE D'OYEM - Jugement n° 12/2024\n"
    "Attendu que le 2 février 2024 le prévenu OBAME Serge a volé avec violence la recette"
    " d'une pharmacie ;\n"
    "PAR CES MOTIFS : le déclare coupable de vol avec violences ; le condamne à {term}"
    " d'emprisonnement ferme.\n"
)

HANDLING_NOTICE = (
    "تعميم\nالاسم: سامر خالد الحسن. تاريخ الميلاد: 1995/03/02.\n"
    "ملخص الوقائع: بتاريخ 2023/05/10 اقتحم ثلاثة أشخاص محلا للمجوهرات في إربد وسرقوا مصاغا"
    " ذهبيا بعد تهديد صاحبه بسكين.\n"
    "الجرم: السرقة بالإكراه.\n"
)
HANDLING_WARRANT = (
    "مذكرة إلقاء قبض\nبما أن المشتكى عليه سامر خالد الحسن مطلوب للتحقيق بجرم {charge} خلافا"
    " لأحكام المادة 83 من قانون العقوبات.\nصدرت بتاريخ 2023/06/01.\n"
)

SUSPENDED = (
    "Family name: CARVALHO. Forenames: Bruno. Date of birth: 01/01/1985.\n"
    "Summary of facts: On 3 March 2024 in Recife the subject shot and killed a neighbour.\n"
    "Charge: homicide (Article 121 of the Penal Code). Penalty: 6 to 20 years.\n"
    "Warrant: preventive detention order, 2nd Jury Court of Recife, issued 10/03/2024.\n"
    "On 5 May 2024 the Superior Court of Justice granted an injunction {what} the preventive"
    " detention order pending the merits of the habeas corpus.\n"
)

MINISTER_NOTICE = (
    "نشرة حمراء\nالاسم: فهد ناصر سالم العتيبي. تاريخ الميلاد: 1970/05/05.\n"
    "ملخص الوقائع: بتاريخ 2020/02/01 استولى المتهم على دفعة مقدمة من عقد إنشاء مدرسة.\n"
    "التهمة: الاستيلاء على أموال عامة.\n"
)
MINISTER_CLAIM = (
    "صحيفة دعوى إدارية\nالمدعية: شركة النخيل للمقاولات، ويمثلها مديرها فهد ناصر العتيبي.\n"
    "المدعى عليه: {defendant} بصفته.\n"
    "الطلبات: إلغاء قرار فسخ العقد.\n"
)


def _docs(tmp_path: Path, country: str, **docs: tuple[str, str]) -> set[str]:
    _p, assessment = packet(tmp_path, {f"{k}.txt": v for k, v in docs.items()}, country)
    return sources(assessment)


OTHER = [
    pytest.param("EC", {"notice": ("red-notice", ID_NOTICE),
                        "judgment": ("judgment", ID_JUDGMENT.format(number="0810234567"))},
                 "rule.consistency.id-number", True, id="identity-card-numbers-differ"),
    pytest.param("EC", {"notice": ("red-notice", ID_NOTICE),
                        "judgment": ("judgment", ID_JUDGMENT.format(number="080123456-7"))},
                 "rule.consistency.id-number", False, id="same-card-number-written-otherwise"),
    pytest.param("GA", {"notice": ("red-notice", SENTENCE_NOTICE),
                        "judgment": ("judgment", SENTENCE_JUDGMENT.format(term="quatre mois"))},
                 "rule.consistency.sentence", True, id="judgment-imposes-another-sentence"),
    pytest.param("GA", {"notice": ("red-notice", SENTENCE_NOTICE),
                        "judgment": ("judgment", SENTENCE_JUDGMENT.format(term="trois ans"))},
                 "rule.consistency.sentence", False, id="judgment-imposes-the-notices-sentence"),
    pytest.param("JO", {"notice": ("diffusion", HANDLING_NOTICE), "warrant": (
                     "arrest-warrant", HANDLING_WARRANT.format(charge="إخفاء أموال مسروقة"))},
                 "rule.consistency.offence-class", True,
                 id="warrant-charges-only-concealing-stolen-goods"),
    pytest.param("JO", {"notice": ("diffusion", HANDLING_NOTICE), "warrant": (
                     "arrest-warrant", HANDLING_WARRANT.format(charge="السرقة بالإكراه"))},
                 "rule.consistency.offence-class", False, id="warrant-charges-the-robbery"),
    pytest.param("BR", {"notice": ("red-notice", SUSPENDED.format(what="suspending the effects"
                                                                 " of"))},
                 "validity.status.warrant-suspended", True,
                 id="injunction-suspending-the-effects-of-the-order"),
    pytest.param("BR", {"notice": ("red-notice", SUSPENDED.format(what="refusing to quash"))},
                 "validity.status.warrant-suspended", False, id="injunction-refused"),
    pytest.param("KW", {"notice": ("red-notice", MINISTER_NOTICE), "claim": (
                     "other", MINISTER_CLAIM.format(defendant="وزير الأشغال العامة"))},
                 "rule.consistency.name", False, id="a-minister-sued-by-office-is-no-name"),
]


@pytest.mark.parametrize(("country", "docs", "rule", "raised"), OTHER)
def test_other_consistency_classes(
    tmp_path: Path, country: str, docs: dict[str, tuple[str, str]], rule: str, raised: bool
) -> None:
    assert (rule in _docs(tmp_path, country, **docs)) is raised
