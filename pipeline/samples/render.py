"""Page rendering for the sample packets: blocks → HTML → PDF → page images.

Every output is byte-for-byte reproducible: WeasyPrint output is passed
through pikepdf with fixed metadata and a content-derived /ID, and
image-only PDFs are assembled by hand from JPEG streams.
"""

from __future__ import annotations

import html
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

import pikepdf
import pypdfium2 as pdfium
from fontTools.ttLib import TTFont
from PIL import Image

FIXED_PDF_DATE = "D:20240601120000Z"
PRODUCER = "notice-triage sample generator"

CSS = """
@page { size: A4; margin: 18mm 20mm 16mm 20mm;
        @bottom-center { content: "Page " counter(page) " / " counter(pages);
                         font: 8pt 'DejaVu Sans'; color: #333; } }
body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; color: #000; }
html[lang=ar] body { font-family: 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif;
                     font-size: 12.5pt; line-height: 1.55; }
section.page { page-break-after: always; }
section.page:last-child { page-break-after: auto; }
.banner { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; border-bottom: 2px solid #000;
          padding-bottom: 3pt; margin-bottom: 8pt; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 15pt; margin: 6pt 0 6pt 0; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 11.5pt; margin: 10pt 0 4pt 0;
     border-bottom: 1px solid #555; }
p { margin: 0 0 5pt 0; text-align: justify; }
p.fields { text-align: left; }
table.kv { border-collapse: collapse; width: 100%; margin: 0 0 4pt 0; }
table.kv td { padding: 1.5pt 4pt; vertical-align: top; border: 0.5pt solid #999; }
table.kv td.k { width: 36%; font-weight: bold; }
html[lang=ar] h1, html[lang=ar] h2, html[lang=ar] .banner, html[lang=ar] .court {
     font-family: 'Noto Kufi Arabic', 'Noto Sans Arabic', sans-serif; }
.court { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; text-align: center;
         font-size: 11pt; margin-bottom: 6pt; }
.small { font-size: 8.5pt; color: #222; }
.sign { margin-top: 14pt; }
"""


@dataclass(frozen=True)
class Block:
    """One element of a page: heading, paragraph, key-value table, banner, etc."""

    kind: str  # "banner" | "court" | "h1" | "h2" | "p" | "kv" | "fields" | "small" | "sign"
    text: str = ""
    rows: tuple[tuple[str, str], ...] = ()


@dataclass
class Doc:
    """A document as a list of pages; each page is a list of blocks."""

    lang: str
    pages: list[list[Block]] = field(default_factory=list)
    title: str = ""

    def page_texts(self) -> list[str]:
        """The exact text of each page, as a reader would transcribe it (with the
        "Page n / N" footer that the page style adds)."""
        total = len(self.pages)
        return [f"{page_text(p)}\nPage {n} / {total}" for n, p in enumerate(self.pages, 1)]


def page_text(blocks: Sequence[Block]) -> str:
    lines: list[str] = []
    for b in blocks:
        if b.kind in ("kv", "fields"):
            lines.extend(f"{k} {v}" for k, v in b.rows)
        else:
            lines.extend(b.text.split("\n"))
    return "\n".join(lines)


def _block_html(b: Block) -> str:
    esc = html.escape
    if b.kind == "kv":
        rows = "".join(f'<tr><td class="k">{esc(k)}</td><td>{esc(v)}</td></tr>' for k, v in b.rows)
        return f'<table class="kv">{rows}</table>'
    if b.kind == "fields":  # label-value lines without a table: much faster to lay out
        lines = "<br>".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in b.rows)
        return f'<p class="fields">{lines}</p>'
    text = "<br>".join(esc(line) for line in b.text.split("\n"))
    if b.kind in ("h1", "h2", "p"):
        return f"<{b.kind}>{text}</{b.kind}>"
    return f'<div class="{b.kind}">{text}</div>'


def doc_html(doc: Doc) -> str:
    direction = "rtl" if doc.lang == "ar" else "ltr"
    body = "".join(
        '<section class="page">' + "".join(_block_html(b) for b in page) + "</section>"
        for page in doc.pages
    )
    return (
        f'<!DOCTYPE html><html dir="{direction}" lang="{doc.lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(doc.title)}</title><style>{CSS}</style></head>"
        f"<body>{body}</body></html>"
    )


def finalize_pdf(pdf: pikepdf.Pdf, title: str = "") -> bytes:
    """Fixed metadata and a content-derived /ID, so equal input gives equal bytes."""
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    info = pikepdf.Dictionary(
        Producer=pikepdf.String(PRODUCER),
        CreationDate=pikepdf.String(FIXED_PDF_DATE),
        ModDate=pikepdf.String(FIXED_PDF_DATE),
    )
    if title:
        info.Title = pikepdf.String(title)
    pdf.trailer.Info = pdf.make_indirect(info)
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True, compress_streams=True, linearize=False)
    return buf.getvalue()


def html_to_pdf(doc: Doc) -> bytes:
    """Render a document with WeasyPrint; one HTML section must make exactly one page."""
    import weasyprint  # imported lazily: it is slow to import

    raw = weasyprint.HTML(string=doc_html(doc)).write_pdf()
    pdf = pikepdf.open(io.BytesIO(raw))
    repair_unicode_maps(pdf)
    if len(pdf.pages) != len(doc.pages):
        raise ValueError(
            f"{doc.title!r}: {len(doc.pages)} page sections rendered as {len(pdf.pages)} pages"
        )
    return finalize_pdf(pdf, doc.title)


_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]*)>")


