"""Classes of misses read in the English b5 development cases, each on fictional text.

Every test runs a one-document packet through the whole chain (`analyze` of
tests/test_flags.py) and checks the class, not a case's wording.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

SMUGGLER = """Summary of facts
Between March and May 2022 the accused Dario VESCO organised three crossings of the Aegean by
speedboat from Bodrum; on 9 May 2022 the boat capsized with 41 migrants aboard, most of them
Eritreans hoping to claim asylum in Greece, and 12 drowned. He collected EUR 4,000 a seat.
Charges: aiding and abetting illegal immigration, aggravated; manslaughter.
Law: Law 4251/2014 art. 29; Penal Code art. 302. Maximum penalty: 25 years' imprisonment.
Warrant no. 77/2022 issued on 20 June 2022 by the Investigating Judge of Mytilene.
"""


def test_smuggled_asylum_seekers_are_not_the_subject(tmp_path: Path) -> None:
    """Aiding illegal immigration is migrant smuggling (ICCS 08051), an ordinary crime, and
    the asylum words of the sentence about the migrants aboard describe the victims."""
    _packet, assessment = analyze(tmp_path, SMUGGLER)
    assert "misuse.refugee-asylum" not in codes(assessment)
    assert "misuse.refugee-asylum" in held(assessment)
    assert "offense.administrative-private" not in codes(assessment)
    assert assessment.level == "no-concerns-found", assessment.flags


def test_refugee_subject_still_flagged_in_a_smuggling_case(tmp_path: Path) -> None:
    text = SMUGGLER + "The accused has held refugee status in Sweden since 2019.\n"
    _packet, assessment = analyze(tmp_path, text)
    assert "misuse.refugee-asylum" in codes(assessment)


def test_conviction_while_abroad_is_in_absentia(tmp_path: Path) -> None:
    text = """Summary of facts
On 2 June 2016 in Sitra the accused Hassan JAFAR set fire to a bank branch with petrol bombs.
Charges: arson. Law: Penal Code art. 277. Sentence: 7 years' imprisonment, High Criminal
Court, judgment no. 4/2018 of 3 March 2018. He had left the country in 2017 and was
sentenced while abroad.
"""
    _packet, assessment = analyze(tmp_path, text)
    assert "misuse.in-absentia" in codes(assessment)


def test_sedition_stirred_by_a_religion_offence_is_not_political(tmp_path: Path) -> None:
    """Translated Egyptian art. 98(f): 'stir up sedition' (fitna) next to the exploitation of
    religion is sectarian strife, not an offence against the state."""
    text = """Summary of facts
In March 2021 in Assiut the accused Bishoy NASSIF posted a video mocking the call to prayer.
The court found that he exploited religion to spread extremist ideas with intent to stir up
sedition and to show contempt for one of the heavenly religions.
Charges: contempt of religion. Law: Penal Code art. 98(f). Sentence: 3 years' imprisonment,
Assiut Misdemeanours Court, judgment of 2 June 2021.
"""
    _packet, assessment = analyze(tmp_path, text)
    assert "article3.political" not in codes(assessment)
    assert "article3.religious" in codes(assessment)


def test_sedition_charge_stays_political(tmp_path: Path) -> None:
    text = """Charges: sedition (Penal Code s. 124-A) for speeches against the government at a
rally in Quetta on 3 May 2022. Maximum penalty: imprisonment for life.
"""
    _packet, assessment = analyze(tmp_path, text)
    assert "article3.political" in codes(assessment)


ACTIVIST = """Summary of facts
The accused, Nadia BALOCH, a former leader of a banned student union, addressed a sit-in
outside the Gwadar press club on 3 March 2023, where she raised slogans against state
institutions, accusing the security forces of enforced disappearances, and urged the Baloch
people to resist. Charges: statements conducing to public mischief (Penal Code s. 505).
Maximum penalty: 7 years' imprisonment. Warrant no. 12/2023, Anti-Terrorism Court Gwadar.
"""


def test_group_word_before_a_group_noun_is_not_the_surname(tmp_path: Path) -> None:
    """'the Baloch people' names the group even when the subject's family name is Baloch."""
    _packet, assessment = analyze(tmp_path, ACTIVIST)
    assert "misuse.ethnic-minority" in codes(assessment)


def test_surname_alone_is_still_a_name(tmp_path: Path) -> None:
    text = """Summary of facts
On 2 May 2023 in Karachi the accused Imran BALOCH shot a shopkeeper dead during a robbery.
Baloch fled in a stolen car. Charges: murder; robbery (Penal Code ss. 302, 392).
Maximum penalty: death. Warrant no. 88/2023, Sessions Court Karachi South.
"""
    _packet, assessment = analyze(tmp_path, text)
    assert "misuse.ethnic-minority" not in codes(assessment)


def test_accusing_security_forces_of_disappearances_and_antistate_slogans(tmp_path: Path) -> None:
    """A campaigner accusing the security forces of disappearances is a defender; slogans
    against state institutions and s. 505 'public mischief' statements are speech charges."""
    _packet, assessment = analyze(tmp_path, ACTIVIST)
    assert {"misuse.human-rights-defender", "misuse.speech-offense"} <= codes(assessment)


def test_defamatory_information_and_fabricated_posts(tmp_path: Path) -> None:
    """'Publication of defamatory information' is defamation; 'false, fabricated statements'
    the subject posted are the speech charged, not a statement taken under pressure."""
    text = """Summary of facts
Between 3 and 9 May 2022 the accused Kamal HOSSAIN published posts on his own news portal in
which he made false, fabricated statements about the Minister of Home Affairs.
Charges: publication of defamatory information; spreading false information.
Law: Cyber Act 2018, ss. 25, 29. Maximum penalty: 7 years' imprisonment.
Warrant no. 33/2022 issued on 20 May 2022 by the Cyber Tribunal, Dhaka.
"""
    _packet, assessment = analyze(tmp_path, text)
    assert "offense.cultural-norms" in codes(assessment)
    assert "misuse.coerced-evidence" not in codes(assessment)
