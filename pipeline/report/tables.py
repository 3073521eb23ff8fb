"""Terminal tables (Rich) summarising packets and batches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from rich.table import Table

from pipeline.records import Document, Packet


def _methods(doc: Document) -> str:
    counts = Counter(p.method for p in doc.pages)
    return ", ".join(f"{n} {m}" for m, n in sorted(counts.items())) or "-"


def _ocr_confidence(doc: Document) -> str:
    confs = [p.ocr_confidence for p in doc.pages if p.ocr_confidence is not None]
    if not confs:
        return "-"
    low = sum(p.low_confidence for p in doc.pages)
    mean = sum(confs) / len(confs)
    return f"{mean:.0f}" + (f" ({low} low)" if low else "")


def packet_table(packet: Packet) -> Table:
    """Documents of one packet: type, pages, method per page, language, OCR confidence, errors."""
    from pipeline.chain import packet_status

    title = f"{packet.name}  [{packet_status(packet)}]  {packet.id[:8]}"
    table = Table(title=title, title_justify="left")
    for col in ("document", "type", "pages", "method", "lang", "OCR conf", "errors"):
        table.add_column(col)
    for doc in packet.documents:
        table.add_row(
            doc.file_name,
            doc.doc_type or doc.declared_type or doc.media_type,
            str(len(doc.pages)),
            _methods(doc),
            doc.language or "-",
            _ocr_confidence(doc),
            "; ".join(f"{e.code}: {e.message}" for e in doc.errors) or "",
        )
    for err in packet.errors:
        table.add_row(err.file, "-", "-", "-", "-", "-", f"{err.code}: {err.message}")
    return table


def batch_table(rows: Iterable[Mapping[str, Any]]) -> Table:
    """One row per packet of a batch run."""
    table = Table(title="batch", title_justify="left")
    columns = ("packet", "status", "documents", "pages", "ocr_pages", "seconds", "error")
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*(str(row.get(c, "")) for c in columns))
    return table
