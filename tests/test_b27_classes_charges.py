"""Behaviour tests for the consistency.charges classes the b27/b28 development cases exposed,
each with a counterpart that must still read the other way:

- drugs charged for supply in one document and for personal use alone in the other are two
  charges, though ICCS files both under the class 0601;
- the Spanish "sustracción de fondos públicos" is embezzlement of public funds (0703), as the
  French "soustraction de deniers publics" is, not theft;
- "RICO" at the end of "Puerto Rico" names no racketeering charge.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.records import Offense, Page
from pipeline.understand.charges import read_offenses
from pipeline.understand.pageview import view_page
from tests.test_flags import codes, packet


def _read(text: str, lang: str, doc_type: str | None = None) -> list[Offense]:
    view = view_page("t", Page(number=1, text=text, method="ocr"), lang)
    return read_offenses([view], doc_type)[0]


# ---------------------------------------------------------------- drugs: supply or own use

DIFFUSION_DRUGS = (
    "DIFFUSION - BCN de la Ville-Test\n"
    "Personne recherchée : Aurélien Vantroyen, né le 14/03/1990 à Ville-Test.\n"
    "Infraction : infraction à la législation sur les stupéfiants (trafic de cocaïne).\n"
    "Faits : le 2 mai 2023, l'intéressé a été trouvé porteur de cocaïne dans un bar.\n"
    "Mandat : juge d'instruction de Ville-Test, mandat d'arrêt du 10 juin 2023.\n"
)
JUDGMENT_DRUGS = (
    "TRIBUNAL CORRECTIONNEL DE VILLE-TEST - jugement par défaut du 3 octobre 2023\n"
    "Le prévenu Aurélien Vantroyen a été trouvé porteur de 1,2 gramme de cocaïne.\n"
    "Par ces motifs, le tribunal déclare établie la prévention de {held} et condamne le"
    " prévenu à un emprisonnement de trois mois.\n"
)


@pytest.mark.parametrize(("held", "raised"), [
    ("détention de stupéfiants pour usage personnel", True),  # own use against supply
    ("trafic de stupéfiants", False),  # supply in both
])
def test_drugs_for_supply_against_drugs_for_own_use(
    tmp_path: Path, held: str, raised: bool
) -> None:
    _p, assessment = packet(tmp_path, {
        "diffusion.txt": ("diffusion", DIFFUSION_DRUGS),
        "jugement.txt": ("judgment", JUDGMENT_DRUGS.format(held=held)),
    }, "BE")
    assert ("consistency.charges" in codes(assessment)) is raised


# ---------------------------------------------------------------- lexicon words

@pytest.mark.parametrize(("charge", "prefix"), [
    ("sustracción de fondos públicos", "0703"),  # an official's embezzlement
    ("sustracción", "0502"),  # bare: theft
])
def test_public_funds_taken_is_embezzlement(charge: str, prefix: str) -> None:
    got = _read(f"Delitos: {charge} (art. 169 del Código Penal).\n", "es", "red-notice")
    assert got and (got[0].iccs_code or "").startswith(prefix)


@pytest.mark.parametrize(("text", "rico"), [
    ("El imputado viajó a Puerto Rico en diciembre de 2023 y no volvió.\n", False),
    ("Charges: RICO conspiracy and wire fraud.\n", True),
])
def test_puerto_rico_is_no_racketeering(text: str, rico: bool) -> None:
    lang = "es" if "imputado" in text else "en"
    got = _read(text, lang, "indictment")
    assert any((o.iccs_code or "").startswith("0905") for o in got) is rico
