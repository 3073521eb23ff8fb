"""Charges of the f19 development batch, French (and English), as classes (fictional texts
written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = "arrest-warrant") -> list[str]:
    return [o.text for o in read_offenses([view(text, lang)], doc_type)[0]]


# ---- "d'A et de B": the French preposition repeated after "et" joins two charges


ORDER = (
    "ORDONNANCE\n\nPAR CES MOTIFS,\nDisons qu'il existe contre Paul MARTIN des charges\n"
    "suffisantes d'avoir commis les crimes :\n"
    "a) d'enlèvement contre rançon et de séquestration de personne,\n"
    "faits prévus et réprimés par les articles 289 à 292 du Code pénal ;\n"
    "b) d'association de malfaiteurs, faits prévus par les articles 224 et 225.\n"
)


def test_repeated_preposition_splits() -> None:
    assert _charges(ORDER, "fr", "indictment") == [
        "enlèvement contre rançon", "séquestration de personne", "association de malfaiteurs",
    ]


def test_complement_after_and_still_one_charge() -> None:
    text = ORDER.replace("d'enlèvement contre rançon et de séquestration de personne",
                         "de vol de bijoux et de montres")
    assert _charges(text, "fr", "indictment")[0] == "vol de bijoux et de montres"


# ---- plural elided cue "Accusés d'..."


def test_plural_elided_cue() -> None:
    text = (
        "ARRÊT\n\nAccusés d'association de malfaiteurs, de vol à main armée et de\n"
        "détention illégale d'armes de guerre, faits prévus et punis par les\n"
        "articles 162 et 163 du Code pénal.\n"
    )
    assert _charges(text, "fr", "judgment") == [
        "association de malfaiteurs", "vol à main armée", "détention illégale d'armes de guerre",
    ]


# ---- a comma aside between the charging verb and its link


EXTRADITION = (
    "DEMANDE D'EXTRADITION\n\nQualification : l'intéressé est inculpé, par ordonnance du\n"
    "procureur du 3 mars 2023,\nd'escroquerie commise à une échelle particulièrement grande,\n"
    "infraction prévue par l'art. 190 du Code pénal.\n"
)


def test_aside_between_verb_and_link() -> None:
    assert _charges(EXTRADITION, "fr", "extradition-request") == [
        "escroquerie commise à une échelle particulièrement grande",
    ]


def test_list_markers_are_no_aside() -> None:
    text = "He is charged, first, with wire fraud and, second, with conspiracy to commit murder.\n"
    assert _charges(text, "en")[0] == "wire fraud"


# ---- "A et B" under a heading: two whole offences' names


DIFFUSION = (
    "DIFFUSION\n\nINFRACTIONS\n{}.\n\nFAITS\nEntre 2021 et 2023, M. Karim OSMAN a viré des fonds.\n"
)


def test_two_whole_names_split() -> None:
    text = DIFFUSION.format("Détournement de deniers publics et blanchiment de capitaux")
    assert _charges(text, "fr", "diffusion") == [
        "Détournement de deniers publics", "blanchiment de capitaux",
    ]


def test_bare_head_before_and_stays_one() -> None:
    text = DIFFUSION.format("Fabrication et trafic de stupéfiants")
    assert _charges(text, "fr", "diffusion") == ["Fabrication et trafic de stupéfiants"]
