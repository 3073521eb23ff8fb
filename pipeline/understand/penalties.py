"""Penalties: maximum penalty, sentence imposed and part left to serve, read from lexicon hits.

Durations start from the unit hits of `lexicons/numbers.yaml` ("years", "ans",
"سنوات", the Arabic duals "سنتين" ...): the number in front of a unit is read
backwards from it (digits or number words, or a range "5 to 12", "de tres a
seis"). Cues of `lexicons/penalties.yaml` ("punishable by", "condamné à",
"المدة المتبقية", "life imprisonment", "amende" ...) say what a duration is.
Cues and durations that follow each other closely in one sentence make a
clause; a clause gives the maximum (its largest duration: a range takes its
upper bound), the sentence or the remainder, and the kind of penalty. The terms of
different clauses are never added up; only "X years and Y months" within one duration
is. A minimum alone, a fine's duration (day-fines), a total of several terms, a
person's age ("de 67 años", "menores de trece años"), a calendar month ("شهر يونيو")
a limitation period ("Prescripción de la acción penal: 15 años") and a duration no
penalty word governs are no maximum; nor is a penalty a clause says will
not be applied ("se compromete a no aplicar la pena de muerte"). Number words followed by
their figure in brackets take the figure ("seiscientos (600) meses"). Death outranks life
in a clause that states both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import cast

from pipeline.config import SUPPORTED_LANGUAGES
from pipeline.lexicons.loader import load_lexicon
from pipeline.lexicons.schema import Language
from pipeline.lexicons.words import Script, word_alternation, words
from pipeline.records import Page, PenaltyKind
from pipeline.text.normalize import normalize_term
from pipeline.understand.pageview import Hit, PageView, view_page

# A clause breaks where cues and durations are further apart than this, or at ". " / ";".
CLAUSE_GAP = 70
# After a sentence cue that has no duration yet ("Condenamos al acusado X, como autor de
# ..., a la pena de tres años"), the clause waits this long for its duration.
SENTENCE_GAP = 200
WORDS = "decision-words"  # small words read around a duration (lexicons/decision-words.yaml)
SERVED_GAP = 30  # a time-served cue ("having served", "بعد أن قضى") governs a term this close


def _w(entry_id: str, script: Script = "any") -> str:
    """A `decision-words` entry as an alternation of its normalised terms, longest first."""
    return word_alternation(WORDS, entry_id, script=script)


def _not_after(entry_id: str) -> str:
    """A lookbehind for each of the entry's words (each whole at its start): not after them."""
    return "".join(rf"(?<!\b{re.escape(t)})" for t in words(WORDS, entry_id))


# A period closes a sentence unless it ends an abbreviation: an initial or a currency,
# number or title ("KShs. 500,000", "Rs. 2 lakh", "No. 12", "art. 5").
@cache
def _break() -> re.Pattern[str]:
    """A semicolon (the Arabic "؛" too), or a full stop after no initial and no abbreviation
    (`word.stop-abbreviation`), before a space or the end."""
    return re.compile(
        rf"(?:[;؛]|(?<!\b[a-z]){_not_after('word.stop-abbreviation')}\.)(?:\s|$)"
    )


# Text between two durations that makes them one ("1 year and 6 months", "سنتين وستة أشهر").
@cache
def _compound_gap() -> re.Pattern[str]:
    """Nothing, a comma or "and" (`word.duration-and`) between two durations."""
    return re.compile(rf"^\s*(?:,|{_w('word.duration-and')})?\s*$")


@cache
def _range_connectors() -> str:
    """A dash or a word (`word.range-connector`) between the two bounds of a range."""
    return rf"-|–|{_w('word.range-connector')}"


_ROLE_OF = {
    "penalty.max": "max", "penalty.min": "max", "penalty.sentence": "sentence",
    "penalty.remaining": "remaining", "penalty.requested": "requested", "penalty.total": "total",
}
_SEVERITY: dict[str, int] = {
    "unknown": 0, "non-custodial": 1, "custodial": 2, "life": 3, "death": 4,
}


