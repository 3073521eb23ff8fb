"""A status alone: the subject is a journalist or a politician, and nothing else points to misuse.

DOMAIN.md §4 (RPD Art. 34(3)) makes the status of the person one factor of the predominance
test, weighed with the nature of the offence and the context. A media worker caught with
forty kilos of cocaine, or an opposition official who stabbed a man in a bar, on concrete
facts, is an ordinary-law case in which the status says nothing by itself. `flag-codes.yaml`
(`status_alone`) names the status entries, the charges that count as ordinary crimes and
the signs that keep the flag raised; when they all hold, the status flag is held back with
the reason, and the worksheet shows it for a reviewer to overrule.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.flags.candidates import Candidate
from pipeline.flags.catalog import SEVERITY_RANK, StatusAlone, catalog
from pipeline.flags.cues import live_cues
from pipeline.records import Packet
from pipeline.understand.pageview import PageView


def ordinary_charges(packet: Packet, rule: StatusAlone, *, office: bool = False) -> bool:
    """The packet charges an ordinary crime, and every charge mapped to an ICCS code is an
    ordinary crime or an accessory to one (a charge the stage could not map says nothing).
    With `office`, bribery in office (`office_iccs`) counts as ordinary too."""
    codes = [o.iccs_code for doc in packet.documents for o in doc.fields.offenses if o.iccs_code]
    ordinary = tuple(rule.ordinary_iccs) + (tuple(rule.office_iccs) if office else ())
    return any(code.startswith(ordinary) for code in codes) and all(
        code.startswith(ordinary + tuple(rule.accessory_iccs)) for code in codes
    )


def _other_sign(found: list[Candidate], rule: StatusAlone) -> bool:
    """A raised medium or high candidate of another code that counts as a sign."""
    families = {c.code: c.family for c in catalog().codes}
    return any(
        c.suppressed is None and SEVERITY_RANK[c.severity] >= SEVERITY_RANK["medium"]
        and c.code not in rule.codes and c.code not in rule.not_signs
        and (families.get(c.code) in rule.other_signs or c.code in rule.also_signs)
        for c in found
    )


def _status_only(found: list[Candidate], code: str, rule: StatusAlone) -> bool:
    """Every raised candidate of `code` is a status entry (or a model that corroborates it)."""
    raised = [c for c in found if c.code == code and c.suppressed is None]
    return bool(raised) and all(
        c.provenance.kind == "model" or c.provenance.id in rule.entries for c in raised
    ) and any(c.provenance.kind == "lexicon" for c in raised)


def _office_only(
    packet: Packet, found: list[Candidate], codes: set[str], rule: StatusAlone
) -> bool:
    """Every raised lexicon source of `codes` is an office entry quoted from a document of
    `office_docs`: the issuing side names the office the bribes were taken in."""
    types = {d.id: d.doc_type or d.declared_type for d in packet.documents}
    raised = [
        c for c in found
        if c.code in codes and c.suppressed is None and c.provenance.kind == "lexicon"
    ]
    return bool(raised) and all(
        c.provenance.id in rule.office_entries and c.evidence
        and all(types.get(e.document_id) in rule.office_docs for e in c.evidence)
        for c in raised
    )


def _live_cue(views: dict[str, list[PageView]], cues: list[str]) -> bool:
    """A live cue of `cues` on any page of the packet."""
    wanted = set(cues)
    return any(
        h.entry_id in wanted for pages in views.values() for v in pages for h in live_cues(v)
    )


def _work_told(views: dict[str, list[PageView]], rule: StatusAlone) -> bool:
    """A live cue that ties the facts to the subject's work ("contacted for an interview")."""
    return _live_cue(views, rule.keep_cues)


def grave_ordinary(
    packet: Packet, views: dict[str, list[PageView]], rule: StatusAlone
) -> bool:
    """A charge is a grave ordinary crime (`grave_iccs`: a killing, a robbery, drug
    trafficking, an organised group) or the packet tells of an organised group (`grave_cues`):
    a status of `weighed_codes` then says nothing by itself. On an assault or a theft alone,
    a media worker's status stays one indicator to weigh (RPD Art. 34(3))."""
    grave = tuple(rule.grave_iccs)
    codes = [o.iccs_code for doc in packet.documents for o in doc.fields.offenses if o.iccs_code]
    return any(code.startswith(grave) for code in codes) or _live_cue(views, rule.grave_cues)


def status_alone(
    packet: Packet, views: dict[str, list[PageView]], found: list[Candidate]
) -> list[Candidate]:
    """The candidates, with status flags that stand alone on ordinary charges held back."""
    rule = catalog().status_alone
    if rule is None or not any(c.code in rule.codes and c.suppressed is None for c in found):
        return found
    alone = {code for code in rule.codes if _status_only(found, code, rule)}
    if alone & set(rule.weighed_codes) and not grave_ordinary(packet, views, rule):
        alone -= set(rule.weighed_codes)
    office = bool(alone) and _office_only(packet, found, alone, rule)
    if (
        not alone or _other_sign(found, rule)
        or not ordinary_charges(packet, rule, office=office) or _work_told(views, rule)
    ):
        return found
    return [
        replace(c, suppressed=rule.reason) if c.code in alone and c.suppressed is None else c
        for c in found
    ]
