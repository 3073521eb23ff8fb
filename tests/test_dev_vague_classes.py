"""Behaviour tests for the compliance.vague-facts classes the dev cases exposed: summaries of
facts that attribute no concrete act to the person in wordings the engine did not read, each
fixed by a lexicon entry or cue, with a counterpart that names a concrete act and must still
not raise the flag (or holds it back, with its reason).

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

VAGUE = "compliance.vague-facts"

# ------------------------------------------------ acts named only as unlawful

ACTS_CONTRARY_TO_LAW = """\
ملخص الوقائع: تورط المتهم في أعمال نصب على عدد من التجار، وقام بأفعال مخالفة
للقانون أضرت بهم، ولا يزال هاربا.
التهمة: الاحتيال. العقوبة القصوى: السجن سبع سنوات.
"""

FRAUD_TOLD = """\
ملخص الوقائع: بتاريخ 12/03/2021 في مدينة بورتسودان استلم المتهم من التاجر (م. ع.)
مبلغ 40 مليون جنيه مقابل شحنة سكر لم يسلمها، ثم أغلق هاتفه وغادر المدينة.
التهمة: الاحتيال. العقوبة القصوى: السجن سبع سنوات.
"""


def test_acts_named_only_as_contrary_to_the_law_are_boilerplate(tmp_path: Path) -> None:
    """"قام بأفعال مخالفة للقانون" (carried out acts contrary to the law) names no act."""
    _packet, assessment = analyze(tmp_path, ACTS_CONTRARY_TO_LAW)
    assert VAGUE in codes(assessment)


def test_a_fraud_told_with_date_place_and_sum_is_not_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, FRAUD_TOLD)
    assert VAGUE not in codes(assessment)


# ------------------------------------------------ suspicion resting on secret material

SECRET_MATERIAL = (
    "Summary of facts: The subject is suspected of having been, from 2015 to 2020, an active member"
    " of a terrorist organisation and of channelling donor funds to it through the charity he"
    " worked for. The suspicion is based on secret material held by the security services and on"
    " statements of other suspects.\n"
    "Charges: membership of a terrorist organisation. Maximum penalty: 10 years' imprisonment.\n"
)

CLASSIFIED_PASSED = (
    "Summary of facts: On 14 May 2019 in Vienna the subject, an officer of the defence ministry,"
    " handed a memory stick with classified material on air-defence sites to an agent of a foreign"
    " service in exchange for EUR 20,000, as filmed by the surveillance team.\n"
    "Charges: espionage. Maximum penalty: 10 years' imprisonment.\n"
)


def test_a_suspicion_based_on_secret_material_is_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SECRET_MATERIAL)
    assert VAGUE in codes(assessment)


def test_handing_over_classified_material_is_a_concrete_act(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CLASSIFIED_PASSED)
    assert VAGUE not in codes(assessment)


# ------------------------------------------------ acts qualified by likeness to a community

LIKE_THE_COMMUNITY = (
    "Exposé des faits : Entre mars et juin 2022, l'intéressé, éleveur établi à Mopti, a envoyé à"
    " ses frères restés au village plusieurs sommes d'argent par téléphonie mobile. Ces envois, à"
    " l'instar de ceux d'autres ressortissants de la même communauté, s'analysent en un financement"
    " des groupes armés.\n"
    "Qualification : financement du terrorisme. Peine maximale : vingt ans de réclusion.\n"
)

TRANSFERS_TO_A_GROUP = (
    "Exposé des faits : Le 3 mai 2022 à Mopti, l'intéressé a remis 2 000 000 francs CFA en espèces"
    " à un chef connu du groupe armé qui tenait la route de Douentza, en échange de laissez-passer,"
    " comme l'établissent ses messages saisis.\n"
    "Qualification : financement du terrorisme. Peine maximale : vingt ans de réclusion.\n"
)


def test_acts_qualified_by_likeness_to_a_community_are_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, LIKE_THE_COMMUNITY)
    assert VAGUE in codes(assessment)


def test_a_payment_to_a_named_armed_leader_is_not_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, TRANSFERS_TO_A_GROUP)
    assert VAGUE not in codes(assessment)


# ------------------------------------------------ a time told only as the tenure

TENURE_WITH_OTHERS = """\
الوقائع: إن المذكور، بصفته المدير التجاري السابق للشركة الوطنية للسكر، قد ارتكب
بالاشتراك مع آخرين، خلال فترة ممارسته لمهامه، أفعال اختلاس أموال عمومية وإساءة استعمال السلطة.
التهم: اختلاس المال العام. العقوبة: السجن من خمس إلى عشر سنوات.
"""

TENURE_TOLD = """\
الوقائع: إن المذكور، بصفته المدير التجاري السابق للشركة الوطنية للسكر، حوّل خلال فترة
ممارسته لمهامه، بتاريخ 4/2/2019، مبلغ 300 مليون فرنك من حساب الشركة إلى حساب شخصي في دوالا.
التهم: اختلاس المال العام. العقوبة: السجن من خمس إلى عشر سنوات.
"""


def test_a_tenure_and_unnamed_others_are_stacked_formulae(tmp_path: Path) -> None:
    """"خلال فترة ممارسته لمهامه" (during his tenure) beside "بالاشتراك مع آخرين" gives
    no period, act or amount."""
    _packet, assessment = analyze(tmp_path, TENURE_WITH_OTHERS)
    assert VAGUE in codes(assessment)


def test_a_tenure_with_a_dated_transfer_is_not_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, TENURE_TOLD)
    assert VAGUE not in codes(assessment)


# ------------------------------------------------ the acts referred to the investigations

REFERRED_TO_FILE = """\
الوقائع: استولى المتهم بغير حق، بصفته عضوا في مجلس إدارة الشركة، على مبالغ من أموال
الشركة وأضر عمدا بأموال المساهمين، وذلك على النحو المبين بالتحقيقات.
التهمة: الإضرار العمدي بالأموال. العقوبة: السجن المشدد.
"""

REFERRED_AFTER_ACT = """\
الوقائع: بتاريخ 5/6/2020 بمدينة طنطا أصدر المتهم شيكا بمبلغ 800 ألف جنيه لصالح
المجني عليه دون رصيد قائم وقابل للسحب، وذلك على النحو المبين بالتحقيقات.
التهمة: إعطاء شيك بدون رصيد. العقوبة: الحبس ثلاث سنوات.
"""


def test_sums_with_no_amount_referred_to_the_file_are_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, REFERRED_TO_FILE)
    assert VAGUE in codes(assessment)


def test_the_file_formula_after_a_dated_act_is_not_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, REFERRED_AFTER_ACT)
    assert VAGUE not in codes(assessment)


# ------------------------------------------------ a harm to the State as the only act

SOVEREIGNTY_CLAUSE = (
    "Síntesis: Desde 2019 y hasta la fecha, la requerida, desde el extranjero y por medio de redes"
    " sociales, realizó actos que menoscaban la independencia y la soberanía del país.\n"
    "Delito: menoscabo a la integridad nacional. Pena: diez años de prisión.\n"
)

ACTIVITIES_THREAT = (
    "Facts: The subject is a member of the Liberation Front and attends its meetings in the"
    " capital. His activities constitute a continuing threat to the peace and security of the"
    " Eastern Province.\n"
    "Charges: participation in a terrorist organisation. Penalty: 5 to 15 years.\n"
)

BOMB_THREAT = (
    "Facts: On 2 June 2016 at 18:40 the subject left a bag with an explosive device at the Central"
    " bus station of Dire Dawa; it went off and killed four passengers. The bombing is a threat"
    " to the peace and security of the Eastern Province.\n"
    "Charges: terrorist act; murder. Penalty: life imprisonment.\n"
)

GROUP_DAMAGE = (
    "Summary of facts: The subject, being director of a grain trading company, in the period"
    " 2011-2013, acting with a group of persons, caused damage to the interests of the State and"
    " legalised the proceeds.\n"
    "Charges: Art. 177 (fraud) of the Criminal Code. Maximum penalty: 10 years.\n"
)

GROUP_TOLD = (
    "Summary of facts: On 11 March 2012 in Aktobe the subject, director of a grain trading company,"
    " signed a false delivery act for 4,000 tonnes of wheat never delivered to the state reserve"
    " and received 310 million tenge, which caused damage to the interests of the State.\n"
    "Charges: Art. 177 (fraud) of the Criminal Code. Maximum penalty: 10 years.\n"
)

UNNAMED_GROUP_AIM = """\
ملخص الوقائع: ثبت من التحريات أن المتهم انضم إلى جماعة أسست على خلاف أحكام القانون،
الغرض منها منع مؤسسات الدولة من ممارسة أعمالها، مع علمه بأغراضها.
التهمة: الانضمام إلى جماعة إرهابية. العقوبة القصوى: السجن المشدد خمس عشرة سنة.
"""

UNNAMED_GROUP_ARTICLE = """\
الوقائع: نشر المتهم بتاريخ 8/5/2022 مقالا بعنوان "من يملك الأرض؟" على موقعه،
تنفيذا لأغراض جماعة أسست على خلاف أحكام القانون.
التهمة: نشر أخبار كاذبة. العقوبة القصوى: السجن خمس سنوات.
"""

PEOPLE_AND_GOVERNMENT = (
    "Hechos: La investigada, valiéndose de la academia de baile que dirige, actuó con el propósito"
    " de promover actos de provocación y odio contra el pueblo y el Gobierno.\n"
    "Delito: traición a la patria. Pena máxima: quince años de prisión.\n"
)


def test_a_finite_clause_harming_sovereignty_is_vague(tmp_path: Path) -> None:
    """"realizó actos que menoscaban la independencia" is the gerund's harm in a finite verb."""
    _packet, assessment = analyze(tmp_path, SOVEREIGNTY_CLAUSE)
    assert VAGUE in codes(assessment)