@dataclass(frozen=True)
class Duration:
    """A duration on a page: normalised offsets, bounds in months and the unit's size."""

    start: int
    end: int
    low: float
    high: float
    unit: float
    is_range: bool = False


@dataclass
class Reading:
    """What one clause (or a set of clauses) says, with the normalised span it rests on."""

    role: str
    kind: PenaltyKind = "unknown"
    months: int | None = None
    start: int = 0
    end: int = 0


@dataclass
class PageEvents:
    """Penalty cues and durations of one page, in reading order."""

    view: PageView
    events: list[tuple[int, int, str, Duration | None]] = field(default_factory=list)


_TENS = (20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0)
# What stands between a number and the unit word (or between two durations) and marks a
# person's age rather than a penalty: "aged 67 years", "de 67 años de edad", "البالغ من العمر".
@cache
def _age_before() -> re.Pattern[str]:
    """Age words ending the text before a number (`word.age`; `word.age-minor` and
    `word.age-major` unless negated: `word.age-minor-negation`, `word.age-major-negation`)."""
    def negated(entry_id: str) -> str:
        return "".join(rf"(?<!\b{re.escape(t)} )" for t in words(WORDS, entry_id))

    return re.compile(
        rf"(?:\b(?:{_w('word.age', 'latin')})|{_w('word.age', 'arabic')}"
        rf"|{negated('word.age-minor-negation')}\b(?:{_w('word.age-minor')})"
        rf"|{negated('word.age-major-negation')}\b(?:{_w('word.age-major')}))\s*$"
    )


@cache
def _age_after() -> re.Pattern[str]:
    """Age words right after a duration (`word.age-after`: "old", "de edad")."""
    return re.compile(rf"\s*(?:'|’)?\s*(?:{_w('word.age-after')})\b")


# A bare unit ("سنة", "شهر", "year") right after one of these counts one unit:
# "من شهر إلى سنة", "لا تزيد على سنة", "مدة سنة".
@cache
def _bare_after() -> re.Pattern[str]:
    """A word (`word.bare-unit-lead`) ending the text before a bare unit."""
    return re.compile(rf"(?:^|\s)(?:{_w('word.bare-unit-lead')})\s*$")


@cache
def _one_after() -> re.Pattern[str]:
    """The word "one" (`word.bare-unit-one`) right after a bare unit: "وشهر واحد" is a month."""
    return re.compile(rf"\s*(?:{_w('word.bare-unit-one')})(?!\w)")


# Between a duration and a custodial word that follows it ("two years' imprisonment",
# "deux ans d'emprisonnement", "tres años de prisión"): the duration is custodial even
# after a fine cue.
@cache
def _before_custodial() -> re.Pattern[str]:
    """Nothing but an apostrophe and a link word (`word.custodial-link`)."""
    return re.compile(rf"^\s*(?:'|’)?\s*(?:{_w('word.custodial-link')})?\s*$")


