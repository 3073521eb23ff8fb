"""Behaviour tests for the classes the b11 development cases exposed: false alarms a reviewer
would call wrong and signs the engine missed, each fixed by a rule or a lexicon entry, with a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, packet

# ---------------------------------------------------------------- a law reference names no offence

MAINTENANCE = (
    "Persona buscada: PEÑA ROJAS, Julio César, nacido el 2/3/1980.\n"
    "Hechos: desde enero de 2020 no paga la pensión alimentaria fijada por sentencia civil a favor"
    " de sus tres hijos menores, con un atraso de RD$ 410.000.\n"
    "Infracción: incumplimiento de la obligación alimentaria (violación al artículo 196 de la"
    " Ley 136-03).\nPena: dos años de prisión correccional.\n"
)

RAPE_IN_FAMILY = (
    "Persona buscada: PEÑA ROJAS, Julio César, nacido el 2/3/1980.\n"
    "Hechos: el 4 de mayo de 2021, en Baní, violó a su hijastra de catorce años.\n"
    "Infracción: violación de una menor; incumplimiento de la obligación alimentaria.\n"
    "Pena: veinte años de reclusión mayor.\n"
)


def test_a_breach_of_an_article_is_no_rape(tmp_path: Path) -> None:
    """"violación al artículo 196" (breach of the article) named no rape that would make the
    maintenance charge a crime of violence."""
    _packet, assessment = analyze(tmp_path, MAINTENANCE)
    assert "offense.family-private" in codes(assessment)


def test_a_rape_in_the_family_still_holds_the_family_flag_back(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, RAPE_IN_FAMILY)
    assert "offense.family-private" not in codes(assessment)
    assert "offense.family-private" in held(assessment)


# ---------------------------------------------------------------- the victim is the journalist

EDITOR_KILLED = """ملخص الوقائع:
في مساء يوم 11/03/2019 أطلق المتهم النار على المجني عليه (ع. ك. م.)، رئيس تحرير صحيفة
أسبوعية، فأرداه قتيلا أمام منزله في البصرة.
وكان المجني عليه قد نشر خلال الأشهر السابقة مقالات عن عقود الكهرباء.
التهمة: القتل العمد مع سبق الإصرار، المادة 406 من قانون العقوبات.
العقوبة القصوى: الإعدام.
"""

EDITOR_CHARGED = """ملخص الوقائع:
المتهم رئيس تحرير صحيفة أسبوعية في البصرة، وبعد نشره مقالات عن عقود الكهرباء حركت النيابة
العامة الدعوى ضده بتهمة إهانة مؤسسات الدولة.
التهمة: إهانة مؤسسات الدولة، المادة 226 من قانون العقوبات.
"""


def test_an_editor_named_by_initials_as_the_victim_is_not_the_subject(tmp_path: Path) -> None:
    """Arabic initials ("ع. ك. م.") do not end the sentence that names the victim, and the
    victim's own articles are the motive of the killing, not a sign of timing."""
    _packet, assessment = analyze(tmp_path, EDITOR_KILLED)
    assert "misuse.journalist-media" not in codes(assessment)
    assert "victim" in held(assessment)["misuse.journalist-media"]
    assert "misuse.political-timing" not in codes(assessment)
    assert assessment.level == "no-concerns-found"


def test_an_editor_charged_after_his_articles_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, EDITOR_CHARGED)
    assert {"misuse.journalist-media", "misuse.political-timing"} <= codes(assessment)


MANAGING_EDITOR_VICTIM = (
    "Subject: NJIE, Lamin Ousman, born 3 March 1979.\n"
    "Facts: On 9 June 2006 at Serekunda the subject fired four shots at the car of Mr. Pa"
    " Modou JALLOW, co-founder and managing editor of a weekly newspaper, who died at the"
    " scene. Two passengers identified the subject.\n"
    "Charge: murder, section 187 of the Criminal Code. Penalty: death or life imprisonment.\n"
)


def test_a_victim_with_two_titles_joined_by_and_is_another_person(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, MANAGING_EDITOR_VICTIM)
    assert "misuse.journalist-media" not in codes(assessment)
    assert "JALLOW" in held(assessment)["misuse.journalist-media"]


# ---------------------------------------------------------------- whereabouts are not the acts

