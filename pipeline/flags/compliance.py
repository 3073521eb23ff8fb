"""Rules over the structured fields: penalty threshold, Art. 83(2) judicial data,
validity, in-absentia judgments and the issuing country's record.

Each rule reads what the understanding stage found (with its evidence) and
returns candidates; its provenance names the rule and the rules' version.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from pipeline.flags.candidates import Candidate
from pipeline.flags.catalog import catalog
from pipeline.flags.cues import has_cue, live_cues
from pipeline.flags.sentences import page_text
from pipeline.lexicons.loader import load_lexicon
from pipeline.lexicons.words import alternation, word_start_alternation, written_alternation
from pipeline.records import (
    NOTICE_TYPES,
    Document,
    Evidence,
    Found,
    Offense,
    Packet,
    Provenance,
    Severity,
)
from pipeline.text.normalize import normalize, normalize_term
from pipeline.understand.pageview import PageView

PROSECUTION_MONTHS = 24  # RPD Art. 83(1)(b)(i)
SENTENCE_MONTHS = 6  # RPD Art. 83(1)(b)(ii)
DURATION_REACH = 60  # characters from a charge, article or law to a bare duration after it
NO_TRIAL_TYPES = ("arrest-warrant", "indictment", "police-report")
BAD_STATUS: dict[str, Severity] = {
    "suspended": "medium", "withdrawn": "high", "cancelled": "high", "expired": "high",
}


def _rule(name: str) -> Provenance:
    return Provenance(kind="rule", id=f"rule.{name}", version=catalog().version)


def _ev(*items: Found | Offense | None) -> tuple[Evidence, ...]:
    out: list[Evidence] = []
    for item in items:
        if isinstance(item, Found) and item.evidence is not None:
            out.append(item.evidence)
        elif isinstance(item, Offense):
            out.extend(item.evidence[:1])
    return tuple(out)


def _months(found: Found | None) -> int | None:
    if found is None or found.normalized is None:
        return None
    try:
        return int(float(found.normalized))
    except ValueError:
        return None


def _duration(months: int) -> str:
    if months % 12 == 0 and months >= 12:
        years = months // 12
        return f"{years} year{'s' if years > 1 else ''}"
    return f"{months} month{'s' if months != 1 else ''}"


def _offenses(packet: Packet) -> list[Offense]:
    return [o for d in packet.documents for o in d.fields.offenses]


def penalty_threshold(
    packet: Packet, views: dict[str, list[PageView]] | None = None
) -> Iterator[Candidate]:
    """Below 2 years' maximum (prosecution), or under 6 months imposed or left (sentence).
    A maximum under 2 years, or penalties read as non-custodial only, are held back
    (suppressed, with the reason) when a page states a longer term (2 years or more for a
    maximum) after a penalty word on the same line ("Maximum penalty: fine (art. 283); 5 years
    (art. 378)"): a flag must not rest on a term the penalty reader did not take, and one
    offence that meets the threshold is enough."""
    sentences = [
        (d, d.fields.decision.sentence_months, d.fields.decision.remaining_months)
        for d in packet.documents
    ]
    convicted = [(d, s, r) for d, s, r in sentences if s is not None or r is not None]
    if convicted:
        imposed = [m for _d, s, _r in convicted if (m := _months(s)) is not None]
        left = [m for _d, _s, r in convicted if (m := _months(r)) is not None]
        if left and max(left) < SENTENCE_MONTHS:
            found = next(r for _d, _s, r in convicted if _months(r) == max(left))
            yield Candidate(
                "compliance.penalty-threshold", "high",
                f"The sentence left to serve is {_duration(max(left))}",
                _rule("penalty-threshold.remainder"), _ev(found),
            )
        elif imposed and max(imposed) < SENTENCE_MONTHS and not left:
            found = next(s for _d, s, _r in convicted if _months(s) == max(imposed))
            yield Candidate(
                "compliance.penalty-threshold", "high",
                f"The sentence imposed is {_duration(max(imposed))}",
                _rule("penalty-threshold.sentence"), _ev(found),
            )
        elif imposed and not left and views is not None:
            yield from _suspended_in_full(convicted, views, max(imposed))
        return
    known = [o for o in _offenses(packet) if o.penalty_kind != "unknown"]
    if not known or any(o.penalty_kind in ("life", "death") for o in known):
        return
    custodial = [o for o in known if o.penalty_kind == "custodial" and o.max_penalty_months]
    if custodial:
        top = max(custodial, key=lambda o: o.max_penalty_months or 0)
        months = top.max_penalty_months or 0
        if months < PROSECUTION_MONTHS:
            yield Candidate(
                "compliance.penalty-threshold", "high",
                f"The highest maximum penalty found is {_duration(months)}",
                _rule("penalty-threshold.maximum"), _ev(top),
                suppressed=_held_for(_unread_term(views, max(months, PROSECUTION_MONTHS - 1))),
            )
    elif all(o.penalty_kind == "non-custodial" for o in known):
        yield Candidate(
            "compliance.penalty-threshold", "high",
            "Only non-custodial penalties are found",
            _rule("penalty-threshold.non-custodial"), _ev(known[0]),
            suppressed=_held_for(_unread_term(views)),
        )


@dataclass(frozen=True)
class _Data:
    facts: bool
    time: bool
    place: bool
    charges: bool
    laws: bool
    penalty: bool
    warrant: bool


_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")


def _facts_texts(packet: Packet, views: dict[str, list[PageView]]) -> list[str]:
    """The summaries of facts found, normalised (Arabic-Indic digits read as digits: "٢٠٢٢"
    is a year); a document without a facts heading (a bare summary) is its own summary when
    it narrates something (a year and a place name in it)."""
    facts = [d.fields.facts.value for d in packet.documents if d.fields.facts]
    facts += [o.facts for o in _offenses(packet) if o.facts]
    if facts:
        return [normalize(f).text for f in facts]
    for doc in packet.documents:
        for view in views.get(doc.id, []):
            words = len(view.text.split())
            if _YEAR.search(view.text) and (_places(view) or words >= 60):
                facts.append(view.text)
    return facts


# "in Cúcuta", "à Bastia", "en Getafe": a capitalised word after a preposition (Latin script)
@cache
def _place_after() -> re.Pattern[str]:
    """A preposition of place (`flag-words` `word.place-preposition`, matched as written on
    the page) and a capitalised word."""
    alt = written_alternation("flag-words", "word.place-preposition")
    return re.compile(rf"\b(?:{alt})\s+[A-ZÀ-ÖØ-Þ][\w'-]+")


def _places(view: PageView) -> bool:
    """A place named on the page: a known city or country, a place word, or "in Xyz"."""
    return bool(
        view.hits("places") or view.hits("countries-names")
        or any(h.entry_id == "cue.place-word" for h in view.hits("context-cues"))
        or _place_after().search(view.page.text)
    )


def _any_view(views: dict[str, list[PageView]], test: Callable[[PageView], bool]) -> bool:
    return any(test(v) for vs in views.values() for v in vs)


def _cites_law(view: PageView) -> bool:
    """An article cited, a law named ("18 U.S.C.", "Code pénal") or a law heading."""
    return any(h.entry_id == "article.cited" for h in view.hits("patterns")) or any(
        h.entry_id in ("cue.law-reference",) for h in view.hits("context-cues")
    ) or any(h.entry_id == "cue.law" for h in view.hits("charge-cues"))


def _states_penalty(view: PageView) -> bool:
    from pipeline.understand import penalties

    return bool(penalties.readings(penalties.page_events(view)))


def _states_duration(view: PageView) -> bool:
    """A bare duration ("twelve years", "dix ans") just after a charge, an article or a law
    (within `DURATION_REACH` characters): the penalty, worded without "imprisonment"."""
    cues = live_cues(view)
    durations = [h for h in cues if h.entry_id == "cue.penalty-duration"]
    if not durations:
        return False
    anchors = [
        h.end for h in (*view.hits("iccs"), *view.hits("patterns"), *cues)
        if h.lexicon == "iccs" or h.entry_id in ("article.cited", "cue.law-reference")
    ]
    return any(0 <= d.start - a <= DURATION_REACH for d in durations for a in anchors)


KIND_REACH = 12  # characters from a penalty word ("Pena:", "العقوبة:") to the kind it names
_PENALTY_LABELS = ("penalty.word", "penalty.max")
_PENALTY_KINDS = (
    "penalty.custodial", "penalty.life", "penalty.death", "penalty.fine", "penalty.non-custodial",
)


TERM_REACH = 80  # characters from a penalty word to a term of years or months on its line


def _penalty_term(view: PageView, above: int = 0) -> str | None:
    """A term of years or months after a penalty word on the same line ("Maximum penalty:
    fine (art. 283); 5 years (art. 378)", "Peine : amende ; cinq ans"), longer than `above`
    months at its top, quoted; None if none."""
    from pipeline.understand import penalties

    labels = [h for h in view.hits("penalties") if h.entry_id in _PENALTY_LABELS]
    terms = [
        d for _s, _e, kind, d in penalties.page_events(view).events
        if kind == "duration" and d is not None and d.high > above
    ]
    for w in labels:
        for d in terms:
            if 0 <= d.start - w.end <= TERM_REACH and view.same_line(w.start, d.end):
                return view.quote(d.start, d.end)
    return None


def _unread_term(views: dict[str, list[PageView]] | None, above: int = 0) -> str | None:
    """The first `_penalty_term` longer than `above` months on any page."""
    return next(
        (q for vs in (views or {}).values() for v in vs if (q := _penalty_term(v, above))), None
    )


def _held_for(term: str | None) -> str | None:
    if term is None:
        return None
    return (
        f"a page states a longer term after a penalty word (\"{term}\"), which the penalty "
        "reader did not take: the maximum may meet the threshold"
    )


DISCRETION_REACH = 40  # characters from a penalty word to "at the discretion of the court"


def _names_penalty_kind(view: PageView) -> bool:
    """A penalty given by its kind and grade without a duration ("Pena: presidio mayor en su
    grado medio", "العقوبة: الأشغال المؤقتة", "Peine : réclusion criminelle"): a penalty word
    with a kind of penalty just after it on the same line. The law's scale gives the term, so
    the penalty is stated; "Pena: según la ley" or "Peine : -" name no kind and stay missing.
    A penalty the law leaves to the court ("Penalty: at the discretion of the court",
    "العقوبة: تعزيرية وفق تقدير المحكمة") states that the law sets no maximum: given too."""
    hits = view.hits("penalties")
    labels = [h for h in hits if h.entry_id in _PENALTY_LABELS]
    kinds = [h for h in hits if h.entry_id in _PENALTY_KINDS]
    discretion = [h for h in live_cues(view) if h.entry_id == "cue.penalty-discretion"]
    return any(
        0 <= k.start - w.end <= KIND_REACH and view.same_line(w.start, k.end)
        for w in labels for k in kinds
    ) or any(
        0 <= k.start - w.end <= DISCRETION_REACH and view.same_line(w.start, k.end)
        for w in labels for k in discretion
    )


WARRANT_REACH = 160  # characters from a warrant word to its date or number


def _states_warrant(view: PageView) -> bool:
    """A warrant word followed by a date or a case or warrant number: the reference, where
    the decision reader did not take its number or date."""
    words = [h for h in live_cues(view) if h.entry_id == "cue.warrant-word"]
    if not words:
        return False
    refs = [
        h.start for h in view.hits("patterns") if h.entry_id.startswith(("date.", "case."))
    ]
    return any(0 <= r - w.end <= WARRANT_REACH for w in words for r in refs)


def _names_offence(view: PageView) -> bool:
    return bool(view.hits("iccs") or view.hits("flags-offense"))


CHARGE_ARTICLE_REACH = 12  # characters from "Charges:" to the first section it cites


def _charges_by_article(view: PageView) -> bool:
    """The charges are given as the sections of a code that define them ("Charges: ss. 420,
    467, 468, 471 PPC"): a charges label (`cue.charges`) with an article cited just after it
    on its line names the offences by their provisions, which is a statement of the charges
    that no offence word need repeat."""
    heads = [h for h in view.hits("charge-cues") if h.entry_id == "cue.charges"]
    cited = [h for h in view.hits("patterns") if h.entry_id == "article.cited"]
    return any(
        0 <= c.start - h.end <= CHARGE_ARTICLE_REACH and view.same_line(h.start, c.end)
        for h in heads for c in cited
    )


def _judicial_data(packet: Packet, views: dict[str, list[PageView]]) -> _Data:
    """What the packet gives, from the fields read or, where a reader missed it, from the
    signs on the pages (an article cited, a penalty stated, an offence named): a flag for
    missing data must not rest on a reading error."""
    docs, offenses = packet.documents, _offenses(packet)
    facts = _facts_texts(packet, views)
    return _Data(
        facts=bool(facts),
        # A full date is best; a month or a year in the facts ("between January and June
        # 2023") still places the acts in time.
        time=any(o.dates for o in offenses) or any(_YEAR.search(f) for f in facts),
        place=any(o.place for o in offenses) or (bool(facts) and _any_view(views, _places)),
        charges=bool(offenses) or _any_view(views, _names_offence)
        or _any_view(views, _charges_by_article),
        laws=any(o.articles for o in offenses) or _any_view(views, _cites_law),
        penalty=any(o.penalty_kind != "unknown" for o in offenses)
        or any(d.fields.decision.sentence_months for d in docs)
        or _any_view(views, _states_penalty) or _any_view(views, _states_duration)
        or _any_view(views, _names_penalty_kind),
        warrant=any(d.fields.decision.number or d.fields.decision.date for d in docs)
        or _any_view(views, _states_warrant),
    )


_MISSING = (
    ("facts", "a summary of facts"),
    ("time", "the time of the alleged acts"),
    ("place", "the place of the alleged acts"),
    ("charges", "the charges"),
    ("laws", "the law articles"),
    ("penalty", "the maximum penalty or the sentence"),
    ("warrant", "a warrant or judicial decision reference"),
)


_MISSING_WORDS = dict(_MISSING)


def judicial_data(packet: Packet, views: dict[str, list[PageView]]) -> Iterator[Candidate]:
    """Art. 83(2)(b): what the packet lacks. A missing warrant reference alone, or missing
    law articles alone, is held back (suppressed, with its reason, so the worksheet still
    shows it): the level rules must not send every bare summary of facts to review for
    that alone."""
    data = _judicial_data(packet, views)
    lacking = [key for key, _words in _MISSING if not getattr(data, key)]
    if not lacking:
        return
    missing = [_MISSING_WORDS[key] for key in lacking]
    held = _HELD_ALONE.get(lacking[0]) if len(lacking) == 1 else None
    severity: Severity = "low" if held else "medium"
    first_doc = next((d for d in packet.documents if d.pages), None)
    evidence: tuple[Evidence, ...] = ()
    facts = next((d.fields.facts for d in packet.documents if d.fields.facts), None)
    if facts is not None:
        evidence = _ev(facts)
    elif first_doc is not None:
        page = first_doc.pages[0]
        line = page.text.strip().split("\n", 1)[0][:200]
        start = page.text.find(line)
        if line and start >= 0:
            evidence = (
                Evidence(
                    document_id=first_doc.id, page=page.number, start=start,
                    end=start + len(line), quote=line,
                ),
            )
    what = ", ".join(missing)
    yield Candidate(
        "compliance.judicial-data", severity, what, _rule("judicial-data"), evidence,
        rationale=f"The documents lack judicial data that RPD Art. 83(2)(b) requires: {what}.",
        suppressed=held, missing=tuple(missing),
    )


WARRANT_ONLY = (
    "only the warrant or judicial decision reference is missing: an extract or a summary of "
    "facts often leaves it out, so it is shown here for the reviewer to check in the full "
    "notice rather than raised"
)

LAWS_ONLY = (
    "only the law articles are missing: the charge is named with its penalty and the facts "
    "are dated and placed, which identifies the offence under the issuing country's law, so "
    "it is shown here for the reviewer to check in the full notice rather than raised"
)

# The one lack that alone is held back rather than raised, with its reason: a warrant
# reference, or the law articles where the charge, its penalty and dated, placed facts are given.
_HELD_ALONE = {"warrant": WARRANT_ONLY, "laws": LAWS_ONLY}


BOILERPLATE = (
    "a description of this person's acts with their time and place (the summary is boilerplate)"
)
_LACK = "The documents lack judicial data that RPD Art. 83(2)(b) requires"


# The vague-facts wordings that leave out a datum Art. 83(2)(b) lists (when, where, who
# acted): the others (catch-all acts, stacked formulae, a harm to the State as the only act,
# suspicion inferred) say how the acts are described, which is compliance.vague-facts alone.
DATA_GAPS = (
    "compliance.vague-facts.unspecified-time-place",
    "compliance.vague-facts.unidentified-persons",
)


def _placed_sentence(views: dict[str, list[PageView]], ev: Evidence) -> bool:
    """The sentence of `ev` names a year and a locality below the country: a city
    (`places`), a place word (`cue.place-word`: "in the city of", "en la ciudad de",
    "مدينة") or a place preposition before a capitalised name ("à Bangui")."""
    view = next(
        (v for v in views.get(ev.document_id, []) if v.page.number == ev.page), None
    )
    if view is None:
        return False
    start, end = page_text(view).sentence(view.norm.normalized_index(ev.start))
    if not _YEAR.search(view.text[start:end]):
        return False
    inside = [h for h in view.hits("places") if start <= h.start < end] + [
        h for h in view.hits("context-cues")
        if h.entry_id == "cue.place-word" and start <= h.start < end
    ]
    a, b = view.original_span(start, end)
    return bool(inside) or bool(_place_after().search(view.page.text[a:b]))


def _leaves_a_datum_out(c: Candidate, views: dict[str, list[PageView]]) -> bool:
    """A `DATA_GAPS` wording whose sentence places the acts in a year and a named locality
    ("in the period 2021-2023 in the city of Tashkent, acting with persons whose identities
    have not been established") gives the time and place Art. 83(2)(b) asks for: the others
    left unnamed, or a day left open within those years, describe the acts badly, which is
    vague facts alone."""
    return c.provenance.id in DATA_GAPS and not (
        c.evidence and all(_placed_sentence(views, ev) for ev in c.evidence)
    )


def boilerplate_facts(
    found: list[Candidate], views: dict[str, list[PageView]]
) -> list[Candidate]:
    """Boilerplate facts that leave out when, where or with whom lack judicial data too:
    Art. 83(2)(b) asks for a succinct, clear description of the person's acts with time and
    place, which "at an unspecified time" or "with unidentified persons" does not give, even
    when a year and a country are named. A live `compliance.vague-facts` candidate of those
    wordings (`DATA_GAPS`) makes `compliance.judicial-data` medium (adding it when every other
    datum was found), unless its sentence places the acts in a year and a locality below the
    country (`_leaves_a_datum_out`); the other vague-facts wordings describe the acts badly
    but leave no datum out, and raise vague-facts alone."""
    live = [c for c in found if c.code == "compliance.vague-facts" and c.suppressed is None]
    vague = [c for c in live if _leaves_a_datum_out(c, views)]
    if not vague:
        return _said_once(found) if live else found
    data = [
        c for c in found
        if c.code == "compliance.judicial-data" and c.suppressed in (None, WARRANT_ONLY, LAWS_ONLY)
    ]
    rest = [c for c in found if c not in data]
    if data:
        first = data[0]
        what = f"{first.what}, {BOILERPLATE}"
        first = replace(
            first, severity="medium", what=what, suppressed=None,
            rationale=f"{_LACK}: {what}.",
        )
        return [*rest, first, *data[1:]]
    return [*found, Candidate(
        "compliance.judicial-data", "medium", BOILERPLATE, _rule("judicial-data.boilerplate"),
        vague[0].evidence,
        rationale=f"{_LACK}: {BOILERPLATE}.",
    )]


# What boilerplate facts leave out with the acts themselves: a summary that names no act
# names no time or place for it (a warrant reference missing too is held back anyway).
_WITH_THE_ACTS = {_MISSING_WORDS["time"], _MISSING_WORDS["place"], _MISSING_WORDS["warrant"]}
FACTS_BOILERPLATE = (
    "the summary of facts is boilerplate (compliance.vague-facts): the time or place it lacks "
    "is that finding, said once there"
)


def _said_once(found: list[Candidate]) -> list[Candidate]:
    """Boilerplate facts of the wordings that say how the acts are described (catch-all acts,
    stacked formulae, a harm to the State as the only act) already tell the reviewer the
    facts give no act of this person; a judicial-data candidate that lacks only the time or
    the place of those acts (and perhaps the warrant reference) is held back, with its
    reason. Missing charges, laws or penalty stay raised: the facts do not explain those."""
    out: list[Candidate] = []
    for c in found:
        if c.missing and c.suppressed is None and set(c.missing) <= _WITH_THE_ACTS:
            c = replace(c, suppressed=FACTS_BOILERPLATE)
        out.append(c)
    return out


VOID = (
    "the notice or its warrant is said to be cancelled, withdrawn, lifted or expired "
    "(validity.status): the request has no basis to complete, so the data it lacks are shown "
    "here rather than raised"
)


def void_request(found: list[Candidate]) -> list[Candidate]:
    """A live high `validity.status` (the notice cancelled or withdrawn, the warrant lifted or
    time-barred) settles the request: what judicial data it lacks no longer decides anything,
    so a `compliance.judicial-data` candidate is held back with that reason (the worksheet
    still shows it). A suspended notice or warrant (medium) leaves it raised."""
    if not any(
        c.code == "validity.status" and c.severity == "high" and c.suppressed is None
        for c in found
    ):
        return found
    return [
        replace(c, suppressed=VOID)
        if c.code == "compliance.judicial-data" and c.suppressed is None else c
        for c in found
    ]


def validity(packet: Packet) -> Iterator[Candidate]:
    """Status words (suspended, withdrawn, cancelled, expired) and a past validity date."""
    for doc in packet.documents:
        for found in doc.fields.notice.status:
            severity = BAD_STATUS.get(found.normalized or "")
            if severity is not None:
                yield Candidate(
                    "validity.status", severity, found.normalized or found.value,
                    _rule("validity.status"), _ev(found),
                )
        valid_until = doc.fields.notice.validity_date
        if valid_until is not None and valid_until.normalized:
            try:
                until = date.fromisoformat(valid_until.normalized[:10])
            except ValueError:
                continue
            if until < packet.received_at.date():
                yield Candidate(
                    "validity.status", "high", f"past its validity date of {until.isoformat()}",
                    _rule("validity.date"), _ev(valid_until),
                )


def in_absentia(packet: Packet, views: dict[str, list[PageView]]) -> Iterator[Candidate]:
    """A judgment read as in absentia or by default, unless a retrial guarantee is found.

    A guarantee in the judgment's own document (cue.retrial-guarantee) holds it back; so does
    the law's own voiding of a judgment by default on arrest with a new examination of the
    case (cue.retrial-by-law, e.g. French CPP art. 379-4) stated in any document of the packet,
    since a notice summary and the judgment extract beside it name the same judgment.
    A pre-trial measure or committal in the sentence (cue.pretrial-measure) drops it unless
    the sentence also pronounces a conviction (cue.conviction-pronounced). A document stating
    that the person attended the trial (cue.attended-trial) holds it back too: only the
    pronouncement was made in absence.
    """
    by_law = next(
        ((v, h) for vs in views.values() for v in vs if (h := has_cue(v, "cue.retrial-by-law"))),
        None,
    )
    for doc in packet.documents:
        found = doc.fields.decision.in_absentia
        if found is None:
            continue
        sentenced = doc.fields.decision.sentence_months or any(
            o.sentence_months for o in doc.fields.offenses
        )
        if doc.doc_type in NO_TRIAL_TYPES and not sentenced:
            continue  # "mandat d'arrêt par défaut", "declarado en rebeldía": no trial yet
        doc_views = views.get(doc.id, [])
        if (
            found.evidence is not None and _in_sentence(doc_views, found.evidence, _PRETRIAL)
            and not _in_sentence(doc_views, found.evidence, _PRONOUNCED)
        ):
            continue  # "detention in custody ordered in absentia": a measure, not a trial
        if (
            doc.doc_type != "judgment" and not sentenced and found.evidence is not None
            and not _in_sentence(doc_views, found.evidence, _JUDGMENT, before=True)
        ):
            continue  # "searched in his absence": no trial or judgment named
        retrial = next(
            ((v, h) for v in doc_views if (h := has_cue(v, "cue.retrial-guarantee"))), by_law
        )
        held = None
        if retrial is not None:
            view, hit = retrial
            held = f"a retrial guarantee is stated (\"{view.quote(hit.start, hit.end)}\")"
        attended = next(
            ((v, h) for v in doc_views if (h := has_cue(v, "cue.attended-trial"))), None
        )
        if held is None and attended is not None:
            view, hit = attended
            held = (
                f"the person attended the trial (\"{view.quote(hit.start, hit.end)}\"): "
                "only the pronouncement took place in absence"
            )
        yield Candidate(
            "misuse.in-absentia", "medium", "a judgment in absentia or by default",
            _rule("in-absentia"), _ev(found), suppressed=held,
        )


_PRETRIAL = "cue.pretrial-measure"
_PRONOUNCED = "cue.conviction-pronounced"  # a sentence pronounced: a trial, not a measure
_JUDGMENT = "cue.judgment-word"


def _suspended_in_full(
    convicted: list[tuple[Document, Found | None, Found | None]],
    views: dict[str, list[PageView]],
    longest: int,
) -> Iterator[Candidate]:
    """The longest sentence imposed is suspended in full in its own sentence ("six mois
    d'emprisonnement avec sursis intégral", cue.suspended-in-full): nothing is left to serve,
    so a notice to execute it falls under the six-month threshold whatever its length."""
    for doc, sentence, _left in convicted:
        if sentence is None or sentence.evidence is None or _months(sentence) != longest:
            continue
        if _in_sentence(views.get(doc.id, []), sentence.evidence, "cue.suspended-in-full"):
            yield Candidate(
                "compliance.penalty-threshold", "high",
                f"The sentence imposed ({_duration(longest)}) is suspended in full: "
                "nothing is left to serve",
                _rule("penalty-threshold.suspended"), _ev(sentence),
            )
            return


def _in_sentence(
    views: list[PageView], evidence: Evidence, cue_id: str, *, before: bool = False
) -> bool:
    """A cue of `cue_id` in the sentence of the in-absentia words (or, with `before`, in the
    sentence before it too: "Judgment: Almaty court, case No. 1-17, delivered in absentia")."""
    for view in views:
        if view.page.number != evidence.page:
            continue
        text = page_text(view)
        at = view.norm.normalized_index(evidence.start)
        start, end = text.sentence(at)
        if before and start > 0:
            start = text.sentence(start - 1)[0]
        return has_cue(view, cue_id, start, end) is not None
    return False


def issuing_country(packet: Packet) -> tuple[str | None, Found | None]:
    """The issuing country: the manifest's, else a notice's, else any document's."""
    if packet.manifest and packet.manifest.issuing_country:
        code = packet.manifest.issuing_country
        found = next(
            (
                d.fields.notice.issuing_country for d in packet.documents
                if d.fields.notice.issuing_country
                and d.fields.notice.issuing_country.normalized == code
            ),
            None,
        )
        return code, found
    ordered: list[Document] = sorted(
        packet.documents, key=lambda d: d.doc_type not in NOTICE_TYPES
    )
    for doc in ordered:
        found = doc.fields.notice.issuing_country
        if found is not None and found.normalized:
            return found.normalized, found
    return None, None


def country_context(packet: Packet) -> Iterator[Candidate]:
    """`lexicons/countries.yaml`: countries credible sources document as misusing notices."""
    code, found = issuing_country(packet)
    if code is None:
        return
    lexicon = load_lexicon("countries")
    for entry in lexicon.entries:
        if code in entry.countries:
            first = entry.sources[0] if entry.sources else (entry.source or "")
            cited = first.split(" (")[0][:200]  # the first source, without its gloss
            more = len(entry.sources) - 1
            if more > 0:
                cited += f"; {more} more source{'s' if more > 1 else ''} in lexicon {entry.id}"
            yield Candidate(
                "misuse.country-context", entry.severity or "low", f"{entry.name}, {code}",
                Provenance(kind="lexicon", id=entry.id, version=lexicon.version), _ev(found),
                rationale=(
                    f"The issuing country ({entry.name}, {code}) is documented by credible "
                    f"public sources as having misused notices or diffusions ({cited}); this "
                    "raises attention and decides nothing."
                ),
            )
            return


_DAY_OR_FIGURE = re.compile(r"\d+")
@cache
def _article_number() -> re.Pattern[str]:
    """An article, law or file number with the word before it (`flag-words`
    `word.number-lead`), on normalised text."""
    lead = word_start_alternation("flag-words", "word.number-lead")  # Arabic: "للمادة 86"
    return re.compile(rf"{lead}\s*\d[\d/.-]*")


_LABEL_LINE = re.compile(r"\n[ \t]*[^\W\d_][\w .'’-]{0,30}:", re.UNICODE)


def _summary(facts: str) -> str:
    """The summary of facts up to the next labelled line ("Warrant: ...") the reader may have
    run on into."""
    label = _LABEL_LINE.search(facts)
    return facts[: label.start()] if label else facts


# Words the person said or wrote, quoted: a quotation that opens on a small letter
# ('calificó al Presidente de "dictador"'), not a name in quotes ('the "Gonder Lens" channel').
_QUOTED_WORDS = re.compile(r"[\"“„]\w|«\s?\w", re.UNICODE)


@cache
def _count_words() -> re.Pattern[str]:
    """A count in words from two up (`numbers` num.2 and above: "recruta deux hommes",
    "three transfers"), matched on normalised text. Months are no particular of an act: a
    summary may place vague acts "from June to August 2023"."""
    terms = [
        t for e in load_lexicon("numbers").entries
        if e.id.startswith("num.") and e.id != "num.1"
        for _lang, t in e.iter_terms()
    ]
    return re.compile(rf"(?<!\w)(?:{alternation(normalize_term(t) for t in terms)})(?!\w)")


def _names_particular(facts: str) -> bool:
    """Whether a summary of facts names a particular of an act: a figure that is not a year
    or an article or case number (a day of a date, an amount, a count: "on 14 May",
    "USD 40,000", "3 victims"; in words: "recruited two men"), or the words the person said
    or wrote, quoted."""
    quoted = any(m.group()[-1].islower() for m in _QUOTED_WORDS.finditer(facts))
    text = _article_number().sub(" ", normalize(facts).text)
    return quoted or bool(_count_words().search(text)) or any(
        not _YEAR.fullmatch(m.group()) for m in _DAY_OR_FIGURE.finditer(text)
    )



def _open_qualification(code: str, open_iccs: tuple[str, ...]) -> bool:
    """An ICCS code of a qualification that names no act (`bare_grave.open_iccs` in
    flag-codes.yaml), or the class above one that a law's name reads as ("Proceeds of Crime
    Act", 0704)."""
    return code.startswith(open_iccs) or (
        len(code) >= 4 and any(q.startswith(code) for q in open_iccs)
    )


def bare_grave_facts(packet: Packet) -> Iterator[Candidate]:
    """A charge whose qualification names no act (terrorism, hatred, laundering) over a short
    summary of facts that names no particular of the act: no day, no amount, no count, only
    years and a kind of conduct ("since 2017 ... organised activities that spread ethnic
    hatred", "recibió y administró fondos provenientes del extranjero"). The summary then
    restates the qualification and attributes no concrete act (RPD Art. 83(2)(b); DOMAIN.md
    Part A compliance.vague-facts). Every charge of the document must be of that kind: one
    that names an act (fraud, embezzlement, smuggling) beside laundering tells what the money
    came from. A summary with a date to the day, a figure or the person's quoted words, or a
    long one, is read as concrete, and the phrase rules judge it. The codes and the length
    are `bare_grave` in flag-codes.yaml."""
    rules = catalog().bare_grave
    if rules is None:
        return
    open_iccs = tuple(rules.open_iccs)
    for doc in packet.documents:
        facts = doc.fields.facts
        coded = [o.iccs_code for o in doc.fields.offenses if o.iccs_code]
        if facts is None or not coded or not all(
            _open_qualification(code, open_iccs) for code in coded
        ):
            continue
        summary = _summary(facts.value)
        if len(summary.split()) > rules.facts_words_max or _names_particular(summary):
            continue
        yield Candidate(
            "compliance.vague-facts", "medium",
            "a grave qualification (terrorism, hatred or laundering) over a summary of facts "
            "that names no day, amount or count of any act",
            _rule(BARE_GRAVE.removeprefix("rule.")), _ev(facts),
        )
        return


BARE_GRAVE = "rule.vague-facts.bare-grave-qualification"


def bare_grave_in_context(found: list[Candidate]) -> list[Candidate]:
    """The bare-grave-qualification reading (`bare_grave_facts`) raises vague facts only
    beside a live sign of `bare_grave.context_families` (on the development cases it never
    fired alone where the labels carried vague facts); alone it is held back with its
    reason."""
    rules = catalog().bare_grave
    if rules is None:
        return found
    family = {entry.code: entry.family for entry in catalog().codes}
    context = any(
        c.suppressed is None and c.code != "misuse.country-context"
        and family.get(c.code) in rules.context_families
        for c in found
    )
    if context:
        return found
    return [
        replace(c, suppressed=rules.reason) if c.provenance.id == BARE_GRAVE else c
        for c in found
    ]


def rule_candidates(packet: Packet, views: dict[str, list[PageView]]) -> list[Candidate]:
    """Every structured-field rule over the packet."""
    return [
        *penalty_threshold(packet, views),
        *judicial_data(packet, views),
        *validity(packet),
        *in_absentia(packet, views),
        *country_context(packet),
        *bare_grave_facts(packet),
    ]
