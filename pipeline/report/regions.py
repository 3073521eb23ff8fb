"""Page-region images: the part of the original page a quote comes from, the quote highlighted.

Text-layer PDF pages are located through PDFium's char boxes; OCR pages through the word
boxes Tesseract gave (fractions of the image it read). The page is rendered (or the image
re-read) the way extraction saw it, cut to a full-width strip around the quote, scaled down
and highlighted once per line. Anything that cannot be located gives None, never an error.

Rendered text is saved as PNG (sharp edges, few colours); scans and photos as JPEG, which
their noise makes PNG three to five times larger and, with `optimize`, about a hundred
times slower to write (0.14 s against 1 ms a strip, measured on the samples' scans).
"""

from __future__ import annotations

import base64
import functools
import io
import logging
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.records import Document, Evidence, Packet, Page
from pipeline.store.blobs import BlobStore, default_blobs

log = logging.getLogger(__name__)

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels, origin top-left

PDF_TYPES = {"application/pdf", "application/x-pdf"}
IMAGE_TYPES = {"image/png", "image/jpeg", "image/jpg", "image/pjpeg", "image/tiff", "image/tif"}
# photo steps that move pixels: word boxes are fractions of the image *after* them
GEOMETRY_STEPS = ("crop-page", "deskew-")
FILL = (255, 221, 0, 96)
OUTLINE = (110, 80, 0, 255)
JPEG_QUALITY = 85
MEDIA_TYPES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def quote_region(
    packet: Packet,
    evidence: Evidence,
    *,
    blobs: BlobStore | None = None,
    dpi: int = 110,
    margin: float = 0.04,
    max_width: int = 900,
) -> bytes | None:
    """An image of the page region around the quote (PNG for text-layer pages, JPEG for
    scans and photos), the quote's box highlighted (translucent yellow fill + a dark
    outline), or None when no image can be made (plain-text or e-mail
    body documents, missing original, a box that cannot be located). Never raises for bad
    input."""
    try:
        return _quote_region(packet, evidence, blobs, dpi, margin, max_width)
    except Exception as exc:  # a damaged file or an odd page: no picture, no failure
        log.debug("no region image for %s: %s", evidence, exc)
        return None


def quote_region_data_uri(
    packet: Packet,
    evidence: Evidence,
    *,
    blobs: BlobStore | None = None,
    dpi: int = 110,
    margin: float = 0.04,
    max_width: int = 900,
) -> str | None:
    """`quote_region` as a `data:image/...;base64,...` URI (for HTML reports), or None."""
    data = quote_region(packet, evidence, blobs=blobs, dpi=dpi, margin=margin, max_width=max_width)
    if data is None:
        return None
    kind = next(t for magic, t in MEDIA_TYPES.items() if data.startswith(magic))
    return f"data:{kind};base64," + base64.b64encode(data).decode()


def _quote_region(
    packet: Packet,
    evidence: Evidence,
    blobs: BlobStore | None,
    dpi: int,
    margin: float,
    max_width: int,
) -> bytes | None:
    doc = next((d for d in packet.documents if d.id == evidence.document_id), None)
    if doc is None or evidence.end <= evidence.start:
        return None
    page = next((p for p in doc.pages if p.number == evidence.page), None)
    if page is None:
        return None
    path = (blobs or default_blobs()).path(doc.sha256)
    if not path.is_file():
        return None
    kind = doc.media_type.split(";")[0].strip().lower()
    found: tuple[Any, list[Box]] | None = None
    if kind in PDF_TYPES and page.method == "text-layer":
        found = _text_layer(path, page, evidence, dpi)
    elif page.method == "ocr" and page.words and kind in PDF_TYPES | IMAGE_TYPES:
        image = _pdf_ocr_image(path, page, dpi) if kind in PDF_TYPES else _photo(path, doc, page)
        boxes = _word_boxes(page, evidence, image.width, image.height) if image else []
        found = (image, boxes) if image else None
    if not found or not found[1]:
        return None  # .txt, .docx, e-mail bodies, or nothing located
    image_format = "PNG" if page.method == "text-layer" else "JPEG"
    return _draw(*found, margin=margin, max_width=max_width, image_format=image_format)


# --- text-layer PDF pages -------------------------------------------------------------


def _normalized(raw: str) -> tuple[str, list[int]]:
    """`raw` with CRLF/CR turned into LF as extraction stored it, and for each kept char
    its index in `raw`."""
    chars: list[str] = []
    index: list[int] = []
    i = 0
    while i < len(raw):
        if raw[i] == "\r":
            chars.append("\n")
            index.append(i + 1 if raw[i + 1 : i + 2] == "\n" else i)
            i += 2 if raw[i + 1 : i + 2] == "\n" else 1
            continue
        chars.append(raw[i])
        index.append(i)
        i += 1
    return "".join(chars), index


def _locate(text: str, page_text: str, evidence: Evidence) -> tuple[int, int] | None:
    """The quote's [start, end) in `text`: the evidence offsets when the page text is the
    same, else the occurrence of the quote nearest to them."""
    if text == page_text:
        return evidence.start, min(evidence.end, len(text))
    quote = evidence.quote or page_text[evidence.start : evidence.end]
    if not quote.strip():
        return None
    hits: list[int] = []
    at = text.find(quote)
    while at >= 0:
        hits.append(at)
        at = text.find(quote, at + 1)
    if not hits:
        return None
    start = min(hits, key=lambda h: abs(h - evidence.start))
    return start, start + len(quote)


