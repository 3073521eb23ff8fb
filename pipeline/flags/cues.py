"""Context cues of a page, with the negated ones taken out.

A cue that a negation governs says the opposite of what it names: "no right to
a retrial is recognised" is not a retrial guarantee, "without any guarantee of
a retrial" neither. Negation and denial cues themselves are kept, since the
lexical rules look for them.
"""

from __future__ import annotations

from pipeline.flags.sentences import PageText
from pipeline.understand.pageview import Hit, PageView

CUES = "context-cues"
NEGATION = ("cue.negation", "cue.denial")
ROLES = ("cue.victim-role", "cue.victim-died", "cue.witness-role")
SUBJECT = "cue.subject-reference"
CUE_NEGATION_WINDOW = 8  # tokens: "No consta que se le reconozca el derecho a un nuevo juicio"


def live_cues(view: PageView, text: PageText | None = None) -> list[Hit]:
    """The page's cue hits, less those a negation just before them (same sentence) governs."""
    text = text or PageText(view)
    hits = view.hits(CUES)
    negations = [h for h in hits if h.entry_id in NEGATION]
    governed = [h for h in hits if h.entry_id not in NEGATION and _governed(text, h, negations)]
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


def inside_longer(hit: Hit, others: list[Hit]) -> bool:
    """Whether `hit` lies inside one of `others` that is longer than it."""
    return any(
        o.start <= hit.start and hit.end <= o.end and o.end - o.start > hit.end - hit.start
        for o in others
    )


def _governed(text: PageText, hit: Hit, negations: list[Hit]) -> bool:
    start = text.sentence(hit.start)[0]
    at = text.token(hit.start)
    return any(
        start <= n.start and n.end <= hit.start
        and at - text.token(n.end - 1) <= CUE_NEGATION_WINDOW
        for n in negations
    )


def has_cue(view: PageView, cue_id: str, start: int = 0, end: int | None = None) -> Hit | None:
    """The first live cue of that id in normalised [start, end) of the page, if any."""
    stop = len(view.text) if end is None else end
    return next(
        (h for h in live_cues(view) if h.entry_id == cue_id and start <= h.start < stop), None
    )
