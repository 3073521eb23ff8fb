"""Behaviour tests for the category and misuse classes the b12 development cases exposed: signs
the engine missed and a false alarm a reviewer would call wrong, each fixed by a lexicon entry,
with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, sources

# ---------------------------------------------------------------- Central American maintenance

MAINTENANCE_CA = (
    "Persona buscada: MORA QUIRÓS, Esteban, nacido el 8/9/1983.\n"
    "Delito: incumplimiento de deber alimentario.\n"
    "Hechos: el juzgado fijó una pensión alimentaria mensual a favor de su hija menor y el"
    " obligado no la deposita desde mayo de 2021.\n"
)

MAINTENANCE_CA_KILLING = (
    "Persona buscada: MORA QUIRÓS, Esteban, nacido el 8/9/1983.\n"
    "Delito: homicidio calificado; incumplimiento de deber alimentario.\n"
    "Hechos: el 2 de junio de 2021, en Heredia, mató a golpes a la madre de su hija, que le"
    " reclamaba la pensión alimentaria.\n"
)


def test_unpaid_pension_alimentaria_is_a_family_matter(tmp_path: Path) -> None:
    """'pensión alimentaria' and 'deber alimentario' are the Central American names of the
    maintenance the Spanish 'pensión alimenticia' names."""
    _packet, assessment = analyze(tmp_path, MAINTENANCE_CA)
    assert "offense.family-private.maintenance" in sources(assessment)
    assert assessment.level == "likely-non-compliant"


def test_a_killing_over_the_pension_alimentaria_holds_the_family_flag_back(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, MAINTENANCE_CA_KILLING)
    assert "offense.family-private" not in codes(assessment)
    assert "offense.family-private" in held(assessment)


# ---------------------------------------------------------------- a hearing that is not the trial

ABSENT_FROM_HEARING = (
    "Persona buscada: LEDESMA ORTIZ, Raúl, nacido el 4/4/1975.\n"
    "Hechos: el 2 de marzo de 2020, en Cuenca, el procesado se apropió de 40.000 dólares de la"
    " cooperativa que administraba. El procesado vive en el extranjero y no compareció a la"
    " audiencia.\n"
    "Delito: abuso de confianza (artículo 187 del Código Orgánico Integral Penal).\n"
    "Orden: prisión preventiva dictada el 3 de mayo de 2021 por la Unidad Judicial Penal.\n"
)

ABSENT_FROM_TRIAL = (
    "Persona buscada: LEDESMA ORTIZ, Raúl, nacido el 4/4/1975.\n"
    "Hechos: el 2 de marzo de 2020, en Cuenca, el procesado se apropió de 40.000 dólares de la"
    " cooperativa que administraba. El procesado no compareció a la audiencia y el juicio se"
    " celebró con un defensor público.\n"
    "Delito: abuso de confianza (artículo 187 del Código Orgánico Integral Penal).\n"
    "Sentencia: condenado a cuatro años de prisión el 3 de mayo de 2022.\n"
)


def test_not_appearing_at_a_hearing_is_no_trial_in_absentia(tmp_path: Path) -> None:
    """A hearing not named as the trial (charging, detention, liquidation) tells no judgment."""
    _packet, assessment = analyze(tmp_path, ABSENT_FROM_HEARING)
    assert "misuse.in-absentia" not in codes(assessment)


def test_not_appearing_while_the_trial_went_ahead_is_still_in_absentia(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, ABSENT_FROM_TRIAL)
    assert "misuse.in-absentia" in codes(assessment)


# ---------------------------------------------------------------- an unofficial rite

UNOFFICIAL_RITE = (
    "Nom : HAMADI Ali, né le 3 mars 1979.\n"
    "Exposé des faits : depuis 2019, l'intéressé réunit chaque vendredi une quarantaine de"
    " fidèles dans un local loué et leur enseigne sa doctrine.\n"
    "Qualification : enseignement et propagation d'un rite autre que le rite officiel.\n"
    "Peine encourue : emprisonnement de six mois à trois ans.\n"
)

OFFICIAL_RITE_FRAUD = (
    "Nom : HAMADI Ali, né le 3 mars 1979.\n"
    "Exposé des faits : en 2019, l'intéressé a collecté 30 000 euros auprès de fidèles pour"
    " construire une mosquée du rite officiel, puis a viré les fonds sur son compte personnel.\n"
    "Qualification : escroquerie.\n"
    "Peine encourue : emprisonnement de cinq ans.\n"
)


def test_teaching_a_rite_other_than_the_official_one_is_a_religious_offence(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, UNOFFICIAL_RITE)
    assert "article3.religious.proselytism" in sources(assessment)
    assert assessment.level == "likely-non-compliant"


def test_a_fraud_told_beside_the_official_rite_is_no_religious_offence(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, OFFICIAL_RITE_FRAUD)
    assert "article3.religious" not in codes(assessment)


# ---------------------------------------------------------------- Levantine espionage wording

SECRETS_TO_FOREIGN_STATE = (
    "الاسم: سامر خليل العلي\n"
    "الوقائع: في عام 2015 نسخ المذكور ملفات من الإدارة التي يعمل فيها وسلمها إلى جهة أجنبية.\n"
    "الجرائم: سرقة وثائق ومعلومات يجب أن تبقى مكتومة حرصا على سلامة الدولة وإبلاغها إلى دولة"
    " أجنبية (المادتان 272 و273 من قانون العقوبات).\n"
    "العقوبة القصوى: الأشغال الشاقة المؤقتة عشر سنوات.\n"
)

OFFICE_PAPERS_STOLEN = (
    "الاسم: سامر خليل العلي\n"
    "الوقائع: في عام 2015 سرق المتهم وثائق ومعلومات تجارية من مكتب الشركة التي يعمل فيها"
    " وباعها إلى شركة منافسة.\n"
    "الجرائم: السرقة وإفشاء أسرار تجارية (المادتان 621 و565 من قانون العقوبات).\n"
    "العقوبة القصوى: الحبس ثلاث سنوات.\n"
)


def test_information_kept_secret_for_the_safety_of_the_state_is_espionage(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, SECRETS_TO_FOREIGN_STATE)
    assert "article3.political" in codes(assessment)


def test_business_papers_stolen_and_sold_are_no_political_offence(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, OFFICE_PAPERS_STOLEN)
    assert "article3.political" not in codes(assessment)


# ---------------------------------------------------------------- testimony before a congress

TESTIMONY = (
    "الاسم: نادر سليم الحمود\n"
    "الوقائع: غادر المتهم البلاد في عام 2013، ثم مثل المتهم أمام لجنة في الكونغرس بتاريخ"
    " 3/3/2016 وتحدث عن أوضاع السجون.\n"
    "التهمة: اختلاس أموال عامة (المادة 349 من قانون العقوبات).\n"
    "العقوبة القصوى: الأشغال الشاقة المؤقتة سبع سنوات.\n"
    "المذكرة: مذكرة توقيف صادرة عن قاضي التحقيق الأول بدمشق رقم 12 لعام 2016 بتاريخ"
    " 20/3/2016.\n"
)

TESTIMONY_LONG_BEFORE = TESTIMONY.replace("3/3/2016", "3/3/2013").replace(
    "في عام 2013", "في عام 2012"
)


def test_a_warrant_weeks_after_testimony_before_a_congress_is_a_timing_sign(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, TESTIMONY)
    assert "misuse.political-timing" in codes(assessment)


def test_a_warrant_years_after_the_testimony_is_no_timing_sign(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, TESTIMONY_LONG_BEFORE)
    assert "misuse.political-timing" not in codes(assessment)


# ---------------------------------------------------------------- export proceeds not repatriated

EXPORT_PROCEEDS = (
    "Nom : KOUASSI Jean, né le 5 mai 1972.\n"
    "Exposé des faits : la société du sieur KOUASSI a exporté du cacao en 2021 ; les recettes"
    " n'ont pas été rapatriées dans le délai réglementaire.\n"
    "Qualification : défaut de rapatriement des recettes d'exportation.\n"
    "Peine encourue : emprisonnement d'un à cinq ans.\n"
)

EXPORT_PROCEEDS_LAUNDERED = (
    "Nom : KOUASSI Jean, né le 5 mai 1972.\n"
    "Exposé des faits : la société du sieur KOUASSI a exporté du cacao en 2021 ; les recettes"
    " n'ont pas été rapatriées et ont été placées sur des comptes ouverts sous de faux noms.\n"
    "Qualifications : défaut de rapatriement des recettes d'exportation ; blanchiment de"
    " capitaux.\n"
    "Peine encourue : emprisonnement de dix ans.\n"
)


def test_export_proceeds_not_repatriated_are_a_strong_administrative_sign(
    tmp_path: Path,
) -> None:
    """A breach of exchange regulations with no deceit: category 3, raised high."""
    _packet, assessment = analyze(tmp_path, EXPORT_PROCEEDS)
    assert "offense.administrative-private" in codes(assessment)
    assert assessment.level == "likely-non-compliant"


def test_export_proceeds_laundered_hold_the_administrative_flag_back(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, EXPORT_PROCEEDS_LAUNDERED)
    assert "offense.administrative-private" not in codes(assessment)
