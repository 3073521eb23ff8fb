"""DOCX files: paragraph and table text in body order, pages split at explicit page breaks."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import CorruptFile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class _Pages:
    """Accumulates text into pages; `break_page` starts a new one."""

    def __init__(self) -> None:
        self.pages: list[list[str]] = [[]]

    def line(self, text: str) -> None:
        self.pages[-1].append(text)

    def break_page(self) -> None:
        self.pages.append([])

    def texts(self) -> list[str]:
        return ["\n".join(lines).strip("\n") for lines in self.pages]


def _paragraph(p: object, out: _Pages) -> None:
    """Text of one <w:p>, honouring tabs, line breaks and page breaks inside it."""
    buf: list[str] = []
    ppr = p.find(f"{W}pPr")  # type: ignore[attr-defined]
    if ppr is not None:
        flag = ppr.find(f"{W}pageBreakBefore")
        if flag is not None and flag.get(f"{W}val", "true") not in ("0", "false"):
            out.break_page()
    for el in p.iter():  # type: ignore[attr-defined]
        tag = el.tag
        if tag == f"{W}t":
            buf.append(el.text or "")
        elif tag == f"{W}tab":
            buf.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            if el.get(f"{W}type") == "page":
                out.line("".join(buf))
                buf = []
                out.break_page()
            else:
                buf.append("\n")
    out.line("".join(buf))


def _table(tbl: object, out: _Pages) -> None:
    """A table as one line per row, cells separated by tabs."""
    for row in tbl.iter(f"{W}tr"):  # type: ignore[attr-defined]
        cells = []
        for cell in row.iter(f"{W}tc"):
            texts = [
                "".join(t.text or "" for t in para.iter(f"{W}t")) for para in cell.iter(f"{W}p")
            ]
            cells.append(" ".join(t for t in texts if t))
        out.line("\t".join(cells))


def docx_pages(path: Path, file_name: str) -> list[str]:
    """Pages of a DOCX file (one unless the author put explicit page breaks)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise CorruptFile(
            f"{file_name}: the DOCX file cannot be opened ({exc})", file=file_name
        ) from exc
    except Exception as exc:  # zipfile.BadZipFile, lxml errors
        raise CorruptFile(f"{file_name}: the DOCX file is damaged ({exc})", file=file_name) from exc
    out = _Pages()
    for child in document.element.body.iterchildren():
        if child.tag == f"{W}p":
            _paragraph(child, out)
        elif child.tag == f"{W}tbl":
            _table(child, out)
    return out.texts()
