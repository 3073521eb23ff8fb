"""Behaviour tests for the classes the b14 development cases exposed: false alarms a reviewer
would call wrong (a civil disobedience offence read as draft evasion, a law's title read as
boilerplate, a court's newspaper notice read as the subject's writing, the targets of a bomb or
an eyewitness read as the subject, a press report that started an inquiry read as the subject's
publication) and a penalty the judicial-data rule did not see, each fixed by a lexicon entry,
with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

# ---------------------------------------------------------------- disobeying an authority's order

DISOBEYED_ORDER = (
    "Nom : MARTIN, Luc, né le 3 mars 1979.\n"
    "Résumé des faits : le 12 juin 2024 à Sion, malgré l'interdiction de périmètre prononcée par"
    " le juge civil, MARTIN a frappé son ancienne compagne de deux coups de marteau à la tête.\n"
    "Infractions : tentative de meurtre (art. 111 et 22 CP) ; insoumission à une décision de"
    " l'autorité (art. 292 CP).\nPeine maximale : vingt ans de privation de liberté.\n"
)

DRAFT_EVADER = (
    "Nom : MARTIN, Luc, né le 3 mars 1999.\n"
    "Résumé des faits : appelé sous les drapeaux le 1er février 2023, MARTIN ne s'est pas présenté"
    " à la caserne et a quitté le pays.\n"
    "Infraction : insoumission (article 397 du code de justice militaire).\n"
    "Peine maximale : cinq ans d'emprisonnement.\n"
)


def test_disobeying_an_authoritys_order_is_no_draft_evasion(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DISOBEYED_ORDER)
    assert "article3.military" not in codes(assessment)


def test_bare_insoumission_is_still_draft_evasion(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DRAFT_EVADER)
    assert "article3.military" in codes(assessment)


# ---------------------------------------------------------------- a law's title is no boilerplate

LAW_TITLE = (
    "Nom : KOFFI, Jean, né le 2 avril 1970.\n"
    "Exposé des faits : entre janvier et juin 2022, à Lomé, KOFFI, trésorier de la mairie, a viré"
    " 240 millions de francs CFA des comptes communaux vers le compte de sa société.\n"
    "Textes : article 12 de la loi n° 2015-10 portant répression de la corruption et autres"
    " infractions connexes ; loi relative au blanchiment des produits du trafic de la drogue et"
    " d'autres infractions graves.\nPeine maximale : dix ans d'emprisonnement.\n"
    "Mandat d'arrêt n° 44/2022 du 3 août 2022.\n"
)

CATCH_ALL_FACTS = (
    "Nom : KOFFI, Jean, né le 2 avril 1970.\n"
    "Exposé des faits : KOFFI a détourné des fonds et autres infractions au préjudice de l'État.\n"
    "Peine maximale : dix ans d'emprisonnement.\n"
)


def test_a_catch_all_in_a_laws_title_is_no_vague_fact(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, LAW_TITLE)
    assert "compliance.vague-facts" not in codes(assessment)


def test_a_catch_all_in_the_facts_is_still_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CATCH_ALL_FACTS)
    assert "compliance.vague-facts" in codes(assessment)


# ------------------------------------------------------------- a court's notice in the newspapers

COURT_NOTICE = (
    "Name: HOSSAIN, Md. Jamal, born 5 May 1980.\n"
    "Facts: On 2 March 2018 at Savar the accused stabbed Rahim Uddin to death over a land dispute."
    " As he absconded, a notice was published in two national daily newspapers directing him to"
    " appear before the court.\n"
    "Offence: murder, section 302 of the Penal Code. Sentence: imprisonment for life.\n"
    "Conviction warrant issued on 9 May 2023.\n"
)

COLUMNIST = (
    "Name: HOSSAIN, Md. Jamal, born 5 May 1980.\n"
    "Facts: The accused regularly published in the national daily newspaper Dainik Alo columns on"
    " the ruling party. He was charged over a column of 4 March 2023.\n"
    "Offence: spreading false information, section 25 of the Digital Security Act.\n"
)


def test_a_court_notice_published_in_newspapers_is_no_writing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, COURT_NOTICE)
    assert "misuse.journalist-media" not in codes(assessment)


def test_a_subject_who_published_in_a_daily_is_still_a_writer(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, COLUMNIST)
    assert "misuse.journalist-media" in codes(assessment)


# ---------------------------------------------------------------- the targets of a bomb

BOMB_TARGET = (
    "Name: KARIMI, Omar, born 1 June 1994.\n"
    "Facts: On 9 May 2022 at 07:40 in Zarqa a bomb exploded under the car of a former minister and"
    " columnist as his driver started the engine; the driver lost a leg. Investigators established"
    " that the accused assembled the device and planted it the night before, in revenge for"
    " articles in which the former minister criticised extremist groups. His DNA was found on"
    " the magnet.\n"
    "Charges: terrorist act causing injury; attempted murder, articles 3 and 7 of the Prevention"
    " of Terrorism Law. Maximum penalty: life imprisonment with hard labour.\n"
    "Warrant no. 51/2022 issued on 20 May 2022 by the State Security Court prosecutor.\n"
)

COLUMNIST_AT_THE_BLAST = (
    "Name: KARIMI, Omar, born 1 June 1994.\n"
    "Facts: The accused, a columnist with a daily newspaper, stood near the market in Zarqa on"
    " 9 May 2022 when a bomb exploded. After he wrote that the police had failed to prevent it, he"
    " was charged with spreading false news.\n"
    "Charge: spreading false news, article 15 of the Cybercrime Law.\n"
)


def test_a_former_minister_and_columnist_targeted_by_a_bomb_is_not_the_subject(
    tmp_path: Path,
) -> None:
    """The status words name the owner of the car the bomb exploded under, and the extremist
    groups the victim's articles criticised are the motive of the attack, not a speech
    charge."""
    _packet, assessment = analyze(tmp_path, BOMB_TARGET)
    found = codes(assessment)
    assert "misuse.journalist-media" not in found
    assert "misuse.political-opposition" not in found
    assert "misuse.speech-offense" not in found
    assert "victim" in held(assessment)["misuse.journalist-media"]


def test_a_columnist_named_as_the_accused_beside_a_blast_is_still_the_subject(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, COLUMNIST_AT_THE_BLAST)
    assert "misuse.journalist-media" in codes(assessment)


EXTREMIST_READERS = (
    "Name: RAKHIMOV, Anvar, born 4 April 1985.\n"
    "Facts: Between 2019 and 2021 in Dushanbe the accused met friends to read books of a banned"
    " religious author and kept extremist literature at home.\n"
    "Charge: participation in an extremist organisation, article 307.3 of the Criminal Code.\n"
)


def test_an_extremism_charge_without_violence_is_still_a_speech_offense(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, EXTREMIST_READERS)
    assert "misuse.speech-offense" in codes(assessment)


# ---------------------------------------------------------------- the toll of a massacre

MILITIA_MASSACRE = (
    "Nom : KASONGO, Pierre, né vers 1980.\n"
    "Exposé des faits : dans la nuit du 4 au 5 mai 2023, une bande armée menée par KASONGO a"
    " attaqué le village de Mbali et a tué trente-deux civils, dont douze enfants."
    " Des rescapés l'ont reconnu ; le dossier a été transmis à la justice militaire.\n"
    "Qualification : crimes contre l'humanité par meurtre ; meurtre (article 44 du code pénal).\n"
    "Peine maximale : peine de mort.\n"
    "Mandat d'arrêt n° 120/2024 du 2 février 2024 de l'auditeur militaire de Bunia.\n"
)

JOURNALIST_MILITARY_COURT = (
    "Nom : KASONGO, Pierre, né le 3 mars 1985.\n"
    "Exposé des faits : KASONGO, commerçant à Goma, a publié le 2 mai 2023 sur Facebook un message"
    " critiquant l'armée ; il a été renvoyé devant la justice militaire pour outrage à l'armée.\n"
    "Qualification : outrage à l'armée (article 87 du code pénal militaire).\n"
)


def test_a_massacre_told_by_its_toll_holds_the_military_court_back(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, MILITIA_MASSACRE)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "deadly attack" in held(assessment)["misuse.political-opposition"]


def test_a_civilian_before_a_military_court_for_a_post_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, JOURNALIST_MILITARY_COURT)
    assert "misuse.political-opposition" in codes(assessment)


# ---------------------------------------------------------------- a penalty heading above its value

PENALTY_BELOW_HEADING = """SUMMARY OF FACTS
On 3 May 2024 at about 21:00 at Kibera, Nairobi, the subject John KAMAU shot Peter OTIENO dead
outside a bar after a quarrel over a debt. Two witnesses identified him.

