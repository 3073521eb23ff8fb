"""The flag engine on context the first rules missed: private disputes between partners,
desertion charges worded as in Levantine military codes, letters lifting a warrant,
boilerplate facts, and who a status word is about.

Every text is fictional and written for these tests (no evaluation case text).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held


def _flag(assessment, code):  # type: ignore[no-untyped-def]
    return next(f for f in assessment.flags if f.code == code)


CHEQUE_PARTNERS = """Summary of facts
Karim OUALI and the complainant ran a bakery together in Sfax as business partners until
they fell out in 2021. Under a settlement agreement signed on 2 March 2022, Karim OUALI handed
the complainant a cheque for 90,000 dinars to pay for his share; the bank returned it on
20 April 2022 for insufficient funds. The complainant has sued for the amount in the
commercial court.
Charge: issuing a cheque without sufficient funds (article 411 of the Commercial Code),
punishable by five years' imprisonment. Warrant no. 22/5531 of 3 June 2022.
"""


def test_a_cheque_between_former_partners_is_a_strong_private_dispute(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CHEQUE_PARTNERS)
    flag = _flag(assessment, "offense.administrative-private")
    assert flag.severity == "high"
    assert "partners" in flag.rationale
    assert assessment.level == "likely-non-compliant"


CHEQUE_FRAUD = """Summary of facts
Between May and October 2022 in Oran, Samir HADDAD, a partner in a car import firm, took
deposits from thirty-one buyers for cars that never existed and gave each of them cheques
that bounced for insufficient funds.
Charges: fraud (article 372 of the Penal Code) and issuing cheques without sufficient funds
(article 374), punishable by five years' imprisonment. Warrant no. 7781/22 of 9 December 2022.
"""


def test_a_cheque_inside_a_fraud_charge_stays_a_point_to_weigh(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CHEQUE_FRAUD)
    flags = {f.code: f for f in assessment.flags}
    if "offense.administrative-private" in flags:
        assert flags["offense.administrative-private"].severity == "medium"
    assert assessment.level != "likely-non-compliant"


def test_desertion_worded_as_the_crime_of_desertion_in_arabic(tmp_path: Path) -> None:
    text = (
        "ملخص الوقائع: غادر الجندي سامر يوسف قطعته في درعا بتاريخ 2/3/2016 ولم يعد إليها،"
        " وتلاحقه النيابة العسكرية بجرم الفرار وفق المادة 100 من قانون العقوبات العسكري،"
        " وعقوبته الاعتقال من ثلاث إلى خمس سنوات.\n"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert "article3.military" in codes(assessment)


def test_escape_from_prison_is_not_desertion(tmp_path: Path) -> None:
    text = (
        "ملخص الوقائع: بتاريخ 5/8/2019 تمكن الموقوف رامي خليل من الفرار من السجن المركزي"
        " في حمص بعد أن اعتدى على حارس، وتلاحقه النيابة العامة بجرم الفرار من السجن"
        " وإيذاء موظف، وعقوبته الحبس حتى ثلاث سنوات.\n"
    )
    _packet, assessment = analyze(tmp_path, text)
    assert "article3.military" not in codes(assessment)


LIFTED = """HIGH COURT OF KISUMU - Criminal Division
Letter no. 4471/2024 to the National Central Bureau, Nairobi, 3 May 2024.
In case no. 118 of 2021 against Otieno BARASA for robbery with violence, the court
discharged the accused under section 87(a) and the arrest warrant was withdrawn on
29 April 2024. Kindly proceed with the cancellation of the red notice.
"""


def test_a_letter_lifting_the_warrant_raises_validity(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, LIFTED)
    assert _flag(assessment, "validity.status").severity == "high"
    assert assessment.level == "likely-non-compliant"


def test_a_warrant_not_withdrawn_is_no_validity_flag(tmp_path: Path) -> None:
    text = LIFTED.replace(
        "the arrest warrant was withdrawn", "the court did not order the withdrawal of the warrant"
    )
    text = text.replace(" Kindly proceed with the cancellation of the red notice.", "")
    _packet, assessment = analyze(tmp_path, text)
    assert "validity.status" not in codes(assessment)


BOILERPLATE = """Résumé des faits : le nommé ABESSOLO NDONG Pierre est poursuivi pour des faits
d'escroquerie et de faux, commis sur l'ensemble du territoire national avec la complicité de
plusieurs personnes, faits qui lui sont imputables au vu de l'enquête.
Infractions : escroquerie (art. 318 du Code pénal), faux en écriture (art. 314).
Peine encourue : dix ans d'emprisonnement.
Mandat d'arrêt n° 112/2021 du juge d'instruction de Libreville, 4 mai 2021.
"""


def test_boilerplate_facts_lack_the_description_of_the_acts(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, BOILERPLATE)
    assert "compliance.vague-facts" in codes(assessment)
    data = _flag(assessment, "compliance.judicial-data")
    assert data.severity == "medium" and "boilerplate" in data.rationale
    assert assessment.level == "review-needed"


def test_held_helper_is_importable() -> None:
    assert callable(held)
