"""Behaviour tests for the media, speech, protest, refugee and timing classes the retired
held-out cases (h2, h3) exposed: drugs named as the means of another crime ("rape by use of
drugs"), a feature-film director, statements of a serviceman charged with desertion, the
Spanish "feto" (a foetus, not FETÖ), a live broadcast of protests, a hearing before the
Inter-American Commission, the administrator of a news site or blog, and a subject's name
before a semicolon ("MORA, Luis; nacido el"). Each fix has a counterpart that must still read
the other way.

Each text is fictional and written for the test; none is taken from a case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.flags.engine import candidates
from pipeline.records import Packet
from tests.test_flags import analyze

MEDIA = "misuse.journalist-media"
PROTEST = "misuse.protest-assembly"
SPEECH = "misuse.speech-offense"
REFUGEE = "misuse.refugee-asylum"
NORMS = "offense.cultural-norms"


def _read(packet: Packet, code: str) -> bool:
    """A candidate of `code` not held back (the status-alone rule may still hold a media
    worker's own title back in an ordinary case; that is the subject's status all the same)."""
    return any(
        c.code == code and (c.suppressed is None or "status alone" in c.suppressed)
        for c in candidates(packet, use_model=False)
    )


@pytest.mark.parametrize(("charge", "raised"), [
    pytest.param("unlawful sexual intercourse with a minor and rape by use of drugs", False,
                 id="drugs-as-means"),
    pytest.param("use of drugs", True, id="drug-use-charged"),
])
def test_drugs_as_means_of_another_crime(tmp_path: Path, charge: str, raised: bool) -> None:
    text = (
        "RED NOTICE REQUEST - NCB Springfield, ref. 2021/0440\n"
        "SUBJECT: HOLLOWAY, Dean Arthur. DOB: 04 June 1961.\n"
        "FACTS: On 2 May 2019 the subject was arrested at his flat in Springfield.\n"
        f"CHARGES: {charge}.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, NORMS) is raised


@pytest.mark.parametrize(("trade", "raised"), [
    pytest.param("film director", False, id="film-director"),
    pytest.param("documentary filmmaker", True, id="documentary-filmmaker"),
])
def test_feature_film_trade_is_no_media_work(tmp_path: Path, trade: str, raised: bool) -> None:
    text = (
        "RED NOTICE REQUEST - NCB Springfield, ref. 2021/0441\n"
        "SUBJECT: VANTERPOOL, Miles. DOB: 11 March 1958.\n"
        f"Occupation: {trade}.\n"
        "FACTS: On 9 June 2020 the subject struck a cyclist with his car and drove away.\n"
        "CHARGES: hit and run causing serious injury.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, MEDIA) is raised


@pytest.mark.parametrize(("charges", "raised"), [
    pytest.param("désertion à l'étranger ; refus d'obéissance.", False, id="desertion-charged"),
    pytest.param("diffusion de fausses nouvelles.", True, id="speech-charged"),
    pytest.param("désertion ; diffamation envers les autorités.", True,
                 id="desertion-beside-speech-charge"),
])
def test_statements_of_a_deserter(tmp_path: Path, charges: str, raised: bool) -> None:
    text = (
        "DEMANDE DE NOTICE ROUGE — BCN Lomé, réf. 2024/0077\n"
        "Nom : DOGBE. Prénoms : Kossi Elom. Né le 12/12/1988 à Kara.\n"
        "Faits : le lieutenant DOGBE n'a pas rejoint son unité à l'issue d'une mission. Le 3 mars"
        " 2024, il a publié sur sa page Facebook une déclaration hostile au gouvernement.\n"
        f"Qualifications : {charges}\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, SPEECH) is raised


@pytest.mark.parametrize(("facts", "raised"), [
    pytest.param("la autopsia concluye: feto femenino de 30 semanas, sin signos de violencia.",
                 False, id="foetus"),
    pytest.param("el requerido es acusado de pertenencia a FETÖ por el uso de una aplicación.",
                 True, id="feto-organisation"),
])
def test_spanish_feto_is_a_foetus(tmp_path: Path, facts: str, raised: bool) -> None:
    text = (
        "NOTIFICACIÓN ROJA — OCN Tegucigalpa, ref. 2023/0510\n"
        "Nombre: LAINEZ ORTEGA, Marta Lucía. Nacida el 05/05/1999.\n"
        f"Hechos: el 3 de marzo de 2023 {facts}\n"
        "Delito: el indicado en la orden.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, SPEECH) is raised


@pytest.mark.parametrize(("facts", "raised"), [
    pytest.param("después de que transmitiera en directo las protestas de abril desde su emisora",
                 False, id="broadcast-protests"),
    pytest.param("después de que encabezara las protestas de abril frente a la alcaldía", True,
                 id="led-protests"),
])
def test_protests_broadcast_live(tmp_path: Path, facts: str, raised: bool) -> None:
    text = (
        "ORDEN DE CAPTURA — Juzgado de Distrito de Rivas, ref. 2019/0312\n"
        "Nombre: OBANDO RUIZ, Félix Ramón. Nacido el 01/02/1975.\n"
        f"Hechos: el requerido fue acusado en mayo de 2019, {facts}.\n"
        "Delitos: financiamiento al terrorismo.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, PROTEST) is raised


@pytest.mark.parametrize(("facts", "raised"), [
    pytest.param("acompañó a familias de detenidos en una audiencia ante la Comisión"
                 " Interamericana de Derechos Humanos", False, id="hearing-attended"),
    pytest.param("la Comisión Interamericana de Derechos Humanos le otorgó medidas cautelares",
                 True, id="protective-measures"),
])
def test_iachr_hearing_is_no_protection(tmp_path: Path, facts: str, raised: bool) -> None:
    text = (
        "NOTIFICACIÓN ROJA — OCN San Salvador, ref. 2023/0901\n"
        "Nombre: QUINTANILLA PAZ, Rebeca. Nacida el 07/07/1980.\n"
        f"Hechos: en marzo de 2023 la requerida {facts}.\n"
        "Delito: lavado de dinero.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, REFUGEE) is raised


@pytest.mark.parametrize(("role", "raised"), [
    pytest.param("directeur et administrateur du site d'information en ligne « Fleuve Info »",
                 True, id="news-site-administrator"),
    pytest.param("administrateur d'une société de transport fluvial", False,
                 id="company-administrator"),
])
def test_outlet_administrator(tmp_path: Path, role: str, raised: bool) -> None:
    text = (
        "DEMANDE DE NOTICE ROUGE — BCN Bamako, réf. 2025/0021\n"
        "Nom : TRAORE. Prénoms : Salif. Né le 01/01/1980 à Mopti.\n"
        f"Faits : le nommé TRAORE Salif, {role}, a détourné 40 millions de francs CFA.\n"
        "Qualifications : abus de confiance.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, MEDIA) is raised


@pytest.mark.parametrize(("verb", "raised"), [
    pytest.param("administered the blog", True, id="administered-blog"),
    pytest.param("administered the warehouse", False, id="administered-warehouse"),
])
def test_blog_administrator(tmp_path: Path, verb: str, raised: bool) -> None:
    text = (
        "RED NOTICE REQUEST - NCB Harbourtown, ref. 2022/0930\n"
        "Family name: KESTREL. Forename: Amir. Date of birth: 02/02/1991.\n"
        f"FACTS: In 2020 the accused {verb} \"Open Window\" and took 30,000 dollars from it.\n"
        "CHARGES: theft.\n"
    )
    packet, _a = analyze(tmp_path, text)
    assert _read(packet, MEDIA) is raised


@pytest.mark.parametrize(("line", "name"), [
    pytest.param("MONCADA RIVAS, Teodoro Iván; nacido el 02/08/1970 en Loja; ecuatoriano.",
                 "MONCADA RIVAS, Teodoro Iván", id="name-before-semicolon"),
    pytest.param("el requerido vendió un terreno ajeno; nacido el 02/08/1970 en Loja.",
                 None, id="clause-before-semicolon"),
])
def test_name_before_semicolon(tmp_path: Path, line: str, name: str | None) -> None:
    text = (
        "NOTIFICACIÓN ROJA — OCN Quito, ref. 2024/0055\n"
        f"{line}\n"
        "Hechos: el 11 de abril de 2019, en Loja, vendió un lote que ya había vendido.\n"
        "Delito: estafa.\n"
    )
    packet, _a = analyze(tmp_path, text)
    names = [f.value for d in packet.documents for f in d.fields.subject.names]
    assert (name in names) if name else not names
