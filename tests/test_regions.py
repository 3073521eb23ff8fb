"""Page-region images of quotes: real PDFs and images through extraction, no mocks."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pipeline.chain import extract_path
from pipeline.records import Document, Evidence, Packet
from pipeline.report.regions import quote_region, quote_region_data_uri
from tests.conftest import write_png, write_text_pdf


def _extract(path: Path) -> Packet:
    return extract_path(path, record=False, understand=False)


def _evidence(doc: Document, page_number: int, quote: str) -> Evidence:
    page = next(p for p in doc.pages if p.number == page_number)
    start = page.text.index(quote)
    return Evidence(
        document_id=doc.id, page=page_number, start=start, end=start + len(quote), quote=quote
    )


def _yellow_share(png: bytes) -> float:
    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.int32)
    yellow = (rgb[..., 0] > 200) & (rgb[..., 1] > 180) & (rgb[..., 0] - rgb[..., 2] > 60)
    return float(yellow.mean())


PNG, JPEG = b"\x89PNG", b"\xff\xd8\xff"


def _assert_strip(
    png: bytes | None, page_width: float, page_height: float, magic: bytes = PNG
) -> None:
    assert png is not None and png.startswith(magic)
    image = Image.open(io.BytesIO(png))
    assert image.width <= 900
    assert image.height / image.width < 0.5 * page_height / page_width  # a strip, not the page
    assert _yellow_share(png) > 0.002


def test_text_layer_pdf_region(tmp_path: Path, triage_home: Path) -> None:
    pdf = write_text_pdf(
        tmp_path / "warrant.pdf",
        [
            "Cover page with nothing of note.",
            "The court orders the arrest of the accused for armed robbery committed in 2021. "
            "This warrant remains in force until it is executed or cancelled by the court.",
        ],
    )
    packet = _extract(pdf)
    doc = packet.documents[0]
    page = doc.pages[1]
    assert page.method == "text-layer" and page.width and page.height
    evidence = _evidence(doc, 2, "armed robbery")
    png = quote_region(packet, evidence)
    _assert_strip(png, page.width, page.height)
    uri = quote_region_data_uri(packet, evidence)
    assert uri is not None and uri.startswith("data:image/png;base64,")


def test_text_layer_quote_found_when_offsets_are_stale(tmp_path: Path, triage_home: Path) -> None:
    pdf = write_text_pdf(tmp_path / "notice.pdf", ["Wanted for fraud and forgery of documents."])
    packet = _extract(pdf)
    doc = packet.documents[0]
    evidence = _evidence(doc, 1, "forgery")
    shifted = evidence.model_copy(update={"start": 0, "end": 7})
    stale = doc.model_copy(
        update={"pages": [doc.pages[0].model_copy(update={"text": "x" + doc.pages[0].text})]}
    )
    packet = packet.model_copy(update={"documents": [stale]})
    assert _yellow_share(quote_region(packet, shifted) or b"") == pytest.approx(
        _yellow_share(quote_region(packet, evidence) or b""), rel=0.05
    )


def test_ocr_image_region(tmp_path: Path, triage_home: Path) -> None:
    png_path = write_png(tmp_path / "scan.png", "Arrest warrant issued for armed robbery.")
    packet = _extract(png_path)
    doc = packet.documents[0]
    page = doc.pages[0]
    assert page.method == "ocr" and page.words and page.width and page.height
    image = quote_region(packet, _evidence(doc, 1, "robbery"))
    _assert_strip(image, page.width, page.height, JPEG)  # a scan's noise: JPEG, not PNG
    uri = quote_region_data_uri(packet, _evidence(doc, 1, "robbery"))
    assert uri is not None and uri.startswith("data:image/jpeg;base64,")


def test_plain_text_document_gives_none(tmp_path: Path, triage_home: Path) -> None:
    txt = tmp_path / "note.txt"
    txt.write_text("A covering note about the arrest warrant.\n", encoding="utf-8")
    packet = _extract(txt)
    doc = packet.documents[0]
    assert quote_region(packet, _evidence(doc, 1, "arrest warrant")) is None


def test_missing_document_page_or_original_gives_none(tmp_path: Path, triage_home: Path) -> None:
    from pipeline.store.blobs import BlobStore

    pdf = write_text_pdf(tmp_path / "one.pdf", ["Arrest warrant for theft."])
    packet = _extract(pdf)
    evidence = _evidence(packet.documents[0], 1, "theft")
    assert quote_region(packet, evidence) is not None
    assert quote_region(packet, evidence.model_copy(update={"document_id": "nope"})) is None
    assert quote_region(packet, evidence.model_copy(update={"page": 7})) is None
    assert quote_region(packet, evidence.model_copy(update={"start": 5, "end": 5})) is None
    assert quote_region(packet, evidence, blobs=BlobStore(tmp_path / "empty")) is None
