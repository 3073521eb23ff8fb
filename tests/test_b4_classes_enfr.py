"""Behaviour tests for the classes the English and French b4 development cases exposed.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

PHOTOGRAPHER_WITNESS = """Summary of facts
On 3 March 2019, at about 21:00, two armed men entered a bar on Harbour Street, Cork, and
shot dead the owner, a 51-year-old man. Footage of the attackers was filmed by a television
cameraman covering a street festival outside. The investigation establishes that the subject,
Declan ROURKE, drove the getaway car and hid the pistols in a garage in Mahon.
Offences: murder, contrary to common law; possession of a firearm with intent to endanger life.
Penalties: mandatory life imprisonment; 14 years. Warrant issued on 2 May 2019 by the District
Court of Cork.
"""


def test_journalist_who_filmed_the_events_is_a_witness(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, PHOTOGRAPHER_WITNESS)
    assert "misuse.journalist-media" not in codes(assessment)


REPORTERS_KIDNAPPED = """Exposé des faits
Le 9 avril 2015, à Gao (Mali), trois journalistes d'une chaîne de télévision étrangère ont été
enlevés devant leur hôtel par des hommes armés, puis exécutés à la sortie de la ville.
L'enquête établit que l'intéressé, Moussa AG DIMA, a loué le véhicule des ravisseurs et a
participé à la surveillance des journalistes la veille.
Qualifications : enlèvement suivi de mort en relation avec une entreprise terroriste ;
assassinats. Textes : articles 221-3 et 421-1 du Code pénal. Peine encourue : réclusion
criminelle à perpétuité. Mandat d'arrêt délivré le 3 juin 2016 par un juge d'instruction de Paris.
"""


def test_reporters_kidnapped_and_watched_are_victims(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, REPORTERS_KIDNAPPED)
    assert "misuse.journalist-media" not in codes(assessment)
    assert "misuse.journalist-media" in held(assessment)


CONVERSION_LAW = """Brief facts
The accused, Imran QURESHI, married a 23-year-old woman of another faith in March 2021.
Her father complained that he had pressed her to change her religion. In her statement
she said she is an adult and married him of her own free will.
Sections: 366 IPC; section 3 of the Madhya Pradesh anti-conversion act (unlawful conversion
of religion by marriage). Maximum punishment: 10 years.
Warrant: non-bailable warrant issued on 4 June 2021 by the Chief Judicial Magistrate, Indore.
"""


def test_anti_conversion_law_and_consensual_marriage(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CONVERSION_LAW)
    found = codes(assessment)
    assert {"article3.religious", "misuse.religious-minority", "offense.family-private"} <= found
    assert assessment.level == "likely-non-compliant"


DEFENDER_BY_ACTIVITY = """Summary of facts
The subject, Peter OKELLO, coordinator of a community-based organisation in Buliisa, has
spoken on behalf of displaced families at public meetings since 2018. Between March and
June 2022 he collected UGX 9,000,000 from 12 households for a lawsuit never filed.
Charges: obtaining money by false pretences. Law: section 305 of the Penal Code Act.
Maximum penalty: 5 years' imprisonment. Warrant issued on 1 August 2022 by the Chief
Magistrate's Court of Masindi.
"""


def test_defender_named_by_activity(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, DEFENDER_BY_ACTIVITY)
    assert "misuse.human-rights-defender" in codes(assessment)


STATUS_AFTER_REFERENCE = """Red Notice A-4410/2-2020 - Status: CANCELLED.
The General Secretariat deleted the data after review.
"""


def test_status_label_after_a_reference_on_the_same_line(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, STATUS_AFTER_REFERENCE, name="status.txt")
    assert "validity.status" in codes(assessment)
