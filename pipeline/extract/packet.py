"""The extract stage: fill every document of a packet with its pages of text.

Text layers, plain text and DOCX are read in the calling thread; pages that need OCR (image
files, scanned or garbage-text PDF pages) become jobs on the shared page pool, which renders
and OCRs them in parallel under the process-wide Tesseract budget. A failure in one
document (or page) is recorded on that document and never stops the others; only an
environment problem (Tesseract missing) stops the stage.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.config import SUPPORTED_LANGUAGES, settings
from pipeline.errors import (
    CorruptFile,
    EmptyFile,
    EnvironmentProblem,
    TriageError,
    UnsupportedType,
)
from pipeline.extract import images, pdf, textlayer
from pipeline.extract.language import detect, document_language
from pipeline.extract.ocr import OcrResult, ocr_encoded, ocr_image
from pipeline.extract.textfiles import text_pages
from pipeline.extract.wordfiles import docx_pages
from pipeline.extract.workers import executor, read_ahead, ticket
from pipeline.records import Document, ErrorRecord, Packet, Page
from pipeline.store.blobs import BlobStore

PDF_TYPES = {"application/pdf", "application/x-pdf"}
IMAGE_TYPES = {"image/png", "image/jpeg", "image/jpg", "image/pjpeg", "image/tiff", "image/tif"}
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

OnPage = Callable[[], None] | None


@dataclass
class _DocWork:
    """Pages and errors gathered for one document while its jobs run."""

    doc: Document
    pages: dict[int, Page] = field(default_factory=dict)
    errors: list[ErrorRecord] = field(default_factory=list)
    handles: list[Any] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.doc.file_name

    def fail(self, exc: TriageError, number: int | None = None) -> None:
        message = exc.message
        if number is not None and not message.startswith(self.name):
            message = f"{self.name}: page {number}: {message}"
        elif not message.startswith(self.name):
            message = f"{self.name}: {message}"
        self.errors.append(
            ErrorRecord(file=self.name, code=exc.code, message=message, transient=exc.transient)
        )


def _media_type(doc: Document) -> str:
    return doc.media_type.split(";")[0].strip().lower()


def _numbers(doc: Document, count: int) -> list[int]:
    """The physical pages (1-based) this document covers."""
    first, last = doc.page_range or (1, count)
    return list(range(max(1, first), min(count, last) + 1))


def _text_page(number: int, text: str, started: float, **extra: Any) -> Page:
    detection = detect(text)
    return Page(
        number=number,
        text=text,
        method="text-layer",
        language=detection.language,
        language_confidence=round(detection.confidence, 4) if detection.language else None,
        seconds=round(time.perf_counter() - started, 4),
        **extra,
    )


def _ocr_page(
    number: int, result: OcrResult, reasons: list[str], width: float, height: float
) -> Page:
    if result.rotation in (90, 270):
        width, height = height, width
    return Page(
        number=number,
        text=result.text,
        method="ocr",
        ocr_confidence=result.confidence,
        low_confidence=result.low_confidence,
        language=result.detection.language,
        language_confidence=(
            round(result.detection.confidence, 4) if result.detection.language else None
        ),
        width=width,
        height=height,
        rotation=result.rotation,
        words=result.words,
        ocr_reasons=reasons,
        preprocessing=result.preprocessing,
        ocr_languages=result.languages,
        seconds=result.seconds,
    )


def _ocr_pdf_page(handle: Any, layer: pdf.TextLayer, reasons: list[str], hints: list[str]) -> Page:
    started = time.perf_counter()
    s = settings()
    scan = pdf.embedded_scan(handle, layer.number, min_dpi=s.dpi - 10)
    if scan is not None and scan.width * scan.height <= s.max_page_pixels:
        result = ocr_encoded(
            scan.data, ".jpg", (scan.width, scan.height), hints=hints, dpi=scan.dpi,
            preprocessing=[f"embedded-scan-{scan.dpi}dpi"],
        )
    else:
        gray, steps, dpi = pdf.render_gray(handle, layer.number, s.dpi, s.max_page_pixels)
        result = ocr_image(gray, hints=hints, dpi=dpi, preprocessing=steps)
    result.seconds = round(time.perf_counter() - started, 3)
    return _ocr_page(layer.number, result, reasons, layer.width, layer.height)


def _ocr_image_frame(path: Path, index: int, name: str, hints: list[str]) -> Page:
    started = time.perf_counter()
    gray, steps, rotation = images.load_frame(path, index, name)
    gray, more = images.prepare_photo(gray)
    result = ocr_image(gray, hints=hints, preprocessing=steps + more, rotation=rotation)
    result.seconds = round(time.perf_counter() - started, 3)
    h, w = gray.shape
    return _ocr_page(index + 1, result, ["image-file"], float(w), float(h))


class _Run:
    """One extraction: submits page jobs, collects pages, reports progress."""

    def __init__(self, hints: list[str], on_page: OnPage) -> None:
        self.hints = hints
        self.on_page = on_page
        self.ticket = ticket()
        self.pending: dict[Future[Page], tuple[_DocWork, int]] = {}

    def done(self, work: _DocWork, page: Page) -> None:
        work.pages[page.number] = page
        if self.on_page:
            self.on_page()

    def submit(self, work: _DocWork, number: int, fn: Callable[..., Page], *args: Any) -> None:
        self.pending[executor().submit((self.ticket,), fn, *args)] = (work, number)

    def plan(self, work: _DocWork, blobs: BlobStore) -> None:
        """Read what can be read directly; queue the OCR jobs."""
        doc, name = work.doc, work.name
        path = blobs.path(doc.sha256)
        if not path.is_file():
            raise CorruptFile(f"{name}: the stored original file is missing", file=name)
        if path.stat().st_size == 0:
            raise EmptyFile(f"{name}: the file is empty", file=name)
        kind = _media_type(doc)
        if kind in PDF_TYPES:
            self._plan_pdf(work, path)
        elif kind in IMAGE_TYPES:
            count = images.frame_count(path, name)
            for number in _numbers(doc, count):
                self.submit(work, number, _ocr_image_frame, path, number - 1, name, self.hints)
        elif kind == DOCX_TYPE:
            started = time.perf_counter()
            for i, text in enumerate(docx_pages(path, name), start=1):
                self.done(work, _text_page(i, text, started))
        elif kind.startswith("text/"):
            started = time.perf_counter()
            for i, text in enumerate(text_pages(path.read_bytes(), name), start=1):
                self.done(work, _text_page(i, text, started))
        else:
            raise UnsupportedType(
                f"{name}: cannot extract text from files of type {doc.media_type}", file=name
            )

    def _plan_pdf(self, work: _DocWork, path: Path) -> None:
        name = work.name
        handle = pdf.open_pdf(path, name)
        work.handles.append(handle)
        count = pdf.page_count(handle)
        if pdf.looks_truncated(path):
            work.fail(
                CorruptFile(
                    f"{name}: the PDF looks truncated (no end-of-file marker); "
                    f"the {count} page(s) that could be read were extracted",
                    file=name,
                )
            )
        started = time.perf_counter()
        for layer in read_ahead(pdf.text_layers(handle, _numbers(work.doc, count))):
            detection = detect(layer.text)
            reasons = textlayer.garbage_reasons(
                layer.text, has_images=layer.has_images, detection=detection
            )
            if reasons:
                self.submit(work, layer.number, _ocr_pdf_page, handle, layer, reasons, self.hints)
            else:
                page = Page(
                    number=layer.number,
                    text=layer.text,
                    method="text-layer",
                    language=detection.language,
                    language_confidence=(
                        round(detection.confidence, 4) if detection.language else None
                    ),
                    width=layer.width,
                    height=layer.height,
                    seconds=round(time.perf_counter() - started, 4),
                )
                self.done(work, page)
            started = time.perf_counter()

    def collect(self) -> None:
        """Wait for every page job; record page failures on their documents."""
        try:
            while self.pending:
                finished, _ = wait(list(self.pending), return_when=FIRST_COMPLETED)
                for future in finished:
                    work, number = self.pending.pop(future)
                    try:
                        page = future.result()
                    except EnvironmentProblem:
                        raise
                    except TriageError as exc:
                        work.fail(exc, number)
                        page = Page(number=number, text="", method="ocr", low_confidence=True)
                    except Exception as exc:  # a bug or library failure on one page
                        work.fail(
                            CorruptFile(f"extraction failed ({type(exc).__name__}: {exc})"), number
                        )
                        page = Page(number=number, text="", method="ocr", low_confidence=True)
                    self.done(work, page)
        finally:
            for future in self.pending:
                future.cancel()
            wait(list(self.pending))


def extract_packet(
    packet: Packet,
    blobs: BlobStore,
    *,
    on_page: OnPage = None,
    on_planned: Callable[[], None] | None = None,
) -> Packet:
    """A copy of `packet` whose documents carry their pages (text layer or OCR) and language.

    Document failures (encrypted, corrupt, unsupported, OCR time-out) are recorded on the
    document; `EnvironmentProblem` (Tesseract missing) is raised. `on_page` is called in
    the calling thread once per finished page; `on_planned` once every OCR job is queued."""
    started = time.perf_counter()
    declared = packet.manifest.languages if packet.manifest else []
    hints = [lang for lang in declared if lang in SUPPORTED_LANGUAGES]
    run = _Run(hints, on_page)
    works = [_DocWork(doc) for doc in packet.documents]
    try:
        for work in works:
            try:
                run.plan(work, blobs)
            except EnvironmentProblem:
                raise
            except TriageError as exc:
                work.fail(exc)
            except Exception as exc:
                work.fail(CorruptFile(f"extraction failed ({type(exc).__name__}: {exc})"))
        if on_planned:
            on_planned()
        run.collect()
    finally:
        for future in run.pending:
            future.cancel()
        wait(list(run.pending))
        for work in works:
            for handle in work.handles:
                with pdf.PDFIUM_LOCK:
                    handle.close()
    documents = []
    for work in works:
        pages = [work.pages[n] for n in sorted(work.pages)]
        language = document_language((p.language, len(p.text)) for p in pages)
        documents.append(
            work.doc.model_copy(
                update={
                    "pages": pages,
                    "language": language or work.doc.language,
                    "errors": [*work.doc.errors, *work.errors],
                }
            )
        )
    return packet.model_copy(
        update={"documents": documents, "seconds": packet.seconds + time.perf_counter() - started}
    )
