"""Turn an evaluation text into the file the pipeline reads: a text PDF or a degraded scan.

Reuses the sample renderer (`pipeline.samples.render`: same CSS and fonts, Arabic
laid out right to left) and the scan degradation (`pipeline.samples.degrade.scan`).
Unlike the samples, a document may flow over several pages. Outputs are cached
under `TRIAGE_HOME/eval-cache/`, keyed by a hash of the text, language and render,
so re-runs skip WeasyPrint and (through the OCR cache) Tesseract.
"""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from pipeline.samples.render import Doc

Render = Literal["text", "scan"]

# Bump when the rendering changes, so cached files are rebuilt.
RENDER_VERSION = "2"  # 2: text layers with repaired glyph-to-text maps
SCAN_DPI = 200  # as the sample scans (pipeline.samples.generate.SCAN_DPI)
SCAN_QUALITY = 75


def text_doc(text: str, lang: str, title: str = "") -> Doc:
    """The text as a sample `Doc`: one paragraph per blank-line-separated block,
    line breaks kept as on the page."""
    from pipeline.samples.render import Block, Doc

    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", text.strip("\n"))]
    blocks = [Block("p", p) for p in paragraphs if p.strip()]
    return Doc(lang, [blocks], title=title)


def text_pdf(text: str, lang: str, title: str = "") -> bytes:
    """A PDF with a text layer (WeasyPrint), as many pages as the text needs."""
    import pikepdf
    import weasyprint

    from pipeline.samples.render import doc_html, finalize_pdf, repair_unicode_maps

    raw = weasyprint.HTML(string=doc_html(text_doc(text, lang, title))).write_pdf()
    pdf = pikepdf.open(io.BytesIO(raw))
    repair_unicode_maps(pdf)  # WeasyPrint's glyph-to-text maps, see there
    return finalize_pdf(pdf, title)


def scan_pdf(text: str, lang: str, seed: int, title: str = "") -> bytes:
    """An image-only PDF: the text PDF rasterised and degraded like a copier scan."""
    import numpy as np

    from pipeline.samples.degrade import scan
    from pipeline.samples.render import images_to_pdf, rasterize

    rng = np.random.default_rng(seed)
    pages = rasterize(text_pdf(text, lang, title), SCAN_DPI)
    images = [scan(page, rng, dpi=SCAN_DPI) for page in pages]
    return images_to_pdf(images, SCAN_DPI, quality=SCAN_QUALITY)


def cache_key(text: str, lang: str, render: Render) -> str:
    """Hash of everything the rendered bytes depend on."""
    payload = f"{RENDER_VERSION}\n{lang}\n{render}\n{text}".encode()
    return hashlib.sha256(payload).hexdigest()[:20]


def default_cache_dir() -> Path:
    from pipeline.config import settings

    return settings().home / "eval-cache"


def rendered_pdf(
    doc_id: str, text: str, lang: str, render: Render, cache_dir: Path | None = None
) -> Path:
    """The PDF for one evaluation document, built once and then read from the cache."""
    key = cache_key(text, lang, render)
    folder = (cache_dir or default_cache_dir()) / key
    path = folder / f"{doc_id}.pdf"
    if path.exists():
        return path
    if render == "scan":
        seed = int.from_bytes(hashlib.sha256(doc_id.encode()).digest()[:4], "big")
        data = scan_pdf(text, lang, seed, title=doc_id)
    else:
        data = text_pdf(text, lang, title=doc_id)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path
