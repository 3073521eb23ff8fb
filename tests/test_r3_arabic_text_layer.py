"""The eval's text PDFs keep each glyph's own character in their text layer (helper r3).

WeasyPrint maps a glyph to the text of the first cluster it is drawn in; a hamza letter
with a vowel mark ("أُ") is one cluster whose text went to the mark's glyph, so every later
damma of the document read "أُ" ("جُدّدت" → "أجُدّدت"). `repair_unicode_maps` gives such
glyphs their own character; ligature glyphs keep their whole text. And a Latin
ligature in an Arabic line is read in its written order (`pipeline.extract.rtl`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.evaluation.render import text_pdf
from pipeline.extract import extract_packet
from pipeline.records import Document, Packet
from pipeline.samples.render import _own_char
from pipeline.store.blobs import BlobStore

# The first damma sits on a hamza letter; the later ones on other letters.
DAMMA = "أُحيل المتهم سامي نوري إلى المحكمة، ثم جُدّدت المذكرة ويُلاحق بتهمة الاحتيال."
# Ligatures: "لله" is one glyph in the Arabic font, "fi" and "ff" one in the Latin one.
LIGATURES = "الحمد لله، وقد أصدر القاضي كريم فاضل قراره: final ruling, Office Giuffre."


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_HOME", str(tmp_path / "home"))
    from pipeline.config import settings

    settings.cache_clear()


def _read(tmp_path: Path, text: str) -> str:
    """The text of an eval-rendered Arabic text PDF, as the pipeline extracts it."""
    blobs = BlobStore(tmp_path / "blobs")
    data = text_pdf(text, "ar")
    sha = blobs.put_bytes(data)
    doc = Document(id=f"{sha[:12]}-ar.pdf", file_name="ar.pdf", sha256=sha,
                   media_type="application/pdf", size=len(data))
    packet = Packet(id="p" * 64, name="r3", source="tests", received_at=datetime.now(UTC),
                    documents=[doc])
    page = extract_packet(packet, blobs).documents[0].pages[0]
    assert page.method == "text-layer"
    return page.text


def test_a_damma_first_drawn_on_a_hamza_letter_reads_as_a_damma(tmp_path: Path) -> None:
    words = _read(tmp_path, DAMMA).split()
    assert "أُحيل" in words
    assert "جُدّدت" in words and "ويُلاحق" in words
    assert not any("أجُ" in w or "أُي" in w for w in words)


def test_ligature_glyphs_keep_their_whole_text(tmp_path: Path) -> None:
    words = _read(tmp_path, LIGATURES).split()
    assert "لله،" in words and "قراره:" in words


def test_a_latin_ligature_in_an_arabic_line_keeps_its_letters_in_order(tmp_path: Path) -> None:
    """The Latin run is turned back left to right, its "fi" glyph with it (not "ifnal")."""
    words = _read(tmp_path, LIGATURES).split()
    assert "final" in words and "Office" in words and "Giuffre." in words


def test_a_glyph_mapped_to_its_own_character_or_a_ligature_stands() -> None:
    assert _own_char("\u0623\u064f", ["\u064f"]) == "\u064f"  # a cluster's text on a mark
    assert _own_char("", ["\u0623", "\ufe83"]) == "\u0623"  # a cluster's other glyph
    assert _own_char("\u064a", ["\ufef4"]) is None  # a presentation form: its letter
    assert _own_char("fi", ["\ufb01"]) is None  # the ligature's character: whole text
    assert _own_char("\u0644\u0644\u0647", []) is None  # an unencoded ligature
