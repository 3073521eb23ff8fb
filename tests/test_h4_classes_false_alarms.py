"""Behaviour tests for the h4 false-alarm classes: a march or demonstration told only as the
setting of an ordinary crime, worded as crossing a square, as closing the street or blocking the
traffic while the act was done, or as officers posted to police a march who witnessed another
act. Neither the protest flag nor the timing rule reads such a march. Each fix has a
counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.engine import candidates
from pipeline.records import Packet
from tests.test_flags import analyze, codes, held, packet

PROTEST = "misuse.protest-assembly"
TIMING = "misuse.political-timing"
OPPOSITION = "misuse.political-opposition"


def _raised(found: Packet, code: str) -> bool:
    """A raised candidate of `code` (rules only, no model)."""
    return any(
        c.code == code and c.suppressed is None for c in candidates(found, use_model=False)
    )


# -------------------------------------------------- a march as the setting of a robbery

ROBO = (
    "DIFUSIÓN - OCN Valmora. Buscado: ORTEGA SALAS, Nelson, nacido el 02/03/1990.\n"
    "El 10 de abril de 2024, hacia las 10:00, {scene}, el buscado entró armado en una joyería"
    " y se llevó relojes por 30.000 dólares. Su huella quedó en la vitrina.\n"
    "Cargos: hurto calificado y agravado (art. 240 del Código Penal).\n"
    "Orden de captura nº 5512, Juzgado 3 Penal de Valmora, 18/04/2024.\n"
)


@pytest.mark.parametrize(("scene", "raised"), [
    pytest.param("mientras la avenida Central estaba cerrada por una marcha de docentes y la"
                 " Policía concentraba sus unidades en el recorrido", False, id="street-closed"),
    pytest.param("mientras una marcha de protesta contra el Gobierno cruzaba la avenida Central",
                 False, id="march-crossing"),
    pytest.param("durante una marcha de docentes contra el Gobierno por la avenida Central",
                 True, id="during-the-march"),
])
def test_a_street_closed_by_a_march_is_the_setting(
    tmp_path: Path, scene: str, raised: bool
) -> None:
    packet, _a = analyze(tmp_path, ROBO.format(scene=scene))
    assert _raised(packet, PROTEST) is raised


SARQA = (
    "نشرة حمراء — المكتب المركزي الوطني أورلين\n"
    "المطلوب: سالم فرج النعاس، مواليد 01/02/1988.\n"
    "الوقائع: مساء 01/07/2022 {scene} ميدان الساعة، دخل المطلوب محل صرافة قريبا وأطلق النار على"
    " الحارس واستولى على مبلغ مالي.\n"
    "التهمة: السرقة بالإكراه مع حمل سلاح.\n"
)


@pytest.mark.parametrize(("scene", "raised"), [
    pytest.param("وبينما كانت مظاهرة احتجاجاً على انقطاع الكهرباء تعبر", False, id="crossing"),
    pytest.param("وخلال مظاهرة احتجاجاً على انقطاع الكهرباء في", True, id="during"),
])
def test_a_demonstration_crossing_a_square_is_the_setting(
    tmp_path: Path, scene: str, raised: bool
) -> None:
    packet, _a = analyze(tmp_path, SARQA.format(scene=scene))
    assert _raised(packet, PROTEST) is raised


RAPPORT = (
    "POLICE NATIONALE - Procès-verbal de synthèse. Affaire : meurtre de M. Rado Feno.\n"
    "Le 1er mai 2023, les agents {who} le défilé syndical ont entendu les coups de feu et"
    " recueilli les témoignages de trois passants et de deux manifestants.\n"
    "Qualification : meurtre, art. 295 du Code pénal.\n"
)


@pytest.mark.parametrize(("who", "raised"), [
    pytest.param("en faction pour encadrer", False, id="posted-to-police-the-march"),
    pytest.param("ont dispersé à coups de matraque", True, id="dispersed-the-march"),
])
def test_officers_posted_to_police_a_march_witness_another_act(
    tmp_path: Path, who: str, raised: bool
) -> None:
    packet, _a = analyze(tmp_path, RAPPORT.format(who=who))
    assert _raised(packet, PROTEST) is raised


# -------------------------------------------------- the timing rule reads the same setting

TIMED = (
    "DIFUSIÓN - OCN Valmora. Buscado: ORTEGA SALAS, Nelson, nacido el 02/03/1990.\n"
    "El 10 de abril de 2024, {scene}, el buscado entró en una joyería y se llevó relojes.\n"
    "Cargos: hurto calificado (art. 240 del Código Penal).\n"
    "Orden de captura nº 5512, Juzgado 3 Penal de Valmora, 18/04/2024.\n"
)


@pytest.mark.parametrize(("scene", "raised"), [
    pytest.param("mientras la avenida Central estaba cerrada por una marcha de protesta",
                 False, id="street-closed"),
    pytest.param("durante una marcha de protesta contra el Gobierno por la avenida Central",
                 True, id="during-the-march"),
])
def test_timing_skips_a_march_told_as_the_setting(
    tmp_path: Path, scene: str, raised: bool
) -> None:
    packet, _a = analyze(tmp_path, TIMED.format(scene=scene))
    assert _raised(packet, TIMING) is raised


# -------------------------------------------------- bribery in the office the notice names

ALCALDE = (
    "NOTIFICACIÓN ROJA - OCN Valmora. Buscado: ROBLES VEGA, Tomás, nacido el 08/01/1969."
    " Exalcalde del cantón de Orlin (2016-2024).\n"
    "Hechos: entre febrero de 2021 y agosto de 2022, siendo alcalde, el buscado recibió"
    " 48 millones de colones de una constructora a cambio de firmar tres permisos de"
    " construcción. Los pagos se hicieron mediante trece transferencias a la cuenta de su"
    " cuñado.\n"
    "Cargos: cohecho propio (art. 348 del Código Penal). Pena máxima: seis años de prisión.\n"
    "Orden de captura: Juzgado Penal de Orlin, expediente 24-0318, 5 de junio de 2024.\n"
)

CARTA = (
    "Señores de la Comisión de Control de los Ficheros:\n"
    "Mi representado, el señor Tomás Robles Vega, exalcalde del cantón de Orlin (2016-2024),"
    " rompió públicamente con el presidente en 2022. Solicitamos que se revise la"
    " notificación.\n"
)


def test_bribery_in_the_office_the_notice_names_is_ordinary(tmp_path: Path) -> None:
    _p, assessment = packet(tmp_path, {"notice.txt": ("red-notice", ALCALDE)}, "CR")
    assert OPPOSITION not in codes(assessment)
    assert OPPOSITION in held(assessment)


def test_the_office_told_by_a_defence_letter_stays_raised(tmp_path: Path) -> None:
    notice = ALCALDE.replace(" Exalcalde del cantón de Orlin (2016-2024).", "")
    _p, assessment = packet(
        tmp_path, {"notice.txt": ("red-notice", notice), "carta.txt": ("other", CARTA)}, "CR",
    )
    assert OPPOSITION in codes(assessment)
