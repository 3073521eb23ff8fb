"""Articles that are no law of the charges: a limitation period's article and a decision's
preamble citing the law of procedure (fictional texts written for these tests, not copied
from the evaluation set)."""

from __future__ import annotations

from tests.understand_helpers import offenses

LIMITATION = (
    "Cargos: estafa agravada\n"
    "Legislación aplicable: Código Penal, art. 182(2)\n"
    "Pena máxima aplicable: privación de libertad de hasta ocho años\n"
    "{line}\n"
)


def test_a_limitation_periods_article_is_no_law_of_the_charge() -> None:
    text = LIMITATION.format(
        line="Prescripción de la acción penal: 15 años (art. 95 del Código Penal)."
    )
    assert offenses(text, "es") == [("estafa agravada", ["182(2)"])]


def test_an_article_after_the_law_block_still_counts() -> None:
    """The counterpart: a second article of the offence in the same block is kept."""
    text = LIMITATION.format(line="Disposiciones concordantes: art. 183 del Código Penal.")
    assert offenses(text, "es") == [("estafa agravada", ["182(2)", "183"])]


PREAMBLE = (
    "El juez de instrucción, en la causa contra el sospechoso Pablo RIVAS, por el delito de"
    " robo con violencia del artículo 206 del Código Penal, a propuesta de la Fiscalía de"
    " Distrito n.º Kt 77/2023, de 3 de octubre de 2023, y de conformidad con los artículos"
    " {articles},\nRESUELVE: se ordena la prisión provisional.\n"
)


def test_a_preamble_citing_the_law_of_procedure_is_no_charge() -> None:
    text = PREAMBLE.format(articles="201 y 205 de la Ley de Procedimiento Penal")
    assert offenses(text, "es") == [("robo con violencia", ["206"])]


def test_a_clause_citing_the_penal_code_is_still_read() -> None:
    """The counterpart: the same clause citing the penal code keeps its articles."""
    text = PREAMBLE.format(articles="201 y 205 del Código Penal")
    found = offenses(text, "es")
    assert found[0][0] == "robo con violencia"
    # the clause is no charge of its own (the charge tagger puts it outside any charge); its
    # citations stay, with the charge read before it
    assert {"206", "201", "205"} <= {a for _t, arts in found for a in arts}


def test_the_law_on_trafficking_in_human_beings_is_no_treaty() -> None:
    """"la traite des êtres humains" (trafficking) is no "traité" once accents are dropped."""
    text = (
        "Préventions : traite des êtres humains, faits prévus et réprimés par l'article 15 de la"
        " Loi sur la répression de la traite des êtres humains.\n"
    )
    assert [arts for _t, arts in offenses(text, "fr")] == [["15"]]