@cache
def _number_words() -> tuple[dict[str, float], re.Pattern[str]]:
    values: dict[str, float] = {}
    for entry, _lang, term in load_lexicon("numbers").iter_terms():
        if entry.id.startswith("num.") and entry.weight is not None:
            values[normalize_term(term)] = entry.weight
    words = "|".join(re.escape(w) for w in sorted(values, key=len, reverse=True))
    tens = "|".join(re.escape(w) for w in sorted(values, key=len, reverse=True)
                    if values[w] in _TENS)
    units = "|".join(re.escape(w) for w in sorted(values, key=len, reverse=True)
                     if 1 <= values[w] <= 9)
    # Compound numbers not listed one by one: "cuarenta y dos", "forty-two", "ثلاث وأربعين".
    compound = (
        rf"(?:{tens})(?:\s*(?:{_w('word.number-and', 'latin')})\s*|\s*-\s*|\s+)(?:{units})"
        rf"|(?:{units})\s*(?:{_w('word.number-and', 'arabic')})\s*(?:{tens})"
    )
    num = rf"(?:\d{{1,3}}(?:[.,]\d{{1,2}})?|{compound}|{words})"

    def item(name: str) -> str:
        # A number, with its figure or word in brackets ("diez (10)", "6 (seis)"); or number
        # words this lexicon does not list, followed by their figure ("ciento veintiocho (128)",
        # "seiscientos (600)"): the figure in brackets is the value.
        # On an OCR page an Arabic figure's brackets come out mirrored and its digits
        # reversed ("عشر )٠١( سنوات"): the number word before them is the value.
        return (
            rf"(?:(?P<{name}>{num})(?:\s*\(\s*(?P<{name}p>\d{{1,4}}|{words})\s*\)"
            rf"|\s*\)\s*\d{{1,4}}\s*\(\u200f?)?"
            rf"|(?:[^\W\d_]+\s+){{1,4}}?\(\s*(?P<{name}q>\d{{1,4}})\s*\))"
        )

    tail = re.compile(
        rf"(?<!\w)(?:{item('a')}\s*(?P<c>{_range_connectors()})\s*)??"
        rf"(?:و|ب|وب|ل)?{item('b')}\s*$"  # "وخمس", "بعشر سنوات", "لثلاث سنوات"
    )
    return values, tail


@cache
def _compound() -> re.Pattern[str]:
    """A compound number word in two parts: "cuarenta y dos", "forty-two", "ثلاث وأربعين"
    (`word.number-and`)."""
    return re.compile(
        rf"^(?P<x>.+?)(?:\s*(?:\b(?:{_w('word.number-and', 'latin')})\b|-)\s*"
        rf"|\s*(?:{_w('word.number-and', 'arabic')})|\s+)(?P<y>\S+)$"
    )


@cache
def _weights() -> dict[str, float]:
    return {e.id: e.weight for e in load_lexicon("numbers").entries if e.weight is not None}


@cache
def _unit_terms(lang: Language) -> frozenset[str]:
    """The unit words (`unit.*` in numbers.yaml) of one language, normalised."""
    return frozenset(
        normalize_term(t) for e, _lang, t in load_lexicon("numbers").iter_terms(lang)
        if e.id.startswith("unit.")
    )


def _unit_of_language(hit: Hit, lang: str | None) -> bool:
    """Whether a unit word is one of the page's language (any, when that is unknown): a bare
    unit counts one unit only in its own language, where a short unit word of another
    ("an", French for year) is a common word (the English article)."""
    if lang not in SUPPORTED_LANGUAGES:
        return True
    return normalize_term(hit.text) in _unit_terms(cast(Language, lang))


def _value(token: str) -> float | None:
    token = token.strip()
    if token[:1].isdigit():
        try:
            return float(token.replace(",", "."))
        except ValueError:
            return None
    words, _ = _number_words()
    if token in words:
        return words[token]
    m = _compound().match(token)
    if m is None:
        return None
    x, y = words.get(m.group("x").strip()), words.get(m.group("y").strip())
    return x + y if x is not None and y is not None else None


@cache
def _month_after() -> re.Pattern[str]:
    """A month's name right after a month unit: a calendar month ("شهر يونيو", "the month of
    June", "el mes de junio"), not a duration."""
    names = {normalize_term(t) for _e, _lang, t in load_lexicon("months").iter_terms()}
    names = {n for n in names if len(n) >= 3}
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    of = "|".join(re.escape(t) + (r"\s*" if t.endswith("'") else r"\s+")
                  for t in words(WORDS, "word.month-of"))
    return re.compile(rf"\s*(?:{of})?(?:{alt})(?!\w)")


def _item_value(m: re.Match[str], name: str) -> float | None:
    """A bound's value: the figure in brackets when there is one ("sesenta (60)"), else the
    number itself ("6 (seis)", "diez")."""
    for group in (f"{name}q", f"{name}p", name):
        token = m.group(group)
        if token and (group == name or token[:1].isdigit()):
            return _value(token)
    return None


