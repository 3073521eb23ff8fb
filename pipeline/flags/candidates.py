"""Candidate flags from every source, and how they merge into one flag per code.

A lexicon hit, a rule on the structured fields or a model score each make a
`Candidate`; a candidate that an exception, a negation or the person's role
holds back carries the reason. `merge` makes one `Flag` per code from the
raised candidates (the strongest first, the others as corroboration) and one
suppressed `Flag` per code that was only ever held back.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.flags.catalog import SEVERITY_RANK, catalog
from pipeline.records import Evidence, Flag, Provenance, Severity

KIND_RANK = {"lexicon": 0, "rule": 1, "model": 2}


@dataclass(frozen=True)
class Candidate:
    """One reason to raise `code`, with the quote it rests on."""

    code: str
    severity: Severity
    what: str
    provenance: Provenance
    evidence: tuple[Evidence, ...] = ()
    suppressed: str | None = None
    rationale: str | None = None  # a full sentence overriding the catalogue's template
    term: str | None = None  # the words that fired, when the evidence quotes more around them
    missing: tuple[str, ...] = ()  # the Art. 83(2) data a judicial-data candidate lacks
    note: str | None = None  # why an exception lowered the severity, added to the rationale

    @property
    def quote(self) -> str:
        if self.term:
            return self.term
        return self.evidence[0].quote if self.evidence else ""


def _rationale(best: Candidate) -> str:
    if best.rationale:
        return best.rationale
    template = catalog().get(best.code).rationale
    quote = " ".join(best.quote.split())
    if len(quote) > 160:
        quote = quote[:157] + "..."
    text = template.format(what=best.what, quote=quote)
    return f"{text} Lowered to {best.severity}: {best.note}." if best.note else text


def _order(c: Candidate) -> tuple[int, int, str, int, int]:
    first = c.evidence[0] if c.evidence else None
    return (
        -SEVERITY_RANK[c.severity],
        KIND_RANK[c.provenance.kind],
        first.document_id if first else "",
        first.page if first else 0,
        first.start if first else 0,
    )


def _overlaps(a: Evidence, b: Evidence) -> bool:
    """Two quotes of the same place: half or more of the shorter one is shared."""
    if (a.document_id, a.page) != (b.document_id, b.page):
        return False
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared * 2 >= min(a.end - a.start, b.end - b.start)


def _evidence(candidates: list[Candidate]) -> list[Evidence]:
    """Distinct quotes, strongest candidate first; a quote of the same place is kept once."""
    out: list[Evidence] = []
    limit = catalog().max_evidence
    for c in candidates:
        for ev in c.evidence:
            if len(out) >= limit:
                return out  # later quotes would be cut anyway: stop comparing (O(n·limit))
            if not any(_overlaps(ev, kept) for kept in out):
                out.append(ev)
    return out


def _flag(code: str, group: list[Candidate], reason: str | None = None) -> Flag:
    group = sorted(group, key=_order)
    best = group[0]
    entry = catalog().get(code)
    others: list[Provenance] = []
    for c in group[1:]:
        if c.provenance not in others and c.provenance != best.provenance:
            others.append(c.provenance)
    return Flag(
        code=code,
        family=entry.family,
        severity=best.severity,
        rationale=_rationale(best),
        evidence=_evidence(group),
        provenance=best.provenance,
        corroborated_by=others,
        reason=reason,
    )


def merge(candidates: list[Candidate]) -> tuple[list[Flag], list[Flag]]:
    """(raised flags, suppressed flags), one per code, in catalogue order."""
    by_code: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_code.setdefault(c.code, []).append(c)
    raised: list[Flag] = []
    suppressed: list[Flag] = []
    for entry in catalog().codes:
        group = by_code.get(entry.code, [])
        live = [c for c in group if c.suppressed is None]
        held = [c for c in group if c.suppressed is not None]
        if live:
            raised.append(_flag(entry.code, live))
        elif held:
            held = sorted(held, key=_order)
            reasons = list(dict.fromkeys(c.suppressed for c in held if c.suppressed))
            suppressed.append(_flag(entry.code, held, reason="; ".join(reasons)))
    return raised, suppressed
