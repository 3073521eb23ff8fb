"""Document types, names, dates and penalties: the classes of the f20 development batch (a
Lebanese chamber's "décision d'accusation", an examining judge's order deciding several
things with a committal for trial, an Argentine judge's "decretar el procesamiento"), in
fictional texts written for these tests, not copied from the evaluation set."""

from __future__ import annotations

from pipeline.understand.dates import dates_on
from pipeline.understand.notice import header_country
from pipeline.understand.penalties import page_events, readings
from tests.understand_helpers import doc_type, names, view


def test_decision_d_accusation_title():
    text = ("RÉPUBLIQUE DU LEVANT\nChambre d'accusation de Port-Cèdre\nDossier n° 12/2024\n"
            "Décision d'accusation n° 7/2025\n\nLa Chambre, vu l'acte d'inculpation ...\n")
    assert doc_type(text, "fr") == "indictment"


def test_decision_on_something_else_is_no_indictment():
    text = ("RÉPUBLIQUE DU LEVANT\nChambre d'accusation de Port-Cèdre\nDossier n° 12/2024\n"
            "Décision de renvoi d'audience n° 7/2025\n\nLa Chambre, vu la demande ...\n")
    assert doc_type(text, "fr") != "indictment"


def test_compound_order_ending_in_committal_for_trial():
    text = ("RÉPUBLIQUE DU SAVANE\nTRIBUNAL DE GRANDE INSTANCE DE VILLEBLEUE\n"
            "ORDONNANCE DE NON-LIEU PARTIEL, DE REQUALIFICATION\nET DE RENVOI DEVANT LA COUR "
            "CRIMINELLE\nN° 12/CAB2/2025\n\nNous, Juge d'instruction, vu la procédure suivie "
            "contre DUPRÉ Jean ...\n")
    assert doc_type(text, "fr") == "indictment"


def test_compound_order_without_committal_is_no_indictment():
    text = ("RÉPUBLIQUE DU SAVANE\nTRIBUNAL DE GRANDE INSTANCE DE VILLEBLEUE\n"
            "ORDONNANCE DE NON-LIEU PARTIEL ET DE MAINLEVÉE\nN° 12/CAB2/2025\n\n"
            "Nous, Juge d'instruction, vu la procédure suivie contre DUPRÉ Jean ...\n")
    assert doc_type(text, "fr") != "indictment"


_PROCESAMIENTO = (
    "Poder Judicial\nJUZGADO FEDERAL N° 3\nCausa 12/2024 \"PÉREZ, Juan s/ estafa\"\n\n"
    "Villa Sol, 2 de mayo de 2024.\nAUTOS Y VISTOS: Para resolver la situación procesal de "
    "Juan PÉREZ ...\nY CONSIDERANDO: ...\nPor ello, RESUELVO:\nI. {verb} de Juan PÉREZ por el "
    "delito de estafa (art. 172 del Código Penal).\nNotifíquese.\n"
)


def test_untitled_order_decreeing_committal_reads_as_indictment():
    text = _PROCESAMIENTO.format(verb="DECRETAR EL PROCESAMIENTO CON PRISIÓN PREVENTIVA")
    assert doc_type(text, "es") == "indictment"


def test_past_committal_recited_does_not_type_the_order():
    text = _PROCESAMIENTO.format(verb="REVOCAR el procesamiento decretado el 3 de marzo")
    assert doc_type(text, "es") != "indictment"


# ------------------------------------------------------------------------------ names


def test_country_before_a_surname_in_capitals_is_no_name_word():
    text = ("REQUEST FOR EXTRADITION\nThe Office requests the extradition of the citizen of the "
            "Republic of Kazakhstan ORAZOV Timur Bekovich, born on 3 May 1980 in Almaty, "
            "for criminal prosecution.\n")
    assert names(text, "en")[0] == "ORAZOV Timur Bekovich"


def test_forename_before_a_surname_in_capitals_stays():
    text = ("REQUEST FOR EXTRADITION\nThe Office requests the extradition of Timur ORAZOV, "
            "born on 3 May 1980 in Almaty, for criminal prosecution.\n")
    assert names(text, "en")[0] == "Timur ORAZOV"


def test_forenames_opening_their_line_keep_a_particle_inside_the_surname():
    text = ("SENTENCIA N° 4-2024\nEl Tribunal dicta sentencia en la causa seguida a\n"
            "RAÚL ANDRÉS DE LA CRUZ PINEDA, conocido como «Pino», nacido el 2 de mayo de 1980.\n")
    assert names(text, "es")[0] == "RAÚL ANDRÉS DE LA CRUZ PINEDA"


