"""Behaviour tests for the b6 classes fixed from the Spanish batch (fictional texts)."""
from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes
from tests.test_flags import packet as _packet


def test_declared_contumacy_and_court_proceeding_in_absence_is_in_absentia(tmp_path: Path) -> None:
    """A declaration of contumacy and the court's formula that it proceeds in the accused's
    absence, with counsel designated ex officio: a trial without the accused."""
    text = (
        "Nombre: ROSSI, Carlo. Delito: homicidio agravado (art. 575 C.P.). Pena: reclusión "
        "perpetua.\n"
        "Extracto de la sentencia: declarada la contumacia del imputado, se procede en su "
        "ausencia con la asistencia del defensor designado de oficio.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.in-absentia" in codes(a)


def test_declared_contumacy_alone_is_not_in_absentia(tmp_path: Path) -> None:
    """The declaration alone (no trial going ahead) declares a fugitive, no more."""
    text = (
        "Nombre: ROSSI, Carlo. Delito: homicidio agravado (art. 575 C.P.). Pena: reclusión "
        "perpetua.\n"
        "Por auto de 3 de mayo de 2020 fue declarada la contumacia del imputado y se ordenó su "
        "captura.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.in-absentia" not in codes(a)


def test_birth_date_in_words_of_the_1900s_is_compared(tmp_path: Path) -> None:
    """A warrant that spells the date of birth out ("mil novecientos ...") is compared with
    the notice's figures."""
    notice = (
        "Notificación Roja\nApellidos: LÓPEZ DURÁN  Nombres: Mario Andrés\n"
        "Fecha de nacimiento: 03/06/1988\nNacionalidad: hondureña\n"
        "Resumen de los hechos: el 2 de enero de 2021 en Choloma el requerido disparó contra "
        "un comerciante y le causó la muerte. Delito: homicidio (art. 188 CP). Pena: 20 años.\n"
    )
    warrant = (
        "JUZGADO DE LETRAS PENAL - ORDEN DE CAPTURA\n"
        "Se ordena la captura de MARIO ANDRÉS LÓPEZ DURÁN, nacido el tres de junio de mil "
        "novecientos ochenta y cinco, a quien se atribuye el delito de homicidio.\n"
    )
    _, a = _packet(tmp_path, {"notice.txt": ("red-notice", notice),
                              "warrant.txt": ("arrest-warrant", warrant)}, "HN")
    assert "consistency.identity" in codes(a)


def test_year_in_words_is_read_in_each_language() -> None:
    from pipeline.understand.dates import parse_date

    assert parse_date("catorce de febrero de mil novecientos noventa y dos", "es") == "1992-02-14"
    assert parse_date("douze mars mille neuf cent quatre-vingt-douze", "fr") == "1992-03-12"
    assert parse_date("fourteenth of February nineteen ninety-two", "en") == "1992-02-14"
    arabic = "الرابع عشر من شهر فبراير سنة ألف وتسعمائة واثنين وتسعين"
    assert parse_date(arabic, "ar") == "1992-02-14"


def test_status_word_naming_a_person_by_initials_is_not_the_subject(tmp_path: Path) -> None:
    """Notices name victims by initials: "el ambientalista J. M. S." is not the subject."""
    text = (
        "Requerido: BRENES SOTO, Luis Alberto, nacido el 01/02/1990.\n"
        "El 3 de mayo de 2015 en Tortuguero el requerido interceptó el vehículo en que viajaba "
        "el ambientalista J. M. S., lo ató y lo golpeó hasta causarle la muerte. Delito: "
        "homicidio calificado (art. 112 CP). Pena: 20 a 35 años de prisión.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.human-rights-defender" not in codes(a)


def test_initials_do_not_end_the_sentence_before_the_status(tmp_path: Path) -> None:
    """"la víctima, R. A. O. M., quien trabajaba como periodista": the initials' full stops
    do not cut the status off from the victim word before them."""
    text = (
        "Requerido: PÉREZ LARA, Yonder José, nacido el 05/05/1995.\n"
        "El 2 de marzo de 2023 en Santiago tres sujetos ingresaron al domicilio de la víctima, "
        "R. A. O. M., quien trabajaba como periodista en una radio local, y lo secuestraron. "
        "Delito: secuestro con homicidio (art. 141 CP). Pena: presidio perpetuo.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.journalist-media" not in codes(a)


def test_subject_journalist_is_still_flagged(tmp_path: Path) -> None:
    """The initials rule leaves the subject's own status alone."""
    text = (
        "Requerido: BRENES SOTO, Luis Alberto, periodista del diario La Voz.\n"
        "Delito: difamación (art. 146 CP). Pena: hasta dos años.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.journalist-media" in codes(a)


def test_status_of_the_complainant_is_not_the_subjects(tmp_path: Path) -> None:
    """The party leader is the complainant of the private prosecution (querellante)."""
    text = (
        "Nombre: SALAS VEGA, Rosa. Profesión: periodista.\n"
        "La querellada publicó un artículo en el que atribuye al querellante, empresario y "
        "presidente de un partido político, la compra de votos. Delito: difamación agravada "
        "(art. 132 CP). Pena: uno a tres años.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.political-opposition" not in codes(a)


def test_road_blockades_in_support_of_a_land_reclamation_are_protest(tmp_path: Path) -> None:
    """Argentine 'cortes de ruta' and a community's 'recuperación territorial'."""
    text = (
        "Requerida: PAINEMAL, Rayén. La requerida participó en los cortes de ruta organizados "
        "en apoyo de la recuperación territorial de la comunidad. Delito: usurpación (art. 181 "
        "CP). Pena: seis meses a tres años.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.protest-assembly" in codes(a)


def test_case_revived_over_his_writings_is_timing(tmp_path: Path) -> None:
    """The revival of an old case tied to the subject's own writings."""
    text = (
        "Nombre: DEMIR, Kemal. Delito: robo con homicidio. Pena: cadena perpetua.\n"
        "El detenido, escritor, manifiesta que fue absuelto en 2010 y que la reactivación de la "
        "causa obedece a sus escritos sobre la represión.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.political-timing" in codes(a)


def test_after_the_presidents_resignation_is_timing(tmp_path: Path) -> None:
    """A president's resignation as the event the proceedings follow."""
    text = (
        "Nombre: QUISPE MAMANI, Juan, exministro. Delito: sedición (art. 123 CP). Pena: 10 años.\n"
        "Tras la renuncia del presidente, el requerido salió del país y fue denunciado por "
        "el nuevo gobierno de transición.\n"
    )
    _, a = analyze(tmp_path, text)
    assert "misuse.political-timing" in codes(a)


def test_continuing_occupation_past_the_warrant_is_no_date_conflict(tmp_path: Path) -> None:
    """A continuing act that began before the warrant and ended the day after it."""
    notice = (
        "Difusión\nPersona buscada: NAHUEL, Ana. Nacida el 22/01/1990.\n"
        "Resumen de los hechos: desde el 10 de marzo de 2019 y hasta el 5 de junio de 2022 la "
        "requerida mantuvo ocupado un predio en El Bolsón. Delito: usurpación (art. 181 CP). "
        "Pena: seis meses a tres años.\n"
        "Orden de detención: Juzgado Federal de Bariloche, causa 123/2019, de 04/06/2022.\n"
    )
    _, a = _packet(tmp_path, {"notice.txt": ("diffusion", notice)}, "AR")
    assert "consistency.dates" not in codes(a)
