"""Behaviour tests for the classes the b23 development cases exposed: missing law articles
alone held back from `compliance.judicial-data` (a named charge with its penalty and dated,
placed facts), with a counterpart that must still read the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held

DATA = "compliance.judicial-data"

ROBBERY = (
    "Difusión. Persona buscada: PEREZ LANDA, Tomás Arturo, nacido el 03/05/1990.\n"
    "Delito: robo con violencia{law}; pena de 6 a 9 años.\n"
    "{penalty}"
    "Orden de captura del Juzgado Segundo de Letras, expediente 0412-2024, de 6 de mayo de 2024.\n"
    "Hechos: el 21 de abril de 2024, hacia las 16:00, en el mercado Zonal Belén de Tegucigalpa,"
    " el buscado amenazó con un cuchillo al comerciante A. B. C. y le arrebató una bolsa.\n"
)


def test_missing_law_articles_alone_are_held_back(tmp_path: Path) -> None:
    _, assessment = analyze(tmp_path, ROBBERY.format(law="", penalty=""))
    assert DATA not in codes(assessment)
    assert "only the law articles are missing" in held(assessment).get(DATA, "")


def test_missing_laws_with_another_gap_stay_raised(tmp_path: Path) -> None:
    text = ROBBERY.format(law="", penalty="").replace("; pena de 6 a 9 años", "")
    _, assessment = analyze(tmp_path, text)
    assert DATA in codes(assessment)
