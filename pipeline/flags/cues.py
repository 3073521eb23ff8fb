"""Context cues of a page, with the negated ones taken out.

A cue that a negation governs says the opposite of what it names: "no right to
a retrial is recognised" is not a retrial guarantee, "without any guarantee of
a retrial" neither. Negation and denial cues themselves are kept, since the
lexical rules look for them. A cue inside one of its entry's `excludes` phrases
is no cue: Arabic "على بعد" (at a distance of) holds "بعد" (after).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.flags.sentences import PageText, page_text
from pipeline.lexicons.loader import load_lexicon
from pipeline.lexicons.schema import LexiconEntry
from pipeline.text.normalize import normalize_term
from pipeline.understand.pageview import Hit, PageView

CUES = "context-cues"
NEGATION = ("cue.negation", "cue.denial")
ROLES = ("cue.victim-role", "cue.victim-died", "cue.witness-role")
SUBJECT = "cue.subject-reference"
CUE_NEGATION_WINDOW = 8  # tokens: "No consta que se le reconozca el derecho a un nuevo juicio"
CONDITION = "cue.condition"
CONDITION_REACH = 5  # tokens from "if" to its negation: "s'il ne se présente pas"
_CLAUSE_END = re.compile(r"[,،;؛]")


def live_cues(view: PageView) -> list[Hit]:
    """The page's cue hits, less those a negation just before them (same sentence) governs
    (worked out once per view)."""
    found = view.memo.get("live_cues")
    if not isinstance(found, list):
        found = view.memo["live_cues"] = _live_cues(view, page_text(view))
    return list(found)


def _live_cues(view: PageView, text: PageText) -> list[Hit]:
    hits = _not_excluded(view, view.hits(CUES))
    negations = [h for h in hits if h.entry_id in NEGATION]
    conditions = [h for h in hits if h.entry_id == CONDITION]
    governed = [
        h for h in hits
        if h.entry_id not in NEGATION and _governed(text, h, negations, conditions)
    ]
    # A cue inside a negated cue of the same kind goes with it ("derecho a un nuevo juicio"
    # negated takes "nuevo juicio" along).
    # A role word inside a longer reference to the subject is part of the subject's
    # designation: Levantine 'المشتكى عليه' (the one complained against, the accused) holds
    # 'المشتكى' (the complainant), which is a victim-role cue on its own.
    subjects = [h for h in hits if h.entry_id == SUBJECT]
    return [
        h for h in hits
        if not any(
            g.entry_id == h.entry_id and g.start <= h.start and h.end <= g.end for g in governed
        )
        and not (h.entry_id in ROLES and inside_longer(h, subjects))
    ]


# A phrase starts a word, or follows an Arabic proclitic joined to it ("وعلى بعد", "بجرم").
_START = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك]))"


def excludes_pattern(entry: LexiconEntry) -> re.Pattern[str] | None:
    """One pattern of a lexicon entry's `excludes` phrases (normalised, longest first), or
    None: shared by the cue and the flag entries."""
    phrases = {normalize_term(t) for words in entry.excludes.values() for t in words} - {""}
    if not phrases:
        return None
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"{_START}(?:{alternation})(?!\w)")


@cache
def _exclusions() -> dict[str, re.Pattern[str]]:
    """Per cue entry with `excludes`, the pattern of its phrases."""
    return {
        entry.id: pattern for entry in load_lexicon(CUES).entries
        if (pattern := excludes_pattern(entry)) is not None
    }


def _not_excluded(view: PageView, hits: list[Hit]) -> list[Hit]:
    """The hits that lie inside no `excludes` phrase of their own cue entry."""
    exclusions = _exclusions()
    spans: dict[str, list[tuple[int, int]]] = {}
    for entry_id in {h.entry_id for h in hits} & exclusions.keys():
        spans[entry_id] = [m.span() for m in exclusions[entry_id].finditer(view.text)]
    return [
        h for h in hits
        if not any(a <= h.start and h.end <= b for a, b in spans.get(h.entry_id, ()))
    ]


def inside_longer(hit: Hit, others: list[Hit]) -> bool:
    """Whether `hit` lies inside one of `others` that is longer than it."""
    return any(
        o.start <= hit.start and hit.end <= o.end and o.end - o.start > hit.end - hit.start
        for o in others
    )


def conditional(text: PageText, negation: Hit, hit: Hit, conditions: list[Hit]) -> bool:
    """The negation lies in a condition that a comma closes before `hit` ("if he does not
    surrender, with the right to a retrial", "إن لم يسلم نفسه، مع حقه في إعادة المحاكمة"): it
    negates the condition, not the main clause after it."""
    if not _CLAUSE_END.search(text.view.text, negation.end, hit.start):
        return False
    at = text.token(negation.start)
    return any(
        c.start <= negation.start and c.end <= negation.end
        and at - text.token(c.start) <= CONDITION_REACH
        for c in conditions
    )


def _governed(text: PageText, hit: Hit, negations: list[Hit], conditions: list[Hit]) -> bool:
    start = text.sentence(hit.start)[0]
    at = text.token(hit.start)
    return any(
        start <= n.start and n.end <= hit.start
        and at - text.token(n.end - 1) <= CUE_NEGATION_WINDOW
        and not conditional(text, n, hit, conditions)
        for n in negations
    )


def has_cue(view: PageView, cue_id: str, start: int = 0, end: int | None = None) -> Hit | None:
    """The first live cue of that id in normalised [start, end) of the page, if any."""
    stop = len(view.text) if end is None else end
    return next(
        (h for h in live_cues(view) if h.entry_id == cue_id and start <= h.start < stop), None
    )
