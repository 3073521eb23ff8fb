"""Worksheets on the sample packets: the directive's steps, every quote, the caveat, read back
from the PDF; self-contained HTML; Arabic rendered right to left; golden files.

Regenerate the golden files on purpose with `UPDATE_GOLDEN=1 make test` (or pytest
tests/test_worksheet.py) and review the diff before committing it.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from pipeline.records import Assessment, Packet
from tests.conftest import REPO

GOLDEN = REPO / "tests" / "data" / "golden"
STEP_HEADINGS = [
    "Step 1. Verify validity", "Step 2. Preliminary review", "Step 3. Supervisory approval",
    "Step 4. Underlying documentation", "Step 5. Use authorization",
    "Step 6. Documents provided to the person", "Step 7. Representations",
]
CAVEAT = "is not an arrest warrant"


@pytest.fixture(scope="session")
def assessed(sample_packets: dict[str, Packet]) -> dict[str, tuple[Packet, Assessment]]:
    from pipeline.chain import assess
    from pipeline.understand.document import understand_packet

    out = {}
    for name, packet in sample_packets.items():
        understood = understand_packet(packet)
        out[name] = (understood, assess(understood))
    return out


@pytest.fixture(scope="session")
def worksheets(
    assessed: dict[str, tuple[Packet, Assessment]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Path]]:
    from pipeline.report.worksheet import write_worksheet

    root = tmp_path_factory.mktemp("worksheets")
    chosen = ["01-rn-robbery-text", "04-rn-journaliste-fr", "06-diffusion-absentia-ar",
              "09-rn-bundle-mixed.pdf"]
    return {n: write_worksheet(*assessed[n], root / n) for n in chosen}


def squash(text: str) -> str:
    """Compare PDF text and quotes after NFKC (Arabic comes back in presentation forms),
    without white space (the PDF wraps lines anywhere)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@cache
def pdf_pages(path: Path) -> tuple[str, ...]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    return tuple(page.get_textpage().get_text_range() for page in doc)


def test_pdf_reads_back_every_step_quote_and_the_caveat_on_every_page(
    worksheets: dict[str, dict[str, Path]], assessed: dict[str, tuple[Packet, Assessment]]
) -> None:
    for name, paths in worksheets.items():
        pages = pdf_pages(paths["pdf"])
        text = squash("".join(pages))
        for heading in STEP_HEADINGS:
            assert squash(heading) in text, (name, heading)
        for page in pages:
            assert squash(CAVEAT) in squash(page), f"{name}: a page without the caveat"
            assert "SENSITIVE" in page
        _packet, assessment = assessed[name]
        for flag in assessment.flags:
            for ev in flag.evidence[:3]:
                quote = squash(ev.quote)[:40]
                if re.search(r"[\u0600-\u06ff]", quote):
                    continue  # Arabic is checked by rendering and OCR below
                assert quote in text, (name, flag.code, ev.quote)


def test_every_quote_is_verbatim_in_its_page(
    assessed: dict[str, tuple[Packet, Assessment]],
) -> None:
    for name, (packet, assessment) in assessed.items():
        pages = {(d.id, p.number): p.text for d in packet.documents for p in d.pages}
        for flag in [*assessment.flags, *assessment.suppressed]:
            for ev in flag.evidence:
                text = pages[ev.document_id, ev.page]
                assert text[ev.start : ev.end] == ev.quote, (name, flag.code)
                assert unicodedata.normalize("NFKC", ev.quote) in unicodedata.normalize(
                    "NFKC", text
                )


def test_html_is_self_contained_and_follows_the_directive(
    worksheets: dict[str, dict[str, Path]],
) -> None:
    for name, paths in worksheets.items():
        html = paths["html"].read_text(encoding="utf-8")
        # Sources may be cited as text, but nothing is loaded or linked from outside.
        assert not re.search(r"(?:src|href)=\"(?!data:|#)", html), name
        assert "<link" not in html and "@import" not in html and "url(" not in html
        for heading in STEP_HEADINGS:
            assert heading in html
        assert CAVEAT in html


def test_flagged_packet_shows_doubt_actions_regions_and_held_back_flags(
    worksheets: dict[str, dict[str, Path]],
) -> None:
    html = worksheets["06-diffusion-absentia-ar"]["html"].read_text(encoding="utf-8")
    assert "Where there is doubt" in html
    assert "do not notify the requesting country" in html
    assert 'src="data:image/png;base64,' in html  # the page region with the quote highlighted
    calm = worksheets["01-rn-robbery-text"]["html"].read_text(encoding="utf-8")
    assert "Where there is doubt" not in calm


