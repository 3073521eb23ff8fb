"""Behaviour tests for the role classes the b17 development cases exposed: misuse and Article 3
signs told through the subject's roles and work (a candidate for a seat, a campaign's
structures, an office in a rival government, lists of detainees, a call-up notice ignored, a
state holding's offer refused), each fixed by a lexicon entry or cue, with a counterpart that
must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, sources

# ---------------------------------------------------------------- texts

CANDIDATE = (
    "Name: KIMARO, Daudi Peter. Born 3 March 1975 in Moshi.\n"
    "Summary of facts: In 2016 the accused obtained TZS 4,000,000 from a cooperative by false"
    " pretences. {who} was the Mageuzi candidate for the Moshi Rural parliamentary seat at the"
    " 2020 general election.\n"
    "Charge: obtaining money by false pretences (section 302 of the Penal Code).\n"
    "Warrant of arrest issued on 2 December 2020 by the Resident Magistrate's Court of Moshi.\n"
)

CAMPAIGN = (
    "Nombre: Ramón ELIZONDO PAZ, nacido el 4/4/1980.\n"
    "Hechos: el requerido, {role} en el estado Lara, organizó reuniones durante junio de 2024"
    " en Barquisimeto.\n"
    "Delitos: asociación para delinquir (artículo 37 de la Ley Orgánica contra la Delincuencia"
    " Organizada). Orden de aprehensión del 9/9/2024, Tribunal Tercero de Control de Lara.\n"
)

RIVAL = (
    "الاسم: سالم علي الورفلي. تاريخ الميلاد: 1970/02/02.\n"
    "الصفة: يشغل منصب وكيل وزارة {office}، ويقيم في مدينة طبرق.\n"
    "ملخص الوقائع: بتاريخ 2022/03/10 استولى المطلوب على مبلغ 500.000 دينار من حساب البلدية.\n"
    "التهمة: اختلاس المال العام. السند: أمر قبض صادر عن النيابة العامة بتاريخ 2023/01/05.\n"
)

DETAINEE_LISTS = (
    "الاسم: يوسف بن علي. تاريخ الميلاد: 1990/05/05.\n"
    "ملخص الوقائع: كان المتهم يدير صفحة تنشر قوائم بأسماء {who} في ولاية بجاية خلال سنة 2021.\n"
    "التهمة: نشر منشورات من شأنها الإضرار بالمصلحة الوطنية. السند: حكم صادر بتاريخ 2022/06/01.\n"
)

VILLAGES = (
    "Nom : MUKAMBA Jean. Né le 02/02/1970 à Uvira.\n"
    "Exposé des faits : le sujet, {role} les attaques contre les villages de la plaine de la"
    " Ruzizi, a quitté le pays en mars 2024.\n"
    "Qualification : association de malfaiteurs (article 156 du Code pénal).\n"
    "Mandat d'arrêt du 4 avril 2024, parquet de Bukavu.\n"
)

FALSE_RUMOURS = (
    "Nom : BAKAJIKA Paul. Né le 01/01/1982 à Kananga.\n"
    "Exposé des faits : le 3 mai 2024 à Kananga, le sujet {act}.\n"
    "Qualification : {charge} (articles du Code pénal, livre II).\n"
    "Mandat d'arrêt du 10 mai 2024, parquet de grande instance de Kananga.\n"
)

COMMUNITY = (
    "الاسم: مفتاح سالم. تاريخ الميلاد: 1980/01/01.\n"
    "ملخص الوقائع: شارك المطلوب، بصفته من أبناء {town}، في نهب محلات تجارية في مدينة سرت"
    " خلال سنة 2011.\n"
    "التهمة: السرقة بالإكراه. السند: أمر قبض صادر عن النيابة العامة بتاريخ 2013/04/04.\n"
)

CALL_UP = (
    "Subject: AUNG Min Naing. Male. Born 1 January 2001.\n"
    "Summary of facts: {facts}\n"
    "Offence: {offence}.\n"
    "Penalty: imprisonment of up to five years. Warrant of arrest issued 3 July 2024.\n"
)

STAKE = (
    "Summary of facts: From 2019 to 2021 the subject, director of Altyn Grain LLP, misappropriated"
    " KZT 900,000,000 of the company's funds.\n"
    "Charge: embezzlement (Article 189 of the Criminal Code).\n"
    "Counsel's note: On 3 March 2022 our client declined in writing an offer by {buyer}"
    " to buy his stake at a fraction of its value. The criminal case was opened in May 2022.\n"
)

RETRACTION = (
    "Summary of facts: On 2 June 2022 in Almaty the subject took USD 300,000 from a client's"
    " account.\n"
    "Charge: fraud (Article 190 of the Criminal Code). Warrant issued on 1 September 2022.\n"
    "Counsel's note: The only evidence is a statement that the co-accused Mr Kasymov made in June"
    " 2022 at the police station of the Medeu district of Almaty in the presence of his lawyer"
    " and an interpreter.\nAt his own trial in March 2023 Mr Kasymov retracted it, stating that"
    " {why}.\n"
)

# ---------------------------------------------------------------- roles and work of the subject

CASES = [
    pytest.param(CANDIDATE.format(who="The accused"),
                 "misuse.political-opposition.electoral-role", True,
                 id="the-subject-was-a-partys-candidate-for-a-parliamentary-seat"),
    pytest.param(CANDIDATE.format(who="The complainant, Mr Shirima,"),
                 "misuse.political-opposition.electoral-role", False,
                 id="the-complainant-was-the-candidate"),
    pytest.param(CAMPAIGN.format(role="coordinador regional de las estructuras de campaña"),
                 "misuse.political-opposition.electoral-role", True,
                 id="regional-coordinator-of-a-campaigns-structures"),
    pytest.param(CAMPAIGN.format(role="coordinador regional de ventas de una empresa de alimentos"),
                 "misuse.political-opposition.electoral-role", False,
                 id="regional-sales-coordinator"),
    pytest.param(RIVAL.format(office="الحكم المحلي في الحكومة المكلفة من مجلس النواب"),
                 "misuse.political-opposition.rival-authority", True,
                 id="deputy-minister-in-the-rival-government"),
    pytest.param(RIVAL.format(office="الصحة في الحكومة"),
                 "misuse.political-opposition.rival-authority", False,
                 id="deputy-minister-of-the-government-itself"),
    pytest.param(DETAINEE_LISTS.format(who="الموقوفين والمحكوم عليهم"),
                 "misuse.human-rights-defender.documenting-abuses", True,
                 id="lists-of-the-names-of-people-arrested"),
    pytest.param(DETAINEE_LISTS.format(who="الزبائن المتخلفين عن الدفع"),
                 "misuse.human-rights-defender.documenting-abuses", False,
                 id="lists-of-the-names-of-customers"),
    pytest.param(VILLAGES.format(role="président d'une association qui documente"),
                 "misuse.human-rights-defender.documenting-abuses", True,
                 id="an-association-that-documents-attacks-on-villages"),
    pytest.param(VILLAGES.format(role="chef d'une milice qui a dirigé"),
                 "misuse.human-rights-defender.documenting-abuses", False,
                 id="a-militia-leader-who-led-attacks-on-villages"),
    pytest.param(FALSE_RUMOURS.format(act="a déclaré dans une vidéo que l'armée avait fui",
                                      charge="propagation de faux bruits"),
                 "misuse.speech-offense.false-information", True,
                 id="propagation-de-faux-bruits"),
    pytest.param(FALSE_RUMOURS.format(act="a fait des bruits de moteur la nuit devant un bar",
                                      charge="tapage nocturne"),
                 "misuse.speech-offense.false-information", False,
                 id="night-noise-is-not-false-news"),
    pytest.param(COMMUNITY.format(town="تاورغاء"),
                 "misuse.ethnic-minority.group-member", True,
                 id="one-of-the-sons-of-tawergha"),
    pytest.param(COMMUNITY.format(town="المدينة"),
                 "misuse.ethnic-minority.group-member", False,
                 id="one-of-the-sons-of-the-town"),
    pytest.param(CALL_UP.format(facts="Served with a call-up notice on 15 May 2024, the subject did"
                                " not report on 1 June 2024 and left for Thailand.",
                                offence="failing to comply with a call-up notice"),
                 "article3.military.draft-evasion", True,
                 id="failing-to-comply-with-a-call-up-notice"),
    pytest.param(CALL_UP.format(facts="Having served two years after a call-up notice, the subject"
                                " robbed a jewellery shop in Mandalay on 1 June 2024.",
                                offence="armed robbery"),
                 "article3.military.draft-evasion", False,
                 id="a-former-conscript-charged-with-robbery"),
    pytest.param(STAKE.format(buyer="a subsidiary of a national holding company"),
                 "misuse.business-dispute-state.stake-offer", True,
                 id="offer-from-a-state-holdings-subsidiary-refused"),
    pytest.param(STAKE.format(buyer="his former business partner"),
                 "misuse.business-dispute-state.stake-offer", False,
                 id="offer-from-a-business-partner-refused"),
    pytest.param(RETRACTION.format(why="he had been beaten by the investigators"),
                 "misuse.coerced-evidence.confession-under-pressure", True,
                 id="statement-retracted-as-beaten-out-of-him"),
    pytest.param(RETRACTION.format(why="he had mistaken the date of the transfer"),
                 "misuse.coerced-evidence.confession-under-pressure", False,
                 id="statement-retracted-as-a-mistake"),
]


@pytest.mark.parametrize(("text", "entry", "raised"), CASES)
def test_roles_read(tmp_path: Path, text: str, entry: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, text)
    assert (entry in sources(assessment)) is raised, assessment.flags


# ---------------------------------------------------------------- a deserter's weapon handed over

DESERTER = (
    "Nombre: Luis PERDOMO RIVAS, nacido el 1/1/1996. Grado: sargento segundo.\n"
    "Hechos: el 23 de febrero de 2019 el requerido se separó sin autorización de su unidad y cruzó"
    " la frontera portando su fusil de reglamento, {weapon}.\n"
    "Delitos: deserción agravada; sustracción de efectos pertenecientes a la Fuerza Armada.\n"
    "Orden de aprehensión del 1/3/2019, Tribunal Militar Primero de Control.\n"
)


@pytest.mark.parametrize(("weapon", "severity"), [
    pytest.param("que entregó a funcionarios extranjeros", "high",
                 id="rifle-handed-to-foreign-officials-stays-pure-military"),
    pytest.param("que vendió a un grupo armado", "medium",
                 id="rifle-sold-is-a-mixed-case"),
])
def test_deserters_weapon(tmp_path: Path, weapon: str, severity: str) -> None:
    _p, assessment = analyze(tmp_path, DESERTER.format(weapon=weapon))
    found = {f.severity for f in assessment.flags if f.code == "article3.military"}
    assert found == {severity}, assessment.flags
