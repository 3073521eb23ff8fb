"""The warrant or judicial decision: issuing authority, number, date, in absentia.

In a notice or diffusion the decision is the one its "Arrest warrant or
judicial decision" section cites ("No. X, issued on DATE by AUTHORITY").
In a warrant or judgment it is the document itself: number from its label
("Warrant No.:", "Mandat n° :", "رقم القضية:"), date from the closing or
date cues ("Given under my hand ... on", "Fait à ..., le", "تاريخ الجلسة"),
authority from the court line of its header. Sentence lengths are left to
the penalties reader.
"""

from __future__ import annotations

import re

from pipeline.records import Decision, Found
from pipeline.understand.dates import DateHit
from pipeline.understand.labels import (
    Label,
    block_labels,
    found,
    labels,
    trim,
    value_span,
    view_dates,
)
from pipeline.understand.pageview import PageView

NOTICE_TYPES = ("red-notice", "diffusion")
_NUMBER = re.compile(
    r"[\s:|]*(?:(?:no|n°|nº|n\.º|n\.o|nr|num|number|numero|رقم)\.?\s?:?\s?)?"
    r"(?:(?:resolucion|resolution|decision|auto|sentencia|jugement|judgment)\s)?"
    r"([^\s,;()]*\d[^\s,;()]*(?:\s(?:لسنه|of|de|del)\s\d{4})?)"
)
_BY = re.compile(r"\b(?:by|par|por|صادر عن|الصادر عن|من)\s(?:the\s|le\s|la\s|l'|el\s|los\s)?")
_SECTION = re.compile(r"\n\s*\d+\.\s+[^\W\d_]{3}")
_HEADER_LINES = 10
_NOT_COURT = ("judicature", "judicial service")
_JUDGMENT_WORDS = re.compile(r"(?:judg|jugement|sentenc|condamn|conden|sentencia|حكم|الحكم)")
_NEGATION = re.compile(r"(?:\bnot|\bnon|\bno|\bpas|ليس|غير)\s*$")


def _number_at(view: PageView, pos: int, end: int) -> Found | None:
    m = _NUMBER.match(view.text, pos, end)
    if not m or not re.search(r"\d", m.group(1)):
        return None
    s, e = trim(view, *m.span(1))
    if e <= s or re.fullmatch(r"\d{1,2}", view.text[s:e]):
        return None
    return found(view, s, e, confidence=0.9)


def _block_end(view: PageView, lab: Label) -> int:
    raw = view.page.text
    _, a = view.original_span(lab.start, lab.end)
    m = _SECTION.search(raw, a, a + 600)
    b = m.start() if m else min(len(raw), a + 400)
    return view.norm.normalized_index(b)


def _from_notice_block(views: list[PageView]) -> Decision | None:
    """The decision a notice cites in its warrant section."""
    for view in views:
        for lab in labels(view, {"warrant-block"}):
            start, end = lab.value_start, _block_end(view, lab)
            number = _number_at(view, start, end)
            date = next((d for d in view_dates(view) if start <= d.start < end), None)
            authority = None
            m = _BY.search(view.text, start, end)
            if m:
                stop = view.text.find("(", m.end(), end)
                a, b = trim(view, m.end(), stop if stop >= 0 else end)
                if b > a:
                    authority = found(view, a, b, confidence=0.85)
            if number or date or authority:
                return Decision(
                    authority=authority,
                    number=number,
                    date=_date_found(view, date),
                )
    return None


def _date_found(view: PageView, date: DateHit | None, confidence: float = 0.9) -> Found | None:
    if date is None:
        return None
    return found(view, date.start, date.end, normalized=date.iso, confidence=confidence)


def _number(views: list[PageView]) -> Found | None:
    for fields in ({"warrant-number"}, {"case-number"}):
        for view in views:
            for lab in block_labels(view, fields):
                a, b = value_span(lab)
                value = _number_at(view, a, b)
                if value:
                    return value
    for fields in ({"warrant-number"}, {"case-number"}):  # "Causa n.º 118/2019" (no colon)
        for view in views:
            for lab in labels(view, fields):
                if lab.line_start and not lab.colon:
                    value = _number_at(view, lab.end, min(len(view.text), lab.end + 30))
                    if value:
                        return value.model_copy(update={"confidence": 0.8})
    for view in views:  # prose: "issues arrest warrant LMC/2023/0219", "warrant No. X"
        for lab in labels(view, {"arrest-warrant", "warrant-number"}):
            value = _number_at(view, lab.end, min(len(view.text), lab.end + 30))
            if value and not re.fullmatch(r"\d{1,2}", value.value):
                return value.model_copy(update={"confidence": 0.7})
    return None


