"""A business taken under the state's control or blocked by its administration before the
charges (b19 round): `misuse.business-dispute-state`, with counterparts that name the same
places or procedures without any pressure on the subject's company.

Each text is fictional and written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import analyze, codes

BUSINESS = "misuse.business-dispute-state"

DAIRY = (
    "Ciudadano: QUINTERO LARA, Héctor Manuel, nacido el 02/11/1966, presidente de Quesos del"
    " Llano, C.A.\n"
    "Delito: acaparamiento (artículo 52 de la Ley Orgánica de Precios Justos). Pena: hasta diez"
    " años de prisión.\n"
    "Orden de aprehensión N.º 2017-0211 de fecha 14 de febrero de 2017.\n"
    "{context}\n"
)

CUSTOMS = (
    "Nom : MEZIANE, Karim. Né le 12 février 1960 à Sétif.\n"
    "Qualification : fausse déclaration en douane (article 325 du Code des douanes), punie de"
    " cinq ans d'emprisonnement.\n"
    "Mandat d'arrêt délivré le 14 mai 2019 par le juge d'instruction de Sétif.\n"
    "{context}\n"
)


@pytest.mark.parametrize(("text", "raised"), [
    pytest.param(DAIRY.format(context="El 3 de mayo de 2016 funcionarios de la superintendencia"
                                      " ocuparon la planta, que quedó bajo control del Estado."),
                 True, id="plant-occupied-by-officials"),
    pytest.param(DAIRY.format(context="El inventario se halló en la planta, que el ciudadano"
                                      " cerró el 3 de mayo de 2016."),
                 False, id="plant-closed-by-its-owner"),
    pytest.param(CUSTOMS.format(context="Ses avocats exposent que l'administration a empêché le"
                                        " dédouanement des machines pendant deux ans."),
                 True, id="administration-blocked-customs-clearance"),
    pytest.param(CUSTOMS.format(context="Les machines ont été présentées au dédouanement au port"
                                        " de Béjaïa le 3 juin 2017."),
                 False, id="goods-presented-for-customs-clearance"),
])
def test_a_company_under_state_pressure(tmp_path: Path, text: str, raised: bool) -> None:
    _p, assessment = analyze(tmp_path, text)
    assert (BUSINESS in codes(assessment)) is raised, assessment.flags
