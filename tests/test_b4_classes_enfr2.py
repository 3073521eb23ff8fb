"""Behaviour tests for the second round of classes the English and French b4 cases exposed.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes

WRITINGS_ABOUT_A_THIRD_PARTY = """Summary of facts
In 2019, in Brno, the subject, acting for a property developer whose contracts had been the
subject of published articles in a regional weekly, paid two men to set fire to the car of the
developer's rival. Charges: arson; incitement. Law: Section 200 of the Criminal Code.
Maximum penalty: 8 years' imprisonment. Arrest warrant issued on 4 May 2020 by the District
Court of Brno.
"""


def test_published_articles_as_a_noun_phrase_is_no_speech_act(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, WRITINGS_ABOUT_A_THIRD_PARTY)
    assert "misuse.speech-offense" not in codes(assessment)


SUBJECT_PUBLISHED = """Summary of facts
Between 2020 and 2021 the subject, a blogger, he published articles accusing the governor of
corruption. Charges: dissemination of false information. Arrest warrant issued on 3 March 2022.
"""


def test_subject_who_published_articles_still_flags(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SUBJECT_PUBLISHED)
    assert "misuse.speech-offense" in codes(assessment)


DISORDER_AS_SETTING = """Exposé des faits : Le 4 mars 2021, à Kindia, au cours de troubles à
l'ordre public
survenus après un match de football, l'intéressé a frappé un commerçant à coups de barre de fer
et lui a dérobé sa recette. Qualification : vol avec violence. Textes : article 330 du Code pénal.
Peine : dix ans d'emprisonnement. Mandat d'arrêt n° 45/2021 du 10 mars 2021.
"""


def test_disorder_named_as_the_setting_is_no_speech_charge(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DISORDER_AS_SETTING)
    assert "misuse.speech-offense" not in codes(assessment)


STATE_BODY_AND_STATE_MANAGEMENT = """Circumstances of the case: the subject was the finance
director of a
copper mining company in which the State is a shareholder. By decision of the Cabinet of 2
March 2022,
temporary state management was introduced at the company. Criminal case No. 11-22 was opened by the
State Committee for National Security under Article 302 (violation of environmental safety
rules) and
Article 209 (fraud). Request: locate and arrest with a view to extradition.
"""


def test_state_committee_is_no_defenders_group_and_state_management_is_a_takeover(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, STATE_BODY_AND_STATE_MANAGEMENT)
    found = codes(assessment)
    assert "misuse.human-rights-defender" not in found
    assert "misuse.business-dispute-state" in found


VOLUNTARINESS_CHALLENGE = """Summary of facts: on 2 May 2018 in Kano the subject and two others
robbed a fuel station
attendant at gunpoint. Charges: armed robbery. Penalty: death. Warrant: bench warrant of the High
Court of Kano State dated 1 July 2020.
Record of proceedings: counsel objected to the extra-judicial statement on the ground that it
was not
made voluntarily, and the Court ordered a trial-within-trial. The defendant had written to the
panel of
inquiry set up after the 2020 protests about his detention.
"""


def test_voluntariness_objection_is_coerced_evidence_and_inquiry_protests_are_no_assembly(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, VOLUNTARINESS_CHALLENGE)
    found = codes(assessment)
    assert "misuse.coerced-evidence" in found
    assert "misuse.protest-assembly" not in found


PUBLIC_FAST_BREAKING_GATHERING = """Exposé des faits : le 2 avril 2023, vers midi, sur la place
centrale de Kénitra, l'intéressé s'est
rassemblé avec une dizaine de personnes, en réponse à un appel publié par une association étudiante,
pour rompre ostensiblement le jeûne dans un lieu public pendant le ramadan. Le groupe a été dispersé
par la police. Qualification : rupture ostensible du jeûne. Texte : article 222 du Code pénal.
Peine : un à six mois d'emprisonnement. Mandat de recherche du 10 avril 2023.
"""


def test_ostensible_fast_breaking_and_a_gathering_answering_a_call(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PUBLIC_FAST_BREAKING_GATHERING)
    found = codes(assessment)
    assert "offense.cultural-norms" in found
    assert "misuse.protest-assembly" in found


LEAFLETS_OF_A_FAITH = """First information report: the complainant states that the accused, a
member of a minority
sect, hands out pamphlets of his community to customers of his tailoring shop in Gujranwala and has
called himself a Muslim. Offences: section 298-C PPC. Warrant of arrest issued on 4 May 2021.
"""


def test_pamphlets_handed_out_are_a_speech_act(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, LEAFLETS_OF_A_FAITH)
    assert "misuse.speech-offense" in codes(assessment)


SPLITTING_THE_COUNTRY = """Facts of the case: since 2017 the suspect, under the pretext of
protecting the mother tongue,
posted audio recordings on websites abroad and gave interviews to a foreign radio station, inciting
antagonism between nationalities. Charge: inciting the splitting of the country. Law: Article 103 of
the Criminal Law. Arrest warrant of the county Public Security Bureau, 2021.
"""


def test_splitting_the_country_and_antagonism_between_nationalities(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SPLITTING_THE_COUNTRY)
    found = codes(assessment)
    assert {"article3.political", "article3.racial", "misuse.speech-offense",
            "misuse.human-rights-defender"} <= found


JUNTA_SUMMONS = """Facts: between 2015 and 2018, through his Facebook account, the subject, a
historian living
abroad, published cartoons about the royal family. He was among the writers summoned by the military
authorities in the weeks following the takeover of May 2014 and did not report.
Charges: lese majeste. Law: Section 112 of the Criminal Code. Penalty: 3 to 15 years.
Warrant: Criminal Court warrant No. 55/2560.
"""


def test_junta_summons_is_political_timing_and_account_posts_are_speech(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, JUNTA_SUMMONS)
    found = codes(assessment)
    assert {"misuse.political-timing", "misuse.speech-offense"} <= found


EXILE_PARTY = """Fonction déclarée : trésorier d'un parti politique non enregistré, basé à Lyon.
Exposé des faits : depuis 2021, l'intéressé a diffusé sur sa chaîne YouTube des vidéos visant à
soulever
la population contre les institutions de l'État. Qualification : publication de fausses
informations.
Mandat d'arrêt n° 12/2022 du 3 mars 2022.
"""


def test_unregistered_party_role_and_raising_the_population_against_the_state(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, EXILE_PARTY)
    found = codes(assessment)
    assert {"misuse.political-opposition", "article3.political"} <= found


ECONOMIC_HARM_ONLY = """Faits : il est reproché à l'intéressé, ancien directeur d'une société
pétrolière, d'avoir, de concert
avec d'autres dirigeants, porté gravement atteinte aux intérêts économiques de l'État,
notamment par des
pratiques de gestion opaques. Qualification : détournement de deniers publics.
Mandat d'arrêt n° 14/2024 du 2 février 2024.
"""


def test_harm_to_economic_interests_beside_conduct_named_as_a_kind_is_vague(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, ECONOMIC_HARM_ONLY)
    assert "compliance.vague-facts" in codes(assessment)
