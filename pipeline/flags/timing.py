"""Political timing read from dates: proceedings opened soon after the subject's public act.

The lexicon readings of `misuse.political-timing` need a connective ("after the
elections", "weeks after the weekly published"). Files often give dates instead:
"he denounced the decree at a press conference on 2 February 2015 ... the
prosecutor's indictment was filed on 29 April 2015". This rule pairs

- a public act of the subject (`cue.public-act`: a press conference, public
  criticism, an arbitration claim, a candidacy) in a sentence that names the
  subject (a subject reference or one of the subject's names, or "he"/"she" just
  after a sentence that names him), with its date;
- the opening of proceedings (`cue.proceedings-opened`: a complaint, charge,
  indictment or warrant) with its date, or the date of a warrant or decision
  the understanding stage read;

and raises the flag when the proceedings follow the act within `TIMING_DAYS`. A publication
of the subject (`cue.publication`: an article under his name, an episode of his programme)
is usually the very speech charged, so proceedings always follow it: it counts only within
`PUBLICATION_DAYS` ("the complaint two days after the article").
A date belongs to a cue when it stands in the same sentence just after it
("en rueda de prensa del 2 de febrero") or just before it ("On 3 May 2021 he
gave a press conference"), or when it is the only earlier date and opens the
sentence, before a place ("El 20 de enero de 2025, en la ciudad de X, en rueda de
prensa").

A dated political event (`cue.political-event`: protests, an election, a coup
attempt, a mobilisation) counts the same way, whoever took part in it, but only
when the proceedings follow within `EVENT_DAYS` ("right after", DOMAIN.md Part A):
"public events on 23.01.2021 ... criminal case was opened on 24.01.2021". An
event's date may stand anywhere before it in its sentence ("On the night of 15
to 16 July 2016 members of the armed forces attempted to overthrow ..."). An
event whose sentence tells a killing or serious violence (`cue.serious-violence`)
is the scene of an ordinary crime, and proceedings right after it say nothing; so is an
election whose sentence names the polling station, its ballot boxes or the count
(`cue.polling-station`): the scene of an electoral offence; so is an event named as the
topic of texts or reports (`cue.writing-topic`: "three texts about the protests"), where the
date is the publication's, not the event's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.flags.candidates import Candidate
from pipeline.flags.catalog import catalog
from pipeline.flags.cues import live_cues
from pipeline.flags.sentences import PageText, page_text
from pipeline.records import Evidence, Packet, Provenance
from pipeline.text.normalize import normalize_term
from pipeline.understand.dates import MONTH_FIRST_COUNTRIES, DateHit, dates_on
from pipeline.understand.pageview import Hit, PageView

TIMING_DAYS = 183  # about six months
EVENT_DAYS = 31  # proceedings "right after" a political event
PUBLICATION_DAYS = 14  # ... or right after the subject's publication that is itself charged
AFTER_TOKENS = 12  # a date this many tokens after a cue belongs to it ...
BEFORE_TOKENS = 8  # ... or this many before it
EVENT_REACH = 10_000  # an event's date may stand anywhere before it in its sentence
OPENING_TOKENS = 6  # a date this near the sentence start (after a label) dates the sentence
PUBLIC_ACT = "cue.public-act"
PUBLICATION = "cue.publication"
OPENED = "cue.proceedings-opened"
EVENT = "cue.political-event"
VIOLENCE = "cue.serious-violence"
POLLING = "cue.polling-station"
TOPIC = "cue.writing-topic"
SUBJECT = "cue.subject-reference"
PRONOUN = "cue.third-person-pronoun"
# The act and event cues, with the days within which proceedings count as following them.
_DAYS = {PUBLIC_ACT: TIMING_DAYS, PUBLICATION: PUBLICATION_DAYS, EVENT: EVENT_DAYS}


@dataclass(frozen=True)
class _Dated:
    day: date
    evidence: Evidence
    event: bool = False  # a political event rather than the subject's own act
    days: int = TIMING_DAYS  # proceedings within this many days follow it


def _subject_words(packet: Packet) -> set[str]:
    return {
        w for doc in packet.documents for f in doc.fields.subject.names
        for w in normalize_term(f.value).replace(",", " ").split() if len(w) > 2
    }


def _date_of(
    text: PageText, cue: Hit, dates: list[DateHit], reach: int = BEFORE_TOKENS
) -> DateHit | None:
    """The date that belongs to a cue: in its sentence, nearest after it, else just before
    (within `reach` tokens), else the sentence's only earlier date when it opens the sentence."""
    start, end = text.sentence(cue.start)
    first, last = text.token(cue.start), text.token(cue.end - 1)
    after = [
        d for d in dates
        if cue.end <= d.start < end and text.token(d.start) - last <= AFTER_TOKENS
    ]
    if after:
        return min(after, key=lambda d: d.start)
    before = [d for d in dates if start <= d.start and d.end <= cue.start]
    near = [d for d in before if first - text.token(d.end - 1) <= reach]
    if near:
        return max(near, key=lambda d: d.start)
    if len(before) == 1 and text.token(before[0].start) - text.token(start) <= OPENING_TOKENS:
        return before[0]  # the date opens the sentence: "El 20 de enero, en X, en rueda de prensa"
    return None


