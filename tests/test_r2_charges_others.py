"""Offences a document names that are not the subject's charges (a co-accused's, a victim's),
as classes (fictional texts written for these tests, not copied from the evaluation set)."""

from __future__ import annotations

from pipeline.understand.charges import read_offenses
from tests.understand_helpers import view


def _charges(text: str, lang: str, doc_type: str | None = "arrest-warrant") -> list[str]:
    return [o.text for o in read_offenses([view(text, lang, "ocr")], doc_type)[0]]


# ---- a sentence whose subject is another party (word.other-party: "La coimputada X ...",
# "El coprocesado X ...", "One victim, ...") names that party's offences


SUBJECT_ES = (
    "PRIMERO. Se libra orden de aprehensión en contra de Rubén Darío OCAMPO VELA, como "
    "probable responsable de los delitos de extorsión agravada y lesiones, en concurso real.\n"
)


def test_co_accused_opening_sentence_is_not_a_charge() -> None:
    text = SUBJECT_ES + (
        "SEGUNDO. El imputado exigió dinero a un comerciante. La coimputada Marisol "
        "TREJO LUNA, quien cobró el dinero, será procesada por separado por el delito de "
        "encubrimiento.\n"
    )
    assert _charges(text, "es") == ["extorsión agravada", "lesiones"]


def test_subject_opening_sentence_is_still_a_charge() -> None:
    text = SUBJECT_ES + (
        "SEGUNDO. El imputado exigió dinero a un comerciante. El imputado, quien cobró "
        "el dinero, será procesado también por el delito de encubrimiento.\n"
    )
    assert _charges(text, "es") == ["extorsión agravada", "lesiones", "encubrimiento"]


def test_co_accused_conviction_with_its_date_is_not_a_charge() -> None:
    text = (
        "La Fiscalía acusa a Wilmer Andrés SOTO PÉREZ por los delitos de hurto calificado "
        "y receptación.\n"
        "El coprocesado Jairo Enrique MENA suscribió preacuerdo y fue condenado por "
        "concierto para delinquir el 4 de marzo de 2024.\n"
    )
    assert "hurto calificado" in _charges(text, "es", "indictment")
    assert not any("concierto" in c for c in _charges(text, "es", "indictment"))


def test_victim_investigated_for_an_offence_is_not_a_charge() -> None:
    text = (
        "Summary of facts: the subject ran a boiler-room scheme. One victim, Ms Alma "
        "FENWICK, who had earlier been investigated for illegal gambling, lodged the first "
        "complaint on 3 May 2024.\n\n"
        "Charges: fraud\n"
    )
    assert _charges(text, "en", "red-notice") == ["fraud"]


def test_co_accused_heading_over_a_sentence() -> None:
    text = (
        "1. Rappel des faits. Le mandat d'arrêt vise le nommé Jules TERTULIEN, poursuivi "
        "pour vol qualifié.\n\n"
        "2. Coauteurs. Le nommé Fritz ALCIDE, arrêté le 2 mai 2024, est poursuivi pour "
        "complicité de vol ; il a été laissé libre.\n"
    )
    assert _charges(text, "fr", "police-report") == ["vol qualifié"]


def test_other_heading_keeps_the_sentence_a_charge() -> None:
    text = (
        "1. Rappel des faits. Le mandat d'arrêt vise le nommé Jules TERTULIEN, poursuivi "
        "pour vol qualifié.\n\n"
        "2. Suite. Le nommé Jules TERTULIEN est en outre poursuivi pour recel de vol ; "
        "il est en fuite.\n"
    )
    assert _charges(text, "fr", "police-report") == ["vol qualifié", "recel de vol"]


# ---- the rest of the cue's sentence says the offence is not the subject's ("..., n'est pas
# visé par le présent mandat"; "...; this charge does not concern the subject")


def test_not_covered_by_this_warrant_is_not_a_charge() -> None:
    text = (
        "la nommée Awa KONÉ, inculpée d'escroquerie, faits prévus par l'article 403 du "
        "Code pénal.\n\n"
        "Le nommé Yao KOFFI, inculpé de recel dans la même procédure, a été placé sous "
        "contrôle judiciaire et n'est pas visé par le présent mandat.\n"
    )
    assert _charges(text, "fr") == ["escroquerie"]


def test_without_the_remark_the_offence_stays() -> None:
    text = (
        "la nommée Awa KONÉ, inculpée d'escroquerie, faits prévus par l'article 403 du "
        "Code pénal.\n\n"
        "Le nommé Yao KOFFI, inculpé de recel dans la même procédure, a été placé sous "
        "contrôle judiciaire.\n"
    )
    assert "escroquerie" in _charges(text, "fr")
    assert any(c.startswith("recel") for c in _charges(text, "fr"))


def test_this_charge_does_not_concern_the_subject() -> None:
    text = (
        "He is charged with wire fraud. HOLLIS is additionally charged with obstruction of "
        "justice; this charge does not concern the subject.\n"
    )
    assert _charges(text, "en", "police-report") == ["wire fraud"]


# ---- "Le mandat vise <offence>": what the warrant is for, once the co-accused's sentence is
# no longer read as the charges (cue.charged-if-named)


def test_the_warrant_is_for_an_offence() -> None:
    text = (
        "1. Rappel des faits. Le 3 mai 2024, un commerçant a été enlevé. Le mandat vise "
        "l'enlèvement contre rançon, ainsi que l'association de malfaiteurs, faits prévus "
        "par les articles 289 et 224 du Code pénal.\n"
    )
    assert _charges(text, "fr", "police-report") == [
        "enlèvement contre rançon", "association de malfaiteurs"
    ]


def test_the_warrant_naming_the_person_names_no_offence() -> None:
    text = (
        "1. Rappel des faits. Le mandat vise le nommé Jules TERTULIEN, domicilié à "
        "Jacmel ; il est introuvable.\n"
    )
    assert _charges(text, "fr", "police-report") == []