def _duration(view: PageView, hit: Hit, cues: list[tuple[int, int]]) -> Duration | None:
    """The duration ending with this unit hit, its number read backwards from the unit."""
    weight = _weights().get(hit.entry_id)
    if weight is None:
        return None
    text = view.text
    if _age_after().match(text, hit.end):
        return None
    if hit.entry_id == "unit.month" and _month_after().match(text, hit.end):
        return None
    if hit.entry_id.startswith("dual."):
        if _age_before().search(text, max(0, hit.start - 24), hit.start):
            return None
        return Duration(hit.start, hit.end, weight, weight, weight / 2)
    window_start = max(0, hit.start - 64)
    _, tail = _number_words()
    m = tail.search(text, window_start, hit.start)
    inside = [e for s, e in cues if m is not None and m.start() <= s and e <= hit.start]
    if inside:  # "condamne à cinq (5) ans": the number starts after the cue, not before it
        m = tail.search(text, max(inside), hit.start)
    if m is None:
        # A bare singular unit after a cue or a range word: "بالحبس سنة", "من شهر إلى سنة".
        if text[hit.end : hit.end + 2].strip()[:1].isdigit() or hit.text.endswith("s"):
            return None
        if not _unit_of_language(hit, view.lang):
            return None  # "Penalty: where an offensive weapon ...": French "an" on an English page
        if any(0 <= hit.start - e <= 12 for _s, e in cues) or _bare_after().search(
            text, max(0, hit.start - 12), hit.start
        ) or _one_after().match(text, hit.end):
            return Duration(hit.start, hit.end, weight, weight, weight)
        return None
    if _age_before().search(text, max(0, m.start() - 24), m.start()):
        return None
    high = _item_value(m, "b")
    if high is None:
        return None
    low = _item_value(m, "a")
    if low is not None and low > high:  # "10 a 5"? not a range
        low = None
    return Duration(
        m.start(), hit.end, (low if low is not None else high) * weight, high * weight, weight,
        is_range=low is not None,
    )


def page_events(view: PageView) -> PageEvents:
    """Cues and durations of one page (from its hits; the page is not scanned again)."""
    cues = [(h.start, h.end, h.entry_id) for h in view.hits("penalties")]
    # a ban for life ("المنع المؤبد من تولي الوظائف العامة", "interdiction à vie") is an
    # accessory penalty: the life word inside it names no life term
    bans = [(s, e) for s, e, k in cues if k == "penalty.non-custodial"]
    cues = [(s, e, k) for s, e, k in cues
            if k != "penalty.life" or not any(a <= s and e <= b for a, b in bans)]
    cue_spans = [(s, e) for s, e, _ in cues]
    events: list[tuple[int, int, str, Duration | None]] = [(s, e, k, None) for s, e, k in cues]
    durations: list[Duration] = []
    for hit in view.hits("numbers"):
        if hit.entry_id == "half" and durations and 0 <= hit.start - durations[-1].end <= 2:
            d = durations[-1]
            durations[-1] = Duration(d.start, hit.end, d.low, d.high + d.unit / 2, d.unit / 2)
            continue
        if not hit.entry_id.startswith(("unit.", "dual.")):
            continue
        d = _duration(view, hit, cue_spans)
        if d is None:
            continue
        prev = durations[-1] if durations else None
        if (
            prev is not None and prev.unit > d.unit and not d.is_range
            and _compound_gap().match(view.text[prev.end : d.start])
        ):
            # "de cuatro a trece años y cuatro meses": the smaller unit goes on the upper bound
            low = prev.low if prev.is_range else prev.low + d.low
            durations[-1] = Duration(
                prev.start, d.end, low, prev.high + d.high, d.unit, is_range=prev.is_range
            )
            continue
        durations.append(d)
    events += [(d.start, d.end, "duration", d) for d in durations]
    events.sort(key=lambda ev: (ev[0], -ev[1]))
    return PageEvents(view, events)


Event = tuple[int, int, str, "Duration | None"]