def _date(views: list[PageView], doc_type: str | None, month_first: bool) -> Found | None:
    best: tuple[float, Found] | None = None
    for view in views:
        on_page = view_dates(view, month_first)
        for lab in labels(view, {"warrant-date", "dated"}):
            date = next((d for d in on_page if lab.end <= d.start <= lab.end + 90), None)
            if date is None:
                continue
            weight = 1.0 if lab.field == "warrant-date" else 0.5
            if best is None or weight > best[0] or (weight == best[0] and lab.field != "dated"):
                best = (weight, _date_found(view, date, 0.9 * weight))  # type: ignore[assignment]
    if best is not None:
        return best[1]
    if doc_type in ("arrest-warrant", "judgment", "indictment") and views:
        for view in reversed(views):  # the signature line: "Arequipa, 20 de marzo de 2023."
            on_page = view_dates(view, month_first)
            if on_page:
                return _date_found(view, on_page[-1], 0.5)
    return None


def _authority(views: list[PageView]) -> Found | None:
    for view in views:  # "issued by the Regional Court of ..."
        for lab in labels(view, {"issued-by"}):
            a, b = value_span(lab) if lab.colon else trim(view, lab.end, view.line_end(lab.end))
            stop = view.text.find("(", a, b)
            a, b = trim(view, a, stop if stop >= 0 else b)
            a += len(re.match(r"(?:the |le |la |l'|el )?", view.text[a:b]).group())
            if b > a:
                return found(view, a, b, confidence=0.8)
    if not views:
        return None
    view = views[0]
    raw = view.page.text
    cut = 0
    for _ in range(_HEADER_LINES):
        nl = raw.find("\n", cut)
        cut = len(raw) if nl < 0 else nl + 1
    end = view.norm.normalized_index(cut)
    for lab in labels(view, {"court"}):
        if lab.start >= end:
            break
        a_orig, _ = view.original_span(lab.start, lab.start + 1)
        line_from = raw.rfind("\n", 0, a_orig) + 1
        a = view.norm.normalized_index(line_from)
        b = view.line_end(lab.start)
        line = view.text[a:b]
        if any(w in line for w in _NOT_COURT):
            continue
        skip = re.match(
            r"[\W\d_]*(?:(?!in\s|en\s|el\s|la\s|le\s)[^\W\d_]{1,2}\s[\W\d_]*)?"
            r"(?:in the |en el |en la |dans le |in )?",
            line,
        )
        a += skip.end() if skip else 0
        a, b = trim(view, a, b)
        if b > a:
            return found(view, a, b, confidence=0.75)
    return None


def _in_absentia(views: list[PageView]) -> Found | None:
    for view in views:
        for lab in labels(view, {"in-absentia", "in-absentia-weak"}):
            before = view.text[max(0, lab.start - 12) : lab.start]
            if _NEGATION.search(before):
                continue
            if lab.field == "in-absentia-weak":
                near = view.text[max(0, lab.start - 100) : lab.end + 100]
                if not _JUDGMENT_WORDS.search(near):
                    continue
            return found(view, lab.start, lab.end, normalized="true",
                         confidence=0.9 if lab.field == "in-absentia" else 0.6)
    return None


def read_decision(
    views: list[PageView], doc_type: str | None, month_first: bool = False
) -> Decision:
    """The warrant or judgment the document is, or (for a notice) the one it cites."""
    in_absentia = _in_absentia(views)
    cited = _from_notice_block(views) if doc_type in (*NOTICE_TYPES, None) else None
    if cited is not None:
        return cited.model_copy(update={"in_absentia": in_absentia})
    if doc_type in NOTICE_TYPES:
        return Decision(number=_number(views), in_absentia=in_absentia)
    return Decision(
        authority=_authority(views),
        number=_number(views),
        date=_date(views, doc_type, month_first),
        in_absentia=in_absentia,
    )
