"""Behaviour tests for the classes the retired held-out cases (h2, h3) and the b24 leftovers
exposed on the offence categories, Article 3 and a few misuse signs: the ethnicity a requesting
state records, custody and marriage matters told as abduction, Moroccan 'fasad', obscene
recordings, English "rebellion", insult to the armed forces, enmity "on grounds of religion",
the Haratin and Muhamasheen, a list of languages spoken, statements signed after a beating,
the Lebanese cheque "without consideration", a licence count beside forgery and the husseiniya.
Each fix has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, packet

WARRANT_EN = "Warrant of arrest no. 17/2024 issued on 2 May 2024 by the Central Court.\n"

# -------------------------------------------------- the ethnicity the requesting state records

ETHNICITY_NOTICE = """RED NOTICE REQUEST
Name: TOLVAR, Ameth. Born 3 May 1980. Nationality: Norvish. Ethnicity: Hmong.
Summary of facts: between 2021 and 2023 the person collected money abroad for a group that
opposes the government and sent it to relatives.
Charges: financing an unlawful group (Article 88 of the Penal Code). Maximum: 10 years.
""" + WARRANT_EN

ETHNICITY_IN_LETTER = """Letter from the Highlands Rights Network
We write about Mr Ameth Tolvar, a teacher of Hmong ethnicity who fled in 2023. The
charges against him concern money he sent to relatives.
"""

PLAIN_NOTICE = """RED NOTICE REQUEST
Name: TOLVAR, Ameth. Born 3 May 1980. Nationality: Norvish.
Summary of facts: between 2021 and 2023 the person collected money abroad for a group that
opposes the government and sent it to relatives.
Charges: financing an unlawful group (Article 88 of the Penal Code). Maximum: 10 years.
""" + WARRANT_EN


def test_an_ethnicity_recorded_in_the_request_is_a_racial_ground(tmp_path: Path) -> None:
    """The requesting state's own document gives the person's persecuted group as his
    ethnicity (cue.ethnicity-named beside misuse.ethnic-minority.group-member)."""
    _p, assessment = packet(tmp_path, {"notice.txt": ("red-notice", ETHNICITY_NOTICE)}, "LA")
    assert "article3.racial" in codes(assessment)


def test_the_same_ethnicity_in_a_supporting_letter_is_no_racial_ground(tmp_path: Path) -> None:
    _p, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", PLAIN_NOTICE),
        "letter.txt": ("other", ETHNICITY_IN_LETTER),
    }, "LA")
    found = codes(assessment)
    assert "misuse.ethnic-minority" in found
    assert "article3.racial" not in found


# -------------------------------------------------- custody and marriage told as abduction

CUSTODY_EN = """Summary of facts: on 2 April 2023 the wanted person left the State for Spain with
the couple's children without their father's consent. By decision of the family court of
9 June 2023 custody of the three children was awarded to the father.
Offences: withholding a minor from the person entitled to custody (Article 301 of the Penal
Code). Penalty: up to three years' imprisonment.
""" + WARRANT_EN

CUSTODY_KILLING_EN = """Summary of facts: on 2 April 2023 the wanted person killed his wife with a
knife in front of the couple's children. Custody of the three children was later given to
their grandmother.
Offences: murder (Article 210 of the Penal Code). Penalty: life imprisonment.
""" + WARRANT_EN

MARRIAGE_EN = """BRIEF FACTS: the complainant stated that the accused had abducted his daughter,
aged 22, to compel her to marry him. The nikah was performed without the consent of the
wali.
Offences: kidnapping a woman to compel marriage (Section 365-B PPC).

