"""Extract stage on real files made in tmp_path: text layers, OCR, photos, errors, cache."""

from __future__ import annotations

import difflib
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from pipeline.config import settings
from pipeline.errors import EnvironmentProblem
from pipeline.extract import extract_packet, images, ocr, tesseract, textlayer
from pipeline.extract.language import Detection, detect, document_language
from pipeline.records import Document, Manifest, Packet
from pipeline.store.blobs import BlobStore

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

ENGLISH = (
    "The District Court of Lisbon hereby orders the arrest of Daniel Novak, born on "
    "12 March 1980, charged with aggravated fraud and money laundering under article 221 "
    "of the Criminal Code. The warrant remains valid and enforceable."
)
ENGLISH_2 = (
    "The subject obtained large sums from investors by presenting forged bank guarantees "
    "and left the country shortly afterwards. Extradition will be requested."
)
FRENCH = (
    "Le tribunal de première instance ordonne l'arrestation de Jean Dupont, né le "
    "4 avril 1975, poursuivi pour escroquerie et blanchiment d'argent."
)

PAGE_CSS = "@page { size: 170mm 90mm; margin: 8mm } body { font: 13pt 'DejaVu Serif' }"


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRIAGE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TRIAGE_WORKERS", "2")
    settings.cache_clear()
    yield tmp_path / "home"
    settings.cache_clear()


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


def html_pdf(*pages: str) -> bytes:
    from weasyprint import HTML

    body = "".join(
        f'<div style="page-break-after: always"><p>{text}</p></div>' for text in pages
    )
    return HTML(string=f"<html><style>{PAGE_CSS}</style><body>{body}</body></html>").write_pdf()


