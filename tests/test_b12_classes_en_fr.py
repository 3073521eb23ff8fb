"""Behaviour tests for the classes the b12 English and French development cases exposed: false
alarms a reviewer would call wrong, each fixed by a rule or a lexicon entry, with a counterpart
that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

# ---------------------------------------------------------------- an act charged "without consent"

NON_CONSENSUAL = (
    "Name: OSEI DARKO, Emmanuel, born 2 May 1975.\n"
    "Facts: on 3 August 2022, in a rented room at Kumasi, the subject overpowered a fellow"
    " lodger aged 24 and assaulted him.\n"
    "Charges:\n"
    "1. Unnatural carnal intercourse without consent, section 104 Criminal Code - imprisonment"
    " up to 25 years.\n"
    "Warrant: warrant of arrest of 9 September 2022, Circuit Court, Kumasi.\n"
)

CONSENSUAL = (
    "Name: OSEI DARKO, Emmanuel, born 2 May 1975.\n"
    "Facts: on 3 August 2022, police found the subject and another adult man together in a"
    " rented room at Kumasi.\n"
    "Charges:\n"
    "1. Unnatural carnal intercourse, section 104 Criminal Code - imprisonment up to 3 years.\n"
    "Warrant: warrant of arrest of 9 September 2022, Circuit Court, Kumasi.\n"
)


def test_an_act_against_nature_charged_without_consent_is_no_cultural_norms_offence(
    tmp_path: Path,
) -> None:
    """The charge title says "without consent": a sexual assault, an ordinary crime."""
    _packet, assessment = analyze(tmp_path, NON_CONSENSUAL)
    assert "offense.cultural-norms" not in codes(assessment)
    assert "consent" in held(assessment)["offense.cultural-norms"]


def test_an_act_against_nature_between_adults_is_still_a_cultural_norms_offence(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, CONSENSUAL)
    assert "offense.cultural-norms" in codes(assessment)


# ---------------------------------------------------------------- returned for trial in his absence

COMMITTED = (
    "Subject: BRENNAN, Declan Joseph, born 4/11/1983.\n"
    "Facts: between 2021 and 2023 the subject stole 310,000 euro from his employer's accounts."
    " He was charged on 2 May 2023 and released on bail. He failed to appear at the District"
    " Court on 6 July 2023 and was sent forward for trial in his absence.\n"
    "Charge: theft, section 4 Criminal Justice (Theft and Fraud Offences) Act 2001 - maximum"
    " 10 years.\n"
    "Warrant: bench warrant of 12 September 2023, Circuit Criminal Court, Dublin.\n"
)

TRIED = (
    "Subject: BRENNAN, Declan Joseph, born 4/11/1983.\n"
    "Facts: between 2021 and 2023 the subject stole 310,000 euro from his employer's accounts."
    " He failed to appear at the Circuit Criminal Court on 6 July 2023 and was tried in his"
    " absence.\n"
    "Charge: theft, section 4 Criminal Justice (Theft and Fraud Offences) Act 2001 - maximum"
    " 10 years.\n"
    "Warrant: bench warrant of 12 September 2023, Circuit Criminal Court, Dublin.\n"
)


def test_a_committal_for_trial_in_his_absence_is_no_judgment_in_absentia(
    tmp_path: Path,
) -> None:
    """"sent forward for trial in his absence": the case was sent to trial; none took place."""
    _packet, assessment = analyze(tmp_path, COMMITTED)
    assert "misuse.in-absentia" not in codes(assessment)


def test_a_trial_held_in_his_absence_is_still_in_absentia(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, TRIED)
    assert "misuse.in-absentia" in codes(assessment)


COMMITTED_THEN_CONVICTED = (
    "Subject: BRENNAN, Declan Joseph, born 4/11/1983.\n"
    "Facts: between 2021 and 2023 the subject stole 310,000 euro from his employer's accounts."
    " He was sent forward for trial in 2023 and on 6 May 2024 the Circuit Criminal Court"
    " convicted him in his absence and he was sentenced to six years' imprisonment.\n"
    "Charge: theft, section 4 Criminal Justice (Theft and Fraud Offences) Act 2001 - maximum"
    " 10 years.\n"
)


def test_a_committal_beside_a_sentence_pronounced_is_still_in_absentia(tmp_path: Path) -> None:
    """The committal and the conviction told in one sentence: a sentence was pronounced, so a
    trial took place in his absence."""
    _packet, assessment = analyze(tmp_path, COMMITTED_THEN_CONVICTED)
    assert "misuse.in-absentia" in codes(assessment)


# ---------------------------------------------------------------- an ex-deputy's Ponzi scheme

DEPUTY_PONZI = (
    "Nom : MARCHAND, Pierre-Alain, né le 3 avril 1958 à Sion.\n"
    "Profession : gestionnaire de fortune ; ancien député au parlement cantonal.\n"
    "Exposé des faits : de 2015 à 2022, MARCHAND a recueilli 6,2 millions de francs auprès de"
    " cinquante-deux épargnants en leur promettant un rendement de 9 % par an. Aucun placement"
    " n'a été fait : les fonds ont servi à payer les rendements aux premiers investisseurs et"
    " à financer son train de vie.\n"
    "Qualification : escroquerie par métier, article 146 du Code pénal.\n"
    "Peine maximale : dix ans de peine privative de liberté.\n"
    "Mandat : mandat d'arrêt du Ministère public du 4 mars 2023.\n"
)

DEPUTY_OPPONENT = (
    "Nom : MARCHAND, Pierre-Alain, né le 3 avril 1958 à Sion.\n"
    "Profession : gestionnaire de fortune ; ancien député au parlement cantonal.\n"
    "Exposé des faits : MARCHAND aurait perçu des fonds publics pour des frais de mission non"
    " justifiés.\n"
    "Qualification : escroquerie, article 146 du Code pénal.\n"
    "Peine maximale : cinq ans.\n"
)


def test_a_former_deputy_charged_with_a_ponzi_fraud_is_no_opposition_sign(
    tmp_path: Path,
) -> None:
    """Returns paid to the first investors with later savers' money: an ordinary investment
    fraud against private persons; the past office alone says nothing of a conflict."""
    _packet, assessment = analyze(tmp_path, DEPUTY_PONZI)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "investment fraud" in held(assessment)["misuse.political-opposition"]


MAYOR_PONZI = (
    "Subject: OKAFOR-REID, Samuel, born 9 June 1961.\n"
    "Occupation: investment adviser; former mayor of Lowfield.\n"
    "Facts: from 2016 to 2022 the subject took 3.1 million pounds from 140 savers, promising"
    " 10% a year. Nothing was invested: he paid earlier investors out of the deposits of later"
    " ones and kept the rest.\n"
    "Charge: fraud by false representation, section 2 Fraud Act 2006 - maximum 10 years.\n"
)


def test_a_former_mayor_charged_with_a_ponzi_fraud_is_no_opposition_sign(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, MAYOR_PONZI)
    assert "misuse.political-opposition" not in codes(assessment)
    assert "investment fraud" in held(assessment)["misuse.political-opposition"]


def test_a_former_deputy_charged_with_fraud_without_a_scheme_is_still_weighed(
    tmp_path: Path,
) -> None:
    _packet, assessment = analyze(tmp_path, DEPUTY_OPPONENT)
    assert "misuse.political-opposition" in codes(assessment)


# ---------------------------------------------------------------- the victim exposed corruption

REPORTER_KILLED = (
    "Subject: MENSAH, Isaac Kwame, born 12/05/1988.\n"
    "Facts: on 2 March 2020 Ama Serwaa Boateng, a radio reporter whose programmes had exposed"
    " corruption in the port authority, was walking home at Tema. The subject approached her"
    " and fired two shots. She died at the scene. A pistol found at his house matched the"
    " cartridge cases.\n"
    "Charge: murder, section 46 of the Criminal Offences Act.\n"
    "Maximum penalty: life imprisonment.\n"
    "Warrant: warrant of arrest of 5 May 2020, High Court, Accra.\n"
)

WHISTLEBLOWER_CHARGED = (
    "Subject: MENSAH, Isaac Kwame, born 12/05/1988.\n"
    "Facts: the subject, an accountant of the port authority, exposed corruption in the award"
    " of the dredging contract in 2019. In 2020 he was charged with embezzling 40,000 cedis"
    " from the authority.\n"
    "Charge: stealing by a public servant, section 124 of the Criminal Offences Act.\n"
    "Maximum penalty: 25 years.\n"
)


def test_a_murdered_reporter_who_exposed_corruption_is_no_dispute_with_the_state(
    tmp_path: Path,
) -> None:
    """The one who exposed corruption is the person killed; the charge is the killing."""
    _packet, assessment = analyze(tmp_path, REPORTER_KILLED)
    assert "misuse.business-dispute-state" not in codes(assessment)
    assert "victim" in held(assessment)["misuse.business-dispute-state"]


def test_a_whistleblower_charged_with_embezzlement_is_still_flagged(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, WHISTLEBLOWER_CHARGED)
    assert "misuse.business-dispute-state" in codes(assessment)