def _text_layer(path: Path, page: Page, evidence: Evidence, dpi: int) -> tuple[Any, list[Box]]:
    """The rendered page and the pixel box of every non-blank char of the quote."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from pipeline.extract import rtl
    from pipeline.extract.workers import PDFIUM_LOCK

    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(path))
        try:
            handle = pdf[page.number - 1]
            textpage = handle.get_textpage()
            raw = textpage.get_text_range()
            if rtl.has_arabic(raw):  # extraction rebuilt it in reading order: char indices
                text, chars = rtl.reading_order(textpage)
                char_at = chars.__getitem__
            else:
                text, index = _normalized(raw)

                def char_at(k: int) -> int:
                    return int(pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage, index[k]))

            span = _locate(text, page.text, evidence)
            bitmap = handle.render(scale=dpi / 72.0)
            conv = bitmap.get_posconv(handle)
            boxes: list[Box] = []
            for k in range(*span) if span else ():
                if text[k].isspace():
                    continue
                c = char_at(k)
                if c < 0:
                    continue
                left, bottom, right, top = textpage.get_charbox(c)
                xa, ya = conv.to_bitmap(left, top)
                xb, yb = conv.to_bitmap(right, bottom)
                boxes.append((min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)))
            image = bitmap.to_pil().convert("RGB")
        finally:
            pdf.close()
    return image, boxes


# --- OCR pages --------------------------------------------------------------------------


def _turn(gray: np.ndarray, degrees_cw: int) -> np.ndarray:
    return np.rot90(gray, k=-(degrees_cw // 90) % 4)


def _pdf_ocr_image(path: Path, page: Page, dpi: int) -> Any:
    """The page rendered and turned as OCR read it. Word boxes are fractions of the
    rendered page (or of its embedded full-page scan, which covers the page), so any
    resolution maps back."""
    return _rendered(str(path), page.number, dpi, page.rotation % 360)


@functools.lru_cache(maxsize=8)
def _rendered(path: str, number: int, dpi: int, rotation: int) -> Any:
    """One render per page for all its quotes (originals are content-addressed, so the
    path's bytes never change); eight pages of 110 dpi RGB are under 30 MB."""
    import pypdfium2 as pdfium
    from PIL import Image

    from pipeline.extract.workers import PDFIUM_LOCK

    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(path)
        try:
            image = pdf[number - 1].render(scale=dpi / 72.0).to_pil().convert("RGB")
        finally:
            pdf.close()
    if rotation:
        image = Image.fromarray(_turn(np.asarray(image), rotation))
    return image


def _photo(path: Path, doc: Document, page: Page) -> Any:
    """The image (frame = page number) as OCR read it: EXIF-turned, and cropped/deskewed by
    re-running the same deterministic steps. When those steps no longer come out as
    recorded, the word boxes cannot be trusted: None (no picture rather than a misplaced
    highlight)."""
    from PIL import Image

    from pipeline.extract import images

    gray, steps, exif_turn = images.load_frame(path, page.number - 1, doc.file_name)
    if any(s.startswith(GEOMETRY_STEPS) for s in page.preprocessing):
        gray, more = images.prepare_photo(gray)
        steps += more
        if steps != page.preprocessing:
            return None
    elif steps != page.preprocessing[: len(steps)]:
        return None
    gray = _turn(gray, (page.rotation - exif_turn) % 360)  # OSD's turn comes on top of EXIF's
    return Image.fromarray(np.ascontiguousarray(gray)).convert("RGB")


def _word_boxes(page: Page, evidence: Evidence, width: int, height: int) -> list[Box]:
    """Pixel boxes of the words overlapping the quote's [start, end)."""
    return [
        (w.x0 * width, w.y0 * height, w.x1 * width, w.y1 * height)
        for w in page.words
        if w.start < evidence.end and w.end > evidence.start
    ]


# --- drawing ----------------------------------------------------------------------------


def _lines(boxes: list[Box]) -> list[Box]:
    """Boxes merged into one per line (consecutive boxes that share most of their height)."""
    lines: list[Box] = []
    for x0, y0, x1, y1 in boxes:
        if lines:
            a0, b0, a1, b1 = lines[-1]
            overlap = min(y1, b1) - max(y0, b0)
            if overlap > 0.5 * min(y1 - y0, b1 - b0):
                lines[-1] = (min(a0, x0), min(b0, y0), max(a1, x1), max(b1, y1))
                continue
        lines.append((x0, y0, x1, y1))
    return lines


def _draw(
    image: Any, boxes: list[Box], *, margin: float, max_width: int, image_format: str
) -> bytes:
    """A full-width strip around the boxes, scaled to `max_width`, one highlight per line."""
    from PIL import Image, ImageDraw

    width, height = image.size
    lines = _lines(boxes)
    pad = 3.0
    top = max(0, int(min(b[1] for b in lines) - pad - margin * height))
    bottom = min(height, int(max(b[3] for b in lines) + pad + margin * height) + 1)
    strip = image.crop((0, top, width, bottom))
    scale = min(1.0, max_width / width)
    if scale < 1.0:
        size = (max(1, round(width * scale)), max(1, round((bottom - top) * scale)))
        strip = strip.resize(size, Image.Resampling.LANCZOS)
    overlay = Image.new("RGBA", strip.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for x0, y0, x1, y1 in lines:
        rect = [
            (x0 - pad) * scale,
            (y0 - pad - top) * scale,
            (x1 + pad) * scale,
            (y1 + pad - top) * scale,
        ]
        draw.rectangle(rect, fill=FILL, outline=OUTLINE, width=2)
    out = Image.alpha_composite(strip.convert("RGBA"), overlay).convert("RGB")
    buffer = io.BytesIO()
    if image_format == "JPEG":
        out.save(buffer, format="JPEG", quality=JPEG_QUALITY)
    else:
        out.save(buffer, format="PNG")
    return buffer.getvalue()