def _clauses(pe: PageEvents, start: int, end: int) -> list[list[Event]]:
    text = pe.view.text
    clauses: list[list[Event]] = []
    for ev in pe.events:
        if ev[0] < start or ev[1] > end:
            continue
        if clauses:
            last = clauses[-1]
            last_end = max(e for _s, e, _k, _d in last)
            gap = text[last_end : ev[0]] if ev[0] > last_end else ""
            roles = {_ROLE_OF.get(k) for _s, _e, k, _d in last}
            # a maximum's heading waits for its terms past its colon ("Maximum penalties on
            # conviction on indictment (...): Count 1, five years")
            waiting = all(d is None for _s, _e, _k, d in last) and bool(
                roles & {"sentence", "remaining"} or ("max" in roles and ":" in gap)
            )
            if len(gap) <= (SENTENCE_GAP if waiting else CLAUSE_GAP) and (
                not _break().search(gap) or _next_stage(last, ev, gap)
            ):
                clauses[-1].append(ev)
                continue
        clauses.append([ev])
    return clauses


_STAGE_CUES = ("penalty.max", "penalty.custodial")


def _next_stage(last: list[Event], ev: Event, gap: str) -> bool:
    """Whether a duration after a semicolon goes on stating the maximum of the clause before
    it: a further stage or count of one scale ("prisión de quince a veinte años; cuando
    concurren dos circunstancias, de veinte a treinta años", "Maximum penalties: Count 1, five
    years; Count 2, ten years"). Only a clause of the law's maximum with a duration of its own
    goes on so, only across semicolons and only where a stage or count word opens the new
    part (`word.penalty-stage`): never a sentence imposed, never past a full stop, never
    another period of time ("up to 5 years; he lived there 10 years")."""
    if ev[2] != "duration" or re.search(r"\.(?:\s|$)", gap):
        return False
    if not re.search(rf"(?<!\w)(?:{_w('word.penalty-stage')})(?!\w)", gap):
        return False
    kinds = {k for _s, _e, k, _d in last}
    return (
        "duration" in kinds and bool(kinds & set(_STAGE_CUES))
        and not any(_ROLE_OF.get(k) not in (None, "max") for k in kinds)
    )