def render_pages(pdf_bytes: bytes, dpi: int = 200) -> list:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return [doc[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(len(doc))]
    finally:
        doc.close()


def image_pdf(pil_images: list, dpi: int = 200) -> bytes:
    out = io.BytesIO()
    pil_images[0].save(out, format="PDF", save_all=True, append_images=pil_images[1:],
                       resolution=dpi)
    return out.getvalue()


def image_bytes(img, fmt: str, **kw) -> bytes:
    out = io.BytesIO()
    img.save(out, format=fmt, **kw)
    return out.getvalue()


def make_packet(
    blobs: BlobStore, files: list[tuple[str, bytes, str]], languages: list[str] | None = None
) -> Packet:
    docs = []
    for name, data, media_type in files:
        sha = blobs.put_bytes(data)
        docs.append(Document(id=f"{sha[:12]}-{name}", file_name=name, sha256=sha,
                             media_type=media_type, size=len(data)))
    manifest = Manifest(languages=languages) if languages else None
    return Packet(id="p" * 64, name="test", source="tests", received_at=datetime.now(UTC),
                  manifest=manifest, documents=docs)


def words(text: str) -> list[str]:
    return [w.strip(".,;:'\"()").lower() for w in text.split() if w.strip(".,;:'\"()")]


def word_accuracy(expected: str, got: str) -> float:
    """Share of the expected words found, in order, in the result."""
    exp, out = words(expected), words(got)
    matcher = difflib.SequenceMatcher(None, exp, out, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks()) / len(exp)


def squash(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- text layers and files


# Diacritics (tanwin, shadda), a Latin name, dates, brackets and a number before a comma:
# each makes the PDF producer cut the line into runs PDFium returns out of order.
ARABIC_LINES = [
    "تهديكم الوزارة تحياتها، واستناداً إلى المواد من 38 إلى 42 من الاتفاقية لعام 1983، نرجو.",
    "الاسم باللاتينية: BASEL ADNAN AL-HAYARI",
    "والموقوف مؤقتاً لدى سلطات عمّان منذ 2023/9/3 بناءً على النشرة الحمراء رقم A-9124/8-2023،",
    "أولاً: أذاع عمداً أخباراً كاذبة، الأمر المؤثم بالمادة ٨٠ (د) من قانون العقوبات.",
]


def test_arabic_text_layer_is_read_in_reading_order(blobs: BlobStore) -> None:
    from weasyprint import HTML

    lines = "".join(f"<p>{line}</p>" for line in ARABIC_LINES)
    css = PAGE_CSS + " p { font-size: 9pt; }"  # one line each
    html = f"<html dir='rtl' lang='ar'><style>{css}</style><body>{lines}</body></html>"
    packet = make_packet(blobs, [("ar.pdf", HTML(string=html).write_pdf(), PDF)])
    page = extract_packet(packet, blobs).documents[0].pages[0]
    assert page.method == "text-layer"
    got = [squash(line) for line in page.text.splitlines() if line.strip()]
    assert got == ARABIC_LINES


def test_text_pdf_gives_its_exact_text(blobs: BlobStore) -> None:
    packet = make_packet(blobs, [("warrant.pdf", html_pdf(ENGLISH, FRENCH), PDF)])
    calls: list[int] = []
    out = extract_packet(packet, blobs, on_page=lambda: calls.append(1))
    doc = out.documents[0]
    assert not doc.errors
    assert [p.method for p in doc.pages] == ["text-layer", "text-layer"]
    assert [p.number for p in doc.pages] == [1, 2]
    assert squash(doc.pages[0].text) == ENGLISH
    assert squash(doc.pages[1].text) == FRENCH
    assert [p.language for p in doc.pages] == ["en", "fr"]
    assert doc.language == "en"  # the longer page wins
    assert len(calls) == 2
    assert packet.documents[0].pages == []  # the input packet is not modified


def test_plain_text_encodings_and_form_feeds(blobs: BlobStore) -> None:
    text = "Mandat d'arrêt délivré à Genève.\r\nPeine encourue: cinq ans."
    packet = make_packet(blobs, [
        ("cp1252.txt", text.encode("cp1252"), "text/plain"),
        ("utf16.txt", text.encode("utf-16"), "text/plain"),
        ("pages.txt", b"first page\fsecond page", "text/plain; charset=utf-8"),
    ])
    out = extract_packet(packet, blobs)
    expected = text.replace("\r\n", "\n")
    assert out.documents[0].pages[0].text == expected
    assert out.documents[1].pages[0].text == expected
    assert out.documents[0].language == "fr"
    assert [p.text for p in out.documents[2].pages] == ["first page", "second page"]


def test_docx_paragraphs_tables_and_page_breaks(blobs: BlobStore, tmp_path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_paragraph("Arrest warrant issued by the District Court.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Family name:", "NOVAK"
    table.cell(1, 0).text, table.cell(1, 1).text = "Charge:", "Fraud"
    document.add_paragraph("End of page one.").add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Statement of facts on page two.")
    path = tmp_path / "w.docx"
    document.save(path)
    out = extract_packet(make_packet(blobs, [("w.docx", path.read_bytes(), DOCX)]), blobs)
    pages = out.documents[0].pages
    assert len(pages) == 2
    assert pages[0].text == (
        "Arrest warrant issued by the District Court.\nFamily name:\tNOVAK\nCharge:\tFraud\n"
        "End of page one."
    )
    assert pages[1].text == "Statement of facts on page two."


# ---------------------------------------------------------------- errors


def test_encrypted_and_truncated_pdfs_are_recorded_and_others_extracted(
    blobs: BlobStore, tmp_path: Path
) -> None:
    import pikepdf

    good = html_pdf(ENGLISH)
    src = tmp_path / "src.pdf"
    src.write_bytes(good)
    with pikepdf.open(src) as pdf:
        pdf.save(tmp_path / "enc.pdf", encryption=pikepdf.Encryption(owner="o", user="u"))
    packet = make_packet(blobs, [
        ("locked.pdf", (tmp_path / "enc.pdf").read_bytes(), PDF),
        ("cut.pdf", good[: len(good) // 2], PDF),
        ("good.pdf", good, PDF),
        ("odd.bin", b"\x00\x01", "application/octet-stream"),
    ])
    out = extract_packet(packet, blobs)
    locked, cut, ok, odd = out.documents
    assert [e.code for e in locked.errors] == ["encrypted-pdf"]
    assert locked.errors[0].message == (
        "locked.pdf: the PDF is encrypted (password-protected); "
        "ask the sender for an unprotected copy"
    )
    assert [e.code for e in cut.errors] == ["corrupt-file"]
    assert cut.errors[0].message.startswith("cut.pdf: ")
    assert "truncated" in cut.errors[0].message
    assert [e.code for e in odd.errors] == ["unsupported-type"]
    assert not ok.errors and squash(ok.pages[0].text) == ENGLISH
    assert {e.file for e in out.all_errors()} == {"locked.pdf", "cut.pdf", "odd.bin"}


def test_missing_tesseract_is_an_environment_problem(
    blobs: BlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    tesseract.version.cache_clear()
    tesseract.installed_languages.cache_clear()
    try:
        img = render_pages(html_pdf(ENGLISH), dpi=100)[0]
        packet = make_packet(blobs, [("scan.png", image_bytes(img, "PNG"), "image/png")])
        with pytest.raises(EnvironmentProblem) as info:
            extract_packet(packet, blobs)
        assert tesseract.INSTALL_FIX in str(info.value)
        assert info.value.exit_code == 3
    finally:
        tesseract.version.cache_clear()
        tesseract.installed_languages.cache_clear()


def test_tesseract_probes_are_cached_per_installation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Version and languages are asked of Tesseract once per installation, not once per
    run; installing or removing language data (its folder changes) asks again."""

    from pipeline.config import settings

    monkeypatch.setenv("TRIAGE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path / "tessdata"))
    (tmp_path / "tessdata").mkdir()
    settings.cache_clear()
    started: list[str] = []

    def counted() -> frozenset[str]:
        started.append("languages")
        return frozenset({"eng", "osd"} if len(started) == 1 else {"eng", "osd", "ara"})

    def clear() -> None:
        tesseract.version.cache_clear()
        tesseract.installed_languages.cache_clear()

    monkeypatch.setattr(tesseract, "_list_languages", counted)
    clear()
    try:
        assert tesseract.installed_languages() == {"eng", "osd"}
        clear()  # a new process: served from the build cache, Tesseract not started
        assert tesseract.installed_languages() == {"eng", "osd"} and started == ["languages"]
        (tmp_path / "tessdata" / "ara.traineddata").write_bytes(b"x")  # a language added
        clear()
        assert tesseract.installed_languages() == {"eng", "osd", "ara"}
        assert started == ["languages", "languages"]
    finally:
        clear()
        settings.cache_clear()


def test_script_models_count_as_installed_languages() -> None:
    """Arabic scans are read with the `Arabic` script model (capitalised, which
    pytesseract's own language list drops), so the probe must see it."""
    tesseract.installed_languages.cache_clear()
    assert {"Arabic", "ara", "eng", "fra", "spa"} <= tesseract.installed_languages()
    tesseract.check_installed()


def test_missing_language_data_names_the_language(tmp_path: Path) -> None:
    """Tesseract alone would warn and read on without `zzz`; we stop and name it."""
    img = render_pages(html_pdf(ENGLISH), dpi=100)[0]
    path = tmp_path / "page.png"
    path.write_bytes(image_bytes(img, "PNG"))
    with pytest.raises(EnvironmentProblem) as info:
        tesseract.image_to_data(path, "eng+zzz")
    assert "language data missing: zzz." in str(info.value)
    assert tesseract.INSTALL_FIX in str(info.value)


# ---------------------------------------------------------------- OCR


@pytest.mark.ocr
def test_image_only_pdf_is_ocrd_accurately(blobs: BlobStore) -> None:
    scanned = image_pdf(render_pages(html_pdf(ENGLISH)))
    out = extract_packet(make_packet(blobs, [("scan.pdf", scanned, PDF)]), blobs)
    page = out.documents[0].pages[0]
    assert page.method == "ocr"
    assert page.ocr_reasons and page.ocr_reasons[0].startswith("no-text-layer")
    assert word_accuracy(ENGLISH, page.text) >= 0.95
    assert page.ocr_languages == "eng" and page.language == "en"
    assert page.ocr_confidence and page.ocr_confidence > 80 and not page.low_confidence
    for word in page.words:  # offsets point into the text, boxes are page fractions
        assert page.text[word.start : word.end] == word.text
        assert 0 <= word.x0 < word.x1 <= 1 and 0 <= word.y0 < word.y1 <= 1


@pytest.mark.ocr
def test_mixed_pdf_gives_one_text_layer_and_one_ocr_page(
    blobs: BlobStore, tmp_path: Path
) -> None:
    import pikepdf

    (tmp_path / "text.pdf").write_bytes(html_pdf(ENGLISH))
    (tmp_path / "img.pdf").write_bytes(image_pdf(render_pages(html_pdf(ENGLISH_2))))
    with pikepdf.open(tmp_path / "text.pdf") as pdf, pikepdf.open(tmp_path / "img.pdf") as img:
        pdf.pages.append(img.pages[0])
        pdf.save(tmp_path / "mixed.pdf")
    packet = make_packet(blobs, [("mixed.pdf", (tmp_path / "mixed.pdf").read_bytes(), PDF)])
    out = extract_packet(packet, blobs)
    first, second = out.documents[0].pages
    assert (first.method, second.method) == ("text-layer", "ocr")
    assert squash(first.text) == ENGLISH
    assert word_accuracy(ENGLISH_2, second.text) >= 0.95


@pytest.mark.ocr
def test_garbage_text_layer_is_ocrd_with_reasons(blobs: BlobStore, tmp_path: Path) -> None:
    import pikepdf

    (tmp_path / "t.pdf").write_bytes(html_pdf(ENGLISH))
    with pikepdf.open(tmp_path / "t.pdf") as pdf:
        for page in pdf.pages:
            for _, font in page.Resources.Font.items():
                if "/ToUnicode" in font:
                    del font["/ToUnicode"]
        pdf.save(tmp_path / "g.pdf")
    packet = make_packet(blobs, [("g.pdf", (tmp_path / "g.pdf").read_bytes(), PDF)])
    page = extract_packet(packet, blobs).documents[0].pages[0]
    assert page.method == "ocr"
    codes = {reason.split(":")[0] for reason in page.ocr_reasons}
    assert "few-recognisable-words" in codes
    assert word_accuracy(ENGLISH, page.text) >= 0.95


@pytest.mark.ocr
@pytest.mark.parametrize("turn", [90, 180])
def test_rotated_page_is_read_upright(blobs: BlobStore, turn: int) -> None:
    img = render_pages(html_pdf(ENGLISH))[0].rotate(turn, expand=True)  # counter-clockwise
    packet = make_packet(blobs, [("turned.png", image_bytes(img, "PNG"), "image/png")])
    page = extract_packet(packet, blobs).documents[0].pages[0]
    assert page.rotation == turn  # turned back clockwise by the same amount
    assert word_accuracy(ENGLISH, page.text) >= 0.95


@pytest.mark.ocr
def test_french_scan_is_reocrd_in_french_and_hints_are_used(blobs: BlobStore) -> None:
    img = render_pages(html_pdf(FRENCH))[0]
    data = image_bytes(img, "PNG")
    out = extract_packet(make_packet(blobs, [("fr.png", data, "image/png")]), blobs)
    page = out.documents[0].pages[0]
    assert (page.language, page.ocr_languages) == ("fr", "fra")
    assert word_accuracy(FRENCH, page.text) >= 0.95
    hinted = extract_packet(make_packet(blobs, [("fr.png", data, "image/png")], ["fr"]), blobs)
    assert hinted.documents[0].pages[0].ocr_languages == "fra"


@pytest.mark.ocr
def test_multipage_tiff_gives_one_page_per_frame(blobs: BlobStore) -> None:
    frames = render_pages(html_pdf("First frame of the warrant.", "Second frame here.",
                                   "Third and last frame."), dpi=150)
    data = image_bytes(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    out = extract_packet(make_packet(blobs, [("bundle.tiff", data, "image/tiff")]), blobs)
    pages = out.documents[0].pages
    assert [p.number for p in pages] == [1, 2, 3]
    assert [p.method for p in pages] == ["ocr"] * 3
    assert "Second frame" in pages[1].text and "Third and last" in pages[2].text


@pytest.mark.ocr
def test_second_extraction_hits_the_ocr_cache(
    blobs: BlobStore, monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    import pytesseract

    img = render_pages(html_pdf(ENGLISH_2))[0]
    packet = make_packet(blobs, [("scan.jpg", image_bytes(img, "JPEG", quality=90), "image/jpeg")])
    first = extract_packet(packet, blobs)
    assert any((home / "ocr-cache").rglob("*.json"))

    def no_tesseract(*args, **kwargs):
        raise AssertionError("Tesseract ran although the page is cached")

    monkeypatch.setattr(pytesseract, "run_and_get_output", no_tesseract)
    monkeypatch.setattr(pytesseract, "image_to_osd", no_tesseract)
    before = dict(tesseract.calls)
    second = extract_packet(packet, blobs)
    assert tesseract.calls == before
    assert second.documents[0].pages[0].text == first.documents[0].pages[0].text
    assert second.documents[0].pages[0].words == first.documents[0].pages[0].words


# ---------------------------------------------------------------- photos


def photo_of(page_img, angle: float = 4.0) -> np.ndarray:
    """A phone-like photo: the page slightly turned on a dark desk, light falling off."""
    import cv2

    page = np.asarray(page_img)
    h, w = page.shape
    canvas = np.full((h + 300, w + 300), 60, np.uint8)
    canvas[150 : 150 + h, 150 : 150 + w] = page
    matrix = cv2.getRotationMatrix2D((canvas.shape[1] / 2, canvas.shape[0] / 2), angle, 1.0)
    turned = cv2.warpAffine(canvas, matrix, canvas.shape[::-1], borderValue=60)
    ramp = np.linspace(1.0, 0.6, canvas.shape[1])[None, :]
    return (turned * ramp).astype(np.uint8)


def test_photo_preprocessing_steps() -> None:
    page = np.asarray(render_pages(html_pdf(ENGLISH))[0])
    out, steps = images.prepare_photo(photo_of(page, angle=4.0))
    assert steps == ["crop-page", "flatten-illumination"]  # the perspective crop also straightens
    assert abs(images.skew_angle(out)) <= 0.5
    assert abs(out.shape[0] - page.shape[0]) <= 10 and abs(out.shape[1] - page.shape[1]) <= 10


def test_skewed_scan_is_deskewed() -> None:
    import cv2

    page = np.asarray(render_pages(html_pdf(ENGLISH))[0])
    h, w = page.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), -3.0, 1.0)
    scan = cv2.warpAffine(page, matrix, (w, h), borderValue=255)
    out, steps = images.prepare_photo(scan)
    assert len(steps) == 1 and steps[0].startswith("deskew-")
    assert abs(float(steps[0].removeprefix("deskew-")) - 3.0) <= 0.4
    assert abs(images.skew_angle(out)) <= 0.4


def test_clean_render_is_left_alone() -> None:
    clean = np.asarray(render_pages(html_pdf(ENGLISH))[0])
    out, steps = images.prepare_photo(clean)
    assert steps == [] and out is clean


@pytest.mark.ocr
def test_photo_with_exif_orientation_is_read(blobs: BlobStore) -> None:
    from PIL import Image

    photo = Image.fromarray(photo_of(render_pages(html_pdf(ENGLISH))[0]))
    stored = photo.rotate(90, expand=True)  # sensor orientation; EXIF 6 turns it back
    exif = Image.Exif()
    exif[0x0112] = 6
    data = image_bytes(stored, "JPEG", quality=92, exif=exif.tobytes())
    page = extract_packet(make_packet(blobs, [("photo.jpg", data, "image/jpeg")]),
                          blobs).documents[0].pages[0]
    assert page.preprocessing[0] == "exif-rotate-90"
    assert any(s.startswith("crop-page") for s in page.preprocessing)
    assert page.rotation == 90
    assert word_accuracy(ENGLISH, page.text) >= 0.9


# ---------------------------------------------------------------- garbage signals


def test_signal_cid_codes() -> None:
    assert textlayer.cid_codes("(cid:12)(cid:40)(cid:7) (cid:9)").startswith("cid-codes")
    assert textlayer.cid_codes(ENGLISH) is None


def test_signal_bad_characters() -> None:
    assert textlayer.bad_characters("\ue001\ue002\ue003 abc \x0f\x11").startswith("bad-characters")
    assert textlayer.bad_characters(ENGLISH + "\x0c") is None


def test_signal_recognisable_words() -> None:
    garbage = "7KHFRXUWRI UVWLQVWDQFHKHUHE RUGHUVWKHDUUHVWRI-RKQ6PLWK ERUQRQ 0DUFK"
    assert textlayer.recognisable_words(garbage).startswith("few-recognisable-words")
    for text in (ENGLISH, FRENCH, "أصدرت المحكمة الابتدائية مذكرة توقيف بحق المتهم بتهمة الاحتيال"):
        assert textlayer.recognisable_words(text) is None
    assert textlayer.plausible_word("l'arrestation") and textlayer.plausible_word("(fraud),")
    assert not textlayer.plausible_word("WKH") and not textlayer.plausible_word("7KHFRX")


def test_signal_stopwords() -> None:
    shifted = "".join(chr((ord(c) - 97 + 3) % 26 + 65) if c.isalpha() else c
                      for c in (ENGLISH + " " + ENGLISH_2).lower())
    assert textlayer.stopwords(shifted).startswith("no-stopwords")
    assert textlayer.stopwords(ENGLISH + " " + ENGLISH_2) is None


def test_signal_near_empty_with_images() -> None:
    assert textlayer.near_empty_with_images("", True).startswith("no-text-layer")
    assert textlayer.near_empty_with_images("Page 1", True).startswith("near-empty-text")
    assert textlayer.near_empty_with_images("", False) is None
    assert textlayer.near_empty_with_images(ENGLISH, True) is None


def test_signal_uncertain_language() -> None:
    assert textlayer.uncertain_language(ENGLISH, Detection("en", 0.2)).startswith(
        "uncertain-language"
    )
    assert textlayer.uncertain_language(ENGLISH, detect(ENGLISH)) is None
    assert textlayer.uncertain_language("Page 1", Detection(None, 0.0)) is None


def test_clean_text_layer_has_no_reasons() -> None:
    for text in (ENGLISH, FRENCH, ENGLISH + "\n" + ENGLISH_2):
        assert textlayer.garbage_reasons(text, has_images=True, detection=detect(text)) == []


# ---------------------------------------------------------------- small units


def test_build_text_lines_paragraphs_and_offsets() -> None:
    data = {
        "block_num": [1, 1, 1, 1, 2, 2],
        "par_num": [1, 1, 1, 1, 1, 1],
        "line_num": [1, 1, 1, 2, 1, 1],
        "left": [0, 0, 60, 0, 0, 0],
        "top": [0, 0, 0, 30, 100, 100],
        "width": [200, 50, 50, 80, 90, 40],
        "height": [20, 20, 20, 20, 20, 20],
        "conf": [-1.0, 90.0, 80.0, 70.0, 96.0, -1.0],
        "text": ["", "Arrest", "warrant", "issued", "Court", " "],
    }
    text, page_words, conf = ocr.build_text(data, 200, 200)
    assert text == "Arrest warrant\nissued\n\nCourt"
    assert [text[w.start : w.end] for w in page_words] == ["Arrest", "warrant", "issued", "Court"]
    assert conf == 84.0
    assert page_words[1].x0 == 0.3 and page_words[1].x1 == 0.55


def test_language_detection_and_document_majority() -> None:
    assert detect(FRENCH).language == "fr"
    spanish = "La orden de detención fue emitida por el juzgado de instrucción"
    assert detect(spanish).language == "es"
    assert detect("12/2024").language is None
    assert document_language([("fr", 100), ("en", 30), ("en", 40), (None, 500)]) == "fr"


def test_skew_angle_is_measured() -> None:
    import cv2

    page = np.asarray(render_pages(html_pdf(ENGLISH))[0])
    h, w = page.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), -3.0, 1.0)
    turned = cv2.warpAffine(page, matrix, (w, h), borderValue=255)
    assert abs(images.skew_angle(turned) - 3.0) <= 0.4
    assert images.skew_angle(page) == 0.0


# ---------------------------------------------------------------- limits, time-outs, scripts


ARABIC = (
    "أصدرت المحكمة الابتدائية في الرباط مذكرة توقيف بحق المتهم محمد العلوي بتهمة الاحتيال "
    "وغسل الأموال وفقا للمادة 540 من القانون الجنائي"
)


@pytest.mark.ocr
def test_arabic_scan_without_hints_is_read_with_the_arabic_models(blobs: BlobStore) -> None:
    from weasyprint import HTML

    html = f"<html dir='rtl'><style>{PAGE_CSS}</style><body><p>{ARABIC}</p></body></html>"
    img = render_pages(HTML(string=html).write_pdf())[0]
    packet = make_packet(blobs, [("ar.png", image_bytes(img, "PNG"), "image/png")])
    page = extract_packet(packet, blobs).documents[0].pages[0]
    assert (page.ocr_languages, page.language) == ("Arabic+ara", "ar")
    assert word_accuracy(ARABIC, page.text) >= 0.9


ARABIC_DIGITS = "صدر أمر القبض بتاريخ ٢٢/١١/٢٠٢٢ استناداً إلى المادتين ٢٨٩ و٢٩٨ من قانون العقوبات"


@pytest.mark.ocr
def test_arabic_indic_digits_on_a_scan_are_read(blobs: BlobStore) -> None:
    """Dates and article numbers printed in Arabic-Indic digits survive OCR: `ara` alone
    read ٢٢/١١/٢٠٢٢ as 77/1١/1١77; the script model reads it, and its Persian digit
    forms are folded back to the Arabic ones."""
    from weasyprint import HTML

    html = f"<html dir='rtl'><style>{PAGE_CSS}</style><body><p>{ARABIC_DIGITS}</p></body></html>"
    img = render_pages(HTML(string=html).write_pdf())[0]
    packet = make_packet(blobs, [("ar.png", image_bytes(img, "PNG"), "image/png")])
    page = extract_packet(packet, blobs).documents[0].pages[0]
    assert "٢٢/١١/٢٠٢٢" in page.text
    assert "٢٨٩" in page.text and "٢٩٨" in page.text
    assert not any("\u06f0" <= ch <= "\u06f9" for ch in page.text)


def test_ocr_timeout_is_recorded_as_transient(
    blobs: BlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pytesseract

    def too_slow(*args, **kwargs):
        raise RuntimeError("Tesseract process timeout")  # what pytesseract raises then

    monkeypatch.setattr(pytesseract, "run_and_get_output", too_slow)
    img = render_pages(html_pdf(ENGLISH_2), dpi=100)[0]
    packet = make_packet(blobs, [
        ("slow.png", image_bytes(img, "PNG"), "image/png"),
        ("fine.txt", b"Arrest warrant.", "text/plain"),
    ])
    slow, fine = extract_packet(packet, blobs).documents
    assert [(e.code, e.transient) for e in slow.errors] == [("ocr-timeout", True)]
    assert slow.errors[0].message.startswith("slow.png: page 1: Tesseract took longer than")
    assert [p.number for p in slow.pages] == [1] and slow.pages[0].text == ""
    assert fine.pages[0].text == "Arrest warrant."


def test_pixel_limit_downscales_or_refuses(
    blobs: BlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    img = render_pages(html_pdf(ENGLISH))[0]  # about 1339 x 709 pixels
    path = blobs.path(blobs.put_bytes(image_bytes(img, "PNG")))
    monkeypatch.setenv("TRIAGE_MAX_PAGE_PIXELS", "400000")
    settings.cache_clear()
    gray, steps, _ = images.load_frame(path, 0, "big.png")
    assert gray.size <= 400_000 and steps[0].startswith("downscale-0.")
    monkeypatch.setenv("TRIAGE_MAX_PAGE_PIXELS", "100000")
    settings.cache_clear()
    packet = make_packet(blobs, [("big.png", image_bytes(img, "PNG"), "image/png")])
    doc = extract_packet(packet, blobs).documents[0]
    assert [e.code for e in doc.errors] == ["page-too-large"]


def test_read_ahead_keeps_order_raises_and_stops_its_reader() -> None:
    """Text layers are read one step ahead by a side thread: the order holds, a reader's
    error reaches the caller, and a caller that stops early does not leave it running."""
    import threading

    from pipeline.extract.workers import read_ahead

    assert list(read_ahead(iter(range(100)), depth=3)) == list(range(100))

    def broken() -> Iterator[int]:
        yield 1
        raise ValueError("page 2 unreadable")

    seen: list[int] = []
    with pytest.raises(ValueError, match="page 2 unreadable"):
        for item in read_ahead(broken()):
            seen.append(item)
    assert seen == [1]

    produced: list[int] = []

    def endless() -> Iterator[int]:
        n = 0
        while True:
            produced.append(n)
            yield n
            n += 1

    for item in read_ahead(endless(), depth=2):
        if item == 5:
            break
    assert not any(t.name == "read-ahead" for t in threading.enumerate())
    assert len(produced) <= 5 + 1 + 2 + 1


def test_page_pool_runs_earlier_extractions_first() -> None:
    """Pages of the packet that started first are read first, whatever the arrival order,
    so concurrent packets finish one after the other."""
    import threading

    from pipeline.extract.workers import PriorityExecutor

    pool = PriorityExecutor(1, "test-pool")
    gate = threading.Event()
    done: list[str] = []
    first = pool.submit((0,), gate.wait)
    futures = [
        pool.submit((ticket,), done.append, name)
        for ticket, name in [(2, "b1"), (1, "a1"), (2, "b2"), (1, "a2"), (0, "early")]
    ]
    gate.set()
    for future in [first, *futures]:
        future.result(timeout=10)
    assert done == ["early", "a1", "a2", "b1", "b2"]
    pool.shutdown()
