"""Category and misuse flags from the packet model (`models/packet-signs.*`).

The model reads the normalised text of every page of a packet at once and scores each code
of the category and misuse groups (`packet_training`). A code whose score passes its bar
becomes a candidate with provenance `model` and the score: it corroborates a flag a lexicon
entry, a rule or a sentence model raised for the same code, or raises one alone where a
sentence model that reads the code agrees (`_sentence_agreement`). Its evidence is the
passage of two sentences the same weights score highest for the code. The
lexicon's exceptions still apply: where a lexicon term of the code was held back anywhere in
the packet (a journalist who is the victim, a denial), or a category-wide exception holds
(organised crime for category 3), the candidate is held back with that reason. Without a
built model this stage adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from pipeline.flags.candidates import Candidate
from pipeline.flags.catalog import catalog
from pipeline.flags.context_model import Window, windows_of
from pipeline.flags.lexical import category_exception_holds
from pipeline.flags.model import Model, load_model
from pipeline.flags.modelfiles import PACKET, prepare
from pipeline.records import Packet, Provenance
from pipeline.understand.pageview import PageView

# packet source -> the model fitted without that development case's batch (evaluation only)
_fold_models: ContextVar[dict[str, Model] | None] = ContextVar("packet_folds", default=None)


@contextmanager
def scored_out_of_fold(models: dict[str, Model]) -> Iterator[None]:
    """Within the block, a packet whose source is a development case's id is scored by the
    model fitted without that case's batch (`packet_training.fold_models`), so the
    evaluation of the cases the model was trained on is out of fold."""
    token = _fold_models.set(models)
    try:
        yield
    finally:
        _fold_models.reset(token)


def model_for(packet: Packet) -> Model | None:
    """The built packet model, or the out-of-fold one for a development case in evaluation."""
    folds = _fold_models.get()
    if folds and packet.source in folds:
        return folds[packet.source]
    return load_model(PACKET)


def packet_scores(views: dict[str, list[PageView]], model: Model | None) -> dict[str, float]:
    """The model's score per code for a whole packet (empty without a model)."""
    text = "\n".join(view.text for pages in views.values() for view in pages)
    if model is None or not text.strip():
        return {}
    proba = model.estimator.predict_proba([prepare(text)])[0]
    return {code: float(p) for code, p in zip(model.classes, proba, strict=True)}


def packet_candidates(
    packet: Packet, views: dict[str, list[PageView]], found: list[Candidate]
) -> list[Candidate]:
    """A candidate per code whose packet score passes its bar."""
    model = model_for(packet)
    if model is None:
        return []
    passing = {
        code: score for code, score in packet_scores(views, model).items()
        if score >= model.thresholds.get(code, 1.01)
    }
    windows = windows_of(views) if passing else []
    if not windows:
        return []
    # The same weights over each passage: the one scoring highest shows what weighed most.
    proba = model.estimator.predict_proba([w.text for w in windows])
    held = {c.code: c.suppressed for c in found if c.suppressed and c.provenance.kind == "lexicon"}
    live = {c.code for c in found if c.suppressed is None}
    agreeing: dict[str, bool] | None = None
    out: list[Candidate] = []
    for code, score in passing.items():
        if code not in live:
            agreeing = agreeing if agreeing is not None else _sentence_agreement(
                packet, views, found)
            if not agreeing.get(code, False):
                continue  # alone, a sentence model that reads the code must agree
        window = windows[int(proba[:, model.classes.index(code)].argmax())]
        reason = None
        if code not in live:
            reason = held.get(code) or category_exception_holds(
                code, packet, views, window.evidence.document_id
            )
        out.append(Candidate(
            code=code,
            severity="medium",
            what=f"a packet the packet model scores as {code} ({score:.2f})",
            provenance=Provenance(kind="model", id=PACKET, version=model.version,
                                  score=round(score, 3)),
            evidence=(window.evidence,),
            suppressed=reason,
            rationale=_rationale(code, score, window),
        ))
    return out


def _sentence_agreement(
    packet: Packet, views: dict[str, list[PageView]], found: list[Candidate]
) -> dict[str, bool]:
    """Per code a sentence model scores, whether its best charge or passage passes that
    model's own threshold without a lexicon exception on it. The packet model weighs words
    over the whole text, so alone it raises a code only where a reading of one charge or two
    sentences agrees. Codes no sentence model reads are facts the documents state (refugee
    status, a coerced confession, a judgment in absentia): the lexicon reads those, and the
    packet model only corroborates them."""
    from pipeline.flags.context_model import best_windows
    from pipeline.flags.model import best_units
    from pipeline.flags.modelfiles import CATEGORIES, CONTEXT

    out: dict[str, bool] = {}
    readings = ((CATEGORIES, best_units(packet, views, found)),
                (CONTEXT, best_windows(packet, views, found)))
    for spec, scored in readings:
        sentence = load_model(spec.name)
        if sentence is None:
            continue
        out |= {c: False for c in sentence.classes if c != spec.negative}
        for s in scored:
            passes = s.score >= sentence.thresholds.get(s.code, 1.0) and not s.held
            out[s.code] = out.get(s.code, False) or passes
    return out


def _rationale(code: str, score: float, window: Window) -> str:
    entry = catalog().get(code)
    quote = " ".join(window.evidence.quote.split())
    if len(quote) > 160:
        quote = quote[:157] + "..."
    return (
        f"The packet model, which reads the whole packet, scores it {score:.2f} as a sign that "
        f"{entry.meaning}; the passage that weighs most: \"{quote}\". {entry.check}"
    )
