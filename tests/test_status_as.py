"""A notice's status stated as a request to treat it so ("Please treat the diffusion as
withdrawn"), in three languages, reads like "the diffusion has been withdrawn"; the same
words before another quality state no status."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_flags import codes, packet

WARRANT = (
    "Juzgado Penal n.º 4 de Rosario. Causa 7.310/2024. Resolución de 3 de junio de 2024.\n"
    "Se ordena la captura de PÉREZ ALONSO, Marta, nacida el 1 de marzo de 1980, imputada del"
    " delito de estafa (art. 172 del Código Penal; pena de un mes a seis años de prisión).\n"
    "Hechos: el 2 de febrero de 2024, en Rosario, la imputada cobró 40.000 dólares por la venta"
    " de un departamento que no le pertenecía.\n"
)
MESSAGE = (
    "Message from NCB Buenos Aires, 17 March 2025.\n"
    "Further to our diffusion of 9 June 2024 concerning PEREZ ALONSO, Marta: on 12 March 2025"
    " the court of origin set aside the arrest order. {request}\n"
)


@pytest.mark.parametrize(("request_", "withdrawn"), [
    pytest.param("Please treat the diffusion as withdrawn.", True, id="en-as-withdrawn"),
    pytest.param("Merci de considérer la diffusion comme retirée.", True, id="fr-comme-retiree"),
    pytest.param("Please treat the diffusion as urgent.", False, id="as-urgent"),
])
def test_a_diffusion_treated_as_withdrawn(tmp_path: Path, request_: str, withdrawn: bool) -> None:
    docs = {
        "orden.txt": ("arrest-warrant", WARRANT),
        "message.txt": ("other", MESSAGE.format(request=request_)),
    }
    _p, assessment = packet(tmp_path, docs, "AR")
    assert ("validity.status" in codes(assessment)) is withdrawn, assessment.flags
