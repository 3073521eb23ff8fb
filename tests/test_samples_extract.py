"""Ingest and extraction on the bundled sample packets, as a user would run them."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from difflib import SequenceMatcher
from pathlib import Path

import pikepdf
import pytest

from pipeline.chain import extract_path, packet_status
from pipeline.records import Document, Packet
from tests.conftest import REPO, SAMPLES

TRUTH = json.loads((REPO / "tests" / "data" / "sample_truth.json").read_text(encoding="utf-8"))


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def word_accuracy(truth: str, hypothesis: str) -> float:
    """Share of the truth's words recovered in order (matching blocks of a word diff)."""
    ref = words(truth)
    blocks = SequenceMatcher(None, ref, words(hypothesis), autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / max(1, len(ref))


def doc(packets: dict[str, Packet], packet: str, file_name: str) -> Document:
    return next(d for d in packets[packet].documents if d.file_name.endswith(file_name))


def truth(packet: str, file_name: str, page: int) -> str:
    return TRUTH[f"{packet}/{file_name}#{page}"]


def test_every_sample_packet_is_processed_without_errors(sample_packets: dict[str, Packet]) -> None:
    assert len(sample_packets) >= 6
    for name, packet in sample_packets.items():
        assert packet_status(packet) == "done", (name, packet.all_errors())


def test_text_pdf_gives_its_exact_text(sample_packets: dict[str, Packet]) -> None:
    notice = doc(sample_packets, "01-rn-robbery-text", "red-notice.pdf")
    for page in notice.pages:
        assert page.method == "text-layer"
        expected = truth("01-rn-robbery-text", "red-notice.pdf", page.number)
        assert words(page.text) == words(expected)


def test_scanned_pdf_is_read_at_95_percent_word_accuracy(
    sample_packets: dict[str, Packet],
) -> None:
    report = doc(sample_packets, "02-diffusion-drugs-scan", "police-report.pdf")
    assert [p.method for p in report.pages] == ["ocr"] * 3
    for page in report.pages:
        expected = truth("02-diffusion-drugs-scan", "police-report.pdf", page.number)
        assert word_accuracy(expected, page.text) >= 0.95, page.number


def test_a_page_scanned_sideways_is_read_upright(sample_packets: dict[str, Packet]) -> None:
    page = doc(sample_packets, "02-diffusion-drugs-scan", "police-report.pdf").pages[1]
    assert page.rotation in (90, 270)
    expected = truth("02-diffusion-drugs-scan", "police-report.pdf", 2)
    assert word_accuracy(expected, page.text) >= 0.95


def test_phone_photo_is_read_at_90_percent_word_accuracy(
    sample_packets: dict[str, Packet],
) -> None:
    photo = doc(sample_packets, "03-rn-homicide-photo", "warrant-photo.jpg")
    (page,) = photo.pages
    assert page.method == "ocr"
    assert any(step.startswith("exif-rotate") for step in page.preprocessing)
    expected = truth("03-rn-homicide-photo", "warrant-photo.jpg", 1)
    assert word_accuracy(expected, page.text) >= 0.90


def test_mixed_pdf_is_split_into_text_layer_and_ocr_pages(
    sample_packets: dict[str, Packet],
) -> None:
    bundle = sample_packets["09-rn-bundle-mixed.pdf"]
    pages = [p for d in bundle.documents for p in d.pages]
    assert [(p.number, p.method) for p in pages] == [
        (1, "text-layer"), (2, "text-layer"), (3, "ocr")
    ]
    assert pages[2].rotation == 180
    expected = truth("09-rn-bundle-mixed.pdf", "09-rn-bundle-mixed.pdf", 3)
    assert word_accuracy(expected, pages[2].text) >= 0.95


def test_pdf_without_unicode_map_is_ocrd_with_the_reason(
    sample_packets: dict[str, Packet],
) -> None:
    (page,) = doc(sample_packets, "04-rn-journaliste-fr", "mandat-arret.pdf").pages
    assert page.method == "ocr" and page.ocr_reasons
    assert page.language == "fr"
    expected = truth("04-rn-journaliste-fr", "mandat-arret.pdf", 1)
    assert word_accuracy(expected, page.text) >= 0.95


def test_email_attachments_docx_and_arabic_become_documents(
    sample_packets: dict[str, Packet],
) -> None:
    mail = sample_packets["07-diffusion-email.eml"]
    assert {d.file_name.rsplit("/", 1)[-1] for d in mail.documents} >= {
        "diffusion.pdf", "detention-decision.pdf"
    }
    docx = doc(sample_packets, "05-rn-cheque-es", "escrito-acusacion.docx")
    assert docx.language == "es" and "cheque" in docx.pages[0].text.lower()
    arabic = doc(sample_packets, "06-diffusion-absentia-ar", "judgment-ar.pdf")
    assert arabic.language == "ar"


def test_bad_files_are_recorded_and_the_rest_is_processed(tmp_path: Path) -> None:
    good = SAMPLES / "01-rn-robbery-text" / "red-notice.pdf"
    packet_dir = tmp_path / "packet"
    packet_dir.mkdir()
    shutil.copy(good, packet_dir / "notice.pdf")
    with pikepdf.open(good) as pdf:
        pdf.save(packet_dir / "locked.pdf", encryption=pikepdf.Encryption(owner="o", user="u"))
    data = good.read_bytes()
    (packet_dir / "truncated.pdf").write_bytes(data[: len(data) // 3])
    (packet_dir / "empty.pdf").write_bytes(b"")

    packet = extract_path(packet_dir)

    errors = {e.file: e for e in packet.all_errors()}
    assert errors["locked.pdf"].code == "encrypted-pdf"
    assert errors["truncated.pdf"].code == "corrupt-file"
    assert errors["empty.pdf"].code == "empty-file"
    for name, error in errors.items():
        assert name in error.message, "the message names the file"
    notice = next(d for d in packet.documents if d.file_name == "notice.pdf")
    assert len(notice.pages) == 2 and notice.pages[0].text
    assert packet_status(packet) == "partial"


def test_zip_with_a_traversal_member_keeps_the_rest(tmp_path: Path) -> None:
    archive = tmp_path / "packet.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(SAMPLES / "01-rn-robbery-text" / "red-notice.pdf", "red-notice.pdf")
        zf.writestr("../../etc/evil.txt", "overwrite me")

    packet = extract_path(archive)

    (error,) = packet.all_errors()
    assert error.code == "zip-traversal" and "evil.txt" in error.message
    assert [d.file_name for d in packet.documents] == ["red-notice.pdf"]
    assert packet.documents[0].pages
    assert not (tmp_path.parent / "etc" / "evil.txt").exists()


@pytest.mark.parametrize("name", ["01-rn-robbery-text", "08-rn-fraud-zip.zip"])
def test_processing_the_same_packet_twice_gives_the_same_identity(name: str) -> None:
    first, second = extract_path(SAMPLES / name), extract_path(SAMPLES / name)
    assert first.id == second.id and len(first.id) == 64
