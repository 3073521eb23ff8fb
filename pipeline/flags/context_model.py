"""Misuse indicators from the misuse-context model (`models/misuse-context.*`).

The lexicon entries read the words a rule foresaw ("journalist", "opposition
party"); documents often say the same thing otherwise ("ran a channel with
40,000 subscribers", "stood in last year's elections"). The model scores each
window of two sentences of every page for the indicators that rest on how the
documents describe the subject and the context (`modelfiles.CONTEXT`). Per
code, the best window becomes a candidate with provenance `model` and the
score: above the code's threshold it corroborates a flag the lexicon or a rule
raised for the same code; alone it raises one only from the higher `solo`
threshold of the model's metadata (see the model card). Where the lexicon held
back a term of the same code in the same place (a journalist who is the
victim, a denial), the model's candidate is held back for the same reason.
Without a built model this stage adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.flags.candidates import Candidate
from pipeline.flags.catalog import catalog
from pipeline.flags.model import load_model
from pipeline.flags.modelfiles import CONTEXT
from pipeline.flags.sentences import page_text
from pipeline.records import Evidence, Packet, Provenance
from pipeline.understand.pageview import PageView

MAX_WINDOW = 600  # characters of normalised text the model reads at once
MIN_WORDS = 6  # shorter windows (headings, labels) say nothing about context


@dataclass(frozen=True)
class Window:
    text: str
    evidence: Evidence


def windows_of(views: dict[str, list[PageView]]) -> list[Window]:
    """Every run of two consecutive sentences of every page (one sentence at a page's end)."""
    out: list[Window] = []
    for pages in views.values():
        for view in pages:
            text = view.text
            starts = page_text(view).sentence_starts
            bounds = [*starts, len(text)]
            for i in range(len(starts)):
                start = bounds[i]
                end = min(bounds[min(i + 2, len(starts))], start + MAX_WINDOW)
                clip = text[start:end].strip()
                if len(clip.split()) < MIN_WORDS:
                    continue
                lead = start + (len(text[start:end]) - len(text[start:end].lstrip()))
                out.append(Window(clip, view.evidence(lead, lead + len(clip))))
    return out


def _overlap(a: Evidence, b: Evidence) -> bool:
    same_page = (a.document_id, a.page) == (b.document_id, b.page)
    return same_page and a.start < b.end and b.start < a.end


def _held_reason(code: str, window: Window, found: list[Candidate]) -> str | None:
    """The reason the lexicon held back a term of `code` inside this window, if it did."""
    for c in found:
        if c.code == code and c.suppressed and c.provenance.kind == "lexicon" and any(
            _overlap(ev, window.evidence) for ev in c.evidence
        ):
            return c.suppressed
    return None


@dataclass(frozen=True)
class Scored:
    """A code's best-scoring window in a packet, and the lexicon's reason to hold it back."""

    code: str
    score: float
    window: Window
    held: str | None


def best_windows(
    packet: Packet, views: dict[str, list[PageView]], found: list[Candidate]
) -> list[Scored]:
    """Per misuse code the model scores, its best window (empty without a built model)."""
    model = load_model(CONTEXT.name)
    windows = windows_of(views) if model is not None else []
    if model is None or not windows:
        return []
    # Windows are cut from the normalised page text, which is what `prepare` gives the model
    # in training (normalising is idempotent: tests/test_context_model.py).
    proba = model.estimator.predict_proba([w.text for w in windows])
    out = []
    for k, code in enumerate(model.classes):
        if code == CONTEXT.negative:
            continue
        best = int(proba[:, k].argmax())
        window = windows[best]
        out.append(Scored(code, float(proba[best, k]), window, _held_reason(code, window, found)))
    return out


def context_candidates(
    packet: Packet, views: dict[str, list[PageView]], found: list[Candidate]
) -> list[Candidate]:
    """A candidate per misuse code whose best window passes its threshold."""
    model = load_model(CONTEXT.name)
    if model is None:
        return []
    live = {c.code for c in found if c.suppressed is None}
    out: list[Candidate] = []
    for s in best_windows(packet, views, found):
        if s.score < model.thresholds.get(s.code, 1.0):
            continue
        if s.code not in live and s.score < model.solo.get(s.code, 1.01):
            continue  # alone, a score must clear the higher bar (see the model card)
        out.append(Candidate(
            code=s.code,
            severity="medium",
            what=f"a passage the misuse-context model scores as {s.code} ({s.score:.2f})",
            provenance=Provenance(kind="model", id=CONTEXT.name, version=model.version,
                                  score=round(s.score, 3)),
            evidence=(s.window.evidence,),
            suppressed=None if s.code in live else s.held,
            rationale=_rationale(s.code, s.score, s.window.evidence.quote),
        ))
    return out


def _rationale(code: str, score: float, quote: str) -> str:
    entry = catalog().get(code)
    quote = " ".join(quote.split())
    if len(quote) > 160:
        quote = quote[:157] + "..."
    return (
        f"The misuse-context model (score {score:.2f}) reads this passage as a sign that "
        f"{entry.meaning} (\"{quote}\"). {entry.check}"
    )
