"""Behaviour tests for the b4 classes fixed from the es/ar batch (fictional texts)."""
from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held


def test_declared_persona_ausente_is_in_absentia(tmp_path: Path) -> None:
    """Colombia's declaration of 'persona ausente' lets the trial go ahead without the accused."""
    text = (
        "Nombre: PALACIOS VEGA, Rubén. Delito: homicidio agravado (art. 103 C.P.).\n"
        "Mediante auto del 2 de mayo de 2018 el juez declaró persona ausente al imputado, "
        "que fue condenado a 20 años de prisión.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.in-absentia" in codes(a)


def test_declared_fugitive_and_trial_went_ahead_is_in_absentia(tmp_path: Path) -> None:
    """A fugitive declaration beside the trial going ahead with an assigned defender."""
    text = (
        "Nombre: LARA MÉNDEZ, Tomás. Delito: estafa agravada (art. 220 C.P.).\n"
        "Declarado rebelde el acusado por hallarse en el extranjero, el juicio se desarrolló "
        "con un defensor de oficio y se le condenó a ocho años de prisión.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.in-absentia" in codes(a)


def test_declared_fugitive_alone_is_not_in_absentia(tmp_path: Path) -> None:
    """'Declarado rebelde' alone declares a fugitive; no trial without him is said."""
    text = (
        "Nombre: LARA MÉNDEZ, Tomás. Delito: estafa agravada (art. 220 C.P.).\n"
        "El 4 de junio de 2021 fue declarado rebelde y se libró orden de captura internacional.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.in-absentia" not in codes(a)


def test_notice_suspended_by_general_secretariat_is_status(tmp_path: Path) -> None:
    """The notice itself suspended pending clarification puts its validity in question."""
    text = (
        "Nombre: SOSA RIVERO, Ana. Delito: hurto agravado (art. 341 C.P.). Pena: 2 a 8 años.\n"
        "La Secretaría General ha suspendido la notificación roja hasta recibir aclaraciones "
        "sobre la vigencia de la orden de detención.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "validity.status" in codes(a)


def test_journalist_approached_and_shot_is_the_victim(tmp_path: Path) -> None:
    """A status word of the person the attacker approached and shot names the victim."""
    text = (
        "Resumen de los hechos: El 3 de marzo de 2010, en Pereira, el columnista de un "
        "periódico local, Mario Gómez Ruiz, fue abordado por un hombre que le disparó dos "
        "veces. El requerido encargó el crimen a un intermediario.\n"
        "Cargo: homicidio agravado (art. 104 C.P.).\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.journalist-media" not in codes(a)
    assert "misuse.journalist-media" in held(a)
