"""Charges of the f16 development batch, French and Spanish, as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = "indictment") -> list[str]:
    return [o.text for o in read_offenses([view(text, lang, "ocr")], doc_type)[0]]


# ---- the rule of concurrence ("en concurso heterogéneo con", "en concurso real con") after
# a charge's citation or comma opens the next charge and is not part of its name


def test_concurrence_after_citation_opens_next_charge() -> None:
    text = (
        "La Fiscalía acusa a Pedro LUGO VARGAS por los delitos de hurto calificado "
        "(art. 240 C.P.), en concurso heterogéneo con receptación (art. 447 C.P.). "
        "Las penas son de seis años.\n"
    )
    assert _charges(text, "es") == ["hurto calificado", "receptación"]


def test_concurrence_after_comma_opens_next_charge() -> None:
    text = (
        "III. DELITOS. El requerido está acusado\n"
        "por el delito de estafa agravada,\n"
        "en concurso real con lavado de activos.\n"
        "IV. ORDEN JUDICIAL. Se acompaña copia de la orden.\n"
    )
    assert _charges(text, "es") == ["estafa agravada", "lavado de activos"]


def test_concurso_without_link_is_no_split() -> None:
    text = (
        "La Fiscalía acusa a Pedro LUGO VARGAS por el delito de hurto calificado "
        "(art. 240 C.P.). Las penas del concurso son de seis años.\n"
    )
    assert _charges(text, "es") == ["hurto calificado"]


# ---- "así como por <charge>, hechos previstos y sancionados por ...": the cue's "por" again
# and the closing "hechos previstos" are not part of the charge


def test_also_por_and_closing_facts_noun() -> None:
    text = (
        "II. DELITOS. El requerido está acusado por el delito de estafa agravada,\n"
        "así como por asociación de malhechores, hechos previstos\n"
        "y sancionados por los artículos 265 y 266 del Código Penal.\n"
    )
    assert _charges(text, "es") == ["estafa agravada", "asociación de malhechores"]


def test_por_inside_a_charge_name_stays() -> None:
    text = (
        "II. DELITOS. El requerido está acusado por el delito de estafa agravada,\n"
        "así como por homicidio por imprudencia, previsto en el artículo 142.\n"
    )
    assert _charges(text, "es") == ["estafa agravada", "homicidio por imprudencia"]


# ---- "privación de libertad agravada" (Costa Rica, Código Penal art. 192) is an offence;
# the bare "privación de libertad de tres a ocho años" stays a penalty


def test_aggravated_deprivation_of_liberty_is_an_offence() -> None:
    text = (
        "Juicio oral seguido contra Mario Ureña Solís, por los delitos de robo agravado y "
        "privación de libertad agravada. Intervienen el fiscal y la defensora.\n"
    )
    assert _charges(text, "es", "judgment") == ["robo agravado", "privación de libertad agravada"]


def test_deprivation_of_liberty_as_penalty_is_no_charge() -> None:
    text = (
        "Juicio oral seguido contra Mario Ureña Solís, por el delito de robo agravado, "
        "sancionado con privación de libertad de tres a ocho años.\n"
    )
    assert _charges(text, "es", "judgment") == ["robo agravado"]


# ---- the heading "Qualifications pénales :" lists the charges; "atteinte aux biens publics"
# (Mali, Code pénal arts. 106-107) is an offence; complicity stays in the charge


def test_qualifications_penales_heading_list() -> None:
    text = (
        "Le mis en cause est recherché.\n\n"
        "Qualifications pénales : atteinte aux biens publics,\n"
        "faux et usage de faux en écritures publiques, complicité de blanchiment de capitaux.\n\n"
    )
    assert _charges(text, "fr", "red-notice") == [
        "atteinte aux biens publics",
        "faux et usage de faux en écritures publiques",
        "complicité de blanchiment de capitaux",
    ]


def test_penal_qualification_in_running_text_is_no_heading() -> None:
    text = "La qualification pénale des faits relève du juge.\n\nLe mis en cause est recherché.\n"
    assert _charges(text, "fr", "red-notice") == []
