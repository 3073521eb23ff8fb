"""PDF pages through pypdfium2: open with clear errors, read text layers, render for OCR.

PDFium is not thread-safe: every call here holds `workers.PDFIUM_LOCK`. Text extraction is
pypdfium2's bulk `get_text_range()` (pdfplumber is ~30x slower and not needed), except on
pages with Arabic, rebuilt in reading order from character positions (`rtl.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.errors import CorruptFile, EncryptedPDF
from pipeline.extract import rtl
from pipeline.extract.workers import PDFIUM_LOCK

ERR_PASSWORD = 4
ERR_SECURITY = 5
NEAR_EMPTY_CHARS = 40


@dataclass
class TextLayer:
    """What a PDF page's text layer holds."""

    number: int
    text: str
    has_images: bool
    width: float
    height: float


def open_pdf(path: Path, file_name: str) -> Any:
    """Open a PDF with pypdfium2; encrypted and unreadable files raise named errors."""
    import pypdfium2 as pdfium

    try:
        with PDFIUM_LOCK:
            return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (ERR_PASSWORD, ERR_SECURITY):
            raise EncryptedPDF(
                f"{file_name}: the PDF is encrypted (password-protected); "
                "ask the sender for an unprotected copy",
                file=file_name,
            ) from exc
        reason = str(exc).removeprefix("Failed to load document ").strip() or "unreadable"
        raise CorruptFile(
            f"{file_name}: the PDF is damaged or truncated and cannot be opened {reason}",
            file=file_name,
        ) from exc


def looks_truncated(path: Path) -> bool:
    """A complete PDF ends with an %%EOF marker (allowing trailing junk)."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        f.seek(max(0, size - 2048))
        return b"%%EOF" not in f.read()


def page_count(pdf: Any) -> int:
    with PDFIUM_LOCK:
        return len(pdf)


def _has_images(page: Any) -> bool:
    import pypdfium2.raw as pdfium_c

    objects = page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3)
    return next(iter(objects), None) is not None


def text_layers(pdf: Any, numbers: list[int]) -> Iterator[TextLayer]:
    """The text layer of each page (1-based numbers), with whether it carries images."""
    for number in numbers:
        with PDFIUM_LOCK:
            page = pdf[number - 1]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                    if rtl.has_arabic(text):
                        text, _index = rtl.reading_order(textpage)
                finally:
                    textpage.close()
                text = text.replace("\r\n", "\n").replace("\r", "\n")
                stripped = len(text) - text.count(" ") - text.count("\n")
                has_images = _has_images(page) if stripped < NEAR_EMPTY_CHARS else False
                width, height = page.get_size()
            finally:
                page.close()
        yield TextLayer(number, text, has_images, float(width), float(height))


@dataclass
class EmbeddedScan:
    """A page that is one full-page JPEG at OCR resolution: Tesseract can read it as it is."""

    data: bytes
    width: int
    height: int
    dpi: int


JPEG_FILTERS = (["DCTDecode"],)
GRAY_OR_RGB = (1, 2)  # FPDF colour spaces DeviceGray, DeviceRGB
FULL_PAGE = 0.95


def embedded_scan(pdf: Any, number: int, min_dpi: int) -> EmbeddedScan | None:
    """The page's scan as stored, when rendering would only re-encode the same pixels.

    True for the usual scanner output: a single upright JPEG covering the page at
    `min_dpi` or more, no other objects. Skipping the render saves about 0.2 s of CPU a
    page that two Tesseract processes would otherwise have to share.
    """
    import io

    with PDFIUM_LOCK:
        page = pdf[number - 1]
        try:
            if page.get_rotation() != 0:
                return None
            objects = list(page.get_objects(max_depth=1))
            if len(objects) != 1 or type(objects[0]).__name__ != "PdfImage":
                return None
            image = objects[0]
            if image.get_filters() not in JPEG_FILTERS:
                return None
            meta = image.get_metadata()
            a, b, c, d, _e, _f = image.get_matrix().get()
            width, height = page.get_size()
            if b or c or a <= 0 or d <= 0 or meta.colorspace not in GRAY_OR_RGB:
                return None
            if a * d < FULL_PAGE * width * height:
                return None
            dpi = round(min(meta.width / (a / 72.0), meta.height / (d / 72.0)))
            if dpi < min_dpi:
                return None
            buffer = io.BytesIO()
            image.extract(buffer)
            return EmbeddedScan(buffer.getvalue(), meta.width, meta.height, dpi)
        except Exception:  # any oddity: fall back to rendering
            return None
        finally:
            page.close()


def render_gray(
    pdf: Any, number: int, dpi: int, max_pixels: int
) -> tuple[np.ndarray, list[str], int]:
    """Render page `number` in greyscale at `dpi`, scaled down to stay under `max_pixels`;
    return the image, the steps applied and the effective resolution."""
    with PDFIUM_LOCK:
        page = pdf[number - 1]
        try:
            width, height = page.get_size()
            scale = dpi / 72.0
            steps: list[str] = []
            pixels = width * scale * height * scale
            if pixels > max_pixels:
                factor = (max_pixels / pixels) ** 0.5
                scale *= factor
                steps.append(f"downscale-{factor:.2f}")
            bitmap = page.render(scale=scale, grayscale=True)
            try:
                gray = np.array(bitmap.to_numpy(), dtype=np.uint8, copy=True)
            finally:
                bitmap.close()
        except Exception as exc:
            raise CorruptFile(f"page {number} cannot be rendered ({exc})") from exc
        finally:
            page.close()
    if gray.ndim == 3:
        gray = gray[:, :, 0]
    return gray, steps, max(1, round(scale * 72.0))
