"""Escalations: context that makes a medium indication a strong one.

Some lexicon entries are medium on their own because the rules go both ways (a bounced
cheque is a private dispute in CCF 2018-3 and a fraud in 2018-2). `flag-codes.yaml`
names, per code, the context that settles it (`escalations`): when one of its cues is
found in the candidate's document (or packet) and none of its `unless` cues or charges
(ICCS codes) is, the candidate is raised at the higher severity and says why.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.flags.candidates import Candidate
from pipeline.flags.catalog import SEVERITY_RANK, Escalation, catalog
from pipeline.flags.cues import live_cues
from pipeline.records import Packet
from pipeline.understand.pageview import PageView


def _cue_sets(
    packet: Packet, views: dict[str, list[PageView]]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Live cue ids and charge ICCS codes, by document id."""
    cues: dict[str, set[str]] = {}
    iccs: dict[str, set[str]] = {}
    for doc in packet.documents:
        cues[doc.id] = {h.entry_id for v in views.get(doc.id, []) for h in live_cues(v)}
        iccs[doc.id] = {o.iccs_code for o in doc.fields.offenses if o.iccs_code}
    return cues, iccs


def _holds(
    rule: Escalation, doc_id: str | None, cues: dict[str, set[str]], iccs: dict[str, set[str]]
) -> bool:
    all_cues = set().union(*cues.values()) if cues else set()
    all_iccs = set().union(*iccs.values()) if iccs else set()
    here = cues.get(doc_id or "", set()) if rule.within == "document" else all_cues
    if not any(c in here for c in rule.cues):
        return False
    # What speaks against it counts wherever it is in the packet (a fraud charge in the
    # warrant, many investors in the facts).
    if any(c in all_cues for c in rule.unless_cues):
        return False
    return not any(code.startswith(p) for code in all_iccs for p in rule.unless_iccs)


def escalate(
    packet: Packet, views: dict[str, list[PageView]], found: list[Candidate]
) -> list[Candidate]:
    """The candidates, with those an escalation of their code applies to raised."""
    rules = catalog().escalations
    if not rules or not any(c.code in {r.code for r in rules} for c in found):
        return found
    cues, iccs = _cue_sets(packet, views)
    out: list[Candidate] = []
    for c in found:
        for rule in rules:
            if (
                c.code == rule.code and c.suppressed is None
                and c.provenance.kind == "lexicon"
                and SEVERITY_RANK[c.severity] < SEVERITY_RANK[rule.to]
                and _holds(rule, c.evidence[0].document_id if c.evidence else None, cues, iccs)
            ):
                c = replace(c, severity=rule.to, what=f"{c.what}, {rule.what}")
                break
        out.append(c)
    return out
