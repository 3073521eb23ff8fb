"""Consistency across the documents of one packet: identity, charges, dates.

Documents are compared pairwise on what both state; a field that only one
document gives is not a conflict. Names are compared word by word after
folding (case, accents), so word order and small spelling variants
("Sergei"/"Sergey") are not conflicts; names in different scripts are not
compared.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Iterator
from datetime import date
from functools import cache

from pipeline.flags.candidates import Candidate
from pipeline.flags.catalog import catalog
from pipeline.records import NOTICE_TYPES, Document, Evidence, Found, Packet, Provenance
from pipeline.text.normalize import normalize_term

UNDERLYING = ("arrest-warrant", "indictment", "judgment", "extradition-request")


def _rule(name: str) -> Provenance:
    return Provenance(kind="rule", id=f"rule.consistency.{name}", version=catalog().version)


def _ev(*found: Found | None) -> tuple[Evidence, ...]:
    return tuple(f.evidence for f in found if f is not None and f.evidence is not None)


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in normalize_term(name).replace(",", " ").split() if len(w) > 1)


def _script(words: frozenset[str]) -> str:
    return "arabic" if any("\u0600" <= ch <= "\u06ff" for w in words for ch in w) else "latin"


def _same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    matched = sum(
        1 for x in a if any(difflib.SequenceMatcher(None, x, y).ratio() >= 0.8 for y in b)
    )
    return matched >= max(1, min(len(a), len(b)) // 2 + min(len(a), len(b)) % 2)


def _names_in(name: frozenset[str], doc: Document) -> bool:
    """Every word of `name` is a word of the document's text: both documents name both
    persons (the subject and a co-accused, a witness or a deponent), so two names read from
    them are two people mentioned, not two identities given for the subject."""
    words = {
        w.strip(".,;:()[]\"'«»") for p in doc.pages
        for w in normalize_term(p.text).replace(",", " ").split()
    }
    return name <= words


def _compared(packet: Packet) -> list[tuple[Document, Document]]:
    """Each document against the reference one (the notice, else the first document that
    names the subject): what a reviewer compares, and linear in the number of documents."""
    docs = [d for d in packet.documents if not d.is_translation]
    named = [d for d in docs if d.fields.subject.names or d.fields.subject.birth_dates]
    if not named:
        return []
    reference = next((d for d in named if d.doc_type in NOTICE_TYPES), named[0])
    return [(reference, d) for d in docs if d is not reference]


def identity(packet: Packet) -> Iterator[Candidate]:
    """Names, dates of birth and nationalities that differ between two documents."""
    for a, b in _compared(packet):
        sa, sb = a.fields.subject, b.fields.subject
        if sa.names and sb.names:
            na, nb = _words(sa.names[0].value), _words(sb.names[0].value)
            if (
                na and nb and _script(na) == _script(nb) and not _same_name(na, nb)
                and not (_names_in(nb, a) and _names_in(na, b))
            ):
                yield Candidate(
                    "consistency.identity", "medium",
                    f"the name \"{sa.names[0].value}\" in {a.file_name} and "
                    f"\"{sb.names[0].value}\" in {b.file_name}",
                    _rule("name"), _ev(sa.names[0], sb.names[0]),
                )
        for what, rule, fa, fb in (
            ("date of birth", "birth-date", sa.birth_dates, sb.birth_dates),
            ("nationality", "nationality", sa.nationalities, sb.nationalities),
        ):
            va = {f.normalized for f in fa if f.normalized}
            vb = {f.normalized for f in fb if f.normalized}
            if va and vb and not va & vb:
                yield Candidate(
                    "consistency.identity", "medium",
                    f"the {what} {', '.join(sorted(va))} in {a.file_name} and "
                    f"{', '.join(sorted(vb))} in {b.file_name}",
                    _rule(rule), _ev(fa[0], fb[0]),
                )


def _penalties(doc: Document) -> dict[str, int]:
    """Maximum penalty in months per ICCS code, where both are known."""
    out: dict[str, int] = {}
    for o in doc.fields.offenses:
        if o.iccs_code and o.max_penalty_months:
            out[o.iccs_code] = max(out.get(o.iccs_code, 0), o.max_penalty_months)
    return out


def charges(packet: Packet) -> Iterator[Candidate]:
    """The notice against each underlying document: offence classes, laws, maximum penalty."""
    notices = [d for d in packet.documents if d.doc_type in NOTICE_TYPES and d.fields.offenses]
    others = [d for d in packet.documents if d.doc_type in UNDERLYING and d.fields.offenses]
    for n, u in itertools.product(notices, others):
        if n.is_translation or u.is_translation:
            continue
        first = (*n.fields.offenses[0].evidence[:1], *u.fields.offenses[0].evidence[:1])
        # ICCS classes (four digits: fraud 0701 against embezzlement and breach of trust 0703),
        # so two different offences of one section still differ; a finer code of the same
        # class ("armed robbery" 04011 under robbery 0401) does not.
        sn = {o.iccs_code[:4] for o in n.fields.offenses if o.iccs_code}
        su = {o.iccs_code[:4] for o in u.fields.offenses if o.iccs_code}
        an = {a for o in n.fields.offenses for a in o.articles}
        au = {a for o in u.fields.offenses for a in o.articles}
        if sn and su and not sn & su:
            # Both documents cite the same article for their charges: one offence, worded
            # (or translated) so that it reads as two classes ("armed robbery" and "theft
            # coupled with carrying a weapon", both "Art. 402"), not two charges.
            shared = sorted(an & au)
            yield Candidate(
                "consistency.charges", "medium",
                f"the notice ({n.file_name}) charges \"{n.fields.offenses[0].text}\" while "
                f"{u.file_name} charges \"{u.fields.offenses[0].text}\"",
                _rule("offence-class"), first,
                suppressed=(
                    f"both documents cite article {', '.join(shared)} for the charge: the same "
                    "offence worded differently, not different charges"
                ) if shared else None,
            )
        if an and au and not an & au:
            yield Candidate(
                "consistency.charges", "medium",
                f"the notice cites articles {', '.join(sorted(an))} and {u.file_name} cites "
                f"{', '.join(sorted(au))}",
                _rule("articles"), first,
            )
        pn, pu = _penalties(n), _penalties(u)
        differ = sorted(code for code in pn.keys() & pu.keys() if pn[code] != pu[code])
        if differ:
            code = differ[0]
            yield Candidate(
                "consistency.charges", "medium",
                f"the maximum penalty for the same charge (ICCS {code}) is {pn[code]} months in "
                f"the notice and {pu[code]} months in {u.file_name}",
                _rule("penalty"), first,
            )


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def dates(packet: Packet) -> Iterator[Candidate]:
    """Acts after the warrant, a warrant after the notice, birth after the acts, future dates."""
    received = packet.received_at.date()
    warrants = [
        (d, d.fields.decision.date) for d in packet.documents
        if d.doc_type == "arrest-warrant"
        and d.fields.decision.date is not None and _day(d.fields.decision.date.normalized)
    ]
    notices = [
        (d, d.fields.notice.issue_date) for d in packet.documents
        if d.doc_type in NOTICE_TYPES and d.fields.notice.issue_date is not None
        and _day(d.fields.notice.issue_date.normalized)
    ]
    births = [
        f for d in packet.documents for f in d.fields.subject.birth_dates if _day(f.normalized)
    ]
    born = {_day(f.normalized) for f in births}
    acts = [  # a date of birth read into a charge's dates is not the date of the acts
        (d, o, day) for d in packet.documents for o in d.fields.offenses
        for day in (_day(x) for x in o.dates) if day is not None and day not in born
    ]
    for _doc, found in warrants:
        wday = _day(found.normalized)
        assert wday is not None
        later = [(d, o, day) for d, o, day in acts if day > wday]
        if later:
            _d, o, day = later[0]
            yield Candidate(
                "consistency.dates", "medium",
                f"the alleged acts ({day.isoformat()}) are dated after the warrant "
                f"({wday.isoformat()})",
                _rule("acts-after-warrant"), (*_ev(found), *o.evidence[:1]),
            )
        for _n, issued in notices:
            nday = _day(issued.normalized)
            if nday is not None and wday > nday:
                yield Candidate(
                    "consistency.dates", "medium",
                    f"the warrant ({wday.isoformat()}) is dated after the notice "
                    f"({nday.isoformat()})",
                    _rule("warrant-after-notice"), _ev(found, issued),
                )
    for born in births:
        bday = _day(born.normalized)
        assert bday is not None
        early = [(d, o, day) for d, o, day in acts if day < bday]
        if early:
            _d, o, day = early[0]
            yield Candidate(
                "consistency.dates", "medium",
                f"the alleged acts ({day.isoformat()}) are dated before the subject's birth "
                f"({bday.isoformat()})",
                _rule("acts-before-birth"), (*_ev(born), *o.evidence[:1]),
            )
    found_dates = [f for _d, f in warrants] + [f for _d, f in notices]
    for found in found_dates:
        day = _day(found.normalized)
        if day is not None and day > received:
            yield Candidate(
                "consistency.dates", "medium",
                f"the date {day.isoformat()} is after the packet was received "
                f"({received.isoformat()})",
                _rule("future-date"), _ev(found),
            )


def consistency_candidates(packet: Packet) -> list[Candidate]:
    """Every cross-document check."""
    return [*identity(packet), *charges(packet), *dates(packet)]
