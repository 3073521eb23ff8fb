"""Terminal tables (Rich) summarising packets and batches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from rich.table import Table

from pipeline.records import Assessment, Document, Packet


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
        name = doc.file_name
        if doc.page_range and doc.page_range != (1, len(doc.pages)):
            name += f" pp. {doc.page_range[0]}-{doc.page_range[1]}"
        kind = doc.doc_type or doc.declared_type or doc.media_type
        if doc.doc_type_confidence is not None and doc.doc_type_confidence < 1:
            kind += f" ({doc.doc_type_confidence:.2f})"
        table.add_row(
            name,
            kind,
            str(len(doc.pages)),
            _methods(doc),
            doc.language or "-",
            _ocr_confidence(doc),
            "; ".join(f"{e.code}: {e.message}" for e in doc.errors) or "",
        )
    for err in packet.errors:
        table.add_row(err.file, "-", "-", "-", "-", "-", f"{err.code}: {err.message}")
    return table


def _penalty(months: int | None, kind: str) -> str:
    if kind in ("life", "death", "non-custodial"):
        return kind
    return f"{months} months" if months is not None else ""


def fields_table(packet: Packet) -> Table | None:
    """What the documents say: subject, charges with ICCS codes and laws, penalties, warrant."""
    table = Table(title="what the documents say", title_justify="left", show_lines=True)
    columns = ("document", "subject", "charges [ICCS; articles; max penalty]", "warrant / decision")
    for col in columns:
        table.add_column(col)
    rows = 0
    for doc in packet.documents:
        f = doc.fields
        subject = "; ".join(n.value for n in f.subject.names[:2])
        born = f.subject.birth_dates[0].normalized if f.subject.birth_dates else None
        if born:
            subject += f" (born {born})"
        charges = "\n".join(
            f"{o.text} [{o.iccs_code or '?'}; {', '.join(o.articles) or '-'}; "
            f"{_penalty(o.max_penalty_months, o.penalty_kind) or '-'}]"
            for o in f.offenses
        )
        d = f.decision
        decision = " ".join(
            x for x in (
                d.number.value if d.number else "",
                d.date.normalized or d.date.value if d.date else "",
                d.authority.value if d.authority else "",
                "in absentia" if d.in_absentia and d.in_absentia.normalized == "true" else "",
            ) if x
        )
        if subject or charges or decision:
            table.add_row(doc.file_name.rsplit("/", 1)[-1], subject, charges, decision)
            rows += 1
    return table if rows else None


def batch_table(rows: Iterable[Mapping[str, Any]]) -> Table:
    """One row per packet of a batch run."""
    table = Table(title="batch", title_justify="left")
    columns = (
        "source", "status", "level", "top_flags", "documents", "pages", "ocr_pages", "seconds",
        "error",
    )
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*(str(row.get(c, "")) for c in columns))
    return table


_LEVEL_STYLE = {
    "no-concerns-found": "green", "review-needed": "yellow", "likely-non-compliant": "bold red",
}


def assessment_table(assessment: Assessment) -> Table:
    """One packet's level and flags (indications for a person to weigh), with quotes."""
    style = _LEVEL_STYLE.get(assessment.level, "")
    title = (
        f"{assessment.source}  [{style}]{assessment.level}[/]  "
        f"{assessment.packet_id[:8] or assessment.status}"
    )
    caption = assessment.level_reason or ""
    table = Table(title=title, title_justify="left", caption=caption, caption_justify="left")
    for col in ("flag", "severity", "rationale", "where", "by"):
        table.add_column(col, overflow="fold")
    for flag in assessment.flags:
        where = ", ".join(f"{e.document_id[:8]} p.{e.page}" for e in flag.evidence[:2]) or "-"
        by = flag.provenance.kind + "".join(f"+{p.kind}" for p in flag.corroborated_by)
        table.add_row(flag.code, flag.severity, flag.rationale, where, by)
    for flag in assessment.suppressed:
        table.add_row(
            f"[dim]{flag.code}[/]", "[dim]held back[/]", f"[dim]{flag.reason}[/]", "-",
            flag.provenance.kind,
        )
    for error in assessment.errors:
        table.add_row("[red]error[/]", "", f"{error.file}: {error.message}", "", "")
    return table
