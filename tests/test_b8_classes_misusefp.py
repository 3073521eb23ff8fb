"""Behaviour tests for the misuse false alarms the b8 development cases exposed.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

# A negation inside a condition ("if he does not surrender") negates the condition only:
# the retrial guarantee after the comma still holds the in-absentia flag back.
CONDITIONAL_RETRIAL = """Decision of the investigating prosecutor, case 2021/77
The accused Omar HADDAD is charged with armed robbery of a bank in Irbid on 3 May 2021,
article 401 of the Penal Code, maximum penalty 15 years.
A warrant for his arrest is issued. If he does not surrender, he will be tried in absentia,
with the right to a retrial in his presence once he is arrested.
"""

CONDITIONAL_RETRIAL_AR = """قرار المدعي العام في القضية رقم ٢٠٢١/٧٧
اتهام المشتكى عليه عمر حداد بجناية السرقة المسلحة لفرع مصرف في إربد بتاريخ ٢٠٢١/٠٥/٠٣ خلافا
للمادة ٤٠١ من قانون العقوبات، والعقوبة القصوى خمس عشرة سنة.
إصدار مذكرة قبض بحقه ومحاكمته غيابيا إذا لم يسلم نفسه، مع حقه في إعادة المحاكمة حضوريا عند
القبض عليه.
"""

NO_RETRIAL = """Judgment of the criminal court, 4 June 2020
The accused Omar HADDAD was convicted in absentia of armed robbery of a bank in Irbid on
3 May 2019 (article 401 of the Penal Code) and sentenced to 12 years' imprisonment.
He is not entitled to a retrial.
"""


def test_a_negated_condition_does_not_negate_the_retrial_guarantee(tmp_path: Path) -> None:
    for text in (CONDITIONAL_RETRIAL, CONDITIONAL_RETRIAL_AR):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.in-absentia" not in codes(assessment), text[:40]
        assert "retrial" in held(assessment).get("misuse.in-absentia", ""), text[:40]


def test_a_negated_retrial_still_leaves_the_in_absentia_flag(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, NO_RETRIAL)
    assert "misuse.in-absentia" in codes(assessment)


# A language listed in the languages field of the identity data is an identifier, not
# membership of a persecuted ethnic group.
LANGUAGE_FIELD = """Red Notice application
Surname: DOSKI  Forenames: Azad
Date of birth: 02.02.1985. Nationality: Swedish.
Languages: Kurdish (Kurmanji), Swedish, English.
Summary of facts: On 9 May 2022 in Malmo the subject shot Lars Berg dead outside a shop
after a dispute over a car sale.
Offence: murder, Chapter 3 section 1 of the Criminal Code. Maximum penalty: life imprisonment.
Warrant: arrest warrant of the Malmo District Court, 12 May 2022, no. B 4411-22.
"""

LANGUAGE_FIELD_FR = """Demande de notice rouge
Nom : DOSKI  Prénom : Azad
Né le 02/02/1985. Nationalité : belge.
Langues parlées : kurde, français, anglais.
Exposé des faits : le 9 mai 2022 à Liège, l'intéressé a abattu M. Luc Berg de deux balles
devant un garage, à la suite d'un différend sur la vente d'une voiture.
Qualification : meurtre, article 393 du Code pénal. Peine : 30 ans de réclusion.
Mandat d'arrêt du juge d'instruction de Liège du 12 mai 2022.
"""

KURDISH_CHARGE = """Summary of facts
Azad DOSKI, a Kurdish teacher, was charged after he taught the Kurdish language in an
unlicensed course in Diyarbakir in 2021.
Charge: propaganda for a terrorist organisation, article 7/2 of Law 3713. Penalty: 5 years.
"""


def test_a_language_in_the_identity_data_is_not_an_ethnic_group(tmp_path: Path) -> None:
    for text in (LANGUAGE_FIELD, LANGUAGE_FIELD_FR):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.ethnic-minority" not in codes(assessment), text[:40]
        assert "language" in held(assessment).get("misuse.ethnic-minority", ""), text[:40]
        assert assessment.level == "no-concerns-found", assessment.flags


def test_the_group_named_in_the_facts_still_counts(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, KURDISH_CHARGE)
    assert "misuse.ethnic-minority" in codes(assessment)


# "the journalist" after the document named the journalist as another person (the victim)
# refers back to that person.
JOURNALIST_AGAIN = """Exposé des faits
Le 2 mars 2015 à Bamako, M. Issa KONÉ, rédacteur en chef du journal « L'Écho », a été
abattu devant son domicile. Le journaliste préparait une enquête sur des marchés publics.
L'intéressé, DIARRA Moussa, a remis une arme et de l'argent aux tireurs pour faire taire
le journaliste.
Qualification : complicité d'assassinat, articles 24 et 199 du Code pénal. Peine : réclusion
criminelle à perpétuité. Mandat d'arrêt du juge d'instruction de Bamako du 5 mai 2016.
"""

JOURNALIST_AGAIN_EN = """Summary of facts
On 2 March 2015 in Lagos, Mr Femi ADE, editor of the weekly "The Echo", was shot dead outside
his home. The journalist had been preparing a report on public contracts.
The subject, Musa BELLO, gave a pistol and money to the gunmen to silence the journalist.
Charge: conspiracy to murder, section 324 of the Criminal Code. Penalty: death.
Warrant of arrest of the Lagos High Court, 5 May 2016.
"""


def test_the_journalist_named_as_victim_stays_the_victim_later(tmp_path: Path) -> None:
    for text in (JOURNALIST_AGAIN, JOURNALIST_AGAIN_EN):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.journalist-media" not in codes(assessment), text[:40]
        assert "misuse.journalist-media" in held(assessment), text[:40]


# A second status of two words ("and presidential candidate") before another person's name.
TWO_WORD_STATUS = """Resumen de los hechos
El 4 de mayo de 2022 en Guayaquil, el periodista y candidato presidencial Andrés Mora Vélez
fue asesinado a tiros. El requerido, PAZ LEÓN Kevin, condujo la motocicleta de los tiradores.
Delito: asesinato, artículo 140 del Código Orgánico Integral Penal. Pena: 22 a 26 años.
Orden de prisión preventiva del 10 de mayo de 2022.
"""


def test_a_second_status_of_two_words_still_finds_the_other_person(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, TWO_WORD_STATUS)
    assert "misuse.journalist-media" not in codes(assessment)
    assert "Andrés Mora" in held(assessment).get("misuse.journalist-media", "")


# Ill-treatment that killed someone, or that the subject's charged words accused the
# authorities of, is no coerced evidence against the subject.
DIED_AFTER_ILL_TREATMENT = """Exposé des faits
Le 4 janvier 2010 à Conakry, M. Sékou B., gardien de l'intéressé, est décédé après des
sévices subis dans un local où des gardes l'avaient enfermé sur ordre de l'intéressé.
Qualification : assassinat, article 282 du Code pénal. Peine : réclusion à perpétuité.
Mandat d'arrêt du juge d'instruction de Conakry du 3 mars 2011.
"""

ACCUSED_OF_TORTURE_AR = """ملخص الوقائع
نشر المتهم خلال عام ٢٠١٩ تغريدات أهان فيها وزارة الداخلية بممارسة التعذيب في السجون.
التهمة: إهانة هيئة نظامية، المادة ٢١٦ من قانون العقوبات. العقوبة: الحبس ثلاث سنوات.
"""

TORTURED_SUBJECT = """Summary of facts
The accused says he was tortured in custody in March 2019 and signed the statement the
police wrote. Charge: robbery, article 389 of the Penal Code. Penalty: 10 years.
"""


def test_ill_treatment_of_others_is_not_coerced_evidence(tmp_path: Path) -> None:
    for text in (DIED_AFTER_ILL_TREATMENT, ACCUSED_OF_TORTURE_AR):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.coerced-evidence" not in codes(assessment), text[:40]


def test_the_subjects_own_torture_still_counts(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, TORTURED_SUBJECT)
    assert "misuse.coerced-evidence" in codes(assessment)


# A confession the police published is not a publication of the subject's that the
# proceedings followed.
PUBLISHED_CONFESSION = """Summary of facts
On 2 April 2021 in Misrata the accused robbed a money changer at gunpoint. He confessed in the
police record, and the confession was published on the unit's page; after that the case was
referred to the prosecutor. Charge: armed robbery, article 446 of the Penal Code. Penalty:
10 years. Arrest warrant of the prosecutor of Misrata, 20 April 2021.
"""

PUBLISHED_CONFESSION_AR = """ملخص الوقائع
سطا المتهم بتاريخ ٢٠٢١/٠٤/٠٢ في مصراتة على محل صرافة تحت تهديد السلاح، واعترف في المحضر، وهو
الاعتراف الذي نشر على صفحة الكتيبة، وأحيل بعد ذلك إلى النيابة.
التهمة: السرقة بالإكراه، المادة ٤٤٦ من قانون العقوبات. العقوبة: السجن عشر سنوات.
"""


def test_a_published_confession_is_no_timing_sign(tmp_path: Path) -> None:
    for text in (PUBLISHED_CONFESSION, PUBLISHED_CONFESSION_AR):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.political-timing" not in codes(assessment), text[:40]


# An ex-official charged with corruption whose bribes went to accounts in others' names: the
# office alone is no sign of a conflict with the government.
EX_MINISTER_TRAIL = """Indictment (extract)
The defendant, a former Minister of Transport, received USD 2,000,000 from a road contractor
between 2015 and 2016; the money was paid into accounts opened in the names of his
brother-in-law in Dubai, and the beneficial owner of the receiving company is the defendant.
The defendant committed passive corruption and money laundering, articles 318 and 4 of the
Penal Code. Penalty: 12 years.
"""

EX_MINISTER_TRAIL_ES = """Acusación (extracto)
El acusado, exministro de Transporte, recibió 2 000 000 de dólares de un contratista entre 2015
y 2016; el dinero fue depositado en cuentas abiertas a nombre de su cuñado, y el beneficiario
final de la sociedad receptora es el acusado.
Delitos: cohecho pasivo y lavado de activos, artículos 393 y 323 del Código Penal. Pena: 12 años.
"""


def test_an_ex_minister_with_a_money_trail_is_not_an_opponent(tmp_path: Path) -> None:
    for text in (EX_MINISTER_TRAIL, EX_MINISTER_TRAIL_ES):
        _packet, assessment = analyze(tmp_path, text)
        assert "misuse.political-opposition" not in codes(assessment), text[:40]