def _in_sentence(text: PageText, cue: Hit, cues: list[Hit], other: str) -> bool:
    """Whether a cue of id `other` stands in the cue's sentence."""
    start, end = text.sentence(cue.start)
    return any(c.entry_id == other and start <= c.start < end for c in cues)


def _names_subject(
    view: PageView, text: PageText, cue: Hit, cues: list[Hit], names: set[str]
) -> bool:
    """The cue's sentence names the subject, or says "he" or "she" right after a sentence
    that names the subject, or is a clause after a semicolon whose first clause names him
    ("an interview with Mr. X on 19 April; a preview clip was posted on 15 April")."""
    start, end = text.sentence(cue.start)
    if _subject_in(view, cues, names, start, end):
        return True
    if start == 0:
        return False
    clause = view.text[:start].rstrip().endswith((";", "؛"))
    if not clause and not _in_sentence(text, cue, cues, PRONOUN):
        return False
    return _subject_in(view, cues, names, text.sentence(start - 1)[0], start)


def _subject_in(view: PageView, cues: list[Hit], names: set[str], start: int, end: int) -> bool:
    """Whether `[start, end)` holds a subject reference or one of the subject's names."""
    return any(c.entry_id == SUBJECT and start <= c.start < end for c in cues) or any(
        start <= t.idx < end and t.text in names for t in view.doc
    )


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None  # a year or a month alone


def timing_candidates(
    packet: Packet, views: dict[str, list[PageView]], country: str | None
) -> list[Candidate]:
    """`misuse.political-timing` when proceedings opened within TIMING_DAYS of a public act
    of the subject, or within EVENT_DAYS of a political event."""
    names = _subject_words(packet)
    month_first = country in MONTH_FIRST_COUNTRIES
    acts: list[_Dated] = []
    opened: list[_Dated] = []
    for doc in packet.documents:
        for view in views.get(doc.id, []):
            cues = live_cues(view)
            if not any(c.entry_id in _DAYS or c.entry_id == OPENED for c in cues):
                continue
            text = page_text(view)
            dates = dates_on(view, month_first)
            for cue in cues:
                if cue.entry_id not in _DAYS and cue.entry_id != OPENED:
                    continue
                if cue.entry_id == EVENT and any(
                    _in_sentence(text, cue, cues, scene) for scene in (VIOLENCE, POLLING, TOPIC)
                ):
                    continue
                reach = EVENT_REACH if cue.entry_id == EVENT else BEFORE_TOKENS
                found = _date_of(text, cue, dates, reach)
                day = _day(found.iso) if found else None
                if found is None or day is None:
                    continue
                span = min(cue.start, found.start), max(cue.end, found.end)
                dated = _Dated(
                    day, view.evidence(*span), cue.entry_id == EVENT,
                    _DAYS.get(cue.entry_id, TIMING_DAYS),
                )
                if cue.entry_id == OPENED:
                    opened.append(dated)
                elif dated.event or _names_subject(view, text, cue, cues, names):
                    acts.append(dated)
        decision = doc.fields.decision.date
        if decision is not None and decision.normalized and decision.evidence is not None:
            day = _day(decision.normalized)
            if day is not None:
                opened.append(_Dated(day, decision.evidence))
    pairs = [
        (act, later) for act in acts for later in opened
        if 0 <= (later.day - act.day).days <= act.days
    ]
    if not pairs:
        return []
    act, later = min(pairs, key=lambda p: (p[1].day - p[0].day).days)
    days = (later.day - act.day).days
    n_days = f"{days} day" if days == 1 else f"{days} days"
    what = "a political event" if act.event else "a public act of the subject"
    return [
        Candidate(
            code="misuse.political-timing",
            severity="medium",
            what=f"proceedings opened {n_days} after {what}",
            provenance=Provenance(
                kind="rule",
                id="rule.timing.after-political-event" if act.event
                else "rule.timing.after-public-act",
                version=catalog().version,
            ),
            evidence=(act.evidence, later.evidence),
            rationale=(
                f"{what[0].upper()}{what[1:]} (\"{act.evidence.quote}\", {act.day.isoformat()}) "
                f"was followed {n_days} later by proceedings (\"{later.evidence.quote}\", "
                f"{later.day.isoformat()}): compare the dates of the events with the opening "
                "of the case and the warrant."
            ),
        )
    ]