def test_assessment_json_is_the_analyze_object_plus_fields(
    worksheets: dict[str, dict[str, Path]], assessed: dict[str, tuple[Packet, Assessment]]
) -> None:
    for name, paths in worksheets.items():
        record = json.loads(paths["json"].read_text(encoding="utf-8"))
        _packet, assessment = assessed[name]
        documents = record.pop("documents")
        assert record == json.loads(assessment.model_dump_json())
        assert all("fields" in d for d in documents)


def test_letter_and_a4_paper(
    assessed: dict[str, tuple[Packet, Assessment]], tmp_path: Path
) -> None:
    import pypdfium2 as pdfium

    from pipeline.report.worksheet import render_html, render_pdf

    packet, assessment = assessed["01-rn-robbery-text"]
    sizes = {}
    for paper in ("A4", "Letter"):
        html = render_html(packet, assessment, page_size=paper)
        pdf = render_pdf(html, tmp_path / f"{paper}.pdf")
        sizes[paper] = tuple(round(x) for x in pdfium.PdfDocument(str(pdf))[0].get_size())
    assert sizes == {"A4": (595, 842), "Letter": (612, 792)}


def test_arabic_renders_right_to_left(worksheets: dict[str, dict[str, Path]]) -> None:
    """Rasterise the first page of a worksheet with Arabic and read it back with Arabic OCR."""
    import pypdfium2 as pdfium
    import pytesseract

    page = pdfium.PdfDocument(str(worksheets["06-diffusion-absentia-ar"]["pdf"]))[0]
    image = page.render(scale=300 / 72, grayscale=True).to_pil()
    text = pytesseract.image_to_string(image, lang="ara", config="--psm 6")
    words = {unicodedata.normalize("NFKC", w) for w in text.split()}
    assert {"سامي", "النجار"} & words, text[:500]


def _normalise_html(html: str) -> str:
    html = re.sub(
        r"data:image/(png|jpeg);base64,[A-Za-z0-9+/=]+", r"data:image/\1;base64,...", html
    )
    html = re.sub(r"\d+\.\d s for the packet", "N s for the packet", html)
    return re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", "RECEIVED", html)


def test_golden_worksheets(worksheets: dict[str, dict[str, Path]]) -> None:
    update = os.environ.get("UPDATE_GOLDEN") == "1"
    for name, paths in worksheets.items():
        got = {  # the checkout's path is not part of the result
            "worksheet.html": _normalise_html(paths["html"].read_text(encoding="utf-8")),
            "assessment.json": paths["json"].read_text(encoding="utf-8"),
        }
        got = {k: v.replace(str(REPO), "<repo>") for k, v in got.items()}
        for file, text in got.items():
            golden = GOLDEN / name / file
            if update:
                golden.parent.mkdir(parents=True, exist_ok=True)
                golden.write_text(text, encoding="utf-8")
                continue
            assert golden.exists(), f"{golden} missing: run UPDATE_GOLDEN=1 pytest {__file__}"
            assert text == golden.read_text(encoding="utf-8"), (
                f"{name}/{file} differs from its golden file; if the change is intended, "
                "regenerate with UPDATE_GOLDEN=1 and review the diff"
            )


def test_redacted_pdf_has_no_identifier_in_its_text(
    assessed: dict[str, tuple[Packet, Assessment]], tmp_path: Path
) -> None:
    from pipeline.report.redact import identifiers
    from pipeline.report.worksheet import write_redacted

    for name in ("01-rn-robbery-text", "06-diffusion-absentia-ar", "03-rn-homicide-photo"):
        packet, assessment = assessed[name]
        secrets = identifiers(packet)
        assert secrets, name
        paths = write_redacted(packet, assessment, tmp_path / name)
        text = squash("".join(pdf_pages(paths["redacted_pdf"])))
        html = paths["redacted_html"].read_text(encoding="utf-8")
        assert "data:image" not in html  # no page images in the shared variant
        for secret in secrets:
            assert squash(secret) not in text, (name, secret)
            assert secret not in html, (name, secret)
        assert "█" in text and squash(CAVEAT) in text