def _read_clause(clause: list[Event], text: str = "") -> list[Reading]:
    """What one clause says. Durations after a minimum cue ("not less than", "لا تقل عن")
    are not a maximum: a clause that states only a minimum has a custodial maximum of unknown
    length. Durations of a fine ("multa de doce meses": day-fines) and a total of several
    terms ("a total of 67 years") are not a custodial maximum either; the terms of one clause
    are never added up, its largest is the maximum. Durations after a limitation period's
    cue ("prescription", "التقادم") are the time to prosecute, no penalty."""
    kinds = {k for _s, _e, k, _d in clause}
    if kinds <= {"duration"}:
        return []  # a duration no penalty word governs: a person's age, a period of time
    if "penalty.excluded" in kinds:
        # "undertakes not to apply the death penalty": the death penalty the clause names is
        # set aside, and so is a life term the assurance names with it ("no será sometido a
        # pena de muerte ni perpetua"); a penalty it also states under a cue of its own still
        # counts ("la peine de mort ayant été abolie, ... sont punis de la réclusion
        # criminelle à perpétuité")
        away = _assurance_spans(clause, text)
        clause = [ev for ev in clause if ev[2] not in ("penalty.excluded", "penalty.death")
                  and not (ev[2] == "penalty.life" and _assured_away(clause, ev[0]))
                  and not any(a <= ev[0] < b for a, b in away)]
        kinds = {k for _s, _e, k, _d in clause}
        if not kinds & {"penalty.life", "penalty.custodial"}:
            return []
    glossed = _glossed(clause, text)
    if glossed:
        clause = [ev for ev in clause if ev not in glossed]
        kinds = {k for _s, _e, k, _d in clause}
    role = "max"
    minimum = fine = default = limitation = served = False
    fine_end = 0
    mins: list[Duration] = []
    postposed: set[int] = set()  # minimum cues written after their term ("un an au moins")
    by_role: dict[str, Reading] = {}
    cue_end = -1  # end of the last role cue: a role cue inside it is part of its words
    for i, (s, e, k, d) in enumerate(clause):
        if k in _ROLE_OF:
            if e <= cue_end:
                continue  # "shall be sentenced to": the law's penalty, not "sentenced to"
            cue_end = e
        if k == "penalty.total":
            if role == "max":
                role = "total"
            continue
        if k == "penalty.in-default":
            default = True  # "... or, in default of payment, 18 months' imprisonment"
            continue
        if k == "penalty.served":  # "having served three years": the term right after it
            nxt = next((ev for ev in clause[i + 1 :] if ev[2] == "duration"), None)
            served = nxt is not None and nxt[0] - e <= SERVED_GAP
            continue
        if k == "penalty.limitation":
            limitation = True  # "Prescripción de la acción penal: 15 años": no penalty
            continue
        if k in ("penalty.fine", "penalty.non-custodial"):
            # a fine's or another non-custodial penalty's duration ("community service for
            # three years", "disqualification ... for ten years") is no custodial term
            fine = True
            fine_end = e
            continue
        if k in ("penalty.custodial", "penalty.life", "penalty.death"):
            fine = False
            continue
        if i in postposed:
            continue
        if k in _ROLE_OF:
            role, default, limitation = _ROLE_OF[k], False, False
            minimum = k == "penalty.min"
            if role != "max" or (fine and text and re.search(r"[,;،]", text[fine_end:s])):
                # "hasta cinco años o multa, y en casos graves hasta ocho años": past the
                # fine's comma, a further bound is a term again
                fine = False
            continue
        if d is None or default or limitation or (
            d.high < 1 and "penalty.custodial" not in kinds
        ):
            continue  # days alone say nothing of a custodial term ("100 días-multa")
        if fine and not _custodial_next(clause, i, text):
            continue
        if served or _cue_next(clause, i, text, "penalty.served"):
            served = False  # "one year and seven months he spent in remand custody"
            continue
        if _cue_next(clause, i, text, "penalty.remaining"):  # "eleven years and eight
            by_role["remaining"] = Reading("remaining", "custodial", round(d.high), s, e)
            continue  # months remain to be served": the cue after the term says what it is
        sentence = by_role.get("sentence")
        if role == "sentence" and sentence and sentence.months and _cue_next(
            clause, i, text, "penalty.suspended"
        ):  # "trente mois d'emprisonnement dont six mois assortis du sursis": not served
            sentence.months = max(sentence.months - round(d.high), 0)
            continue
        if role == "max" and _cue_next(clause, i, text, "penalty.min"):
            # "d'un emprisonnement d'un an au moins et de cinq ans au plus": the minimum cue
            # after the term bounds that term, not the next one
            postposed.add(i + 1)
            mins.append(d)
            continue
        if role == "max" and minimum and not d.is_range:
            mins.append(d)  # a range states its own minimum: "del mínimo, resulta de 4 a 13 años"
            continue
        r = by_role.setdefault(role, Reading(role, "custodial", None, s, e))
        months = round(d.high)
        r.months = months if r.months is None else max(r.months, months)
        r.end = max(r.end, e)
    if "max" not in by_role and len(mins) > 1 and mins[-1].high > mins[0].high:
        # "لا تقل عن سنة ... ثلاث سنوات" (the cue before the upper bound lost to OCR)
        by_role["max"] = Reading("max", "custodial", round(mins[-1].high))
    roles_named = [_ROLE_OF[k] for _s, _e, k, _d in clause if k in _ROLE_OF]
    kind: PenaltyKind | None = None
    if "penalty.death" in kinds:
        kind = "death"
    elif "penalty.life" in kinds:
        kind = "life"
    elif by_role or mins or ("penalty.custodial" in kinds and roles_named):
        kind = "custodial"
    elif kinds & {"penalty.fine", "penalty.non-custodial"}:
        kind = "non-custodial"
    if kind is None:
        return []
    start = min(s for s, _e, _k, _d in clause)
    end = max(e for _s, e, _k, _d in clause)
    if not by_role:
        main = roles_named[0] if roles_named else "max"
        if main == "total":
            return []
        return [Reading(main, kind, None, start, end)]
    out = []
    for r in by_role.values():
        r.start, r.end = start, end
        if kind in ("life", "death"):
            r.kind, r.months = kind, (None if r.role == "max" else r.months)
        out.append(r)
    return out