def test_his_activities_as_a_threat_to_peace_are_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ACTIVITIES_THREAT)
    assert VAGUE in codes(assessment)


def test_a_bombing_called_a_threat_to_peace_is_not_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, BOMB_THREAT)
    assert VAGUE not in codes(assessment)


def test_damage_to_the_state_by_a_group_of_persons_is_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, GROUP_DAMAGE)
    assert VAGUE in codes(assessment)


def test_damage_to_the_state_after_a_told_act_is_not_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, GROUP_TOLD)
    assert VAGUE not in codes(assessment)


def test_joining_an_unnamed_group_to_stop_the_state_is_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, UNNAMED_GROUP_AIM)
    assert VAGUE in codes(assessment)


def test_a_dated_article_for_an_unnamed_group_is_not_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, UNNAMED_GROUP_ARTICLE)
    assert VAGUE not in codes(assessment)


def test_acts_promoted_against_the_people_and_government_are_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PEOPLE_AND_GOVERNMENT)
    assert VAGUE in codes(assessment)


PEOPLE_AND_GOVERNMENT_TOLD = (
    "Hechos: El 9 de julio de 2021, en León, el investigado lanzó dos artefactos incendiarios"
    " contra la sede de la alcaldía, que ardió con tres funcionarios dentro, en un ataque"
    " contra el pueblo y el Gobierno según la acusación.\n"
    "Delito: incendio; lesiones graves. Pena máxima: quince años de prisión.\n"
)


