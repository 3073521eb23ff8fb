"""Behaviour tests for the timing and state-business classes the b24 development cases exposed,
each with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, packet, rule_codes

TIMING = "misuse.political-timing"
BUSINESS = "misuse.business-dispute-state"

# ---------------------------------------------------------------- a court orders the ministry

WARRANT_LABEL = (
    "WANTED PERSON DIFFUSION\n"
    "Subject: MUTASA, Tendai Kudakwashe, born 3 March 1970.\n"
    "Facts: on 11 June 2024 the subject drove six head of cattle belonging to a neighbour "
    "off the neighbour's paddock near Rusape.\n"
    "Charge: stock theft. Warrant of arrest: Rusape Magistrates Court, CRB 77/06/24, issued "
    "{warrant}.\n"
)

RULING_LETTER = (
    "Our client Mr. Mutasa has farmed his plot since 1999. In 2023 the Ministry of Lands "
    "withdrew his offer letter. On 30 May 2024 the High Court set the withdrawal aside and "
    "ordered the Ministry to restore his occupation.\n"
)


def _ruling_packet(tmp_path: Path, warrant: str) -> set[str]:
    _packet, assessment = packet(tmp_path, {
        "diffusion.txt": ("diffusion", WARRANT_LABEL.format(warrant=warrant)),
        "letter.txt": ("other", RULING_LETTER),
    }, "ZW")
    return codes(assessment)


def test_warrant_weeks_after_a_court_ordered_the_ministry_is_timing(tmp_path: Path) -> None:
    assert TIMING in _ruling_packet(tmp_path, "18 June 2024")


def test_warrant_years_after_the_ruling_is_no_timing(tmp_path: Path) -> None:
    assert TIMING not in _ruling_packet(tmp_path, "18 June 2026")


# ---------------------------------------------------------------- a televised interview (Arabic)

AR_INTERVIEW = (
    "المتهم: كريم عادل منصور\n"
    "تاريخ الإصدار: 2024/06/20\n"
    "على خلفية المقابلة التلفزيونية التي بثتها إحدى القنوات في العاشر من أيار 2024 وما "
    "تضمنته من طعن في نزاهة الحكومة المحلية، قررت المحكمة القبض على المتهم.\n"
    "أمر القبض: محكمة التحقيق، بتاريخ {warrant}.\n"
)


def test_warrant_weeks_after_a_televised_interview_is_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, AR_INTERVIEW.format(warrant="2024/05/28"))
    assert TIMING in codes(assessment)


def test_warrant_years_after_the_interview_is_no_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, AR_INTERVIEW.format(warrant="2026/05/28"))
    assert TIMING not in codes(assessment)


# ---------------------------------------------------------------- a complaint lodged weeks later

PRESS_NOTICE = (
    "RED NOTICE\nSubject: KEITA, Ousmane, born 2 May 1981, Malian.\n"
    "Facts: the subject collected readers' donations and used them for other ends.\n"
    "Charge: fraud. Warrant of arrest: Bamako court, 14 June 2023.\n"
)

PRESS_LETTER = (
    "Re: Mr Ousmane Keita, editor of La Voix du Mandé\n"
    "Mr Keita has edited his outlet from Bamako since 2019. On 4 March 2023 it published an "
    "investigation into land bought by the Minister of Transport. The minister's complaint "
    "was lodged on {complaint}, {interval}; a charge of fraud was added later.\n"
)


def _press_codes(tmp_path: Path, complaint: str, interval: str) -> set[str]:
    _packet, assessment = packet(tmp_path, {
        "notice.txt": ("red-notice", PRESS_NOTICE),
        "letter.txt": ("other", PRESS_LETTER.format(complaint=complaint, interval=interval)),
    }, "ML")
    return codes(assessment)


def test_complaint_lodged_three_weeks_after_the_publication_is_timing(tmp_path: Path) -> None:
    assert TIMING in _press_codes(tmp_path, "25 March 2023", "three weeks later")


def test_complaint_lodged_years_after_the_publication_is_no_timing(tmp_path: Path) -> None:
    assert TIMING not in _press_codes(tmp_path, "25 March 2026", "three years later")


# ---------------------------------------------------------------- the subject's own re-election

REELECTED = (
    "Message complémentaire\n"
    "L'intéressé siège au conseil communal de Morges depuis 2012 et a été réélu lors des "
    "élections communales de mars 2021. La procédure a été ouverte le 4 mai 2023 sur plainte "
    "d'une cliente, après qu'une banque eut signalé des virements inhabituels.\n"
)

CHARGED_AFTER = (
    "Message complémentaire\n"
    "L'intéressé siège au conseil communal de Morges depuis 2012. La procédure a été ouverte "
    "au lendemain des élections communales, sur plainte du nouveau syndic.\n"
)


def test_the_subjects_own_reelection_is_no_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, REELECTED)
    assert TIMING not in codes(assessment)


def test_proceedings_the_day_after_the_elections_are_timing(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CHARGED_AFTER)
    assert TIMING in codes(assessment)


# ---------------------------------------------------------------- a county that stopped paying

CONTRACTOR = (
    "Our client's company built feeder roads under a contract with the {payer}. From 2022 the "
    "{payer} stopped paying certified invoices, and the company sued for the arrears. The "
    "complaint of false pretences followed his refusal to withdraw the suit.\n"
)


def test_a_county_that_stopped_paying_the_contractor_is_a_state_dispute(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CONTRACTOR.format(payer="county government"))
    assert BUSINESS in codes(assessment)


def test_a_private_client_that_stopped_paying_is_no_state_dispute(tmp_path: Path) -> None:
    _packet, assessment = analyze(tmp_path, CONTRACTOR.format(payer="developer"))
    assert BUSINESS not in rule_codes(assessment)


# ---------------------------------------------------------------- a public office named again

OFFICE = (
    "En 2019, la société de l'intéressé a conclu avec {party} un contrat de conditionnement "
    "et d'exportation de 2 000 tonnes de dattes, livrables en plusieurs lots annuels vers "
    "l'Europe. {short} a résilié le contrat en juin 2020.\n"
)


def test_a_national_office_named_again_by_its_head_is_a_state_dispute(tmp_path: Path) -> None:
    text = OFFICE.format(party="l'Office national des dattes", short="L'Office")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS in codes(assessment)


def test_a_private_company_named_again_by_its_head_is_no_state_dispute(tmp_path: Path) -> None:
    text = OFFICE.format(party="la Société Dattes du Sud", short="La Société")
    _packet, assessment = analyze(tmp_path, text)
    assert BUSINESS not in codes(assessment)


# ---------------------------------------------------------------- an election as the period charged

PERIOD = (
    "Facts: {when}, the accused made nine transfers from the party's campaign account to "
    "his own company. The complaint was lodged by the party's council on 9 August 2022.\n"
)


def test_an_election_that_spans_the_acts_charged_is_no_timing(tmp_path: Path) -> None:
    when = "Between 3 February 2022 and 28 July 2022, during the general election"
    _packet, assessment = analyze(tmp_path, PERIOD.format(when=when))
    assert TIMING not in codes(assessment)


def test_a_complaint_days_after_a_dated_election_is_timing(tmp_path: Path) -> None:
    when = "On 28 July 2022, the day of the general election"
    _packet, assessment = analyze(tmp_path, PERIOD.format(when=when))
    assert TIMING in codes(assessment)
