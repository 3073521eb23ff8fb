"""Behaviour tests for the signs the b13 development cases (English and French) showed the
engine missing, each fixed by a lexicon entry, with a counterpart that must still read the
other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes

# ---------------------------------------------------------------- uttering seditious words

SEDITIOUS_WORDS = (
    "Name: VAKA, Semisi Tomasi, born 3 March 1972.\n"
    "Summary of facts: In June 2019, at a meeting in a village hall, the accused said that the"
    " Government had no right to rule and that the people should stop obeying it.\n"
    "Charge: Uttering seditious words, contrary to section 67 of the Crimes Act.\n"
    "Maximum penalty: 7 years' imprisonment.\n"
    "Warrant: issued 2 August 2019 by the Magistrates Court, case No. 811/19.\n"
)

SEDITIOUS_ROBBERY = (
    "Name: VAKA, Semisi Tomasi, born 3 March 1972.\n"
    "Summary of facts: On 4 June 2019 the accused and two others robbed a fuel station at knife"
    " point and took 4,000 dollars.\n"
    "Charge: Aggravated robbery, contrary to section 311 of the Crimes Act.\n"
    "Maximum penalty: 20 years' imprisonment.\n"
    "Warrant: issued 2 August 2019 by the Magistrates Court, case No. 811/19.\n"
)


def test_uttering_seditious_words_is_political_and_speech(tmp_path: Path) -> None:
    """"seditious words" is the statutory name of a speech offence against the state, though
    only "sedition" and "seditious conspiracy" were read."""
    _packet, assessment = analyze(tmp_path, SEDITIOUS_WORDS)
    assert {"article3.political", "misuse.speech-offense"} <= codes(assessment)


def test_an_ordinary_robbery_is_neither(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SEDITIOUS_ROBBERY)
    assert not codes(assessment) & {"article3.political", "misuse.speech-offense"}


# ------------------------------------------------------- "rights" in the state's scare quotes

SCARE_QUOTED_RIGHTS = (
    "Suspect: OSEI, Kofi Elikem, born 8 May 1990.\n"
    "Brief facts: The suspect is the coordinator of Open Door Collective, an association that"
    " claims to promote the \"rights\" of sex workers in the capital. In March 2022 he organised"
    " two meetings at the association's office.\n"
    "Offence: Conspiracy to commit a misdemeanour, section 23 of the Criminal Offences Act.\n"
    "Penalty: imprisonment not exceeding three years.\n"
)

LGBT_ASSOCIATION = (
    "Suspect: OSEI, Kofi Elikem, born 8 May 1990.\n"
    "Brief facts: The suspect is the secretary of an association of lesbian, gay and bisexual"
    " persons in the capital. In March 2022 he organised two meetings at the office.\n"
    "Offence: Conspiracy to commit a misdemeanour, section 23 of the Criminal Offences Act.\n"
    "Penalty: imprisonment not exceeding three years.\n"
)

SPORTS_ASSOCIATION = (
    "Suspect: OSEI, Kofi Elikem, born 8 May 1990.\n"
    "Brief facts: The suspect is the treasurer of a football association in the capital. Between"
    " March and May 2022 he transferred 80,000 cedis of the association's funds to his own"
    " account and forged the receipts.\n"
    "Offence: Stealing and forgery, sections 124 and 158 of the Criminal Offences Act.\n"
    "Penalty: imprisonment not exceeding ten years.\n"
)


def test_an_association_for_scare_quoted_rights_is_a_defenders_group(tmp_path: Path) -> None:
    """The state's quotation marks around "rights" split "rights of", the cause the
    organisation is named for."""
    _packet, assessment = analyze(tmp_path, SCARE_QUOTED_RIGHTS)
    assert "misuse.human-rights-defender" in codes(assessment)


def test_an_association_of_lgbt_persons_is_a_defenders_group(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, LGBT_ASSOCIATION)
    assert "misuse.human-rights-defender" in codes(assessment)


UNREGISTERED_RIGHTS_ASSOCIATION = (
    "Suspect: OSEI, Kofi Elikem, born 8 May 1990.\n"
    "Brief facts: The suspect chairs an unregistered association that campaigns for the rights of"
    " prisoners. In March 2022 he opened an office for it in the capital.\n"
    "Offence: Operating an unregistered association, section 12 of the Societies Act.\n"
    "Penalty: imprisonment not exceeding three years.\n"
)

UNREGISTERED_CLUB = (
    "Suspect: OSEI, Kofi Elikem, born 8 May 1990.\n"
    "Brief facts: The suspect chairs an unregistered association of taxi owners. In March 2022 he"
    " opened an office for it in the capital.\n"
    "Offence: Operating an unregistered association, section 12 of the Societies Act.\n"
    "Penalty: imprisonment not exceeding three years.\n"
)


def test_an_unregistered_rights_association_is_both_charge_and_defenders_group(
    tmp_path: Path,
) -> None:
    """"unregistered association" names the administrative charge; the organisation word inside
    it, beside a rights cause, still names the subject's defenders' group."""
    _packet, assessment = analyze(tmp_path, UNREGISTERED_RIGHTS_ASSOCIATION)
    assert {"offense.administrative-private", "misuse.human-rights-defender"} <= codes(assessment)


def test_an_unregistered_taxi_owners_association_is_only_the_charge(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, UNREGISTERED_CLUB)
    assert "offense.administrative-private" in codes(assessment)
    assert "misuse.human-rights-defender" not in codes(assessment)


def test_a_football_association_treasurer_is_no_defender(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, SPORTS_ASSOCIATION)
    assert "misuse.human-rights-defender" not in codes(assessment)


# ------------------------------------------------------- insulting the head of state is speech

INSULT_PRESIDENT = (
    "Accused: MOYO, Farai Tinashe, born 2 July 1988.\n"
    "Summary of facts: On 3 March 2022 at a bar in Mutare the accused, in the hearing of several"
    " patrons, called the President a liar and a coward.\n"
    "Charge: Insulting the President, section 33 of the Criminal Law Act.\n"
    "Penalty: imprisonment not exceeding one year.\n"
)

INSULT_NEAR_PRESIDENT = (
    "Acusado: MOYO, Farai Tinashe, nacido el 2/7/1988.\n"
    "Hechos: el 3 de marzo de 2022, en un bar de Managua, profirió a gritos frases ofensivas"
    " contra el Presidente de la República.\n"
    "Delito: injuria calumniosa grave contra el Presidente de la República.\n"
)

THREAT_TO_NEIGHBOUR = (
    "Accused: MOYO, Farai Tinashe, born 2 July 1988.\n"
    "Summary of facts: On 3 March 2022 the accused broke into the house of his neighbour, a"
    " retired teacher, and stole two television sets and a generator.\n"
    "Charge: Unlawful entry and theft, sections 131 and 113 of the Criminal Law Act.\n"
    "Penalty: imprisonment not exceeding fifteen years.\n"
)


def test_insulting_the_president_is_also_a_speech_charge(tmp_path: Path) -> None:
    """The words that name an insult to the head of state name a speech charge as well."""
    _packet, assessment = analyze(tmp_path, INSULT_PRESIDENT)
    assert {"article3.political", "misuse.speech-offense"} <= codes(assessment)


def test_an_insult_worded_apart_from_the_office_is_also_speech(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, INSULT_NEAR_PRESIDENT)
    assert {"article3.political", "misuse.speech-offense"} <= codes(assessment)


def test_a_burglary_names_no_speech_charge(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, THREAT_TO_NEIGHBOUR)
    assert not codes(assessment) & {"article3.political", "misuse.speech-offense"}


# ------------------------------------------------------- the subject's declared Christian faith

DECLARED_CHRISTIAN = (
    "Identité : BENALI, Samir, né le 4 avril 1985.\n"
    "Exposé des faits : Le 20 mars 2023, des agents ont surpris l'intéressé en train de fumer"
    " sur la voie publique en plein jour de jeûne. Entendu, l'intéressé a déclaré être de"
    " confession chrétienne.\n"
    "Qualification : atteinte aux préceptes de l'islam (article 144 bis 2 du Code pénal).\n"
    "Peine encourue : trois à cinq ans d'emprisonnement.\n"
)

WITNESS_CHRISTIAN = (
    "Identité : BENALI, Samir, né le 4 avril 1985.\n"
    "Exposé des faits : Le 20 mars 2023, l'intéressé a volé un véhicule sur un parking. Le"
    " témoin, de confession chrétienne, a relevé la plaque d'immatriculation.\n"
    "Qualification : vol (article 350 du Code pénal).\n"
    "Peine encourue : un à cinq ans d'emprisonnement.\n"
)


def test_a_subject_who_declares_a_christian_faith_is_a_religious_minority(tmp_path: Path) -> None:
    """"de confession chrétienne" said of the subject in a case charged under Islamic precepts:
    the case turns on religion."""
    _packet, assessment = analyze(tmp_path, DECLARED_CHRISTIAN)
    assert "misuse.religious-minority" in codes(assessment)


def test_a_christian_witness_is_not_the_subjects_faith(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, WITNESS_CHRISTIAN)
    assert "misuse.religious-minority" not in codes(assessment)


# ---------------------------------------------------------------- groups of youths at barricades

YOUTHS_AT_BARRICADES = (
    "Identité : MADI, Ahmed, né le 2 mai 1980.\n"
    "Faits : Le 20 mars 2023 au soir, après la proclamation des résultats de l'élection, des"
    " groupes de jeunes ont érigé des barricades dans le centre-ville et affronté les forces de"
    " l'ordre. L'intéressé est accusé de les avoir encouragés.\n"
    "Infractions : incitation à la révolte.\n"
)

YOUTHS_ROBBERY = (
    "Identité : MADI, Ahmed, né le 2 mai 1980.\n"
    "Faits : Le 20 mars 2023, des groupes de jeunes recrutés par l'intéressé ont cambriolé trois"
    " bijouteries du centre-ville et revendu les bijoux.\n"
    "Infractions : vol en bande organisée, recel.\n"
)


def test_groups_of_youths_at_barricades_are_a_protest(tmp_path: Path) -> None:
    """"des groupes de jeunes" is a crowd when barricades or the police stand beside it."""
    _packet, assessment = analyze(tmp_path, YOUTHS_AT_BARRICADES)
    assert "misuse.protest-assembly" in codes(assessment)


def test_groups_of_youths_who_rob_shops_are_no_protest(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, YOUTHS_ROBBERY)
    assert "misuse.protest-assembly" not in codes(assessment)


# ---------------------------------------------------------------- serving hostile foreign powers

FOREIGN_POWERS = (
    "Identité : ISSA, Moussa, né le 1er janvier 1980.\n"
    "Exposé des faits : Le 5 septembre 2023, l'intéressé a publié sur son site un article sur les"
    " dépenses de la présidence, de nature à servir les intérêts de puissances étrangères"
    " hostiles.\n"
    "Décision : condamné à deux ans d'emprisonnement pour diffusion de données de nature à"
    " troubler l'ordre public.\n"
)

FOREIGN_COMPANIES = (
    "Identité : ISSA, Moussa, né le 1er janvier 1980.\n"
    "Exposé des faits : En 2021, l'intéressé, directeur des achats, a attribué trois marchés sans"
    " appel d'offres pour servir les intérêts de sociétés étrangères qui lui ont versé"
    " 40 millions.\n"
    "Décision : condamné à cinq ans d'emprisonnement pour corruption passive.\n"
)


def test_serving_hostile_foreign_powers_is_political(tmp_path: Path) -> None:
    """The state casting a publication as serving foreign powers charges an offence against the
    security of the state."""
    _packet, assessment = analyze(tmp_path, FOREIGN_POWERS)
    assert "article3.political" in codes(assessment)


def test_serving_foreign_companies_for_bribes_is_not_political(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, FOREIGN_COMPANIES)
    assert "article3.political" not in codes(assessment)