LEFT_FOR_UNKNOWN_PLACE = (
    "Nom : GARNIER, Paul, né le 4 mai 1970.\n"
    "Exposé des faits : entre le 2 et le 20 mars 2022, à Lyon, GARNIER a exigé de l'éditeur"
    " Claude Rivet la somme de 300 000 euros en menaçant de publier des documents privés ;"
    " l'éditeur a déposé plainte le 21 mars 2022. GARNIER a quitté la France en mai 2022 et"
    " s'est établi en Espagne puis en un lieu inconnu.\n"
    "Qualification : extorsion (article 312-1 du code pénal), sept ans d'emprisonnement.\n"
)

UNKNOWN_PLACE_OF_ACTS = (
    "Nom : GARNIER, Paul, né le 4 mai 1970.\n"
    "Exposé des faits : à une date indéterminée, en un lieu inconnu, GARNIER a remis des fonds"
    " à des personnes non identifiées.\n"
    "Qualification : financement du terrorisme (article 421-2-2 du code pénal).\n"
)


def test_an_unknown_place_the_subject_went_to_is_no_vague_fact(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, LEFT_FOR_UNKNOWN_PLACE)
    assert "compliance.vague-facts" not in codes(assessment)


def test_acts_at_an_unknown_place_are_still_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, UNKNOWN_PLACE_OF_ACTS)
    assert "compliance.vague-facts" in codes(assessment)


# ---------------------------------------------------------------- people sheltering in a church

MASSACRE_OF_SHELTERING = (
    "Nom : KAREKEZI, Jean, né en 1961 à Kibuye.\n"
    "Exposé des faits : le 17 avril 1994, à Mubuga, KAREKEZI a dirigé l'attaque des miliciens"
    " contre les personnes réfugiées dans l'église paroissiale ; plus de deux mille personnes"
    " ont été tuées. Des témoins l'ont vu distribuer des armes.\n"
    "Qualification : génocide et assassinat. Peine : réclusion criminelle à perpétuité.\n"
)


def test_people_sheltering_in_a_church_are_no_refugee_status(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, MASSACRE_OF_SHELTERING)
    assert "misuse.refugee-asylum" not in codes(assessment)


def test_refugee_status_granted_elsewhere_is_still_read(tmp_path: Path) -> None:
    text = MASSACRE_OF_SHELTERING.replace(
        "Des témoins", "Il a obtenu le statut de réfugié en Belgique en 2001. Des témoins"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert "misuse.refugee-asylum" in codes(assessment)


# ---------------------------------------------------------------- deadly attacks

SECTARIAN_ATTACK = """ملخص الوقائع:
في مساء يوم 3/11/2015 أطلق المتهم مع آخرين النار من أسلحة رشاشة على المصلين في مسجد بالقطيف،
ما أدى إلى مقتل خمسة أشخاص، وذلك بقصد إثارة الفتنة الطائفية.
التهم: القتل العمد؛ الانتماء إلى تنظيم إرهابي.
"""

SECTARIAN_SPEECH = """ملخص الوقائع:
نشر المتهم على حسابه في تويتر خلال عام 2016 تغريدات انتقد فيها سياسات الحكومة، فاتهمته
النيابة بإثارة الفتنة الطائفية.
التهمة: إثارة الفتنة الطائفية.
"""


def test_the_sectarian_aim_of_a_deadly_attack_is_no_speech_offence(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SECTARIAN_ATTACK)
    assert "article3.religious" not in codes(assessment)
    assert "misuse.speech-offense" not in codes(assessment)
    assert "killing" in held(assessment)["article3.religious"]


def test_stirring_sectarian_strife_by_tweets_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SECTARIAN_SPEECH)
    assert codes(assessment) & {"article3.religious", "misuse.speech-offense"}


BOMBING_BY_EX_DEPUTY = (
    "Persona buscada: ARRIETA GOÑI, Mikel, nacido el 1/5/1960.\n"
    "Entre 1994 y 1998 la persona buscada fue miembro del Parlamento de Navarra.\n"
    "Hechos: el 12 de julio de 2001 colocó un coche bomba ante el cuartel de Leitza; la"
    " explosión causó la muerte de dos guardias civiles.\n"
    "Delitos: asesinato terrorista; estragos. Pena: treinta años de prisión.\n"
)


def test_a_former_deputy_charged_with_a_deadly_bombing_is_no_opposition_sign(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, BOMBING_BY_EX_DEPUTY)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "misuse.political-opposition" in held(assessment)