@cache
def _gloss() -> re.Pattern[str]:
    """The words between a named penalty and the term that glosses it: "reclusion perpetua,
    that is, twenty years ...", "(twenty years ...)" (`word.penalty-gloss`; a short word such
    as "de" may open the term after them, not after a bracket: "life (or 30 years)")."""
    return re.compile(
        rf"\s*(?:,?\s*(?:{_w('word.penalty-gloss')})\s*,?\s*(?:[^\W\d_]{{1,3}}\s+)?|\(\s*)$"
    )


def _glossed(clause: list[Event], text: str) -> set[Event]:
    """The life-term events of a clause that a term glosses right after them: the named
    penalty is that term ("reclusion perpetua, that is, twenty (20) years and one (1) day to
    forty (40) years": 480 months), not a life term."""
    out: set[Event] = set()
    for ev in clause:
        if ev[2] != "penalty.life":
            continue
        term = next((d for d in clause if d[2] == "duration" and d[0] >= ev[1]), None)
        if term is not None and _gloss().match(text, ev[1], term[0]):
            out.update(
                o for o in clause if o[2] == "penalty.life" and o[0] < ev[1] and ev[0] < o[1]
            )
    return out


def _assured_away(clause: list[Event], start: int) -> bool:
    """Whether an assurance cue (`penalty.excluded`) stands before `start` in the clause with
    no cue of a role between: the penalty at `start` is one the assurance names."""
    last = None
    for s, _e, k, _d in clause:
        if s >= start:
            break
        if k == "penalty.excluded" or k in _ROLE_OF:
            last = k
    return last == "penalty.excluded"


@cache
def _negated_and() -> re.Pattern[str]:
    """'Ni' / 'nor' (`word.negated-and`) ending a text (the words before a cue and its first)."""
    return re.compile(rf"(?:^|\s)(?:{_w('word.negated-and')})\s*$")


def _assurance_spans(clause: list[Event], text: str) -> list[tuple[int, int]]:
    """The spans an assurance cue covers: from the cue on, through cues nested in it ("se
    impondrá" in "no se impondrá") and role cues it carries on with "ni" / "nor" ("ni
    superior a treinta años"), up to a role cue of its own ("sont punis de")."""
    spans: list[tuple[int, int]] = []
    start = cover = None
    for s, e, k, _d in clause:
        if k == "penalty.excluded":
            start, cover = (s if start is None else start), max(e, cover or e)
            continue
        if start is None or cover is None or k not in _ROLE_OF or s < cover:
            continue
        first = text[s:e].split(" ", 1)[0]
        if _negated_and().search(text[max(0, s - 12) : s] + first):
            continue  # "ni superior a": the assurance goes on
        spans.append((start, s))
        start = cover = None
    if start is not None:
        spans.append((start, max(e for _s, e, _k, _d in clause)))
    return spans


@cache
def _remaining_gap() -> re.Pattern[str]:
    """Nothing but small words (`charge-words` `word.remaining-gap`) up to a remainder cue."""
    return re.compile(
        rf"^\s*(?:(?:{word_alternation('charge-words', 'word.remaining-gap')})\s+)*$"
    )