AFFIDAVIT: I married Karim Doss of my own free will before two witnesses. Nobody abducted me.
""" + WARRANT_EN

FORCED_MARRIAGE_EN = """BRIEF FACTS: the accused abducted a girl of 14 from outside her school and
forced her into a marriage with his brother; she was raped and held for a month.
Offences: kidnapping of a minor, forced marriage and rape.
""" + WARRANT_EN


def test_custody_of_the_children_and_a_minor_withheld_are_a_family_matter(
    tmp_path: Path,
) -> None:
    _p, assessment = analyze(tmp_path, CUSTODY_EN)
    assert "offense.family-private" in codes(assessment)


def test_custody_beside_a_killing_stays_held_back(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, CUSTODY_KILLING_EN)
    assert "offense.family-private" not in codes(assessment)


def test_her_own_free_will_marriage_told_as_abduction_is_a_family_matter(
    tmp_path: Path,
) -> None:
    _p, assessment = analyze(tmp_path, MARRIAGE_EN)
    assert "offense.family-private" in codes(assessment)


def test_a_forced_marriage_of_a_child_is_no_family_matter(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, FORCED_MARRIAGE_EN)
    assert "offense.family-private" not in codes(assessment)


# -------------------------------------------------- morals: Moroccan 'fasad', obscene recordings

FASAD_AR = """ملخص الوقائع: بناء على شكاية الزوج، ضبطت الشرطة المعني بالأمر
رفقة امرأة متزوجة داخل شقة.
التهم: الفساد والمشاركة في الخيانة الزوجية طبقا للفصول 490 و491 من القانون الجنائي.
العقوبة: الحبس ثلاثة أشهر.
"""

CORRUPTION_AR = """ملخص الوقائع: اختلس المعني بالأمر أموالا عمومية بصفته موظفا في البلدية.
التهم: الفساد المالي واختلاس أموال عمومية. العقوبة: السجن عشر سنوات.
"""

OBSCENE_EN = """Summary of facts: between 2020 and 2022 the subject and his partner published
on a blog photographs and video recordings of themselves.
Charges: possession, circulation and exhibition of obscene films (Section 5 of the Film Act).
Penalty: imprisonment up to 5 years.
""" + WARRANT_EN

OBSCENE_MINORS_EN = """Summary of facts: the subject filmed children aged 9 to 12 and sold the
recordings online.
Charges: possession, circulation and exhibition of obscene films involving minors.
Penalty: imprisonment up to 10 years.
""" + WARRANT_EN


def test_fasad_beside_adultery_or_by_its_article_is_a_morals_offence(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, FASAD_AR)
    assert "offense.cultural-norms" in codes(assessment)


def test_financial_corruption_is_no_morals_offence(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, CORRUPTION_AR)
    assert "offense.cultural-norms" not in codes(assessment)


def test_obscene_films_of_adults_are_a_morals_offence(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, OBSCENE_EN)
    assert "offense.cultural-norms" in codes(assessment)


def test_obscene_films_of_children_are_held_back(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, OBSCENE_MINORS_EN)
    assert "offense.cultural-norms" not in codes(assessment)


# -------------------------------------------------- Article 3: rebellion, armed forces, religion

REBELLION_EN = """Summary of the case: the person leads a group abroad that has called for armed
struggle against the State and sent money for weapons.
Offences: Rebellion (Penal Code, Article 116).
Penalty: imprisonment from 10 to 20 years.
""" + WARRANT_EN

RESISTING_EN = """Summary of facts: when stopped for a traffic check, the accused pushed two
officers and ran.
Offences: rebellion against police officers; driving without a licence.
Penalty: up to six months.
""" + WARRANT_EN

ULTRAJE_ES = """Relato de los hechos: el ciudadano PRIMER TENIENTE Julio Barca publicó un video
en redes sociales. Delitos: ultraje a la Fuerza Armada Nacional (artículo 505 del Código Orgánico
de Justicia Militar). Orden de aprehensión del Tribunal Militar de Control, 3 de agosto de 2024.
"""

ULTRAJE_AGENTE_ES = """Relato de los hechos: el ciudadano Julio Barca insultó a un agente de
tránsito que le impuso una multa. Delitos: ultraje a un funcionario público.
Orden de aprehensión del Juzgado de Control, 3 de agosto de 2024.
"""

RELIGION_EN = """Summary of facts: the subject posted a photograph mocking the fast.
Charges: Penal Code, Section 298A: causing disharmony, disunity or feelings of enmity, hatred or
ill-will on grounds of religion. Penalty: 2 to 5 years.
""" + WARRANT_EN

ASYLUM_EN = """Summary of facts: the subject took 40,000 dollars from a client's account.
Charges: theft by an employee. Penalty: 5 years.
""" + WARRANT_EN + """Counsel's letter: the subject fears persecution on grounds of religion and was
granted asylum.
"""


def test_rebellion_in_an_english_document_is_political(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, REBELLION_EN)
    assert "article3.political" in codes(assessment)


def test_rebellion_against_officers_is_not_political(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, RESISTING_EN)
    assert "article3.political" not in codes(assessment)


def test_insult_to_the_armed_forces_is_a_military_offence(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, ULTRAJE_ES)
    assert "article3.military" in codes(assessment)


def test_insult_to_a_civil_servant_is_not_military(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, ULTRAJE_AGENTE_ES)
    assert "article3.military" not in codes(assessment)


def test_enmity_on_grounds_of_religion_is_religious(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, RELIGION_EN)
    assert "article3.religious" in codes(assessment)


def test_persecution_on_grounds_of_religion_is_no_religious_charge(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, ASYLUM_EN)
    assert "article3.religious" not in codes(assessment)


# -------------------------------------------------- groups: Haratin, Muhamasheen, languages spoken

HARATIN_AR = """ملخص الوقائع: نظم المذكور وقفة أمام مفوضية الشرطة شارك فيها أشخاص
من شريحة لحراطين احتجاجا على التمييز. التهم: التجمهر غير المرخص. العقوبة: الحبس سنة.
"""

MUHAMASHEEN_AR = """ملخص الوقائع: المذكور ينتمي إلى فئة المهمشين ونظم اعتصاما أمام المحافظة.
التهم: التجمهر وإثارة النعرات. العقوبة: الحبس سنتين.
"""

MARGINALISED_AR = """ملخص الوقائع: اختلس المذكور أموال جمعية خيرية مخصصة لمساعدة المهمشين.
التهم: خيانة الأمانة. العقوبة: الحبس ثلاث سنوات.
"""

LANGUAGES_FR = """Exposé des faits : le 3 mai 2024, le nommé HAMA Issa a participé à l'attaque d'un
convoi humanitaire au cours de laquelle six personnes ont été tuées.
Signes particuliers : cicatrice au front. Parle zarma, peul et haoussa.
Qualification : assassinat, association de malfaiteurs en relation avec une entreprise terroriste.
Mandat d'arrêt n° 22/2024 du 20 mai 2024.
"""

PEUL_LEADER_FR = """Exposé des faits : le nommé HAMA Issa, notable peul et président d'une
association d'éleveurs peuls, a dénoncé à la radio des exactions contre les éleveurs.
Qualification : atteinte à la sûreté de l'État. Mandat d'arrêt n° 22/2024 du 20 mai 2024.
"""


def test_the_haratin_and_the_muhamasheen_are_named_groups(tmp_path: Path) -> None:
    for text in (HARATIN_AR, MUHAMASHEEN_AR):
        _p, assessment = analyze(tmp_path, text)
        assert "misuse.ethnic-minority" in codes(assessment), text[:40]


def test_the_marginalised_in_general_are_no_group(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, MARGINALISED_AR)
    assert "misuse.ethnic-minority" not in codes(assessment)


def test_a_language_in_a_list_of_languages_spoken_is_held_back(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, LANGUAGES_FR)
    assert "misuse.ethnic-minority" not in codes(assessment)
    assert "misuse.ethnic-minority" in held(assessment)


def test_a_peul_notable_still_counts(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, PEUL_LEADER_FR)
    assert "misuse.ethnic-minority" in codes(assessment)


# -------------------------------------------------- statements signed after a beating

SIGNED_BEATEN_EN = """Summary of facts: according to the statements of two co-accused, the
person sent money to an armed group. Charges: financing terrorism. Penalty: 20 years.
""" + WARRANT_EN + """Monitor's note: at the hearing one co-accused said he had signed a statement
he could not read, after being beaten with a rifle butt.
"""

SIGNED_COUNSEL_EN = """Summary of facts: according to the statements of two co-accused, the person
sent money to an armed group. One co-accused signed a statement at the police station in the
presence of his lawyer. Charges: financing terrorism. Penalty: 20 years.
""" + WARRANT_EN


def test_a_statement_signed_after_a_beating_is_coerced_evidence(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, SIGNED_BEATEN_EN)
    assert "misuse.coerced-evidence" in codes(assessment)


def test_a_statement_signed_with_counsel_is_not(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, SIGNED_COUNSEL_EN)
    assert "misuse.coerced-evidence" not in codes(assessment)


# -------------------------------------------------- category 3: cheques, licences

CHEQUE_AR = """الوقائع: أصدر المطلوب بتاريخ 2022/04/10 شيكين لأمر شركة توريد ثمنا لبضاعة، وقد أعيد
الشيكان لعدم وجود مؤونة. التهمة: إصدار شيكات بدون مقابل. القانون: المادة 666 من قانون العقوبات.
العقوبة: الحبس من ثلاثة أشهر إلى سنتين.
"""

CHEQUE_DRUGS_AR = """الوقائع: أصدر المطلوب شيكات بدون مقابل لتسديد ثمن شحنة من الكوكايين لصالح عصابة
منظمة لتهريب المخدرات. التهمة: الاتجار بالمخدرات. العقوبة: الأشغال الشاقة.
"""

LICENCE_FORGERY_EN = """Facts: the subject ran a job agency for work abroad, took money from 40
applicants and handed them forged job offers bearing the names of real employers.
Charges: cheating; forgery of valuable security; using forged documents; operating without a
licence. Maximum: imprisonment for life.
""" + WARRANT_EN

LICENCE_EN = """Facts: the subject ran a job agency for work abroad for two years and placed 40
workers with employers who paid them as agreed.
Charges: operating without a licence under the Travel Agents Act. Maximum: one year.
""" + WARRANT_EN


def test_a_cheque_without_consideration_is_category_three(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, CHEQUE_AR)
    assert "offense.administrative-private" in codes(assessment)


def test_a_cheque_paying_for_drugs_stays_held_back(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, CHEQUE_DRUGS_AR)
    assert "offense.administrative-private" not in codes(assessment)


def test_a_licence_count_beside_forgery_is_held_back(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, LICENCE_FORGERY_EN)
    assert "offense.administrative-private" not in codes(assessment)


def test_a_licence_count_alone_is_category_three(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, LICENCE_EN)
    assert "offense.administrative-private" in codes(assessment)


# -------------------------------------------------- the husseiniya

HUSSEINIYA_AR = """ملخص القضية: دلت التحريات على أن المذكور شارك في تجمعات داخل إحدى الحسينيات
بالبلدة وروج لأفكار تمس الوحدة الوطنية. التهم: الإخلال بالنظام العام. العقوبة: السجن خمس سنوات.
"""

HUSSEINIYA_DISTRICT_AR = """ملخص القضية: سرق المذكور سيارة من موقف في حي الحسينية ليلا.
التهم: السرقة. العقوبة: السجن ثلاث سنوات.
"""


def test_gatherings_in_a_husseiniya_are_a_religious_minority_sign(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, HUSSEINIYA_AR)
    assert "misuse.religious-minority" in codes(assessment)


def test_a_district_named_husseiniya_is_not(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, HUSSEINIYA_DISTRICT_AR)
    assert "misuse.religious-minority" not in codes(assessment)


KURDISH_MURDER = (
    "RED NOTICE REQUEST - NCB Ankara\n"
    "Family name: DEMIR. Forename: Baran. Sex: male. Date of birth: 12/03/1988."
    " Ethnicity: Kurdish.\n"
    "Summary of facts: on 14 June 2023 in Izmir the subject shot his business partner Mehmet"
    " Arslan three times in the chest after a dispute over a debt of 40,000 lira; the victim"
    " died at the scene. Two witnesses identified him.\n"
    "Charge: {charge}. Penalty: life imprisonment.\n"
)


def test_a_recorded_ethnicity_beside_an_ordinary_murder_charge_is_no_article3_ground(
    tmp_path: Path,
) -> None:
    """The ethnicity field names the group, but the charge is an ordinary killing on concrete
    facts: an identity datum, not a ground of the case."""
    _p, assessment = analyze(tmp_path, KURDISH_MURDER.format(
        charge="intentional homicide, article 81 of the Turkish Penal Code"))
    assert "article3.racial" not in codes(assessment)


def test_a_recorded_ethnicity_beside_a_separatism_charge_is_a_ground(tmp_path: Path) -> None:
    _p, assessment = analyze(tmp_path, KURDISH_MURDER.format(
        charge="membership of an armed separatist organisation, article 314 of the Turkish"
        " Penal Code"))
    assert "article3.racial" in codes(assessment)
