"""Behaviour tests for the b5 classes fixed from the Spanish batch (fictional texts)."""
from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes, held


def test_istanbul_protocol_examination_is_coerced_evidence(tmp_path: Path) -> None:
    """A forensic examination under the Istanbul Protocol documents an allegation of torture."""
    text = (
        "Nombre: ROJAS PAZ, Hugo. Delito: homicidio calificado (art. 125 C.P.). Pena: 30 años.\n"
        "El peritaje médico practicado conforme al Protocolo de Estambul halló lesiones "
        "compatibles con lo relatado por el detenido.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.coerced-evidence" in codes(a)


def test_statement_retracted_after_a_beating_is_coerced_evidence(tmp_path: Path) -> None:
    """A co-accused who retracts 'that statement', saying he signed it after being beaten,
    is the person questioned, not the victim of the crime."""
    text = (
        "Nombre: ROJAS PAZ, Hugo. Delito: homicidio calificado (art. 125 C.P.). Pena: 30 años.\n"
        "Ante el juez, el coacusado se retractó de dicha declaración y dijo que la firmó tras "
        "ser golpeado por los agentes.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.coerced-evidence" in codes(a)


def test_contract_terminated_administratively_by_ministry_is_state_dispute(tmp_path: Path) -> None:
    """The state's administrative termination of the subject's public-works contract."""
    text = (
        "Requerido: VEGA LUNA, Tomás, gerente de Obras del Sur S.A.\n"
        "En 2018 el Ministerio de Obras Públicas resolvió administrativamente el contrato de la "
        "carretera; la empresa reclamó daños y en 2022 se presentó denuncia por peculado.\n"
        "Delito: peculado (art. 338 C.P.). Pena: hasta diez años de prisión.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.business-dispute-state" in codes(a)


def test_discharge_for_desertion_in_the_past_is_not_the_charge(tmp_path: Path) -> None:
    """A former soldier's discharge for desertion is his record; the charge is kidnapping."""
    text = (
        "Requerido: SOTO MENA, Darío, exsoldado, dado de baja por deserción en 2009.\n"
        "Hechos: el 4 de mayo de 2020 en Monterrey privó de la libertad a un comerciante y "
        "exigió un rescate. Delito: secuestro agravado (art. 9 Ley de Secuestro). "
        "Pena: 50 a 100 años de prisión.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "article3.military" not in codes(a)


def test_desertion_charge_still_counts(tmp_path: Path) -> None:
    """The discharge exclusion does not hide a desertion charge named as such."""
    text = (
        "Requerido: SOTO MENA, Darío, soldado.\n"
        "Delito: deserción (art. 300 del Código de Justicia Militar). Pena: 2 a 6 años.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "article3.military" in codes(a)


def test_no_show_at_pretrial_hearing_is_not_in_absentia(tmp_path: Path) -> None:
    """Failing to appear at a hearing before any trial leads to a fugitive declaration."""
    text = (
        "Nombre: IBARRA GOMES, Luis. Delito: estafa (art. 187 C.P.). Pena: hasta cinco años.\n"
        "Considerando que el imputado no compareció a la audiencia de imposición de medidas, "
        "se declara su rebeldía y se ordena su captura.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.in-absentia" not in codes(a)


def test_trial_no_show_is_still_in_absentia(tmp_path: Path) -> None:
    """The exclusion is for pre-trial hearings; a trial held without him still counts."""
    text = (
        "Nombre: IBARRA GOMES, Luis. Delito: estafa (art. 187 C.P.). Pena: hasta cinco años.\n"
        "El acusado no compareció al juicio y fue condenado en ausencia a seis años.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.in-absentia" in codes(a)


def test_private_defamation_suit_is_not_a_speech_prosecution(tmp_path: Path) -> None:
    """A competitor's private criminal action over a Facebook post is a matter of honour."""
    text = (
        "Requerido: MORA PEÑA, Iván, comerciante.\n"
        "Hechos: el 2 de marzo de 2023 publicó en su perfil de Facebook que el dueño de una "
        "ferretería vecina vendía herramientas robadas. El ofendido presentó querella por "
        "acción penal privada.\n"
        "Delito: difamación (art. 367 C.P.). Pena: tres meses a un año.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.speech-offense" not in codes(a)
    assert "misuse.speech-offense" in held(a)
    assert "offense.cultural-norms" in codes(a)


def test_search_and_arrest_order_lifted_is_validity_status(tmp_path: Path) -> None:
    """Spain's 'requisitoria' / 'orden de busca y captura' left without effect."""
    text = (
        "Nombre: LEDESMA RUIZ, Pablo. Delito: robo con violencia (art. 242 C.P.).\n"
        "AUTO: se acuerda dejar sin efecto la requisitoria y la orden de busca y captura "
        "dictadas contra el penado.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "validity.status" in codes(a)


def test_proceedings_after_electoral_body_proclamation_is_timing(tmp_path: Path) -> None:
    """The electoral body's proclamation of the winner as the event the charges follow."""
    text = (
        "Requerido: PARRA SOSA, Elio, locutor.\n"
        "Hechos: luego de que el Consejo Nacional Electoral proclamara al candidato oficial, el "
        "requerido difundió mensajes que desconocían los resultados.\n"
        "Delito: instigación pública (art. 285 C.P.). Pena: 3 a 6 años.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.political-timing" in codes(a)


def test_gatherings_with_road_blockades_are_protest(tmp_path: Path) -> None:
    """Gatherings beside road blockades are the form of a protest."""
    text = (
        "Requerido: PARRA SOSA, Elio.\n"
        "Hechos: el 5 de mayo de 2022 hubo en la ciudad concentraciones y cierres de vías, y el "
        "requerido fue señalado como organizador.\n"
        "Delito: obstrucción de vías (art. 357 C.P.). Pena: 2 a 4 años.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.protest-assembly" in codes(a)
