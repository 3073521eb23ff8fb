"""Behaviour tests for the b7 classes fixed from the English batch (fictional texts)."""
from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held
from tests.test_flags import packet as _packet

_FACTS = (
    "Name: OKAFOR, Daniel. Charge: murder (section 302 of the Penal Code). Penalty: life "
    "imprisonment. On 3 May 2019 in Pune he stabbed a shopkeeper to death.\n"
)


def test_notice_deleted_told_in_the_next_sentence_by_a_pronoun_is_status(tmp_path: Path) -> None:
    """'The Red Notice ... . It was deleted on ...': the pronoun stands for the notice."""
    text = _FACTS + (
        "Status check: the Red Notice is not shown in the search results any more. It was "
        "deleted on 2 February 2023 after a review.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "validity.status" in codes(a)


def test_notice_removed_from_interpols_files_by_the_general_secretariat(tmp_path: Path) -> None:
    text = _FACTS + (
        "Result of the query: the notice was deleted by the General Secretariat in 2022 and "
        "member countries are asked to delete any copies of the notice.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "validity.status" in codes(a)


def test_pronoun_sentence_not_about_a_notice_is_no_status(tmp_path: Path) -> None:
    text = _FACTS + "The shop was closed for a week. It was cancelled as a lease in 2020.\n"
    _, a = analyze(tmp_path, text)
    assert "validity.status" not in codes(a)


def test_birth_date_given_as_approximate_is_compared(tmp_path: Path) -> None:
    """An indictment's 'born on or about ...' is a birth date, compared with the notice's."""
    notice = (
        "RED NOTICE\nSurname: MARLOWE. Forenames: Keith Andrew. DOB: 2 April 1970. "
        "Nationality: British.\nSummary: between 2015 and 2018 in Leeds the subject imported "
        "cocaine in lorries. Charge: conspiracy to import cocaine. Maximum penalty: life "
        "imprisonment.\n"
    )
    indictment = (
        "INDICTMENT\nKEITH ANDREW MARLOWE, the defendant, born on or about 9 November 1966 in "
        "Hull, conspired with others to import cocaine.\n"
    )
    _, a = _packet(tmp_path, {"notice.txt": ("red-notice", notice),
                              "indictment.txt": ("indictment", indictment)}, "GB")
    assert "consistency.identity" in codes(a)


def test_asylum_seekers_housed_in_the_building_attacked_are_not_the_subject(tmp_path: Path) -> None:
    text = (
        "Name: HOLT, Ryan. Charges: arson with intent to endanger life; violent disorder.\n"
        "On 2 June 2023 in Dover the subject threw petrol bombs at a hostel used to house some "
        "90 asylum seekers, setting the entrance on fire. Maximum penalty: life imprisonment.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.refugee-asylum" not in codes(a)
    assert "misuse.refugee-asylum" in held(a)


def test_subjects_own_asylum_beside_a_violent_charge_still_counts(tmp_path: Path) -> None:
    text = (
        "Name: HOLT, Ryan. Charge: assault causing grievous bodily harm. Maximum penalty: "
        "life imprisonment. On 2 June 2023 in Dover he beat a man with a bar.\n"
        "He was granted asylum in Canada in 2024.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.refugee-asylum" in codes(a)


def test_laundering_described_by_its_act_matches_the_notice_charge(tmp_path: Path) -> None:
    """A charge sheet that words laundering by its act ('a transaction involving proceeds of
    an unlawful activity ... derived from criminal breach of trust') and cites a paragraph of
    the section the notice cites charges what the notice charges."""
    notice = (
        "RED NOTICE\nName: LIM Boon Keat. Born 1 March 1979.\nSummary: in 2016 in Penang the "
        "subject moved USD 4 million stolen from a state company through shell accounts.\n"
        "Charges: three counts of money laundering. Law: section 4(1) of Act 613. Maximum "
        "penalty: 15 years.\n"
    )
    sheet = (
        "CHARGE\nThat you, on 2 June 2016 in Penang, engaged in a transaction involving proceeds "
        "of an unlawful activity, namely USD 1,000,000 derived from criminal breach of trust, "
        "an offence under section 4(1)(a) of Act 613.\n"
    )
    _, a = _packet(tmp_path, {"notice.txt": ("red-notice", notice),
                              "sheet.txt": ("indictment", sheet)}, "MY")
    assert "consistency.charges" not in codes(a)


def test_a_status_word_after_a_possessive_names_another_person(tmp_path: Path) -> None:
    """'his sound editor' is the subject's employee, not the subject's trade."""
    text = (
        "Name: WIRAWAN, Budi. Offence: fraud (Article 378 KUHP). Penalty: 4 years.\n"
        "In 2019 in Surabaya the subject sold fake concert tickets and asked his sound editor "
        "to design them.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.journalist-media" not in codes(a)


def test_a_status_word_after_his_fellow_stays_the_subjects(tmp_path: Path) -> None:
    text = (
        "Name: WIRAWAN, Budi. Offence: spreading false information (Article 14 of Law 1/1946). "
        "Penalty: 10 years.\nIn 2019 in Surabaya the subject and his fellow journalists "
        "published reports on the governor's land deals.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.journalist-media" in codes(a)


def test_outrage_against_the_constitutional_order_is_political(tmp_path: Path) -> None:
    text = (
        "Name: ASFAW, Tekle. Charges: outrage against the constitutional order (Article 238 "
        "Criminal Code). Penalty: 25 years.\nIn 2021 in Addis Ababa he organised meetings of "
        "a regional party.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "article3.political" in codes(a)