CHARGE
Murder

LAW
Section 203 of the Penal Code (Cap. 63)

MAXIMUM PENALTY
Death

ARREST WARRANT
Warrant of arrest dated 9 May 2024, Chief Magistrate, Kibera, Criminal Case No. E455 of 2024.
"""


def test_a_death_penalty_under_its_heading_is_judicial_data(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PENALTY_BELOW_HEADING)
    assert "compliance.judicial-data" not in codes(assessment)


def test_a_missing_penalty_under_its_heading_is_still_missing(tmp_path: Path) -> None:
    text = PENALTY_BELOW_HEADING.replace("MAXIMUM PENALTY\nDeath\n", "MAXIMUM PENALTY\nUnknown\n")
    _packet, assessment = analyze(tmp_path, text)
    assert "compliance.judicial-data" in codes(assessment)


# ------------------------------------------------------------- a press report started the inquiry

PRESS_SOURCE = (
    "Sindicado: LÓPEZ RUIZ, Marco Antonio, nacido el 2/3/1965.\n"
    "Hechos: Entre 2019 y 2021, como alcalde de Escuintla, adjudicó tres contratos de alumbrado a"
    " una empresa de su sobrino a cambio de Q900,000 en transferencias a la cuenta de su esposa.\n"
    "La investigación se inició a partir de un reportaje publicado en mayo de 2022 por un diario"
    " regional.\n"
    "Delitos: cohecho pasivo (artículo 439 del Código Penal). Pena máxima: diez años de prisión.\n"
    "Orden de aprehensión del 4 de julio de 2023, Juzgado de Primera Instancia de Escuintla.\n"
)

OWN_REPORT = (
    "Sindicado: LÓPEZ RUIZ, Marco Antonio, nacido el 2/3/1965.\n"
    "Hechos: La investigación contra el sindicado se inició a partir de un reportaje publicado en"
    " mayo de 2022 en el que acusaba al gobernador de desvío de fondos.\n"
    "Delito: difamación (artículo 164 del Código Penal).\n"
)


def test_a_press_report_that_started_the_inquiry_is_no_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PRESS_SOURCE)
    assert "misuse.political-timing" not in codes(assessment)
    assert "source" in held(assessment)["misuse.political-timing"]


def test_the_subjects_own_report_that_started_the_case_is_still_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, OWN_REPORT)
    assert "misuse.political-timing" in codes(assessment)


# ---------------------------------------------------------------- an eyewitness who saw the subject

EYEWITNESS = (
    "Nom : ABDOULAYE, Idriss, né le 1er janvier 1990.\n"
    "Résumé des faits : le 4 mars 2025 vers 10 h, une bombe a été déposée au marché de Mao ; elle a"
    " tué six personnes. Le correspondant de la radio locale, présent sur les lieux, a déclaré"
    " avoir vu le sus-nommé déposer le sac. ABDOULAYE a fui vers le Niger le 5 mars 2025.\n"
    "Qualification : actes de terrorisme ayant entraîné la mort (loi n° 003/PR/2020).\n"
    "Peine encourue : peine de mort.\n"
)

CORRESPONDENT_ACCUSED = (
    "Nom : ABDOULAYE, Idriss, né le 1er janvier 1990.\n"
    "Résumé des faits : le prévenu, correspondant de la radio locale, a déclaré avoir vu des"
    " soldats piller le marché de Mao le 4 mars 2025 ; il est poursuivi pour diffusion de fausses"
    " nouvelles.\n"
    "Qualification : diffusion de fausses nouvelles.\n"
)


def test_a_correspondent_who_says_he_saw_the_subject_is_a_witness(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, EYEWITNESS)
    assert "misuse.journalist-media" not in codes(assessment)
    assert "witness" in held(assessment)["misuse.journalist-media"]


def test_a_correspondent_named_as_the_accused_is_still_the_subject(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CORRESPONDENT_ACCUSED)
    assert "misuse.journalist-media" in codes(assessment)