def _cue_next(clause: list[Event], i: int, text: str, kind: str) -> bool:
    """Whether a cue of `kind` follows duration `i` right away: a remainder ("eight months
    remain to be served", "deux ans restant à purger", "dos años por cumplir"), a suspended
    part of the sentence before it ("dont six mois assortis du sursis") or a minimum written
    after its term ("d'un an au moins")."""
    if i + 1 >= len(clause) or clause[i + 1][2] != kind:
        return False
    return bool(_remaining_gap().match(text[clause[i][1] : clause[i + 1][0]]))


def _custodial_next(clause: list[Event], i: int, text: str) -> bool:
    """Whether a custodial word follows duration `i` right away ("deux ans d'emprisonnement")."""
    if i + 1 >= len(clause):
        return False
    s, _e, k, _d = clause[i + 1]
    if k not in ("penalty.custodial", "penalty.life"):
        return False
    return bool(_before_custodial().match(text[clause[i][1] : s]))


def readings(pe: PageEvents, start: int = 0, end: int | None = None) -> list[Reading]:
    """Every penalty reading in normalised `[start, end)` of a page, in reading order."""
    end = len(pe.view.text) if end is None else end
    out: list[Reading] = []
    for c in _clauses(pe, start, end):
        found = _read_clause(c, pe.view.text)
        if any(r.role == "sentence" for r in found) and _other_person(pe, c):
            found = [r for r in found if r.role != "sentence"]
        out += [_total_as_sentence(r, out, pe.view.text) for r in found]
    return [r for r in out if r.role != "total"]


TOTAL_AFTER_SENTENCE = 250  # characters from the last sentence imposed to its total


def _total_as_sentence(r: Reading, before: list[Reading], text: str) -> Reading:
    """A total of several terms right after the sentences imposed ("... DOS AÑOS DE PRISIÓN;
    lo que hace un total de seis años y tres meses", "soit au total huit ans") is the sentence
    the subject serves; any other total (of several maxima) is no one's penalty."""
    if r.role != "total":
        return r
    last = max((b.end for b in before if b.role == "sentence" and b.end <= r.start), default=None)
    if last is None or r.start - last > TOTAL_AFTER_SENTENCE or _TOTAL_BREAK.search(
        text, last, r.start
    ):
        return r
    return Reading("sentence", r.kind, r.months, r.start, r.end)


# A paragraph or a full stop between a sentence and a total: the total is of something else
_TOTAL_BREAK = re.compile(r"\n\s*\n|\.\s")


def _other_person(pe: PageEvents, clause: list[Event]) -> bool:
    """Whether the sentence a clause stands in names a co-accused before its sentence cue."""
    text = pe.view.text
    cue = next((s for s, _e, k, _d in clause if k == "duration"), clause[-1][1])
    breaks = [m.end() for m in _break().finditer(text, max(0, cue - 300), cue)]
    begin = breaks[-1] if breaks else max(0, cue - 300)
    return any(k == "penalty.other-person" and begin <= s < cue for s, _e, k, _d in pe.events)


def strongest(found: list[Reading], role: str) -> Reading | None:
    """The most severe reading of a role (death > life > custodial > fine), longest term first."""
    best: Reading | None = None
    for r in found:
        if r.role != role:
            continue
        key = (_SEVERITY[r.kind], r.months or 0)
        if best is None or key > (_SEVERITY[best.kind], best.months or 0):
            best = r
    return best


@dataclass(frozen=True)
class Penalty:
    """A penalty read from a piece of text (for callers and tests that have no page)."""

    max_months: int | None
    kind: PenaltyKind
    sentence_months: int | None = None
    remaining_months: int | None = None


def read_penalty(text: str, lang: str = "en") -> Penalty:
    """The penalty stated in `text` ("punishable by up to 10 years' imprisonment" → 120)."""
    view = view_page("penalty", Page(number=1, text=text, method="text-layer"), lang)
    found = readings(page_events(view))
    top = strongest(found, "max")
    sentence = strongest(found, "sentence")
    remaining = strongest(found, "remaining")
    return Penalty(
        top.months if top else None,
        top.kind if top else (sentence.kind if sentence else "unknown"),
        sentence.months if sentence else None,
        remaining.months if remaining else None,
    )
