"""Behaviour tests for the category and business classes the b18 development cases exposed:
a prohibited category, a pure military offence or a dispute with the state that the engine
missed, and a law's title read as a defender's work. Each is fixed by a lexicon entry and
has a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes, sources

# -------------------------------------------------- a soldier's charges in translated wording

SOLDIER = (
    "WANTED PERSON DIFFUSION\n"
    "Subject: VOLKOV, Pavel Igorevich; born 3 March 1990.\n"
    "Summary of facts: On 2 May 2024, near the town of Valuyki, private Volkov P.I. did not"
    " move with his platoon to the positions and later left the camp.\n"
    "Charges: {charge}, Article 332 of the Criminal Code (maximum 3 years).\n"
)


@pytest.mark.parametrize(("charge", "military"), [
    pytest.param("refusal to execute an order to take part in combat operations", True,
                 id="refusal-to-execute-an-order"),
    pytest.param("unauthorised abandonment of a unit for a period exceeding one month", True,
                 id="unauthorised-abandonment-of-a-unit"),
    pytest.param("refusal to execute an order of the court to hand over the vehicle", False,
                 id="a-court-order-refused"),
])
def test_military_charges_in_translated_wording(
    tmp_path: Path, charge: str, military: bool
) -> None:
    _p, assessment = analyze(tmp_path, SOLDIER.format(charge=charge))
    assert ("article3.military" in codes(assessment)) is military, assessment.flags
    if military:
        assert assessment.level == "likely-non-compliant", assessment.level_reason


# -------------------------------------------------- a Colombian bounced-cheque charge

CHEQUES = (
    "Requerido: PARRA LEÓN, Jaime Andrés. Nacido el 05/06/1971.\n"
    "Hechos: En 2023, en Neiva, el requerido pagó a un proveedor de café con tres cheques que"
    " fueron devueltos por fondos insuficientes{context}.\n"
    "Delito: emisión y transferencia ilegal de cheque (art. 248 del Código Penal).\n"
    "Pena: prisión de dieciséis a cincuenta y cuatro meses.\n"
)


@pytest.mark.parametrize(("context", "raised"), [
    pytest.param("", True, id="cheques-between-two-businesses"),
    pytest.param(", como parte de una organización criminal dedicada al lavado de activos", False,
                 id="cheques-of-a-criminal-organisation"),
])
def test_colombian_cheque_charge(tmp_path: Path, context: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, CHEQUES.format(context=context))
    assert ("offense.administrative-private" in codes(assessment)) is raised, assessment.flags
    if raised:
        assert "offense.administrative-private.bounced-cheque" in sources(assessment)


@pytest.mark.parametrize(("party", "raised"), [
    pytest.param("el proveedor", True, id="a-private-supplier"),
    pytest.param("el Ministerio de Hacienda", False, id="a-state-party"),
])
def test_debt_enforcement_suit_named_proceso_ejecutivo(
    tmp_path: Path, party: str, raised: bool
) -> None:
    text = (
        "Requerido: ROJAS VEGA, Camilo. Nacido el 01/01/1970.\n"
        f"Hechos: En 2022 {party} inició un proceso ejecutivo por la misma suma ante el"
        " Juzgado Segundo Civil del Circuito de Neiva.\n"
        "Delito: estafa (art. 246 del Código Penal).\n"
    )
    _p, assessment = analyze(tmp_path, text)
    found = "offense.administrative-private.parallel-civil-settlement" in sources(assessment)
    assert found is raised, assessment.flags


# -------------------------------------------------- adults who worked on their own account

FLAT = (
    "Nombre: QUISPE ROJAS, Delia. Nacida el 09/09/1988.\n"
    "Resumen: La requerida captó a mujeres con fines de explotación sexual en un departamento"
    " de Miraflores.\n"
    "{facts}"
    "Delito: favorecimiento a la prostitución (art. 179 del Código Penal).\n"
    "Pena: no menor de cuatro ni mayor de seis años.\n"
)


@pytest.mark.parametrize(("facts", "raised"), [
    pytest.param("Las otras dos mujeres, de 29 y 33 años, declararon que trabajaban de forma"
                 " independiente y que dividían el alquiler.\n", True,
                 id="adults-working-independently"),
    pytest.param("", False, id="exploitation-uncontradicted"),
])
def test_independent_adults_lift_the_serious_crime_exception(
    tmp_path: Path, facts: str, raised: bool
) -> None:
    _p, assessment = analyze(tmp_path, FLAT.format(facts=facts))
    assert ("offense.cultural-norms" in codes(assessment)) is raised, assessment.flags


# -------------------------------------------------- a dispute with a state body

@pytest.mark.parametrize(("court", "raised"), [
    pytest.param("el Tribunal Federal de Justicia Administrativa", True,
                 id="administrative-court-orders-the-public-body-to-pay"),
    pytest.param("el Juzgado Tercero Civil", False, id="civil-court-between-two-firms"),
])
def test_withheld_billings_before_an_administrative_court(
    tmp_path: Path, court: str, raised: bool
) -> None:
    text = (
        "Requerido: LUNA GARZA, Óscar. Nacido el 02/02/1965.\n"
        "Hechos: la empresa del requerido cobró volúmenes de obra que no ejecutó.\n"
        f"El 3 de marzo de 2023 {court} condenó a la ALFA a pagar las estimaciones retenidas"
        " a la empresa del requerido.\n"
        "Delito: fraude (art. 386 del Código Penal Federal).\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert ("misuse.business-dispute-state" in codes(assessment)) is raised, assessment.flags


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("le ministre des Domaines", True, id="the-minister-withdrew-the-concession"),
    pytest.param("la société concédante privée", False, id="a-private-grantor"),
])
def test_concession_withdrawn(tmp_path: Path, who: str, raised: bool) -> None:
    text = (
        "Nom : SAIDI. Prénom : Karim. Né le 1er janvier 1970.\n"
        f"Faits : en 2021, {who} a retiré la concession du complexe exploité par la société de"
        " l'intéressé.\n"
        "Qualification : escroquerie (article 291 du Code pénal).\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert ("misuse.business-dispute-state" in codes(assessment)) is raised, assessment.flags


# -------------------------------------------------- a law's title is no defender's work

@pytest.mark.parametrize(("sentence", "raised"), [
    pytest.param("Textes : loi n° 2016-12 relative à la lutte contre le terrorisme et à la"
                 " répression du blanchiment d'argent.", False, id="title-of-a-law"),
    pytest.param("L'intéressé anime une association qui lutte contre la répression des"
                 " manifestants.", True, id="an-association-against-repression"),
])
def test_repression_in_a_law_title(tmp_path: Path, sentence: str, raised: bool) -> None:
    text = (
        "Nom : HAMDI. Prénom : Sami. Né le 4 avril 1975.\n"
        "Faits : le 2 mai 2022, à Sousse, l'intéressé a encaissé des chèques volés.\n"
        f"{sentence}\n"
        "Qualification : recel (article 291 du Code pénal).\n"
    )
    _p, assessment = analyze(tmp_path, text)
    found = "misuse.human-rights-defender.documenting-abuses" in sources(assessment)
    assert found is raised, assessment.flags