def repair_unicode_maps(pdf: pikepdf.Pdf) -> None:
    """Give each glyph the font encodes its own character in the text layer.

    WeasyPrint maps every glyph to text once, from the first cluster it is drawn in, and
    a cluster of several glyphs gives all its text to one of them and "" to the others. A
    letter with hamza and a vowel mark ("أُ") is one such cluster in right-to-left text,
    its text going to the mark: every damma of the document then reads "أُ" and the
    letter itself reads as nothing. A glyph the embedded font's cmap lists for a
    character is that character, so a glyph mapped to "" or to a longer text holding
    its character is mapped to that character alone. Ligatures (ﬁ, لله: glyphs for no
    character or whose character stands for the whole text) are left as they are.
    """
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        for _, font in page.Resources.get("/Font", {}).items():
            if font.objgen in seen or "/ToUnicode" not in font:
                continue
            seen.add(font.objgen)
            chars = _encoded_chars(font)
            if not chars:
                continue
            data = font.ToUnicode.read_bytes()

            def fix(m: re.Match[bytes], chars: dict[int, list[str]] = chars) -> bytes:
                text = bytes.fromhex(m.group(2).decode()).decode("utf-16-be")
                own = _own_char(text, chars.get(int(m.group(1), 16), []))
                if own is None:
                    return m.group(0)
                return b"<%s> <%s>" % (m.group(1), own.encode("utf-16-be").hex().encode())

            fixed = _BFCHAR.sub(fix, data)
            if fixed != data:
                font.ToUnicode.write(fixed)


def _encoded_chars(font: pikepdf.Object) -> dict[int, list[str]]:
    """Glyph id → the characters the embedded TrueType font's cmap draws with it (CIDs
    are glyph ids: WeasyPrint writes Identity CID-to-GID maps)."""
    glyphs: dict[int, list[str]] = {}
    for desc_font in font.get("/DescendantFonts", []):
        stream = desc_font.get("/FontDescriptor", {}).get("/FontFile2")
        if stream is None or desc_font.get("/CIDToGIDMap") != pikepdf.Name.Identity:
            continue
        tt = TTFont(io.BytesIO(stream.read_bytes()), recalcTimestamp=False, lazy=True)
        if "cmap" not in tt:
            continue
        for code, name in sorted(tt.getBestCmap().items()):
            glyphs.setdefault(tt.getGlyphID(name), []).append(chr(code))
    return glyphs


def _own_char(text: str, chars: list[str]) -> str | None:
    """The glyph's own character when its mapped `text` is a cluster's or empty, else
    None (the mapping stands). Presentation forms count as the letter they stand for."""
    forms = [unicodedata.normalize("NFKC", c) for c in chars]
    if not forms or text in forms:
        return None
    if not text:
        return next((f for f in forms if len(f) == 1), None)
    return next((f for f in forms if len(f) == 1 and f in text), None)


def strip_unicode_maps(pdf_bytes: bytes) -> bytes:
    """Remove every font's /ToUnicode and its embedded cmap: the page still renders
    (glyphs are addressed by id) but text extraction yields (cid:N) or garbage."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        fonts = page.Resources.get("/Font", {})
        for _, font in fonts.items():
            if font.objgen in seen:
                continue
            seen.add(font.objgen)
            if "/ToUnicode" in font:
                del font["/ToUnicode"]
            for desc_font in font.get("/DescendantFonts", []):
                stream = desc_font.FontDescriptor.get("/FontFile2")
                if stream is None:
                    continue
                tt = TTFont(io.BytesIO(stream.read_bytes()), recalcTimestamp=False)
                if "cmap" in tt:
                    del tt["cmap"]
                tt["post"].formatType = 3.0
                out = io.BytesIO()
                tt.save(out)
                data = out.getvalue()
                stream.write(data)
                stream.Length1 = len(data)
    return finalize_pdf(pdf, str(pdf.docinfo.get("/Title", "")))


def rasterize(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    """Greyscale page images at `dpi`."""
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        images = []
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            images.append(bitmap.to_pil().convert("L"))
            page.close()
        return images
    finally:
        doc.close()


def jpeg_bytes(img: Image.Image, quality: int, **kwargs: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=True, **kwargs)
    return buf.getvalue()


def images_to_pdf(images: Sequence[Image.Image], dpi: int, quality: int = 75) -> bytes:
    """An image-only PDF: one JPEG (DCTDecode) per page, page size from `dpi`."""
    pdf = pikepdf.Pdf.new()
    for img in images:
        gray = img.mode == "L"
        data = jpeg_bytes(img.convert("L" if gray else "RGB"), quality)
        w, h = img.size
        image = pikepdf.Stream(pdf, data)
        image.Type = pikepdf.Name.XObject
        image.Subtype = pikepdf.Name.Image
        image.Width, image.Height = w, h
        image.ColorSpace = pikepdf.Name.DeviceGray if gray else pikepdf.Name.DeviceRGB
        image.BitsPerComponent = 8
        image.Filter = pikepdf.Name.DCTDecode
        pw, ph = w * 72 / dpi, h * 72 / dpi
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, round(pw, 2), round(ph, 2)],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)),
            Contents=pikepdf.Stream(pdf, content),
        )
        pdf.pages.append(pikepdf.Page(page))
    return finalize_pdf(pdf)


def merge_pdfs(parts: Sequence[bytes], title: str = "") -> bytes:
    """Concatenate PDFs page by page (for bundles mixing text and scanned pages)."""
    out = pikepdf.Pdf.new()
    sources = [pikepdf.open(io.BytesIO(p)) for p in parts]
    for src in sources:
        out.pages.extend(src.pages)
    return finalize_pdf(out, title)