def test_a_former_deputy_charged_over_a_speech_is_still_flagged(tmp_path: Path) -> None:
    text = BOMBING_BY_EX_DEPUTY.split("Hechos")[0] + (
        "Hechos: el 12 de julio de 2019 pronunció un discurso en un mitin de su partido.\n"
        "Delito: enaltecimiento del terrorismo.\n"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" in codes(assessment)


# ---------------------------------------------------------------- the subject's own takeover

BANK_TAKEOVER = (
    "Subject: ROTARU, Ilan, born 6 March 1985.\n"
    "Facts established by the judgment: between 2012 and 2014 the convicted person, acting with"
    " others, took control of two state-owned banks through offshore companies and drew"
    " unsecured loans of USD 600 million from them, transferred to accounts in Latvia.\n"
    "Charges: fraud on an especially large scale; money laundering. Sentence: 15 years.\n"
)


def test_the_subjects_own_takeover_of_banks_is_no_dispute_with_the_state(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, BANK_TAKEOVER)
    assert "misuse.business-dispute-state" not in codes(assessment)


# ---------------------------------------------------------------- timing and disputes

INTERVIEW_THEN_WARRANT = (
    "Nom : DIALLO, Mamadou, né le 8 août 1972.\n"
    "Le 28 mars 2024, M. Diallo a expliqué dans un entretien à un hebdomadaire que l'État"
    " refusait d'exécuter la sentence arbitrale rendue en faveur de sa société.\n"
    "Mandat : mandat d'arrêt décerné le 9 avril 2024 par le juge d'instruction de Conakry.\n"
    "Qualification : détournement de deniers publics (article 770 du code pénal), 10 ans.\n"
)


def test_a_warrant_days_after_a_press_interview_is_a_timing_sign(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, INTERVIEW_THEN_WARRANT)
    assert {"misuse.political-timing", "misuse.business-dispute-state"} <= codes(assessment)


def test_statements_taken_from_the_arrested_are_no_publication(tmp_path: Path) -> None:
    text = """ملخص الوقائع:
بتاريخ 3 مارس 2019 ضبطت عناصر الدرك بشاطئ الناظور كمية من مخدر الشيرا تزن ثلاثة أطنان.
وكشفت الأبحاث، من خلال تصريحات الموقوفين وتحليل المكالمات الهاتفية، أن المعني بالأمر كان
يموّل عمليات التهريب منذ سنة 2015.
التهمة: الاتجار الدولي في المخدرات. العقوبة: السجن عشر سنوات.
"""
    _packet, assessment = analyze(tmp_path, text)
    assert "misuse.political-timing" not in codes(assessment)


# ---------------------------------------------------------------- a minority language

BURYAT_POSTS = (
    "Nom : DORJIEVA, Sayana, née le 2 mai 1988 à Oulan-Oude.\n"
    "Exposé des faits : de mars à octobre 2022, elle a diffusé en langue bouriate des vidéos"
    " sur les pertes des soldats de la république.\n"
    "Qualification : diffusion de fausses informations sur les forces armées (article 207.3).\n"
)


def test_posts_in_a_minority_language_raise_the_ethnic_indicator(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, BURYAT_POSTS)
    assert "misuse.ethnic-minority" in codes(assessment)


# ---------------------------------------------------------------- boilerplate formulae

FRANCOPHONE_FORMULAE = (
    "Nom : MBAYE, Serge, né le 21/09/1978.\n"
    "Exposé des faits : il résulte de l'enquête que le nommé MBAYE s'est rendu coupable,"
    " courant années 2019 et 2020, à Bangui et sur l'ensemble du territoire national, et en"
    " tout cas depuis temps non prescrit, de faits d'escroquerie au préjudice de plusieurs"
    " opérateurs économiques.\n"
    "Qualification : escroquerie (article 259 du code pénal), 5 ans.\n"
    "Mandat : mandat d'arrêt n° 031/23 du 16/02/2023.\n"
)

CONCRETE_FRAUD = (
    "Nom : MBAYE, Serge, né le 21/09/1978.\n"
    "Exposé des faits : le 3 mars 2020, à Bangui, MBAYE a encaissé un chèque de 40 millions"
    " de francs CFA de la société Sangha Bois en promettant une livraison de ciment qu'il n'a"
    " jamais faite, et en tout cas depuis temps non prescrit.\n"
    "Qualification : escroquerie (article 259 du code pénal), 5 ans.\n"
    "Mandat : mandat d'arrêt n° 031/23 du 16/02/2023.\n"
)


def test_stacked_francophone_formulae_are_boilerplate(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, FRANCOPHONE_FORMULAE)
    assert "compliance.vague-facts" in codes(assessment)


def test_one_formula_beside_a_concrete_act_is_not(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CONCRETE_FRAUD)
    assert "compliance.vague-facts" not in codes(assessment)


# ---------------------------------------------------------------- field reading in packets

def test_an_extradition_threshold_is_no_maximum_penalty(tmp_path: Path) -> None:
    """"بعقوبة تزيد على سنة" (punishable by more than a year: the double-criminality test of
    an extradition decision) is a floor, not a maximum that conflicts with the notice's; and
    "الإجراء المطلوب: القبض المؤقت" names the action requested, not the person."""
    notice = """النشرة الحمراء
الاسم العائلي: هارتلي
الاسم الأول: مارك ستيفن
ملخص الوقائع: تلقى المطلوب خلال الفترة من 2008 إلى 2011 نحو 12 مليون يورو عبر شركة يملكها في
دبي، ودفع منها رشى لموظفين عموميين للفوز بمناقصة.
التهم: تقديم رشوة لموظفين عموميين؛ غسل الأموال.
العقوبة القصوى: السجن سبع سنوات.
مذكرة التوقيف: أمر قبض صادر عن المحكمة الخاصة بنيودلهي بتاريخ 24 سبتمبر 2015.
الإجراء المطلوب: القبض المؤقت بغرض التسليم.
"""
    decision = """الدائرة الجزائية — طلب تسليم رقم 9 لسنة 2018
وحيث إن الأفعال المنسوبة إلى المطلوب مارك ستيفن هارتلي، وهي دفع رشى لموظفين عموميين وغسل
الأموال، معاقب عليها في قانون العقوبات الاتحادي بعقوبة تزيد على سنة، فإن شرط ازدواج التجريم
متحقق.
فلهذه الأسباب قررت المحكمة قبول طلب التسليم.
"""
    _packet, assessment = packet(
        tmp_path,
        {"notice.txt": ("red-notice", notice), "decision.txt": ("judgment", decision)},
        "IN",
    )
    assert "consistency.charges" not in codes(assessment)
    assert "consistency.identity" not in codes(assessment)


def test_given_under_our_hands_dates_the_warrant(tmp_path: Path) -> None:
    text = (
        "IN THE HIGH COURT HOLDEN IN COLOMBO\nOPEN WARRANT OF ARREST\n\n"
        "Whereas the accused stands indicted for offences arising from the auction held on 27"
        " February 2015;\n\nYou are hereby commanded to arrest the said accused.\n\n"
        "Given under our hands and the seal of the Court on this 3rd day of March 2019.\n"
    )
    found, _assessment = analyze(tmp_path, text, name="warrant.txt")
    assert found.documents[0].fields.decision.date is not None
    assert found.documents[0].fields.decision.date.normalized == "2019-03-03"


FERRY_OWNER = """ملخص الوقائع: المطلوب هو مالك شركة النقل البحري المالكة للعبارة «السلام 7»،
وعضو سابق
بمجلس الشورى. أبحرت العبارة من ميناء ضبا يوم 2/2/2008 ومضخات الحريق معطلة، فغرقت في البحر
الأحمر وأدى غرقها إلى وفاة 870 راكبا.
التهمة: القتل الخطأ والإصابة الخطأ، المادة 238 من قانون العقوبات.
العقوبة: الحبس سبع سنوات.
"""


def test_a_former_legislator_charged_over_a_deadly_sinking_is_no_opposition_sign(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, FERRY_OWNER)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "misuse.political-opposition" in held(assessment)


def test_a_former_legislator_charged_over_a_statement_is_still_flagged(tmp_path: Path) -> None:
    text = """ملخص الوقائع: المطلوب عضو سابق بمجلس الشورى، صرح لقناة فضائية يوم 2/2/2008 بأن
الانتخابات زورت.
التهمة: إذاعة أخبار كاذبة، المادة 80 (د) من قانون العقوبات.
"""
    _packet, assessment = analyze(tmp_path, text)
    assert "misuse.political-opposition" in codes(assessment)