def test_heading_in_capitals_before_a_particle_opens_no_name():
    text = ("JUZGADO PRIMERO\nORDEN DE CAPTURA DE JUAN PÉREZ, nacido el 2 de mayo de 1980.\n")
    assert "ORDEN DE CAPTURA DE JUAN PÉREZ" not in names(text, "es")


def test_long_surname_in_capitals_then_forenames_in_a_value():
    text = ("WANTED PERSON DIFFUSION\nSUBJECT: COSTA DE MELO RAMOS, Rui Miguel\n"
            "Born 2 May 1980 in Braga, Portugal\n")
    assert names(text, "en")[0] == "COSTA DE MELO RAMOS, Rui Miguel"


def test_long_list_of_capitals_before_capitals_is_no_surname_comma():
    text = ("WANTED PERSON DIFFUSION\nSUBJECT: COSTA DE MELO RAMOS, SILVA\n"
            "Born 2 May 1980 in Braga, Portugal\n")
    assert names(text, "en")[0] != "COSTA DE MELO RAMOS, SILVA"


# ------------------------------------------------------------------------------ dates


def _dates(text: str) -> list[str]:
    return [d.iso for d in dates_on(view(text, "en"))]


def test_tagged_date_in_another_calendar_yields_to_its_bracketed_equivalent():
    assert _dates("A warrant was issued on 2081/02/10 B.S. (23 May 2024).") == ["2024-05-23"]


def test_bracketed_date_tagged_with_its_calendar_is_left_out():
    assert _dates("Born on 3 June 1985 (2042/02/20 B.S.) in Pokhara.") == ["1985-06-03"]


def test_untagged_bracketed_date_is_a_date_of_its_own():
    assert _dates("Arrested on 2 June 2024 (released on 12 May 2024).") == [
        "2024-06-02", "2024-05-12"]


# -------------------------------------------------------------------------- penalties


def test_term_of_pre_trial_detention_is_no_penalty():
    text = ("El coimputado Luis fue afectado con prisión preventiva de doce meses por "
            "resolución de 3 de febrero de 2024.\n")
    assert readings(page_events(view(text, "es"))) == []


def test_prison_term_prescribed_is_still_a_penalty():
    text = "El delito se sanciona con prisión de cinco a doce años.\n"
    assert [r.months for r in readings(page_events(view(text, "es")))] == [144]


def test_name_described_where_it_is_read_again_stays_the_subject():
    text = ("VERDICT\nThe Court, in the case against the accused Marko JOVIĆ and others, "
            "pronounced the following\n\nTHE ACCUSED:\n1. JOVIĆ Marko, called \"Ziki\", born on "
            "2.3.1980 in Sombor, at large;\n\nIS FOUND GUILTY of fraud.\n\n2. The accused "
            "LUKIĆ Ana, born 1991, is found guilty of aiding.\n")
    assert "Marko JOVIĆ" in names(text, "en")


def test_name_never_described_yields_to_the_described_one():
    text = ("VERDICT\nThe Court, in the case against Marko JOVIĆ and others, pronounced the "
            "following\n\nThe accused LUKIĆ Ana, born 1991, is found guilty of aiding.\n")
    assert names(text, "en") == ["LUKIĆ Ana"]


# ------------------------------------------------------------------------ issuing country


def _issuer(text: str, lang: str) -> str | None:
    found = header_country([view(text, lang)])
    return found.normalized if found else None


_ACCUSATION = ("FISCALÍA PROVINCIAL PENAL DE VILLA SOL\nCarpeta Fiscal N° 12-2024\n\n"
               "REQUERIMIENTO DE ACUSACIÓN\nLa Fiscalía formula ACUSACIÓN contra Luis PÉREZ "
               "ROCA, alias {alias}, nacido el 2 de mayo de 1990, de nacionalidad peruana.\n")


def test_country_word_inside_a_quoted_nickname_names_no_issuer():
    assert _issuer(_ACCUSATION.format(alias="«Chino Lucho»"), "es") == "PE"


def test_country_word_outside_quotes_still_names_the_issuer():
    assert _issuer(_ACCUSATION.format(alias="«Lucho», ciudadano chino"), "es") == "CN"
