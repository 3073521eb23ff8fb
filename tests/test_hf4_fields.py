"""Fields of the retired fields-holdout4 set, as classes (fictional texts written for these
tests): a prosecutor's "requerimiento fiscal" as a charging act, a judge's resolution to
"cursar orden de ubicación y captura" as a warrant, the subject's name after "du nommé :",
a numbered charges heading closed by a full stop ("3. OFFENCES."), and a requesting NCB's
city whose name holds another country's ("Port of Spain, Trinidad and Tobago")."""

from __future__ import annotations

from pipeline.understand.notice import read_notice
from tests.understand_helpers import doc_type, names, offenses, view

# ---- "REQUERIMIENTO FISCAL N.° ..." titles the prosecutor's charging act (Honduras)

REQUERIMIENTO = (
    "MINISTERIO PÚBLICO DE LA REPÚBLICA DE RURITANIA\n"
    "FISCALÍA ESPECIAL CONTRA EL CRIMEN ORGANIZADO\n\n"
    "REQUERIMIENTO FISCAL N.° RF-0101-2026\n\n"
    "SEÑOR JUEZ DE LETRAS DE LO PENAL:\n\n"
    "La suscrita, Fiscal Auxiliar, comparece a presentar requerimiento contra la señora\n"
    "ANA LUISA PRADO MONTE, de treinta años de edad, por los hechos siguientes:\n\n"
    "HECHO PRIMERO. Exigió a varios conductores el pago semanal bajo amenaza.\n\n"
    "CALIFICACIÓN LEGAL\n1. EXTORSIÓN, artículo 383 del Código Penal.\n\n"
    "PETICIÓN\nQue se admita el presente requerimiento y se libre orden de captura.\n"
)


def test_requerimiento_fiscal_title_is_an_indictment() -> None:
    assert doc_type(REQUERIMIENTO, "es") == "indictment"


def test_requerimiento_fiscal_mentioned_in_a_warrant_stays_a_warrant() -> None:
    text = (
        "JUZGADO DE LETRAS DE LO PENAL\n\n"
        "ORDEN DE CAPTURA\n\n"
        "Vista la solicitud de la Fiscalía y considerando que del requerimiento fiscal\n"
        "resultan indicios, este Juzgado ORDENA la captura de ANA LUISA PRADO MONTE.\n"
    )
    assert doc_type(text, "es") == "arrest-warrant"


# ---- "SE RESUELVE: CURSAR ORDEN DE UBICACIÓN Y CAPTURA" performs the warrant (Peru)

RESOLUCION = (
    "CORTE SUPERIOR DE JUSTICIA DE RURITANIA\n"
    "PRIMER JUZGADO DE INVESTIGACIÓN PREPARATORIA\n\n"
    "EXPEDIENTE : 00001-2026-1-0101-JR-PE-01\n"
    "IMPUTADO : PRADO MONTE, Luis Alberto\n\n"
    "RESOLUCIÓN NÚMERO TRES\n\n"
    "AUTOS Y VISTOS: el oficio policial que informa la no ubicación del imputado.\n"
    "PRIMERO.- Se le imputa el delito de homicidio calificado.\n"
    "Por estos fundamentos, SE RESUELVE: {verb} ORDEN DE UBICACIÓN Y CAPTURA a nivel\n"
    "nacional contra LUIS ALBERTO PRADO MONTE. Notifíquese.\n"
)


def test_resolving_to_issue_a_capture_order_is_a_warrant() -> None:
    assert doc_type(RESOLUCION.format(verb="CURSAR"), "es") == "arrest-warrant"


def test_a_capture_order_recited_is_no_warrant_formula() -> None:
    # the order only mentioned (no resolving verb before it) does not type the document
    text = RESOLUCION.format(verb="SE TOMA NOTA DE LA")
    assert doc_type(text, "es") != "arrest-warrant"


# ---- "l'arrestation provisoire du nommé :\nNOM Prénoms dit « X »"

NOMME = (
    "Le BCN a l'honneur de solliciter la recherche et l'arrestation provisoire {cue} :\n"
    "DUPRÉ Jean Marc dit « Petit Jean », né en 1978 à Kayes, de nationalité malienne.\n"
)


def test_name_after_du_nomme_with_alias() -> None:
    assert names(NOMME.format(cue="du nommé"), "fr") == ["DUPRÉ Jean Marc"]


def test_de_la_nommee_reads_the_same() -> None:
    text = NOMME.format(cue="de la nommée").replace("né en", "née en")
    assert names(text, "fr") == ["DUPRÉ Jean Marc"]


def test_du_without_nomme_is_no_cue() -> None:
    # "du dossier :" opens no name
    text = "Pièces du dossier :\nProcès-verbal d'audition, rapport d'enquête.\n"
    assert names(text, "fr") == []


# ---- "3. OFFENCES." opens the list of charges as "3. OFFENCES" does

OFFENCES = (
    "WANTED PERSON DIFFUSION\n\n{head}\n\n"
    "- exciting disaffection against the Government, section 120 of the Penal Code;\n"
    "- advocacy of religious hatred, section 3(1) of the ICCPR Act.\n\n"
    "Penalty: imprisonment for a term not exceeding ten years.\n"
)


def test_numbered_heading_with_full_stop_opens_the_charges() -> None:
    assert offenses(OFFENCES.format(head="3. OFFENCES."), "en") == [
        ("exciting disaffection against the Government", ["120"]),
        ("advocacy of religious hatred", ["3(1)"]),
    ]


def test_sentence_ending_in_offences_is_no_heading() -> None:
    text = OFFENCES.format(head="He was charged with three\noffences.")
    assert ("exciting disaffection against the Government", ["120"]) not in offenses(text, "en")


# ---- "Requesting NCB: Port of Spain, Trinidad and Tobago": the city holds "Spain"


def _country(ncb: str) -> str | None:
    text = f"RED NOTICE\nRequesting NCB: {ncb}\nFamily name: DOE\nForename: John\n"
    found = read_notice([view(text, "en")], "red-notice").issuing_country
    return found.normalized if found else None


def test_country_inside_a_city_name_is_the_city() -> None:
    assert _country("Port of Spain, Trinidad and Tobago") == "TT"


def test_country_named_alone_still_reads() -> None:
    assert _country("Madrid, Spain") == "ES"
