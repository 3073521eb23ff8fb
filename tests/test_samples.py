"""The sample-packet generator: reproducible bytes, and each packet is what it claims."""

from __future__ import annotations

import email
import hashlib
import io
import json
import re
import shutil
import zipfile
from collections import Counter
from difflib import SequenceMatcher
from email import policy
from pathlib import Path

import pdfplumber
import pikepdf
import pypdfium2 as pdfium
import pytest
import yaml
from PIL import Image, ImageOps

from pipeline.records import Manifest
from pipeline.samples import make_scanned_pdf, make_text_pdf
from pipeline.samples.generate import PACKETS, generate

ROOT = Path(__file__).resolve().parents[1]
COMMITTED_TRUTH = ROOT / "tests" / "data" / "sample_truth.json"


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _bag_recall(truth: str, hyp: str) -> float:
    """Share of the truth's words found in `hyp`, ignoring order (right-to-left lines)."""
    ref, found = Counter(_words(truth)), Counter(_words(hyp))
    return sum((ref & found).values()) / max(1, sum(ref.values()))


def _word_accuracy(truth: str, hyp: str) -> float:
    ref = _words(truth)
    blocks = SequenceMatcher(None, ref, _words(hyp), autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / max(1, len(ref))


def _pdf_texts(data: bytes) -> list[str]:
    doc = pdfium.PdfDocument(data)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    out = tmp_path_factory.mktemp("samples")
    truth_path = out.parent / "truth.json"
    generate(out, truth_path)
    return out, json.loads(truth_path.read_text(encoding="utf-8"))


def test_same_seed_gives_identical_bytes(samples, tmp_path):
    first, truth = samples
    again = tmp_path / "again"
    generate(again, tmp_path / "truth.json")
    assert _digests(again) == _digests(first)
    assert json.loads((tmp_path / "truth.json").read_text(encoding="utf-8")) == truth


def test_one_packet_alone_matches_the_full_run(samples, tmp_path):
    first, _ = samples
    generate(tmp_path, only=["09-rn-bundle-mixed.pdf"])
    name = "09-rn-bundle-mixed.pdf"
    assert (tmp_path / name).read_bytes() == (first / name).read_bytes()


def test_entries_and_truth_keys_match_the_committed_samples(samples):
    out, truth = samples
    assert sorted(p.name for p in out.iterdir()) == sorted(PACKETS)
    committed = json.loads(COMMITTED_TRUTH.read_text(encoding="utf-8"))
    assert committed == truth, "run `python -m pipeline.samples.generate` and commit"
    assert sorted(p.name for p in (ROOT / "data" / "samples").iterdir()) == sorted(PACKETS)


def test_manifests_are_valid_and_name_existing_files(samples):
    out, _ = samples
    manifests: list[tuple[bytes, set[str]]] = []
    for folder in (p for p in out.iterdir() if p.is_dir()):
        names = {p.name for p in folder.iterdir()}
        manifests.append(((folder / "packet.yaml").read_bytes(), names))
    with zipfile.ZipFile(out / "08-rn-fraud-zip.zip") as zf:
        manifests.append((zf.read("packet.yaml"), set(zf.namelist())))
        assert {i.date_time for i in zf.infolist()} == {(2024, 6, 1, 12, 0, 0)}
    for raw, names in manifests:
        manifest = Manifest.model_validate(yaml.safe_load(raw))
        assert manifest.notice_type and manifest.issuing_country and manifest.documents
        assert set(manifest.documents) <= names


def test_text_layers_carry_the_truth(samples):
    out, truth = samples
    for key, expected in truth.items():
        entry_file, page = key.rsplit("#", 1)
        path = out / entry_file.split("/", 1)[0]
        inner = entry_file.split("/", 1)[1]
        if path.is_dir():
            path = path / inner
        if path.suffix != ".pdf" or "mandat-arret" in inner:
            continue
        text = _pdf_texts(path.read_bytes())[int(page) - 1]
        if text.strip():
            assert _bag_recall(expected, text) > 0.99, key
            assert _bag_recall(text, expected) > 0.99, key


def test_scans_are_image_only_and_the_bundle_is_mixed(samples):
    out, _ = samples
    report = _pdf_texts((out / "02-diffusion-drugs-scan" / "police-report.pdf").read_bytes())
    assert len(report) == 3 and not any(t.strip() for t in report)
    bundle = _pdf_texts((out / "09-rn-bundle-mixed.pdf").read_bytes())
    assert [bool(t.strip()) for t in bundle] == [True, True, False]
    with pikepdf.open(out / "02-diffusion-drugs-scan" / "police-report.pdf") as pdf:
        box = pdf.pages[1].MediaBox
        assert float(box[2]) > float(box[3]), "page 2 is scanned sideways"


def test_warrant_without_unicode_maps_extracts_as_garbage(samples):
    out, truth = samples
    path = out / "04-rn-journaliste-fr" / "mandat-arret.pdf"
    expected = truth["04-rn-journaliste-fr/mandat-arret.pdf#1"]
    assert _word_accuracy(expected, _pdf_texts(path.read_bytes())[0]) < 0.1
    with pdfplumber.open(path) as pdf:
        assert "(cid:" in (pdf.pages[0].extract_text() or "")
    image = pdfium.PdfDocument(path.read_bytes())[0].render(scale=0.5).to_pil().convert("L")
    assert image.getextrema()[0] < 50, "the page still renders its glyphs"


def test_phone_photo_must_be_turned_by_exif(samples):
    out, _ = samples
    img = Image.open(out / "03-rn-homicide-photo" / "warrant-photo.jpg")
    assert img.getexif()[0x0112] == 6
    assert img.width > img.height
    upright = ImageOps.exif_transpose(img)
    assert upright.height > upright.width


def test_email_has_fixed_headers_and_two_pdf_attachments(samples):
    out, _ = samples
    msg = email.message_from_bytes(
        (out / "07-diffusion-email.eml").read_bytes(), policy=policy.default
    )
    assert msg["Message-ID"] and msg["Date"].startswith("Wed, 03 Mar 2021")
    names = [part.get_filename() for part in msg.iter_attachments()]
    assert names == ["diffusion.pdf", "detention-decision.pdf"]


def test_bench_builders(tmp_path):
    make_text_pdf(tmp_path / "text.pdf", pages=4, seed=3)
    assert all(t.strip() for t in _pdf_texts((tmp_path / "text.pdf").read_bytes()))
    truth: dict[str, str] = {}
    make_scanned_pdf(tmp_path / "scan.pdf", pages=2, seed=3, truth=truth)
    assert sorted(truth) == ["scan.pdf#1", "scan.pdf#2"]
    assert not any(t.strip() for t in _pdf_texts((tmp_path / "scan.pdf").read_bytes()))
    again = tmp_path / "again.pdf"
    make_scanned_pdf(again, pages=2, seed=3)
    assert again.read_bytes() == (tmp_path / "scan.pdf").read_bytes()


@pytest.mark.ocr
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_scanned_page_is_readable_by_tesseract(samples, tmp_path, monkeypatch):
    import pytesseract

    monkeypatch.setenv("OMP_THREAD_LIMIT", "1")
    out, truth = samples
    with pikepdf.open(out / "02-diffusion-drugs-scan" / "police-report.pdf") as pdf:
        (image,) = pdf.pages[0].Resources.XObject.values()
        page = Image.open(io.BytesIO(image.read_raw_bytes()))
    page.save(tmp_path / "page.png")
    text = pytesseract.image_to_string(str(tmp_path / "page.png"), lang="eng")
    assert _word_accuracy(truth["02-diffusion-drugs-scan/police-report.pdf#1"], text) >= 0.95
