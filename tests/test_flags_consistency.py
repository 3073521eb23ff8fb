"""Consistency across the documents of a packet: names, dates and charges (fictional texts)."""

from __future__ import annotations

from pathlib import Path

from tests.test_flags import analyze, codes


def _packet(tmp_path: Path, docs: dict[str, tuple[str, str]]):  # type: ignore[no-untyped-def]
    from pipeline.chain import analyze_path

    folder = tmp_path / "packet"
    folder.mkdir()
    listed = "".join(f"  {name}: {kind}\n" for name, (kind, _t) in docs.items())
    (folder / "packet.yaml").write_text(
        f"notice_type: red-notice\nissuing_country: PE\ndocuments:\n{listed}", encoding="utf-8"
    )
    for name, (_kind, text) in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return analyze_path(folder, record=False)


def test_initials_of_the_same_name_are_not_another_identity() -> None:
    from pipeline.flags.consistency import _same_name, _words

    assert _same_name(_words("MORTIMER, Alan Keith"), _words("MORTIMER A. K."))
    assert not _same_name(_words("A. K. Mortimer"), _words("Alan Kingsley"))
    assert not _same_name(_words("Ivan PETROV"), _words("Oleg SIDOROV"))


NOTICE = """NOTIFICACIÓN ROJA - extracto
Apellidos: HUAMÁN SOTO   Nombres: Percy Rubén
Nacido el 04/09/1990 en Arequipa   Nacionalidad: peruana
Resumen de hechos: el 3 de marzo de 2023, en la avenida Ejército de Arequipa, el requerido
asaltó a mano armada una agencia de transferencias y se llevó 52.000 soles.
Delito: robo agravado (artículo 189 del Código Penal).
Pena: de 20 a 30 años de pena privativa de libertad.
Orden de captura: Juzgado Penal de Arequipa, expediente 0451-2023, 10 de enero de 2023.
"""

WARRANT = """PODER JUDICIAL - Juzgado Penal de Arequipa
Oficio de requisitoria - Expediente 0451-2023
Se ha dispuesto la ubicación y captura de HUAMÁN SOTO, Percy Rubén, nacido el 04/09/1990,
por el delito de robo agravado, por haberse declarado fundado el requerimiento de prisión
preventiva por el plazo de seis meses.
Arequipa, 22 de marzo de 2023.
"""


def test_a_notice_dating_the_warrant_otherwise_than_the_warrant_is_a_dates_conflict(
    tmp_path: Path,
) -> None:
    _p, assessment = _packet(
        tmp_path, {"notice.txt": ("red-notice", NOTICE), "warrant.txt": ("arrest-warrant", WARRANT)}
    )
    flag = next(f for f in assessment.flags if f.code == "consistency.dates")
    assert flag.provenance.id == "rule.consistency.warrant-date"
    assert "2023-01-10" in flag.rationale and "2023-03-22" in flag.rationale


def test_a_pre_trial_detention_term_is_not_a_different_penalty(tmp_path: Path) -> None:
    _p, assessment = _packet(
        tmp_path, {"notice.txt": ("red-notice", NOTICE), "warrant.txt": ("arrest-warrant", WARRANT)}
    )
    assert "consistency.charges" not in codes(assessment), assessment.flags


def test_the_date_of_a_treaty_is_not_the_date_of_the_acts(tmp_path: Path) -> None:
    text = (
        "WANTED PERSON DIFFUSION\nFamily name: KAYA   Forename: Emre\n"
        "Date of birth: 14/03/1994   Nationality: Turkish\n"
        "Summary of facts: on 12 May 2019 in Bursa the subject took 40,000 euros from the safe "
        "of the exchange office where he worked. He now holds a travel document issued under "
        "the Convention of 28 July 1951.\n"
        "Charge: embezzlement (Art. 247 of the Penal Code). Maximum penalty: 12 years.\n"
    )
    _p, assessment = analyze(tmp_path, text)
    assert "consistency.dates" not in codes(assessment), assessment.flags


def test_an_offence_word_in_a_judgment_heading_names_the_court() -> None:
    from pipeline.flags.consistency import _in_heading
    from pipeline.records import Document, Evidence, Offense

    class _Page:
        number = 1
        text = "Criminal Court, Terrorism Chamber\nJudgment of 3 May 2021: fraud (art. 336)."

    doc = Document.model_construct(pages=[_Page()])
    heading = Offense(text="terrorism", evidence=[
        Evidence(document_id="d", page=1, start=16, end=26, quote="Terrorism "),
    ])
    charge = Offense(text="fraud", evidence=[
        Evidence(document_id="d", page=1, start=55, end=60, quote="fraud"),
    ])
    assert _in_heading(doc, heading)
    assert not _in_heading(doc, charge)
