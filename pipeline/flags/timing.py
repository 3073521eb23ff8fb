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

and raises the flag when the proceedings follow the act within `TIMING_DAYS`. A court's
ruling against the state (`cue.ruling-against-state`: the state body ordered to pay, the
minister's order annulled) counts the same way, the subject's own claim won, when its
sentence names the state side (`cue.state-party`, or the issuing country by its name, or the
ruling's own words name the body it orders: "ordered the Department to pay") rather than the
subject: "the company sued
before the administrative court, which on 14 February ordered the agency to pay ... the
complaint for forgery was filed on 3 March" (DOMAIN.md §6 pattern 2, a dispute with the state).
"He" or "she" may stand a few sentences after the one that names the subject, each between
saying "he" again; and a document that writes an article and a noun right before the
subject's name ("la abogada Urdaneta") names the subject again by them ("la abogada intervino").
A date of the proceedings that is the act's own date (a ruling's date read as the decision's)
makes no pair.

A publication of the subject (`cue.publication`: an article under his name, an episode of his
programme) is usually the very speech charged, so proceedings always follow it: it counts only
within `PUBLICATION_DAYS` ("the complaint two days after the article").
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
date is the publication's, not the event's; so is a march told as passing by, or closing the
street, while another act was done (`cue.march-passing`): the time and place of that act. An
event in a document that charges a killing and tells the victim died (`cue.victim-died`, an
ICCS 01 charge) is the time of an ordinary crime: a stabbing in a bar the day after the
election, with the warrant a few days later.

A file may also tell the sequence itself, without two dates: a sentence that opens proceedings
(`cue.proceedings-opened`, `cue.warrant-word`) and says how long after they came ("Diez días
después la Fiscalía presentó la acusación", "le mandat a été décerné un mois après l'envoi de
cette liste", "بعد تسعة أيام ... قدم ... شكوى"), the interval at most `TIMING_DAYS`, right after a
sentence that tells an act of the subject (it names him, or says "he", or opens with its date or
with an act cue, the sentence before naming him) and no step of the proceedings. The sentence
before may also open with the act's cue with nothing but an article before it ("Episode 47,
released on 6 November ..."), its doer the one the sentence before that named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from pipeline.flags.candidates import Candidate
from pipeline.flags.catalog import catalog
from pipeline.flags.consistency import charge_codes
from pipeline.flags.cues import live_cues
from pipeline.flags.sentences import PageText, page_text
from pipeline.lexicons.loader import load_lexicon
from pipeline.lexicons.words import alternation, word_alternation, words
from pipeline.records import Document, Evidence, Packet, Provenance
from pipeline.text.normalize import normalize_term
from pipeline.understand.dates import (
    MONTH_FIRST_COUNTRIES,
    YEARLESS,
    DateHit,
    dates_on,
    yearless_dates,
)
from pipeline.understand.pageview import Hit, PageView

if TYPE_CHECKING:
    from spacy.tokens import Token

TIMING_DAYS = 183  # about six months
EVENT_DAYS = 31  # proceedings "right after" a political event
PUBLICATION_DAYS = 14  # ... or right after the subject's publication that is itself charged
AFTER_TOKENS = 12  # a date this many tokens after a cue belongs to it ...
BEFORE_TOKENS = 8  # ... or this many before it
EVENT_REACH = 10_000  # an event's date may stand anywhere before it in its sentence
OPENING_TOKENS = 6  # a date this near the sentence start (after a label) dates the sentence
PRONOUN_CHAIN = 3  # sentences of "he"/"she" back to the one that names the subject
NAME_PARTS = 3  # capitalised words (given names) between an article and noun and the name
RANGE_WORDS = 2  # "and", "to", "au", "y al": the words between the dates that bound a period
BODY_TOKENS = 3  # the last words of a ruling cue that name the body it orders
PRO_DROP = ("es",)  # languages whose clauses drop the doer's pronoun
PUBLIC_ACT = "cue.public-act"
PUBLICATION = "cue.publication"
RULING = "cue.ruling-against-state"
STATE = ("cue.state-party", "cue.state-company")
OPENED = "cue.proceedings-opened"
EVENT = "cue.political-event"
VIOLENCE = "cue.serious-violence"
POLLING = "cue.polling-station"
TOPIC = "cue.writing-topic"
PASSING = "cue.march-passing"
DIED = "cue.victim-died"
KILLING = "01"  # ICCS acts leading to death or intending to cause death
WARRANT = "cue.warrant-word"
SUBJECT = "cue.subject-reference"
PRONOUN = "cue.third-person-pronoun"
# The act and event cues, with the days within which proceedings count as following them.
_DAYS = {
    PUBLIC_ACT: TIMING_DAYS, PUBLICATION: PUBLICATION_DAYS, EVENT: EVENT_DAYS, RULING: TIMING_DAYS,
}
_WHAT = {EVENT: "a political event", RULING: "a ruling against the state"}
_RULE = {
    EVENT: "rule.timing.after-political-event", RULING: "rule.timing.after-ruling-against-state",
}
STATED_RULE = "rule.timing.stated-interval"
_UNIT_DAYS = {"unit.day": 1, "unit.week": 7, "unit.month": 30}  # `numbers` lexicon units


@dataclass(frozen=True)
class _Dated:
    day: date
    evidence: Evidence
    kind: str = PUBLIC_ACT  # the cue that dated it
    days: int = TIMING_DAYS  # proceedings within this many days follow it


def _subject_words(packet: Packet) -> set[str]:
    """The words of the subject's names, and the parts of a hyphenated one ("wais-robleh"
    gives "wais" and "robleh": the page's tokens split it)."""
    found = {
        w for doc in packet.documents for f in doc.fields.subject.names
        for w in normalize_term(f.value).replace(",", " ").split() if len(w) > 2
    }
    return found | {p for w in found for p in w.split("-") if len(p) > 2}


def _date_of(
    text: PageText, cue: Hit, dates: list[DateHit], reach: int = BEFORE_TOKENS
) -> DateHit | None:
    """The date that belongs to a cue: inside its own words ("قضت بتاريخ 14 فبراير 2022
    بإلزام الجهاز"), else in its sentence, nearest after it, else just before (within `reach`
    tokens), else the sentence's only earlier date when it opens the sentence."""
    inside = [d for d in dates if cue.start <= d.start and d.end <= cue.end]
    if inside:
        return inside[0]
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


def _range_end(view: PageView, text: PageText, found: DateHit, dates: list[DateHit]) -> bool:
    """Whether the date closes a period that an earlier date of its sentence opens, a word or
    two between ("Between 3 February and 28 July 2022, during the election campaign"): the
    period of the acts charged, not the date of the event. A day written without its year
    (`dates.yearless_dates`) opens no period: it is read to date an act, not to bound one."""
    start, _ = text.sentence(found.start)
    earlier = [
        d for d in dates
        if start <= d.start and d.end <= found.start and d.hit.entry_id != YEARLESS
    ]
    if not earlier:
        return False
    gap = view.text[earlier[-1].end:found.start].split()
    return 0 < len(gap) <= RANGE_WORDS and not any(c.isdigit() for w in gap for c in w)


def _in_sentence(text: PageText, cue: Hit, cues: list[Hit], other: str) -> bool:
    """Whether a cue of id `other` stands in the cue's sentence."""
    start, end = text.sentence(cue.start)
    return any(c.entry_id == other and start <= c.start < end for c in cues)


def _names_country(view: PageView, text: PageText, cue: Hit, country: str | None) -> bool:
    """Whether the cue's sentence names the issuing country (`countries-names`): the state
    side of a ruling named as its country ("an arbitral tribunal ordered Mongolia to pay")."""
    if country is None:
        return False
    start, end = text.sentence(cue.start)
    own = f"country.{country.lower()}"
    return any(h.entry_id == own and start <= h.start < end for h in view.hits("countries-names"))


def _orders_state_body(view: PageView, cue: Hit) -> bool:
    """Whether the ruling's own words name the public body it orders (`flag-words`
    `word.state-body`: "ordered the Department to pay"): the state side. Only its last
    `BODY_TOKENS` words are read, not a court's name before them ("the Court of X Region")."""
    bodies = set(words("flag-words", "word.state-body"))
    inside = [t for t in view.doc if cue.start <= t.idx < cue.end and t.is_alpha]
    return any(t.text in bodies for t in inside[-BODY_TOKENS:])


def _names_subject(
    view: PageView, text: PageText, cue: Hit, cues: list[Hit], names: set[str],
    epithets: set[tuple[str, str]], dates: list[DateHit],
) -> bool:
    """The cue's sentence names the subject, or is a clause after a semicolon whose first
    clause names him ("an interview with Mr. X on 19 April; a preview clip was posted on 15
    April"), or says "he" or "she" after a sentence that names the subject, with at most
    `PRONOUN_CHAIN` sentences between that each say "he" or "she" again ("M. X a été
    ministre. Il a quitté le gouvernement ... Le 15 janvier, il a signé l'appel"), or opens
    with its date and the act's verb, no one named as its doer, right after a sentence that
    names him (Spanish and Arabic drop the pronoun: "Yunior X es corresponsal ... El 15 de
    agosto publicó una crónica")."""
    start, end = text.sentence(cue.start)
    noun = _outlet_doer(view, cue)
    if noun is not None:
        return _outlet_of_subject(view, text, cues, names, epithets, noun, start)
    if _subject_in(view, cues, names, epithets, start, end):
        return True
    if start == 0:
        return False
    if (
        _dated_verb_first(view, cue, dates, start) or _dropped_doer(view, cue, dates, start)
        or _cue_opens(view, cue, start)
    ):
        return _subject_in(view, cues, names, epithets, _clauses_start(view, text, start), start)
    if view.text[:start].rstrip().endswith((";", "؛")):
        return _subject_in(view, cues, names, epithets, text.sentence(start - 1)[0], start)
    for _ in range(PRONOUN_CHAIN):
        if start == 0 or not any(c.entry_id == PRONOUN and start <= c.start < end for c in cues):
            return False
        start, end = text.sentence(start - 1)
        if _subject_in(view, cues, names, epithets, start, end):
            return True
    return False


def _clauses_start(view: PageView, text: PageText, start: int) -> int:
    """The start of the sentence before `start`, with the clauses before it that a semicolon
    joins to it ("La Sra. X es abogada ...; durante el paro asistió a detenidos."): one
    sentence of the doer the next sentence drops."""
    before = text.sentence(start - 1)[0]
    for _ in range(PRONOUN_CHAIN):
        if before == 0 or not view.text[:before].rstrip().endswith((";", "؛")):
            break
        before = text.sentence(before - 1)[0]
    return before


def _outlet_doer(view: PageView, cue: Hit) -> str | None:
    """The outlet noun (`flag-words` `word.outlet`) a cue opens with as its doer, after an
    article: "l'émission a révélé", "the newspaper reported"."""
    outlets = set(words("flag-words", "word.outlet"))
    inside = [t for t in view.doc if cue.start <= t.idx < cue.end and t.is_alpha]
    first = next((t for t in inside if t.text not in words("flag-words", "word.definite")), None)
    return first.text if first is not None and first.text in outlets else None


def _outlet_of_subject(
    view: PageView, text: PageText, cues: list[Hit], names: set[str],
    epithets: set[tuple[str, str]], noun: str, start: int,
) -> bool:
    """Whether the nearest earlier sentence (at most `PRONOUN_CHAIN` back) that holds the
    outlet noun names the subject before it: the outlet is his ("X présente « Le Dossier du
    jeudi », émission d'enquête ... Le 11 janvier, l'émission a révélé"); a newspaper that
    wrote about him ("le journal a publié une enquête sur X") is not."""
    for _ in range(PRONOUN_CHAIN):
        if start == 0:
            return False
        start, end = text.sentence(start - 1)
        held = [t.idx for t in view.doc if start <= t.idx < end and t.text == noun]
        if held:
            return _subject_in(view, cues, names, epithets, start, held[0])
    return False


def _dropped_doer(view: PageView, cue: Hit, dates: list[DateHit], start: int) -> bool:
    """Whether, in a language that drops the pronoun (`PRO_DROP`), the sentence from `start`
    opens with its date and a verb, no one named before the cue: "El 28 de julio coordinó a
    los testigos de su partido y, al día siguiente, publicó en su cuenta ...", the doer the
    one the sentence before named. A determiner after the date (`flag-words` `word.determiner`:
    "nuestra cliente presentó") opens the doer's name instead."""
    if view.lang not in PRO_DROP:
        return False
    opening = [d for d in dates if start <= d.start and d.end <= cue.start]
    if not opening or _date_lead().fullmatch(view.text[start:opening[0].start]) is None:
        return False
    between = [t for t in view.doc if opening[0].end <= t.idx < cue.start and t.is_alpha]
    determiners = words("flag-words", "word.determiner")
    return bool(between) and between[0].text not in determiners and not any(
        _capitalised(view, t) for t in between
    )


def _cue_opens(view: PageView, cue: Hit, start: int) -> bool:
    """Whether the sentence from `start` opens with the act's cue, nothing but punctuation and
    an article before it ("Episode 47, released on ...", "El episodio 112, publicado el ..."):
    the act is told of the one the sentence before named."""
    return cue.entry_id in (PUBLIC_ACT, PUBLICATION) and _date_lead().fullmatch(
        view.text[start:cue.start]
    ) is not None


def _next_days(view: PageView, text: PageText, dates: list[DateHit]) -> list[DateHit]:
    """Dates written as the day after the date the sentence told before them
    (`flag-words` `word.next-day`: "al día siguiente", "le lendemain", "the next day")."""
    out: list[DateHit] = []
    for m in _next_day().finditer(view.text):
        start, _ = text.sentence(m.start())
        before = [d for d in dates if start <= d.start and d.end <= m.start()]
        day = _day(before[-1].iso) if before else None
        if day is None:
            continue
        hit = Hit("flag-words", "word.next-day", m.start(), m.end(), m.group())
        out.append(DateHit(m.start(), m.end(), (day + timedelta(days=1)).isoformat(), hit))
    return out


@cache
def _next_day() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{word_alternation('flag-words', 'word.next-day')})(?!\w)")


@cache
def _date_lead() -> re.Pattern[str]:
    """What may stand before a sentence's opening date: punctuation and an article or
    preposition (`flag-words` `word.date-lead`: "El 15 de agosto", "On 3 May", "في 15 فبراير")."""
    lead = "|".join(re.escape(normalize_term(w)) for w in words("flag-words", "word.date-lead"))
    return re.compile(rf"[\W_]*(?:(?:{lead})\b[\W_]*)?", re.IGNORECASE)


def _dated_verb_first(view: PageView, cue: Hit, dates: list[DateHit], start: int) -> bool:
    """Whether the sentence from `start` holds nothing before the act's cue but its opening
    date: the verb opens the clause and its doer is the one the sentence before named."""
    opening = [d for d in dates if start <= d.start and d.end <= cue.start]
    if len(opening) != 1:
        return False
    date_hit = opening[0]
    lead = view.text[start:date_hit.start]
    gap = view.text[date_hit.end:cue.start]
    return _date_lead().fullmatch(lead) is not None and re.fullmatch(r"[\s,،]*", gap) is not None


def _subject_in(
    view: PageView, cues: list[Hit], names: set[str], epithets: set[tuple[str, str]],
    start: int, end: int,
) -> bool:
    """Whether `[start, end)` holds a subject reference, one of the subject's names, or an
    article and noun the document wrote before the subject's name."""
    if any(c.entry_id == SUBJECT and start <= c.start < end for c in cues):
        return True
    tokens = [t for t in view.doc if start <= t.idx < end]
    return any(t.text in names for t in tokens) or any(
        (a.text, b.text) in epithets for a, b in pairwise(tokens)
    )


def _epithets(views: list[PageView], names: set[str]) -> set[tuple[str, str]]:
    """The article and noun a document writes right before the subject's name, maybe with
    given names between ("contra la abogada Mariela Urdaneta", "le journaliste Diallo"): the
    document names the subject again by them. The article is a definite one
    (`flag-words` `word.definite`); the noun is in lower case as written."""
    articles = set(words("flag-words", "word.definite"))
    out: set[tuple[str, str]] = set()
    for view in views:
        doc = view.doc
        for t in doc:
            if t.text not in names:
                continue
            i = t.i - 1
            while i >= 0 and t.i - i <= NAME_PARTS and _capitalised(view, doc[i]):
                i -= 1
            if i < 1:
                continue
            noun, article = doc[i], doc[i - 1]
            if noun.is_alpha and len(noun.text) > 3 and not _capitalised(view, noun) \
                    and article.text in articles:
                out.add((article.text, noun.text))
    return out


def _capitalised(view: PageView, token: Token) -> bool:
    """Whether a token is written with a capital (a name), as the page has it."""
    written = view.quote(token.idx, token.idx + len(token.text))
    return written[:1].isupper() and written[:1].isalpha()


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None  # a year or a month alone


def _killing(doc: Document, views: dict[str, list[PageView]]) -> bool:
    """Whether a document charges a killing (ICCS 01) and tells the victim died."""
    return any(c.startswith(KILLING) for c in charge_codes(doc, views)) and any(
        c.entry_id == DIED for view in views.get(doc.id, []) for c in live_cues(view)
    )


def timing_candidates(
    packet: Packet, views: dict[str, list[PageView]], country: str | None
) -> list[Candidate]:
    """`misuse.political-timing` when proceedings opened within TIMING_DAYS of a public act
    of the subject or a ruling against the state, or within EVENT_DAYS of a political event."""
    names = _subject_words(packet)
    month_first = country in MONTH_FIRST_COUNTRIES
    acts: list[_Dated] = []
    opened: list[_Dated] = []
    for doc in packet.documents:
        killing: bool | None = None
        epithets: set[tuple[str, str]] | None = None
        for view in views.get(doc.id, []):
            cues = live_cues(view)
            if not any(c.entry_id in _DAYS or c.entry_id == OPENED for c in cues):
                continue
            text = page_text(view)
            dates = dates_on(view, month_first)
            dates = sorted([*dates, *yearless_dates(view, dates)], key=lambda d: d.start)
            dates = sorted([*dates, *_next_days(view, text, dates)], key=lambda d: d.start)
            for cue in cues:
                if cue.entry_id not in _DAYS and cue.entry_id != OPENED:
                    continue
                if cue.entry_id == EVENT and any(
                    _in_sentence(text, cue, cues, scene)
                    for scene in (VIOLENCE, POLLING, TOPIC, PASSING)
                ):
                    continue
                if cue.entry_id == EVENT:
                    killing = _killing(doc, views) if killing is None else killing
                    if killing:
                        continue
                if cue.entry_id == RULING and not any(
                    _in_sentence(text, cue, cues, state) for state in STATE
                ) and not _names_country(view, text, cue, country) and not _orders_state_body(
                    view, cue
                ):
                    continue
                reach = EVENT_REACH if cue.entry_id == EVENT else BEFORE_TOKENS
                found = _date_of(text, cue, dates, reach)
                if cue.entry_id == EVENT and found and _range_end(view, text, found, dates):
                    continue  # the period of the acts charged
                day = _day(found.iso) if found else None
                if found is None or day is None:
                    own = _own_ruling(doc, view, cue, dates) if cue.entry_id == RULING else None
                    if own is not None:
                        acts.append(own)
                    continue
                span = min(cue.start, found.start), max(cue.end, found.end)
                dated = _Dated(
                    day, view.evidence(*span), cue.entry_id, _DAYS.get(cue.entry_id, TIMING_DAYS),
                )
                if cue.entry_id == OPENED:
                    opened.append(dated)
                    continue
                if cue.entry_id in (PUBLIC_ACT, PUBLICATION):
                    if epithets is None:
                        epithets = _epithets(views.get(doc.id, []), names)
                    if not _names_subject(view, text, cue, cues, names, epithets, dates):
                        continue
                acts.append(dated)
        decision = doc.fields.decision.date
        if decision is not None and decision.normalized and decision.evidence is not None:
            day = _day(decision.normalized)
            if day is not None:
                opened.append(_Dated(day, decision.evidence))
    pairs = [
        (act, later) for act in acts for later in opened
        if 0 <= (later.day - act.day).days <= act.days and not _overlap(act, later)
    ]
    if not pairs:
        return _stated_interval(packet, views, names)
    act, later = min(pairs, key=lambda p: (p[1].day - p[0].day).days)
    days = (later.day - act.day).days
    n_days = f"{days} day" if days == 1 else f"{days} days"
    what = _WHAT.get(act.kind, "a public act of the subject")
    return [
        Candidate(
            code="misuse.political-timing",
            severity="medium",
            what=f"proceedings opened {n_days} after {what}",
            provenance=Provenance(
                kind="rule",
                id=_RULE.get(act.kind, "rule.timing.after-public-act"),
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


def _own_ruling(
    doc: Document, view: PageView, cue: Hit, dates: list[DateHit]
) -> _Dated | None:
    """A ruling against the state told without a date of its own, in a judgment whose date
    the understanding stage read: the ruling is the judgment's own decision ("محكمة القضاء
    الإداري، الحكم ... صدر بتاريخ 2023/03/05 ... قررت المحكمة إلزام وزير ..."), dated by it.
    Its evidence is the decision date's, so that date is not read as proceedings after it.
    A judgment rules after every fact it tells, so a later date of its page before the ruling
    (its heading's "decision of 11 April 2024", where the date read was a fact's of 2021)
    dates it instead."""
    decision = doc.fields.decision.date
    judgment = (doc.doc_type or doc.declared_type) == "judgment"
    if not judgment or decision is None or decision.evidence is None:
        return None
    day = _day(decision.normalized) if decision.normalized else None
    if day is None or decision.evidence.start > cue.start:
        return None
    evidence = decision.evidence
    for found in dates:
        later = _day(found.iso) if found.end <= cue.start else None
        if later is not None and later > day:
            day, evidence = later, view.evidence(found.start, found.end)
    return _Dated(day, evidence, RULING, _DAYS.get(RULING, TIMING_DAYS))


def _overlap(act: _Dated, later: _Dated) -> bool:
    """Whether the proceedings' date is read from the act's own words (a ruling's date that
    the understanding stage took for the decision's)."""
    a, b = act.evidence, later.evidence
    same_page = (a.document_id, a.page) == (b.document_id, b.page)
    return same_page and a.start < b.end and b.start < a.end


LETTER = "other"  # the defence's or an NGO's letter tells the subject's acts; a notice the crime


def _stated_interval(
    packet: Packet, views: dict[str, list[PageView]], names: set[str]
) -> list[Candidate]:
    """`misuse.political-timing` when a letter's sentence opens proceedings a stated interval
    (at most `TIMING_DAYS`) after what the sentence before told, an act of the subject."""
    for doc in packet.documents:
        if (doc.doc_type or doc.declared_type) != LETTER:
            continue
        epithets: set[tuple[str, str]] | None = None
        for view in views.get(doc.id, []):
            cues = live_cues(view)
            steps = [c for c in cues if c.entry_id in (OPENED, WARRANT)]
            if not steps:
                continue
            text = page_text(view)
            for m in _interval().finditer(view.text):
                start, end = text.sentence(m.start())
                if start == 0 or _interval_days(m) > TIMING_DAYS or not _back_reference(view, m):
                    continue
                if not any(start <= c.start < end for c in steps):
                    continue
                before, _ = text.sentence(start - 1)
                if any(before <= c.start < start for c in steps):
                    continue  # the sentence before is itself a step of the proceedings
                if epithets is None:
                    epithets = _epithets(views.get(doc.id, []), names)
                if _act_of_subject(view, text, cues, names, epithets, before, start):
                    act, later = view.evidence(before, start), view.evidence(start, end)
                    return [_stated_candidate(act, later)]
    return []


def _act_of_subject(
    view: PageView, text: PageText, cues: list[Hit], names: set[str],
    epithets: set[tuple[str, str]], start: int, end: int,
) -> bool:
    """Whether the sentence `[start, end)` tells an act of the subject: it names him, or opens
    with an act's cue, or with its date and the verb (no determiner or name after the date:
    "El 9 de enero el Tribunal condenó" names another doer), and one of the `PRONOUN_CHAIN`
    sentences before names him (the doer dropped), or opens with "he"/"she" and an active verb
    ("En 2017, il a recensé"); "il a été révoqué" tells what others did to him."""
    if _subject_in(view, cues, names, epithets, start, end):
        return True
    opening = _date_lead().match(view.text, start)
    head = opening.end() if opening else start
    acted = any(c.start == head and c.entry_id in (PUBLIC_ACT, PUBLICATION) for c in cues)
    if not acted and not _date_then_verb(view, head) and not _pronoun_acts(
        view, text, cues, start, end
    ):
        return False
    for _ in range(PRONOUN_CHAIN):
        if start == 0:
            return False
        start, _end = text.sentence(start - 1)
        if _subject_in(view, cues, names, epithets, start, _end):
            return True
    return False


@cache
def _passive() -> re.Pattern[str]:
    """A passive or state auxiliary after a pronoun (`flag-words` `word.passive-auxiliary`)."""
    auxiliaries = word_alternation("flag-words", "word.passive-auxiliary")
    return re.compile(rf"\s*(?:{auxiliaries})\b")


def _pronoun_acts(view: PageView, text: PageText, cues: list[Hit], start: int, end: int) -> bool:
    """Whether "he" or "she" is the doer of the sentence `[start, end)`: the pronoun stands
    among its first `OPENING_TOKENS` tokens ("En 2017, il a recensé ...") and no passive or
    state auxiliary follows it ("Le 14 juin, il a été révoqué" tells what others did)."""
    first = text.token(start)
    for c in cues:
        if c.entry_id != PRONOUN or not start <= c.start < end:
            continue
        if text.token(c.start) - first <= OPENING_TOKENS and not _passive().match(view.text, c.end):
            return True
    return False


def _date_then_verb(view: PageView, head: int) -> bool:
    """Whether a date starts at `head` and the word after it is neither a determiner
    (`flag-words` `word.determiner`), a pronoun nor capitalised: the verb follows, its doer
    dropped ("Le 14 juin, il a été révoqué" tells what others did to him)."""
    dated = [d for d in dates_on(view, False) if d.start == head]
    if not dated:
        return False
    after = [t for t in view.doc if t.idx >= dated[0].end and t.is_alpha]
    pronouns = words("context-cues", PRONOUN)
    named = (*words("flag-words", "word.determiner"), *pronouns)
    return bool(after) and after[0].text not in named and not _capitalised(view, after[0])


def _stated_candidate(act: Evidence, later: Evidence) -> Candidate:
    return Candidate(
        code="misuse.political-timing",
        severity="medium",
        what="proceedings opened a stated short interval after an act of the subject",
        provenance=Provenance(kind="rule", id=STATED_RULE, version=catalog().version),
        evidence=(act, later),
        rationale=(
            f"The file tells an act of the subject (\"{act.quote}\") and then that proceedings "
            f"followed it within a stated interval (\"{later.quote}\"): compare the dates of the "
            "act with the opening of the case and the warrant."
        ),
    )


@cache
def _numbers() -> dict[str, float]:
    """Number words (`numbers` lexicon `num.*`), normalised, with their values."""
    lexicon = load_lexicon("numbers")
    return {
        normalize_term(t): e.weight or 0.0
        for e in lexicon.entries if e.id.startswith("num.") for _lg, t in e.iter_terms()
    }


@cache
def _units() -> dict[str, int]:
    """Day, week and month words (`numbers` lexicon), normalised, with their days."""
    return {t: days for unit, days in _UNIT_DAYS.items() for t in words("numbers", unit)}


@cache
def _interval() -> re.Pattern[str]:
    """A stated interval: a number (or none: one), a unit and a connective after it ("five
    weeks later", "un mois après", "veintiún días después"), or Arabic "بعد" before them
    ("بعد تسعة أيام"); connectives in `flag-words` `word.interval-after`/`word.interval-before`."""
    number = rf"(?:\d{{1,3}}|{alternation(_numbers())})"
    unit = alternation(_units())
    after = word_alternation("flag-words", "word.interval-after")
    before = word_alternation("flag-words", "word.interval-before")
    return re.compile(
        rf"(?<!\w)(?:(?P<n>{number})\s+)?(?P<u>{unit})\s+(?P<c>{after})(?!\w)"
        rf"|(?<!\w)(?P<b>{before})\s+(?:(?P<n2>{number})\s+)?(?P<u2>{unit})(?!\w)"
    )


def _interval_days(m: re.Match[str]) -> float:
    """The days a stated interval spans (no number: one unit)."""
    n, unit = m.group("n") or m.group("n2"), m.group("u") or m.group("u2")
    value = float(n) if n and n.isdigit() else _numbers().get(n, 1.0) if n else 1.0
    return value * _units()[unit]


def _back_reference(view: PageView, m: re.Match[str]) -> bool:
    """Whether the interval counts from what was told before: no object after the connective
    ("five weeks later", "Diez días después la Fiscalía"), or one that points back with a
    demonstrative (`flag-words` `word.back-reference`: "un mois après l'envoi de cette liste")."""
    tail = view.text[m.end():m.end() + 60]
    if m.group("c") in words("flag-words", "word.interval-anaphoric") and not re.match(
        rf"\s+(?:{word_alternation('flag-words', 'word.interval-object')})(?!\w)", tail
    ):
        return True
    if re.match(r"\s*[.,;:)\n،]", tail) or not tail.strip():
        return True
    head = " ".join(tail.split()[:6])
    return re.search(
        rf"(?<!\w)(?:{word_alternation('flag-words', 'word.back-reference')})(?!\w)", head
    ) is not None
