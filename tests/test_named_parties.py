"""A state company described once and named bare afterwards is still a state party.

Disputes with the state are often told with the company introduced as state-owned in one
sentence ("Kaveri Power Limited, the State-owned utility") and named alone in the sentence
that tells the dispute ("Kaveri Power terminated the contract"). The business-dispute
readings need a state party next to the dispute; the description lends it to the name
(`cue.state-company` carries `cue.state-party`, pipeline/flags/named_parties.py). All names
are fictional.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.flags.named_parties import party_names
from pipeline.records import Page
from pipeline.understand.pageview import PageView, view_page
from tests.test_flags import analyze, codes

BUSINESS = "misuse.business-dispute-state"

EN = """Summary of facts: On 3 May 2018 Kaveri Power Limited, the State-owned electricity
utility, awarded Tolu Grid Builders Limited a contract for 90 km of distribution lines.
By March 2020 only 20 km had been built. Kaveri Power terminated the contract on
2 April 2020 and Tolu Grid Builders filed a claim for K 8.1 million against it.
Charge: Misappropriation, section 383A of the Criminal Code. Maximum penalty: 10 years'
imprisonment. Warrant of arrest no. CR 41 of 2021 issued on 9 March 2021 by the
Committal Court, Waigani.
"""

ES = """Resumen de los hechos: En 2021 la empresa estatal Petróleos del Litoral (PETROLIT)
adjudicó a Servicios Andinos S.A. la ampliación de la refinería. El 4 de mayo de 2023
PETROLIT rescindió unilateralmente el contrato y la contratista presentó demanda arbitral.
Delito: peculado (art. 278 del Código Orgánico Integral Penal). Pena: diez a trece años.
Orden de prisión preventiva de 12/07/2023, proceso 17721-2023-00112.
"""


def _view(text: str) -> PageView:
    return view_page("d1", Page(number=1, text=text, method="text-layer"), "en")


def test_state_company_named_bare_is_a_state_party(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, EN)
    assert BUSINESS in codes(assessment)
    flag = next(f for f in assessment.flags if f.code == BUSINESS)
    assert "Kaveri Power terminated the contract" in flag.evidence[0].quote


def test_private_company_named_bare_is_no_state_party(tmp_path: Path) -> None:
    text = EN.replace("the State-owned electricity", "a private electricity")
    _, assessment = analyze(tmp_path, text)
    assert BUSINESS not in codes(assessment)


def test_acronym_of_a_state_company_carries_the_state(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, ES)
    assert BUSINESS in codes(assessment)


def test_names_read_before_and_after_the_description() -> None:
    text = (
        "Kaveri Power Limited, the State-owned utility, signed. Later, the state-owned company "
        "Nadi Water (NWA) paid."
    )
    names = party_names([_view(text)])
    assert {"Kaveri Power Limited", "Kaveri Power", "Nadi Water", "NWA"} <= set(names)
    assert set(names.values()) == {"cue.state-party"}


def test_an_official_described_by_post_lends_nothing() -> None:
    # a person described as an official is a state party where the sentence says so, not
    # wherever the packet names him (he may be the subject)
    text = "Jonas Pere, the former minister of works, signed the contract."
    assert party_names([_view(text)]) == {}
