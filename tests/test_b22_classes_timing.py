"""Behaviour tests for the b22 timing and state-business classes: a letter that tells the
sequence itself ("Diez días después la Fiscalía presentó la acusación"), a numbered episode
released on a date as the subject's publication, an interview by a medium named by its kind,
an arbitral tribunal's order against the issuing country, a detention after an event that ended
without charge, and a licence transferred to a state company. Each has a counterpart that must
still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import codes, packet, rule_codes, sources

TIMING = "misuse.political-timing"
STATED = "rule.timing.stated-interval"
BUSINESS = "misuse.business-dispute-state"

# -------------------------------------------------- the letter tells the interval

NOTICE_PY = (
    "DIFUSIÓN - OCN Asunción\n"
    "Buscado: BENÍTEZ ROLÓN, Aurelio Martín, nacido el 3 de mayo de 1972 en Encarnación.\n"
    "Hechos: el buscado habría desviado fondos de una cooperativa entre 2015 y 2017.\n"
    "Delito: lesión de confianza, art. 192 del Código Penal.\n"
)
ACT_PY = "firmó con otros concejales una declaración sobre el fraude"
LETTER_PY = (
    "Estudio Gamarra - Buenos Aires, 2 de junio de 2025\n"
    "El señor Benítez es concejal de un partido de oposición.\n"
    "El 4 de marzo de 2025 {act}.\n"
    "{interval} la Fiscalía abrió la investigación que motiva la difusión.\n"
)


def _py(tmp_path: Path, act: str, interval: str) -> set[str]:
    docs = {
        "difusion.txt": ("diffusion", NOTICE_PY),
        "carta.txt": ("other", LETTER_PY.format(act=act, interval=interval)),
    }
    return sources(packet(tmp_path, docs, "PY")[1])


def test_proceedings_a_stated_three_weeks_after_the_subjects_act(tmp_path: Path) -> None:
    found = _py(tmp_path, ACT_PY, "Veinte días después")
    assert STATED in found


def test_a_stated_interval_of_years_says_nothing(tmp_path: Path) -> None:
    found = _py(tmp_path, ACT_PY, "Dos años después")
    assert STATED not in found


def test_an_interval_counted_from_something_else_is_not_the_sequence(tmp_path: Path) -> None:
    found = _py(tmp_path, ACT_PY, "Veinte días después de una auditoría")
    assert STATED not in found


def test_a_dated_sentence_whose_doer_is_another_is_not_the_subjects_act(tmp_path: Path) -> None:
    found = _py(tmp_path, "el Tribunal condenó al Estado a pagar", "Veinte días después")
    assert STATED not in found


def test_the_sequence_in_the_notice_is_the_crime_not_an_act(tmp_path: Path) -> None:
    notice = NOTICE_PY + (
        "El 4 de marzo de 2025 el buscado retiró los fondos de la cuenta.\n"
        "Veinte días después la Fiscalía abrió la investigación.\n"
    )
    docs = {"difusion.txt": ("diffusion", notice)}
    assert STATED not in sources(packet(tmp_path, docs, "PY")[1])


# -------------------------------------------------- a numbered episode, an interview by a medium

NOTICE_KZ = (
    "RED NOTICE - NCB Astana\n"
    "ORAZBEKOV Daniyar, born 12.04.1988, Almaty. Citizen of Kazakhstan.\n"
    "Facts: in 2023 the subject spread knowingly false information.\n"
    "Charge: dissemination of false information, Art. 274 Criminal Code.\n"
    "Warrant: Esil District Court of Astana, ruling of {day} March 2024.\n"
)
LETTER_KZ = (
    "Steppe Media Watch (Bishkek), 10 May 2024\n"
    "Mr Orazbekov hosts 'Open Ledger', a weekly podcast.\n"
    "{opening}, released on 4 March 2024, traced the ownership of two hotels.\n"
)


def _kz(tmp_path: Path, opening: str, day: int = 12) -> set[str]:
    docs = {
        "notice.txt": ("red-notice", NOTICE_KZ.format(day=day)),
        "letter.txt": ("other", LETTER_KZ.format(opening=opening)),
    }
    return sources(packet(tmp_path, docs, "KZ")[1])


def test_a_numbered_episode_released_days_before_the_warrant(tmp_path: Path) -> None:
    assert "rule.timing.after-public-act" in _kz(tmp_path, "Episode 31")


def test_an_unnumbered_mention_of_an_episode_is_not_read(tmp_path: Path) -> None:
    assert "rule.timing.after-public-act" not in _kz(tmp_path, "A report by another outlet")


NOTICE_EC = (
    "DIFUSIÓN - OCN Quito\n"
    "Buscado: ARIAS PONCE, Wilmer Andrés, nacido el 02/02/1970 en Ambato.\n"
    "Hechos: en 2018 el buscado presentó un certificado falso ante el Municipio.\n"
    "Delito: falsificación de documento (COIP, art. 328).\n"
    "Instrucción fiscal formulada el 1 de octubre de 2024.\n"
)
LETTER_EC = (
    "Estudio Jurídico Vera - Quito, 4 de noviembre de 2024\n"
    "Nuestro defendido, el ingeniero Wilmer Arias, fue entrevistado por {who} en su edición del"
    " 10 de septiembre de 2024, donde explicó las fallas de una obra pública.\n"
)


def _ec(tmp_path: Path, who: str) -> set[str]:
    docs = {
        "difusion.txt": ("diffusion", NOTICE_EC),
        "carta.txt": ("other", LETTER_EC.format(who=who)),
    }
    return sources(packet(tmp_path, docs, "EC")[1])


def test_interviewed_by_a_newspaper_then_charged(tmp_path: Path) -> None:
    assert "rule.timing.after-public-act" in _ec(tmp_path, "el diario La Voz")


def test_interviewed_by_the_police_is_not_a_public_act(tmp_path: Path) -> None:
    assert "rule.timing.after-public-act" not in _ec(tmp_path, "la policía")


# -------------------------------------------------- an arbitral order against the issuing country

NOTICE_MN = (
    "RED NOTICE - NCB Ulaanbaatar\n"
    "BATSUKH Ganbold. Born 03.03.1970, Darkhan. Mongolian.\n"
    "Facts: in 2018-2019 the subject evaded taxes on coal exports.\n"
    "Charge: tax evasion. Law: Art. 18.4 Criminal Code.\n"
    "Warrant: Chingeltei District Court, ruling of 2 June 2023.\n"
)
INDICTMENT_MN = (
    "PROSECUTOR'S OFFICE - resolution to charge, 20 May 2023\n"
    "Accused: BATSUKH Ganbold, founder of Ulaan Tolgoi Coal LLC.\n"
    "On 5 May 2023 an arbitral tribunal ordered {party} to pay the company USD 30 million.\n"
)


def _mn(tmp_path: Path, party: str) -> set[str]:
    docs = {
        "notice.txt": ("red-notice", NOTICE_MN),
        "indictment.txt": ("indictment", INDICTMENT_MN.format(party=party)),
    }
    return sources(packet(tmp_path, docs, "MN")[1])


def test_an_award_against_the_issuing_country_then_a_warrant(tmp_path: Path) -> None:
    assert "rule.timing.after-ruling-against-state" in _mn(tmp_path, "Mongolia")


def test_an_award_against_a_private_buyer_is_not_against_the_state(tmp_path: Path) -> None:
    assert "rule.timing.after-ruling-against-state" not in _mn(tmp_path, "a private buyer")


# -------------------------------------------------- a licence transferred to a state company

NOTICE_LICENCE = (
    "RED NOTICE - NCB Ulaanbaatar\n"
    "BATSUKH Ganbold. Born 03.03.1970, Darkhan. Mongolian.\n"
    "Facts: in 2018-2019 the subject evaded taxes on coal exports.\n"
    "Charge: tax evasion. Law: Art. 18.4 Criminal Code.\n"
    "Background: in 2020 his mining licence was {fate}.\n"
)


def _licence(tmp_path: Path, fate: str) -> set[str]:
    docs = {"notice.txt": ("red-notice", NOTICE_LICENCE.format(fate=fate))}
    return rule_codes(packet(tmp_path, docs, "MN")[1])


def test_a_licence_transferred_to_a_state_company(tmp_path: Path) -> None:
    assert BUSINESS in _licence(tmp_path, "transferred to a state-owned coal company")


def test_a_licence_transferred_to_a_private_buyer(tmp_path: Path) -> None:
    assert BUSINESS not in _licence(tmp_path, "transferred to a private coal company")


# -------------------------------------------------- a sweep after an event, released without charge

NOTICE_ET = (
    "RED NOTICE - NCB Addis Ababa\n"
    "TESFAYE Alemu Gebre. Born 1980, Adwa. Ethiopian.\n"
    "Facts: in 2022 the suspect transferred money to a designated group.\n"
    "Charge: support to a terrorist organisation. Law: Proclamation No. 1176/2020.\n"
    "Warrant: Federal First Instance Court, dated 3 March 2022.\n"
)
LETTER_ET = (
    "Letter from counsel, Nairobi, 6 June 2023\n"
    "In November 2021, after the state of emergency was declared, police checked identity cards"
    " in his street; he was held for 30 days and {end}.\n"
)


def _et(tmp_path: Path, end: str) -> set[str]:
    docs = {
        "notice.txt": ("red-notice", NOTICE_ET),
        "letter.txt": ("other", LETTER_ET.format(end=end)),
    }
    return codes(packet(tmp_path, docs, "ET")[1])


def test_a_sweep_after_the_event_that_ended_without_charge(tmp_path: Path) -> None:
    assert TIMING not in _et(tmp_path, "released without charge")


def test_a_detention_after_the_event_that_led_to_a_warrant(tmp_path: Path) -> None:
    assert TIMING in _et(tmp_path, "then a warrant was issued against him")
