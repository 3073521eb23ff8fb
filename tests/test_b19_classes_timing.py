"""Behaviour tests for the timing and state-dispute classes the b19 development cases exposed:
public acts worded otherwise (an appeal or manifesto signed, words said on air), a court's
ruling against the state followed by charges, a concession withdrawn with its holder named
between verb and object, the subject named by "he" a few sentences on or by the noun written
before his name, a date "of the current year", and the election that only dates the scene of
a killing. Each has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, rule_codes, sources
from tests.understand_helpers import view

TIMING = "misuse.political-timing"
DISPUTE = "misuse.business-dispute-state"
ACT_RULE = "rule.timing.after-public-act"
EVENT_RULE = "rule.timing.after-political-event"
RULING_RULE = "rule.timing.after-ruling-against-state"

# -------------------------------------------------- an appeal signed, "il" two sentences on

APPEAL = (
    "Nom : KAMIL-DJAMA. Prénoms : Houssein Ali. Né en 1971 à Obock.\n"
    "Inculpation : détournement de deniers publics (article 174 du Code pénal).\n"
    "Mandat d'arrêt n° 11/CI/2024 du 20 mars 2024, juge d'instruction de Djibouti.\n"
    "\n"
    "M. Kamil-Djama a été directeur des douanes jusqu'en 2019. {between} Le 4 mars 2024,"
    " il figurait parmi les cinquante signataires de l'« Appel pour des élections libres »,"
    " qui demandait le report du scrutin.\n"
)


def test_an_appeal_signed_by_he_after_the_naming_sentence_is_a_public_act(tmp_path: Path) -> None:
    between = "Il a quitté son poste en 2019 et a rejoint un mouvement citoyen en 2022."
    _, assessment = analyze(tmp_path, APPEAL.format(between=between))
    assert ACT_RULE in sources(assessment)


def test_the_chain_breaks_at_a_sentence_about_someone_else(tmp_path: Path) -> None:
    between = "Son cousin Omar Farah dirige un mouvement citoyen depuis 2022."
    _, assessment = analyze(tmp_path, APPEAL.format(between=between))
    assert ACT_RULE not in sources(assessment)


# -------------------------------------------------- a manifesto "del corriente año"

MANIFESTO = (
    "ESCRITO DE ACUSACIÓN — Managua, treinta de junio del año dos mil veintidós.\n"
    "Hechos: El acusado Rodrigo Antonio PASTORA LÓPEZ, exdiputado, el día {day} suscribió,"
    " junto a otras treinta personas, un documento denominado \"Manifiesto por el Voto Libre\","
    " difundido en redes sociales.\n"
    "Delito: propagación de noticias falsas (artículo 30 de la Ley 1042).\n"
    "La acusación se presentó el 30 de junio de 2022 ante el Juzgado de Distrito.\n"
)


def test_a_manifesto_signed_this_year_then_charged(tmp_path: Path) -> None:
    day = "viernes diez de junio del corriente año"
    _, assessment = analyze(tmp_path, MANIFESTO.format(day=day))
    assert ACT_RULE in sources(assessment)


def test_a_manifesto_signed_two_years_before_is_not_timing(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, MANIFESTO.format(day="10 de junio de 2020"))
    assert ACT_RULE not in sources(assessment)


def test_a_date_of_the_current_year_takes_the_year_of_the_page() -> None:
    from pipeline.understand.dates import dates_on

    page = view("Managua, 4 de mayo de 2021. El día tres de marzo del corriente año habló.", "es")
    assert "2021-03-03" in [d.iso for d in dates_on(page)]
    alone = view("El día tres de marzo del corriente año habló en la radio.", "es")
    assert dates_on(alone) == []


# -------------------------------------------------- words said on air

ON_AIR = (
    "Identité : KONATÉ Moussa, né le 2 février 1988 à Kayes, chroniqueur radio.\n"
    "Infractions : atteinte au crédit de l'État (Code pénal).\n"
    "Référence : mandat d'arrêt n° 012/2024 du {warrant} délivré par le juge d'instruction.\n"
    "Faits : le mardi 5 mars 2024, l'intéressé a affirmé à l'antenne que les chiffres officiels"
    " de la campagne agricole étaient faux.\n"
)


def test_words_said_on_air_days_before_the_warrant(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, ON_AIR.format(warrant="8 mars 2024"))
    assert ACT_RULE in sources(assessment)


def test_words_said_on_air_months_before_the_warrant_say_nothing(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, ON_AIR.format(warrant="8 juillet 2024"))
    assert ACT_RULE not in sources(assessment)


# -------------------------------------------------- a court win against the state, then charges

WIN_FR = (
    "Nom : MOUSSAVOU. Prénoms : Jean-Rémi. Né le 4/4/1970 à Lambaréné.\n"
    "Infractions : exploitation illégale et faux (Code forestier).\n"
    "Mandat d'arrêt n° 51/2024 du 20 juin 2024, juge d'instruction de Libreville.\n"
    "\n"
    "{ruling}\n"
    "Le 10 juin 2024, le parquet ouvrait une information judiciaire pour exploitation illégale.\n"
)


def test_a_ruling_against_the_state_then_an_investigation(tmp_path: Path) -> None:
    ruling = ("Mon client a saisi le Conseil d'État, qui, par arrêt du 27 mai 2024, a annulé"
              " l'arrêté pour excès de pouvoir.")
    _, assessment = analyze(tmp_path, WIN_FR.format(ruling=ruling))
    assert RULING_RULE in sources(assessment)


def test_a_win_against_a_private_partner_is_not_against_the_state(tmp_path: Path) -> None:
    ruling = ("Par jugement du 27 mai 2024, le tribunal de commerce a donné gain de cause à mon"
              " client contre son ancien associé.")
    _, assessment = analyze(tmp_path, WIN_FR.format(ruling=ruling))
    assert RULING_RULE not in sources(assessment)


WIN_AR = (
    "الاسم: سالم عبد الحميد الورفلي. تاريخ الميلاد: 1975/03/02.\n"
    "التهم: تزوير محررات رسمية.\n"
    "{suit}، التي قضت بتاريخ 6 يناير 2023 بإلزام الهيئة بأن تؤدي للشركة مستحقاتها.\n"
    "الأمر القضائي: أمر بالقبض صادر عن النائب العام بتاريخ 2023/02/01.\n"
)


def test_a_suit_before_the_administrative_judiciary_is_a_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    suit = "رفعت الشركة دعوى أمام دائرة القضاء الإداري بمحكمة استئناف بنغازي"
    _, assessment = analyze(tmp_path, WIN_AR.format(suit=suit))
    assert DISPUTE in codes(assessment)
    assert RULING_RULE in sources(assessment)


def test_the_relief_a_suit_asks_is_no_ruling(tmp_path: Path) -> None:
    text = (
        "الاسم: سالم عبد الحميد الورفلي. تاريخ الميلاد: 1975/03/02.\n"
        "التهم: تزوير محررات رسمية.\n"
        "الطلبات: إلغاء قرار فسخ العقد الصادر في 2023/01/06، وإلزام الوزارة بأن تؤدي للشركة"
        " مستحقاتها.\n"
        "الأمر القضائي: أمر بالقبض صادر عن النائب العام بتاريخ 2023/02/01.\n"
    )
    _, assessment = analyze(tmp_path, text)
    assert RULING_RULE not in sources(assessment)


def test_a_suit_before_the_commercial_court_against_a_partner_is_not(tmp_path: Path) -> None:
    suit = "رفعت الشركة دعوى أمام المحكمة التجارية ضد شريكها السابق"
    _, assessment = analyze(tmp_path, WIN_AR.format(suit=suit))
    assert DISPUTE not in rule_codes(assessment)
    assert RULING_RULE not in sources(assessment)


# -------------------------------------------------- a concession withdrawn, its holder between

CONCESSION = (
    "Nom : BOUSSOUGOU. Prénoms : Alain. Né le 1/1/1969 à Mouila.\n"
    "Infractions : exploitation forestière illégale et blanchiment.\n"
    "Mandat d'arrêt n° 77/2023 du 2 août 2023.\n"
    "Par décision du 12 janvier 2023, {who} a retiré à la société de mon client sa concession"
    " de 90 000 hectares.\n"
)


def test_a_concession_the_minister_withdrew_from_the_company(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, CONCESSION.format(who="le ministre des Forêts"))
    assert DISPUTE in codes(assessment)


def test_a_concession_a_partner_withdrew_is_a_private_matter(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, CONCESSION.format(who="l'associé majoritaire"))
    assert DISPUTE not in codes(assessment)


# -------------------------------------------------- "la abogada" names the subject again

DEFENDER = (
    "Nombre: ROJAS PEÑALVER, Daniela Carolina. Nacida el 3/3/1981.\n"
    "Delito: instigación al odio (artículo 20).\n"
    "Orden de aprehensión dictada el 10/10/2023 por el Tribunal de Control.\n"
    "\n"
    "{intro} Ha representado a decenas de detenidos. El lunes 25 de septiembre de 2023 la"
    " abogada intervino en Ginebra, en un evento paralelo al período de sesiones del Consejo.\n"
)


def test_the_noun_written_before_the_subjects_name_names_her_again(tmp_path: Path) -> None:
    intro = "La abogada Rojas coordina el equipo jurídico de la organización."
    _, assessment = analyze(tmp_path, DEFENDER.format(intro=intro))
    assert ACT_RULE in sources(assessment)


def test_the_noun_written_before_another_name_does_not(tmp_path: Path) -> None:
    intro = ("Daniela Rojas coordina el equipo jurídico; la abogada Ferrer dirige la"
             " organización.")
    _, assessment = analyze(tmp_path, DEFENDER.format(intro=intro))
    assert ACT_RULE not in sources(assessment)


# -------------------------------------------------- the election that dates the scene of a killing

BAR_FR = (
    "Identité : MBEMBA Rodrigue, né le 3/3/1990 à Brazzaville.\n"
    "Infraction : {charge}.\n"
    "Le dimanche 14 avril 2024, au lendemain de l'élection présidentielle, vers 23 h, au bar"
    " « Le Baobab », le nommé MBEMBA a pris à partie son client au sujet d'une dette.\n"
    "{then}\n"
)


def test_a_stabbing_the_day_after_the_election_is_no_timing(tmp_path: Path) -> None:
    then = ("Il lui a porté un coup de couteau à la poitrine. La victime est décédée à"
            " l'hôpital.")
    _, assessment = analyze(tmp_path, BAR_FR.format(charge="meurtre (article 295 du Code pénal)",
                                                    then=then))
    assert TIMING not in codes(assessment)
    assert TIMING in held(assessment)


def test_the_day_after_the_election_without_a_killing_still_reads(tmp_path: Path) -> None:
    then = "Le parquet a ouvert une enquête pour abus de confiance le 16 avril 2024."
    _, assessment = analyze(tmp_path, BAR_FR.format(
        charge="abus de confiance (article 408 du Code pénal)", then=then))
    assert TIMING in codes(assessment)


SHOT_AR = (
    "الاسم: حسن عبد الرحيم سليمان. تاريخ الميلاد: 1978/5/5.\n"
    "ملخص الوقائع: {sentence}\n"
)


def test_a_neighbour_shot_dead_days_after_the_vote_is_no_timing(tmp_path: Path) -> None:
    sentence = ("في مساء يوم 3 سبتمبر 2023، أي بعد يومين من الانتخابات، نشبت مشادة بين المتهم"
                " وجاره فأطلق عليه النار فأرداه قتيلاً.")
    _, assessment = analyze(tmp_path, SHOT_AR.format(sentence=sentence))
    assert TIMING not in codes(assessment)


def test_a_warrant_days_after_a_deadly_election_still_reads(tmp_path: Path) -> None:
    sentence = ("بعد يومين من الانتخابات التي أدت إلى مقتل متظاهرين، صدر أمر بالقبض على المتهم"
                " بتهمة التحريض.")
    _, assessment = analyze(tmp_path, SHOT_AR.format(sentence=sentence))
    assert TIMING in codes(assessment)


LOUNGE_EN = (
    "Name: KAMARA, Ibrahim Sorie. Born 2 May 1980.\n"
    "Charge: {charge}\n"
    "Warrant of arrest issued on 20 July 2023 by the Magistrate Court.\n"
    "Summary of facts: {facts}\n"
    "Remarks: the subject campaigned for a party before the general elections of 24 June 2023.\n"
)


def test_a_murder_between_the_election_and_the_warrant_is_no_timing(tmp_path: Path) -> None:
    facts = ("On 15 July 2023 at a lounge in Freetown the subject stabbed the doorman, who died"
             " later that morning.")
    _, assessment = analyze(tmp_path, LOUNGE_EN.format(charge="Murder", facts=facts))
    assert EVENT_RULE not in sources(assessment)


def test_a_fraud_charge_weeks_after_the_election_still_reads(tmp_path: Path) -> None:
    facts = "Between 2019 and 2022 the subject diverted council funds to his own account."
    _, assessment = analyze(tmp_path, LOUNGE_EN.format(charge="Fraud", facts=facts))
    assert EVENT_RULE in sources(assessment)