def test_an_arson_called_an_attack_on_people_and_government_is_not_vague(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, PEOPLE_AND_GOVERNMENT_TOLD)
    assert VAGUE not in codes(assessment)


# ------------------------------------------------ laundering with no offence named

UNEXPLAINED_CASH = (
    "Hechos: El 3 de marzo de 2017, en un control en Maturín, se halló en el vehículo del"
    " requerido la cantidad de USD 40.000 en efectivo, cuya procedencia lícita no pudo"
    " justificar.\n"
    "Delito: legitimación de capitales. Pena: diez a quince años de prisión.\n"
)

UNEXPLAINED_WEALTH = (
    "Hechos: Entre 2014 y 2018, siendo alcalde de Maturín, el requerido adquirió tres inmuebles y"
    " dos vehículos por USD 900.000, cuya procedencia lícita no pudo justificar frente a un salario"
    " de USD 1.200 mensuales.\n"
    "Delito: enriquecimiento ilícito. Pena: tres a diez años de prisión.\n"
)


def test_laundering_told_only_as_unexplained_cash_is_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, UNEXPLAINED_CASH)
    assert VAGUE in codes(assessment)


def test_unexplained_wealth_is_the_offence_of_illicit_enrichment(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, UNEXPLAINED_WEALTH)
    assert VAGUE not in codes(assessment)
    assert "illicit enrichment" in held(assessment)[VAGUE]
