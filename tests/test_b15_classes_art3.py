"""Behaviour tests for the classes the b15 development cases on speech, Article 3 and status
signs exposed: signs the engine missed (a discord charge naming no group, the defence of an
ancestral territory, a religion defamed with an article, an elected mayor replaced by a
government trustee, a membership summary told as the organisation's aims, a relief worker),
each fixed by a lexicon entry, with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held, rule_codes

# ---------------------------------------------------------------- discord among citizens

DISCORD_CHARGE = (
    "Persona buscada: QUISPE MAMANI, Hilario, nacido el 4/5/1968.\n"
    "Hechos: el 2 de marzo de 2019, en una radio comunitaria de Puyo, el procesado dijo que las"
    " autoridades provinciales mentían sobre el nuevo oleoducto.\n"
    "Delito: incitación a discordia entre ciudadanos.\n"
    "Pena: uno a tres años de privación de libertad.\n"
)

ETHNIC_DISCORD_CHARGE = (
    "Persona buscada: QUISPE MAMANI, Hilario, nacido el 4/5/1968.\n"
    "Hechos: el 2 de marzo de 2019, en una radio comunitaria de Puyo, el procesado habló del"
    " nuevo oleoducto.\n"
    "Delito: incitación a la discordia étnica.\n"
    "Pena: uno a tres años de privación de libertad.\n"
)


def test_incitement_to_discord_among_citizens_is_a_speech_charge(tmp_path: Path) -> None:
    """A discord charge that names no group is a vague speech charge."""
    _packet, assessment = analyze(tmp_path, DISCORD_CHARGE)
    assert "misuse.speech-offense" in codes(assessment)
    assert "article3.racial" not in rule_codes(assessment)


def test_a_discord_charge_naming_an_ethnic_group_stays_racial(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ETHNIC_DISCORD_CHARGE)
    assert "article3.racial" in codes(assessment)


# ---------------------------------------------------------------- defence of an ancestral territory

ANCESTRAL_TERRITORY = (
    "Persona buscada: YUMBO CERDA, Aurelio, nacido el 9/9/1977.\n"
    "Hechos: entre enero y marzo de 2020, en Archidona, el procesado encabezó reuniones en"
    " defensa del territorio ancestral de las comunidades frente a una concesión petrolera.\n"
    "Delito: paralización de un servicio público.\nPena: uno a tres años de prisión.\n"
)

NATIONAL_TERRITORY = (
    "Persona buscada: YUMBO CERDA, Aurelio, nacido el 9/9/1977.\n"
    "Hechos: el 3 de marzo de 2020, en Archidona, el procesado, sargento destinado a la"
    " defensa del territorio nacional, vendió dos fusiles del batallón a un comprador privado.\n"
    "Delito: peculado.\nPena: diez a trece años de prisión.\n"
)


def test_the_defence_of_an_ancestral_territory_is_a_defenders_work(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ANCESTRAL_TERRITORY)
    assert "misuse.human-rights-defender" in codes(assessment)


def test_the_defence_of_the_national_territory_is_no_defenders_work(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, NATIONAL_TERRITORY)
    assert "misuse.human-rights-defender" not in codes(assessment)


# ---------------------------------------------------------------- a religion defamed

RELIGION_DEFAMED = (
    "Name: Dewi SANTOSO, born 12 May 1980.\n"
    "Summary: On 3 June 2019 at Medan the suspect posted a comment about the call to prayer"
    " of the neighbourhood mosque.\n"
    "Offence: expressing hostility, abuse or defamation of a religion.\n"
    "Maximum penalty: 5 years' imprisonment.\n"
)

PERSON_DEFAMED = (
    "Name: Dewi SANTOSO, born 12 May 1980.\n"
    "Summary: On 3 June 2019 at Medan the suspect posted a comment calling her neighbour, a"
    " shop owner, a thief.\n"
    "Offence: defamation of a person.\n"
    "Maximum penalty: 4 years' imprisonment.\n"
)


def test_defamation_of_a_religion_is_a_religious_offence(tmp_path: Path) -> None:
    """"defamation of a religion" (with the article) is the blasphemy charge."""
    _packet, assessment = analyze(tmp_path, RELIGION_DEFAMED)
    assert "article3.religious" in codes(assessment)
    assert assessment.level == "likely-non-compliant"


def test_defamation_of_a_person_is_no_religious_offence(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PERSON_DEFAMED)
    assert "article3.religious" not in codes(assessment)
    assert "offense.cultural-norms" in codes(assessment)


# ---------------------------------------------------------------- a mayor replaced by a trustee

TRUSTEE_MAYOR = (
    "Subject: DEMIR, Leyla, born 1 April 1975.\n"
    "Elected mayor of a district municipality in 2019; removed from office by decision of the"
    " Ministry of Interior in 2020 and replaced by a government-appointed trustee.\n"
    "Facts: on 5 May 2020 at Van the subject gave a speech at a funeral.\n"
    "Offence: propaganda for an organisation. Penalty: up to 5 years' imprisonment.\n"
)

BANKRUPTCY_TRUSTEE = (
    "Subject: DEMIR, Leyla, born 1 April 1975.\n"
    "Facts: between 2017 and 2019 at Izmir the subject, director of a textile company, hid"
    " 2.1 million euros of stock from its creditors; the court replaced the management with"
    " a bankruptcy trustee, who found the missing goods in a rented warehouse.\n"
    "Offence: fraudulent bankruptcy. Penalty: up to 5 years' imprisonment.\n"
)

CO_MAYOR = (
    "Subject: DEMIR, Leyla, born 1 April 1975, co-mayor of a district municipality.\n"
    "Facts: on 5 May 2020 at Van the subject gave a speech at a funeral.\n"
    "Offence: propaganda for an organisation. Penalty: up to 5 years' imprisonment.\n"
)


def test_a_mayor_replaced_by_a_government_trustee_is_in_conflict_with_it(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, TRUSTEE_MAYOR)
    assert "misuse.political-opposition" in codes(assessment)


def test_a_co_mayor_is_an_elected_politician(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CO_MAYOR)
    assert "misuse.political-opposition" in codes(assessment)


def test_a_bankruptcy_trustee_is_no_political_sign(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, BANKRUPTCY_TRUSTEE)
    assert "misuse.political-opposition" not in codes(assessment)


# ---------------------------------------------------------------- the organisation's aims

AIMS_FORMULA = (
    "Subject: KAYA, Baran, born 7 July 1984.\n"
    "Facts: The wanted person is a member of an armed organisation. It has been determined"
    " that he carried out activities in line with the aims and instructions of the"
    " organisation in the province.\n"
    "Offence: membership of an armed organisation. Penalty: up to 10 years' imprisonment.\n"
)

CONCRETE_ACTS = (
    "Subject: KAYA, Baran, born 7 July 1984.\n"
    "Facts: On 12 March 2018 at Hakkari the subject stored four rifles and 300 cartridges of the"
    " organisation in the barn of his house, where the gendarmerie seized them on 14 March 2018.\n"
    "Offence: membership of an armed organisation. Penalty: up to 10 years' imprisonment.\n"
)


def test_activities_in_line_with_the_organisations_aims_are_boilerplate(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, AIMS_FORMULA)
    assert "compliance.vague-facts" in codes(assessment)


def test_a_dated_act_of_membership_is_no_boilerplate(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CONCRETE_ACTS)
    assert "compliance.vague-facts" not in codes(assessment)


# ---------------------------------------------------------------- a relief worker

RELIEF_WORKER = """المطلوب: جوزيف كوكو أبكر
الصفة: مسؤول لجنة الإغاثة بالكنيسة في مدينة الدلنج
الوقائع: خلال عام ٢٠١٨ قام المتهم بتسليم صور عن قصف القرى إلى منظمة أجنبية.
التهمة: التجسس على البلاد.
"""

RELIEF_WORKER_KILLED = """المطلوب: جوزيف كوكو أبكر
الوقائع: في ٣/٤/٢٠١٨ أطلق المتهم النار على المجني عليه، مسؤول لجنة الإغاثة بالكنيسة في مدينة
الدلنج، فأرداه قتيلا بقصد سرقة سيارته.
التهمة: القتل العمد والنهب.
"""


def test_the_head_of_a_relief_committee_is_a_defender(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, RELIEF_WORKER)
    assert "misuse.human-rights-defender" in codes(assessment)


def test_a_relief_worker_who_is_the_victim_is_held_back(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, RELIEF_WORKER_KILLED)
    assert "misuse.human-rights-defender" not in codes(assessment)
    assert "misuse.human-rights-defender" in held(assessment)
