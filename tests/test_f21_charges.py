"""Charges of the f21 development batch as classes (fictional texts written for these
tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = None) -> list[str]:
    return [o.text for o in read_offenses([view(text, lang, "text-layer")], doc_type)[0]]


# ---- "The clerk X, prosecuted for ..., is not concerned by this warrant": another person's

_APART_EN = (
    "ARREST WARRANT\n"
    "Mr. Jonas PELLWORTH is prosecuted for:\n"
    "1. Embezzlement, in that he diverted public funds entrusted to him;\n"
    "2. Bribery, in that he accepted undue payments from suppliers.\n"
    "\n"
    "The clerk Mara QUINTELL, prosecuted for complicity in embezzlement, was placed in\n"
    "provisional detention on 3 May 2024 and is not concerned by this warrant.\n"
    "\n"
    "Done at Norford.\n"
)


def test_aside_charge_of_a_person_dealt_with_apart_is_dropped() -> None:
    got = _charges(_APART_EN, "en", "arrest-warrant")
    assert not any("complicity" in c for c in got)
    assert "Embezzlement" in got


def test_aside_charge_without_apart_words_is_kept() -> None:
    text = (
        "ARREST WARRANT\n"
        "Mr. Jonas PELLWORTH, prosecuted for complicity in embezzlement, is sought for arrest.\n"
        "\n"
        "Done at Norford.\n"
    )
    assert any("complicity in embezzlement" in c for c in _charges(text, "en", "arrest-warrant"))


_APART_FR = (
    "CONCLUSION D'ACCUSATION\n"
    "CHEF D'ACCUSATION N° 1\n"
    "Escroquerie commise en grande quantité\n"
    "- article 178 du Code pénal.\n"
    "\n"
    "Le caissier Tigran OVSEPIAN, poursuivi pour complicité d'escroquerie, fait l'objet\n"
    "d'une procédure disjointe.\n"
)


def test_french_aside_with_disjoined_proceedings_is_dropped() -> None:
    got = _charges(_APART_FR, "fr", "indictment")
    assert not any("complicité" in c for c in got)


# ---- "f) Otras circunstancias pertinentes:": a form's section heading, no offence

_FORM = (
    "ORDEN DE DETENCIÓN EUROPEA\n"
    "e) Delitos:\n"
    "Naturaleza y tipificación jurídica de los delitos:\n"
    "a) estafa agravada (art. 386 del Código Penal);\n"
    "b) falsificación de documentos (art. 216 del Código Penal).\n"
    "\n"
    "f) Otras circunstancias pertinentes:\n"
    "El coautor fue detenido el 2 de febrero de 2024.\n"
    "\n"
    "i) Autoridad judicial que ha dictado la orden:\n"
    "Denominación oficial: Fiscalía de Veltra\n"
)


def test_form_section_heading_ending_in_colon_is_no_charge() -> None:
    got = _charges(_FORM, "es", "arrest-warrant")
    assert "Otras circunstancias pertinentes" not in got
    assert "Autoridad judicial que ha dictado la orden" not in got
    assert "falsificación de documentos" in got


def test_offence_heading_ending_in_colon_is_still_a_charge() -> None:
    text = (
        "ACUSACIÓN\n"
        "Delitos:\n"
        "a) estafa agravada:\n"
        "   el acusado engañó a doce inversores entre 2021 y 2022.\n"
        "b) falsificación de documentos:\n"
        "   confeccionó contratos falsos.\n"
    )
    got = _charges(text, "es", "indictment")
    assert "estafa agravada" in got and "falsificación de documentos" in got
