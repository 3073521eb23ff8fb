"""The reviewer worksheet of one packet: HTML (screen and print), PDF and JSON.

The worksheet follows ICE Directive 15006.1 step by step
(`lexicons/rules/directive-steps.yaml`): a caveat on every page, the header and
documents received, what the documents say (each with document and page), the
seven threshold steps with what the pipeline found and the fields a person
completes, the flags grouped by family and severity with their quotes and an
image of the page region, the held-back flags with their reasons, the
directive's actions where there is doubt, and the record of versions and
hashes. The HTML is self-contained (no link outside the file).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pipeline.fileio import write_atomic
from pipeline.flags.catalog import SEVERITY_RANK, catalog
from pipeline.flags.checklist import directive
from pipeline.records import Assessment, Document, Evidence, Flag, Packet

PageSize = Literal["A4", "Letter"]
SENSITIVITY = "SENSITIVE — LAW ENFORCEMENT AND PERSONAL DATA — FOR THE REVIEW TEAM ONLY"
FAMILY_TITLES = {
    "validity": "Validity",
    "prohibited-offense": "Prohibited offence categories (RPD Art. 83(1)(a)(ii))",
    "article-3": "Article 3 (political, military, religious, racial character)",
    "misuse": "Indicators of misuse",
    "compliance": "Compliance with RPD Art. 83",
    "consistency": "Consistency across the documents",
}
CONTEXT_CHARS = 60
SHOWN_EVIDENCE = 3  # quotes per flag in the worksheet (assessment.json keeps them all)
ImageFn = Callable[[Packet, Evidence], str | None]


@cache
def _env():  # type: ignore[no-untyped-def]
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(
        loader=FileSystemLoader(Path(__file__).with_name("templates")),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _doc(packet: Packet, document_id: str) -> Document | None:
    return next((d for d in packet.documents if d.id == document_id), None)


def _where(packet: Packet, ev: Evidence) -> str:
    doc = _doc(packet, ev.document_id)
    name = doc.file_name if doc else ev.document_id[:8]
    return f"{name}, page {ev.page}, characters {ev.start}–{ev.end}"


def _evidence(packet: Packet, ev: Evidence, image: ImageFn | None) -> dict[str, Any]:
    doc = _doc(packet, ev.document_id)
    page = next((p for p in doc.pages if p.number == ev.page), None) if doc else None
    before = after = ""
    if page is not None:
        before = page.text[max(0, ev.start - CONTEXT_CHARS) : ev.start]
        after = page.text[ev.end : ev.end + CONTEXT_CHARS]
    return {
        "quote": ev.quote, "before": before, "after": after, "where": _where(packet, ev),
        "image": image(packet, ev) if image else None,
    }


def _provenance(flag: Flag) -> str:
    p = flag.provenance
    text = f"{p.kind} {p.id} ({p.version}{f', score {p.score:.2f}' if p.score is not None else ''})"
    if flag.corroborated_by:
        text += "; also " + ", ".join(f"{c.kind} {c.id}" for c in flag.corroborated_by)
    return text


def _flag_groups(packet: Packet, flags: list[Flag], image: ImageFn | None) -> list[dict]:
    groups = []
    for family, title in FAMILY_TITLES.items():
        members = sorted(
            (f for f in flags if f.family == family),
            key=lambda f: (-SEVERITY_RANK[f.severity], f.code),
        )
        if members:
            groups.append({
                "title": title,
                "flags": [
                    {
                        "code": f.code, "severity": f.severity, "rationale": f.rationale,
                        "provenance": _provenance(f),
                        "evidence": [
                            _evidence(packet, ev, image) for ev in f.evidence[:SHOWN_EVIDENCE]
                        ],
                    }
                    for f in members
                ],
            })
    return groups


def _months(months: int | None, kind: str) -> str:
    if kind in ("life", "death"):
        return f"{kind} (maximum)"
    if kind == "non-custodial":
        return "non-custodial"
    if months is None:
        return "—"
    return f"{months // 12} years" if months % 12 == 0 and months >= 12 else f"{months} months"


def _said(doc: Document) -> dict[str, Any]:
    f = doc.fields
    offenses = [
        {
            "text": o.text,
            "articles": ", ".join(o.articles) or "—",
            "iccs": o.iccs_code or "—",
            "penalty": _months(o.max_penalty_months, o.penalty_kind)
            + (f"; sentence {o.sentence_months} months" if o.sentence_months else "")
            + (f"; {o.remaining_months} months left" if o.remaining_months else ""),
            "when_where": ", ".join([*o.dates, o.place or ""]).strip(", ") or "—",
            "page": ", ".join(str(e.page) for e in o.evidence[:2]) or "—",
        }
        for o in f.offenses
    ]
    lines: list[tuple[str, str]] = []
    dec = f.decision

    def add(label: str, found: Any) -> None:
        if found is not None:
            page = f" (p. {found.evidence.page})" if found.evidence else ""
            lines.append((label, f"{found.value}{page}"))

    add("Issued by", dec.authority)
    add("Number", dec.number)
    add("Date", dec.date)
    add("Sentence", dec.sentence_months)
    add("Left to serve", dec.remaining_months)
    add("In absentia", dec.in_absentia)
    for ref in f.notice.references:
        add("Reference", ref)
    add("Issue date", f.notice.issue_date)
    for status in f.notice.status:
        add("Status", status)
    return {
        "name": doc.file_name + (
            f" (pages {doc.page_range[0]}–{doc.page_range[1]})" if doc.page_range else ""
        ),
        "type": doc.doc_type or "other",
        "offenses": offenses,
        "lines": lines,
        "facts": f.facts.value if f.facts else "",
    }


def _method(doc: Document) -> str:
    ocr = [p for p in doc.pages if p.method == "ocr"]
    if not ocr:
        return "text layer"
    confs = [p.ocr_confidence for p in ocr if p.ocr_confidence is not None]
    conf = f", mean confidence {sum(confs) / len(confs):.0f}" if confs else ""
    return f"OCR on {len(ocr)} of {len(doc.pages)} pages{conf}"


@dataclass(frozen=True)
class Header:
    reference: str | None
    notice_type: str | None
    issuing_country: str | None
    subject: list[str]
    received: str


def header(packet: Packet, assessment: Assessment) -> Header:
    """Reference, notice type, country, subject identifiers and received date."""
    from pipeline.report.batch_report import notice_values

    man = packet.manifest
    reference, country, notice_type = notice_values(packet)
    subject: list[str] = []
    for d in packet.documents:
        s = d.fields.subject
        for label, items in (
            ("Name", s.names), ("Alias", s.aliases), ("Born", s.birth_dates or s.birth_years),
            ("Place of birth", s.birth_places), ("Nationality", s.nationalities),
            ("Identity document", s.id_documents),
        ):
            for item in items:
                line = f"{label}: {item.value}"
                if line not in subject:
                    subject.append(line)
    return Header(
        reference=reference or None,
        notice_type=notice_type or None,
        issuing_country=country or None,
        subject=subject[:12],
        received=(man.received if man and man.received else
                  packet.received_at.strftime("%Y-%m-%d %H:%M UTC")),
    )


def render_html(
    packet: Packet,
    assessment: Assessment,
    *,
    image: ImageFn | None = None,
    page_size: PageSize = "A4",
    redacted: bool = False,
) -> str:
    """The worksheet as one self-contained HTML document."""
    rules = directive()
    found = {c["key"]: c["found"] for c in assessment.checklist}
    steps = [{**s.model_dump(), "found": found.get(s.key, "")} for s in rules.steps]
    doubt = rules.doubt_actions if assessment.level != "no-concerns-found" else None
    held = [
        {"code": f.code, "reason": f.reason,
         "evidence": [_evidence(packet, ev, None) for ev in f.evidence]}
        for f in assessment.suppressed
    ]
    documents = [
        {"name": d.file_name + (f" pp. {d.page_range[0]}–{d.page_range[1]}"
                                if d.page_range else ""),
         "type": d.doc_type or d.declared_type or "other", "pages": len(d.pages),
         "language": d.language or "—", "method": _method(d), "sha256": d.sha256}
        for d in packet.documents
    ]
    return _env().get_template("worksheet.html.j2").render(
        packet=packet,
        assessment=assessment,
        header=header(packet, assessment),
        caveat=" ".join(rules.caveat.split()),
        sensitivity=SENSITIVITY,
        page_size=page_size,
        redacted=redacted,
        documents=documents,
        errors=packet.all_errors(),
        said=[_said(d) for d in packet.documents],
        steps=steps,
        flag_groups=_flag_groups(packet, assessment.flags, image),
        held=held,
        doubt=doubt,
        recordkeeping=rules.recordkeeping,
        redaction=rules.redaction,
        versions=sorted(assessment.versions.items()),
        hashes=sorted(assessment.input_hashes.items()),
        processing=f"{packet.seconds:.1f} s for the packet; catalogue {catalog().version}",
    )


_fonts = threading.local()


def _font_config() -> Any:
    """One WeasyPrint font configuration per thread, kept. Without one, every `write_pdf`
    builds its own Fontconfig/Pango font map and about 0.3 MB of it is never freed: a
    1,000-packet batch grew by 300 MB. (Per thread: Pango font maps are not thread-safe.)"""
    config = getattr(_fonts, "config", None)
    if config is None:
        from weasyprint.text.fonts import FontConfiguration

        config = _fonts.config = FontConfiguration()
    return config


def render_pdf(html: str, target: Path) -> Path:
    """The worksheet as a PDF (WeasyPrint), written atomically. WeasyPrint's notes on CSS it
    leaves to browsers (sticky banner, bidi isolation) are not worth a warning per page."""
    import logging

    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)

    write_atomic(target, HTML(string=html).write_pdf(font_config=_font_config()))
    return target


def assessment_record(packet: Packet, assessment: Assessment) -> dict[str, Any]:
    """`assessment.json`: the object `triage analyze --format json` prints, plus the
    extracted fields of each document."""
    record = json.loads(assessment.model_dump_json())
    record["documents"] = [
        {
            "id": d.id, "file_name": d.file_name, "doc_type": d.doc_type,
            "language": d.language, "page_range": d.page_range,
            "fields": json.loads(d.fields.model_dump_json()),
        }
        for d in packet.documents
    ]
    return record


def write_redacted(
    packet: Packet, assessment: Assessment, folder: Path, *, page_size: PageSize = "A4"
) -> dict[str, Path]:
    """`worksheet-redacted.html` and `.pdf`: identifiers removed from the text, no images."""
    from pipeline.report.redact import redactor

    html = redactor(packet).html(
        render_html(packet, assessment, image=None, page_size=page_size, redacted=True)
    )
    paths = {
        "redacted_html": folder / "worksheet-redacted.html",
        "redacted_pdf": folder / "worksheet-redacted.pdf",
    }
    write_atomic(paths["redacted_html"], html)
    render_pdf(html, paths["redacted_pdf"])
    return paths


def write_worksheet(
    packet: Packet,
    assessment: Assessment,
    folder: Path,
    *,
    page_size: PageSize = "A4",
    images: bool = True,
    redacted: bool = False,
) -> dict[str, Path]:
    """`worksheet.html`, `worksheet.pdf` and `assessment.json` in `folder` (and the redacted
    variant on request)."""
    from pipeline.report.regions import quote_region_data_uri

    image: ImageFn | None = quote_region_data_uri if images else None
    html = render_html(packet, assessment, image=image, page_size=page_size)
    paths = {
        "html": folder / "worksheet.html",
        "pdf": folder / "worksheet.pdf",
        "json": folder / "assessment.json",
    }
    write_atomic(paths["html"], html)
    render_pdf(html, paths["pdf"])
    write_atomic(
        paths["json"],
        json.dumps(assessment_record(packet, assessment), indent=2, ensure_ascii=False),
    )
    if redacted:
        paths.update(write_redacted(packet, assessment, folder, page_size=page_size))
    return paths
