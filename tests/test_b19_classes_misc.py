"""Behaviour tests for the mixed classes the b19 development cases exposed: an acid attack
behind a custody quarrel, a notice's "use of firearm" and the Moroccan "réclusion
perpétuelle", a warrant stayed in Commonwealth wording, protests a politician took no part
in, protesters' "unauthorised mass events", UNHCR staff at an event, a Telegram channel's
author, a candidate's authorised representative, false information written into documents
for an authority, Russian-code public calls and a language society, a "labor de defensa del
territorio" and a charge of inciting an election boycott. Each fix has a counterpart that
must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.understand.charges import read_offenses
from tests.test_flags import analyze, codes, held, sources
from tests.understand_helpers import view

# ------------------------------------------------------------- an acid attack, not a family matter

ACID = (
    "النشرة الحمراء\n"
    "الاسم: رامي خليل عودة. تاريخ الميلاد: 1988/03/02 بنابلس.\n"
    "التهمة: {charge} خلافاً للمادة {article} من قانون العقوبات.\n"
    "ملخص الوقائع: بتاريخ 2023/05/10 في نابلس {facts} وكان الطرفان قد تطلقا وتنظر المحكمة في"
    " دعوى حضانة ابنتهما.\n"
    "مذكرة القبض: صادرة عن محكمة صلح نابلس بتاريخ 2023/05/20 رقم 2023/812.\n"
)


@pytest.mark.parametrize(("charge", "article", "facts", "raised"), [
    pytest.param("إحداث عاهة دائمة قصداً", "335",
                 "ألقى المطلوب مادة كاوية على وجه طليقته ففقدت البصر في عينها اليسرى.",
                 False, id="acid-attack-on-the-ex-wife"),
    pytest.param("الامتناع عن تسليم المحضون", "291",
                 "امتنع المطلوب عن تسليم ابنته إلى والدتها رغم صدور حكم الحضانة لصالحها.",
                 True, id="refusing-to-hand-over-the-child"),
])
def test_custody_background_of_an_acid_attack(
    tmp_path: Path, charge: str, article: str, facts: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, ACID.format(charge=charge, article=article, facts=facts))
    assert ("offense.family-private" in codes(assessment)) is raised, assessment.flags


# ------------------------------------------------------------ "use of firearm" is a weapons charge

@pytest.mark.parametrize(("charge", "code"), [
    pytest.param("use of firearm", "090111", id="use-of-firearm"),
    pytest.param("use of force against a public official", None, id="use-of-force"),
])
def test_use_of_firearm_is_a_weapons_charge(charge: str, code: str | None) -> None:
    text = f"Offences and law: {charge}, s. 27 of the Act (3 to 7 years).\n"
    found = read_offenses([view(text, "en")], None)[0]
    assert found, text
    assert (found[0].iccs_code == code) if code else (found[0].iccs_code != "090111")


# ------------------------------------------------------------ "réclusion perpétuelle" is a penalty

PERPETUELLE = (
    "Résumé des faits transmis au BCN Rabat\n"
    "Mis en cause : BOUZID Hamza, né le 12/02/1991 à Safi.\n"
    "Infraction : vol qualifié avec violences, article 509 du Code pénal{penalty}.\n"
    "Le 3 mars 2024 vers 21 h, à Safi, le mis en cause a frappé un livreur avec une barre de fer"
    " et lui a pris sa moto et 4 000 dirhams. Les images d'une caméra de la rue l'identifient.\n"
)


@pytest.mark.parametrize(("penalty", "raised"), [
    pytest.param(" - réclusion perpétuelle", False, id="life-term-stated"),
    pytest.param("", True, id="no-penalty-stated"),
])
def test_reclusion_perpetuelle_states_the_penalty(
    tmp_path: Path, penalty: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, PERPETUELLE.format(penalty=penalty))
    assert ("compliance.judicial-data" in codes(assessment)) is raised, assessment.flags


# ---------------------------------------------------------- a warrant stayed, Commonwealth wording

STAY = (
    "WANTED PERSON DIFFUSION\n"
    "Name: MWAKALINGA Peter; born 4/5/1986 at Mbeya.\n"
    "Offence: armed robbery c/s 287A of the Penal Code; penalty not less than thirty years.\n"
    "Warrant: warrant of arrest dated 02/02/2024 in Criminal Case No. 17 of 2024.\n"
    "Facts: on 5 January 2024 at Mbeya the suspect robbed a fuel station at gunpoint.\n"
    "Update: {update}\n"
)


@pytest.mark.parametrize(("update", "raised"), [
    pytest.param("on 3 June 2024 the High Court made an order staying the execution of the"
                 " warrant of arrest pending revision.", True, id="order-staying-the-warrant"),
    pytest.param("this bureau has placed the diffusion in suspended status until further"
                 " notice.", True, id="diffusion-placed-in-suspended-status"),
    pytest.param("the warrant of arrest remains valid and the suspect is still at large.",
                 False, id="warrant-still-valid"),
])
def test_a_stayed_warrant_of_arrest(tmp_path: Path, update: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, STAY.format(update=update))
    assert ("validity.status" in codes(assessment)) is raised, assessment.flags


# ----------------------------------------------------------- protests a politician took no part in

MINISTER = (
    "RED NOTICE\n"
    "Name: PERERA, Nimal; born 3 May 1966.\n"
    "Charge: misappropriation of public property, section 5 of the Public Property Act;"
    " maximum twenty years.\n"
    "Summary of facts: in 2021 the accused, as deputy minister, approved payments of LKR 40"
    " million to a contractor for roads that were never built.\n"
    "Letter of counsel: {story}\n"
)


@pytest.mark.parametrize(("story", "raised"), [
    pytest.param("During the fuel crisis and the street protests of 2022, in which he took no"
                 " part, he resigned from the government.", False, id="took-no-part"),
    pytest.param("During the fuel crisis he joined the street protests of 2022 and resigned"
                 " from the government.", True, id="joined-the-protests"),
])
def test_protests_named_as_background(tmp_path: Path, story: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, MINISTER.format(story=story))
    assert ("misuse.protest-assembly" in codes(assessment)) is raised, assessment.flags
    if not raised:
        assert "took no part" in held(assessment).get("misuse.protest-assembly", "")


# ------------------------------------------------------------- fines of "unauthorised mass events"

FUND = (
    "DIFFUSION\n"
    "Name: KASPERAVA Inna; born 2.3.1990 in Brest.\n"
    "Charge: art. 361-2 of the Criminal Code; up to six years' deprivation of liberty.\n"
    "Summary: in 2021 the accused collected money online and used it to pay the fines of 60"
    " persons punished for taking part in {events}.\n"
)


@pytest.mark.parametrize(("events", "raised"), [
    pytest.param("unauthorised mass events in the autumn of 2020", True, id="mass-events"),
    pytest.param("illegal gambling in the autumn of 2020", False, id="gambling"),
])
def test_fines_of_unauthorised_mass_events(tmp_path: Path, events: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, FUND.format(events=events))
    assert ("misuse.protest-assembly" in codes(assessment)) is raised, assessment.flags


# ------------------------------------------------------------------------- UNHCR staff at an event

GENEVA = (
    "تعميم بطلب القبض\n"
    "الاسم: ناصر فالح عبيد، تاريخ الميلاد 1980/02/14.\n"
    "التهمة: إذاعة أخبار كاذبة في الخارج.\n"
    "الوقائع: في 2024/02/10 تحدث المتهم في ندوة بجنيف {who}، وانتقد أوضاع المحتجزين.\n"
)


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("بحضور ممثلين عن المفوضية السامية لشؤون اللاجئين", False,
                 id="unhcr-staff-present"),
    pytest.param("وهو لاجئ معترف به لدى المفوضية منذ 2019", True, id="recognised-refugee"),
])
def test_unhcr_staff_at_an_event(tmp_path: Path, who: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, GENEVA.format(who=who))
    assert ("misuse.refugee-asylum" in codes(assessment)) is raised, assessment.flags


# --------------------------------------------------------------------- a Telegram channel's author

CHANNEL = (
    "DIFFUSION\n"
    "Name: TOSHEV Alisher; born 4.4.1989.\n"
    "Occupation: {who}.\n"
    "Charge: preparation and dissemination of materials threatening public order, art. 244-1.\n"
)


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("founder and author of the Telegram channel \"Yangi Kun\"", True,
                 id="author-of-the-channel"),
    pytest.param("author of the annual report of a logistics firm", False, id="report-author"),
])
def test_author_of_a_telegram_channel(tmp_path: Path, who: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, CHANNEL.format(who=who))
    assert ("misuse.journalist-media" in codes(assessment)) is raised, assessment.flags


# --------------------------------------------------------- a candidate's authorised representative

PROXY = (
    "DIFFUSION\n"
    "Name: ABENOV Daulet; born 2.2.1977.\n"
    "Charge: fraud on an especially large scale, art. 190 of the Criminal Code; five to ten"
    " years.\n"
    "Facts: in 2015 the subject sold a state-owned plot below its value.\n"
    "Lawyer's letter: on 3 October 2022 he was registered as {role}.\n"
)


@pytest.mark.parametrize(("role", "raised"), [
    pytest.param("one of the authorised representatives of a self-nominated candidate", True,
                 id="candidate-representative"),
    pytest.param("the authorised representative of a grain trading company", False,
                 id="company-representative"),
])
def test_a_candidates_authorised_representative(tmp_path: Path, role: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, PROXY.format(role=role))
    assert ("misuse.political-opposition" in codes(assessment)) is raised, assessment.flags


# ------------------------------------------------------------------ false information in documents

FALSE_INFO = (
    "DIFFUSION\n"
    "Name: OMAROV Ruslan; born 5.6.1980.\n"
    "Charge: art. 190 of the Criminal Code; up to ten years.\n"
    "Facts: in 2019 the subject {act}.\n"
)


@pytest.mark.parametrize(("act", "raised"), [
    pytest.param("submitted to the district council documents containing knowingly false"
                 " information on the use of a farm plot and obtained its sale", False,
                 id="false-documents-to-an-authority"),
    pytest.param("engaged in the public dissemination of knowingly false information about the"
                 " army on his channel", True, id="false-information-spread"),
])
def test_false_information_in_documents(tmp_path: Path, act: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, FALSE_INFO.format(act=act))
    assert ("misuse.speech-offense" in codes(assessment)) is raised, assessment.flags


# ----------------------------------------------------------------------- Russian-code public calls

CALLS = (
    "DIFFUSION\n"
    "Name: GALIN Rustem; born 1.9.1981.\n"
    "Charged under: art. {article} ({charge}) - up to five years.\n"
)


@pytest.mark.parametrize(("article", "charge", "raised"), [
    pytest.param("280.1 part 2", "public calls, through the Internet, for actions aimed at"
                 " violating the territorial integrity of the Russian Federation", True,
                 id="public-calls"),
    pytest.param("158 part 3", "theft from a dwelling committed by a group of persons", False,
                 id="theft"),
])
def test_public_calls_with_the_medium_between(
    tmp_path: Path, article: str, charge: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, CALLS.format(article=article, charge=charge))
    assert ("misuse.speech-offense" in codes(assessment)) is raised, assessment.flags


# ----------------------------------------------------------------------- a native-language society

SOCIETY = (
    "DIFFUSION\n"
    "Name: AMIROV Ilnur; born 3.3.1975.\n"
    "Occupation: chairman of the regional public organisation \"Ural\" {purpose}.\n"
    "Charge: art. 159 of the Criminal Code (fraud), up to six years.\n"
)


@pytest.mark.parametrize(("purpose", "raised"), [
    pytest.param("for the preservation of the native language", True, id="native-language"),
    pytest.param("for the promotion of amateur fishing", False, id="fishing-club"),
])
def test_a_native_language_society(tmp_path: Path, purpose: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, SOCIETY.format(purpose=purpose))
    found = codes(assessment)
    assert ("misuse.human-rights-defender" in found) is raised, assessment.flags
    assert ("misuse.ethnic-minority" in found) is raised, assessment.flags


# --------------------------------------------------------------- "labor de defensa del territorio"

TERRITORIO = (
    "NOTIFICACIÓN ROJA\n"
    "Nombre: MAMANI QUISPE, Julio; nacido el 2/2/1970.\n"
    "Delito: daños agravados (art. 206 del Código Penal); pena máxima seis años.\n"
    "Carta de la asociación: el señor Mamani es autoridad comunal. Por esa labor de {what}"
    " había sido denunciado dos veces sin resultado.\n"
)


@pytest.mark.parametrize(("what", "raised"), [
    pytest.param("defensa del territorio", True, id="defending-the-territory"),
    pytest.param("cobranza de cuotas", False, id="collecting-fees"),
])
def test_labor_de_defensa_del_territorio(tmp_path: Path, what: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, TERRITORIO.format(what=what))
    assert ("misuse.human-rights-defender" in codes(assessment)) is raised, assessment.flags


# -------------------------------------------------------- a charge of inciting an election boycott

BOYCOTT = (
    "تعميم\n"
    "الاسم: علي حسن المرزوق. تاريخ الميلاد: 1979/05/05.\n"
    "الجرائم المسندة: {charge}.\n"
    "الوقائع: في نوفمبر 2022 نشر المتهم مقطعاً مصوراً على حسابه.\n"
)


@pytest.mark.parametrize(("charge", "raised"), [
    pytest.param("التحريض على عدم المشاركة في الانتخابات النيابية", True, id="boycott-charge"),
    pytest.param("تزوير أوراق الاقتراع في الانتخابات النيابية", False, id="ballot-forgery"),
])
def test_inciting_an_election_boycott_is_political(
    tmp_path: Path, charge: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, BOYCOTT.format(charge=charge))
    assert ("article3.political" in codes(assessment)) is raised, assessment.flags
    if raised:
        assert "article3.political.election-boycott" in sources(assessment)
