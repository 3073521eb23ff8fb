"""Category flags from the offence-category model (`models/offense-categories.*`).

The model scores each charge and each summary of facts of a document (or,
where the understanding stage found neither, each paragraph). A category
whose best score passes its threshold becomes a candidate with provenance
`model` and the score: it corroborates a flag a lexicon entry or rule raised
for the same code, and raises one alone only above the higher `solo`
threshold of the model's metadata. The lexicon's exceptions still apply: if a lexicon
term for the same code was held back (organised crime, minors, ...), the
model's candidate is held back for the same reason, so a score never
overrules a recorded exception; an exception that every lexicon entry of the code
names (organised crime for category 3) holds it back too when no term was read.
Without a built model (see `triage train`) this stage adds nothing and the
assessment's versions say so.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from functools import cache

from pipeline.flags.candidates import Candidate
from pipeline.flags.catalog import catalog
from pipeline.flags.lexical import category_exception_holds
from pipeline.flags.modelfiles import MODEL_NAME, MODELS, ORDINARY, models_dir, prepare
from pipeline.flags.scorer import LinearScorer
from pipeline.lexicons.loader import load_lexicon
from pipeline.records import Evidence, Packet, Provenance
from pipeline.understand.pageview import PageView

MAX_UNIT = 600
_lock = threading.Lock()


@dataclass(frozen=True)
class Model:
    estimator: LinearScorer
    version: str
    classes: list[str]
    thresholds: dict[str, float]
    solo: dict[str, float]


@cache
def _load(name: str) -> Model | None:
    meta_path = models_dir() / f"{name}.json"
    model_path = models_dir() / f"{name}.npz"
    if not (meta_path.exists() and model_path.exists()):
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    scorer = LinearScorer.load(model_path)
    return Model(
        scorer, meta["version"], list(scorer.classes), meta["thresholds"],
        meta.get("solo_thresholds", {}),
    )


def load_model(name: str = MODEL_NAME) -> Model | None:
    """A built model (`modelfiles.MODELS`), loaded once per process; None when `triage train`
    has not built it."""
    with _lock:
        return _load(name)


def model_versions() -> dict[str, str]:
    """The version of every built model, by name."""
    return {name: m.version for name in MODELS if (m := load_model(name))}


@dataclass(frozen=True)
class _Unit:
    text: str
    evidence: Evidence | None
    iccs: tuple[str, ...] = ()  # the ICCS codes of the charges the unit states or narrates


# A paragraph: text up to a blank line, without its surrounding white space.
_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")


def _units(packet: Packet, views: dict[str, list[PageView]]) -> list[_Unit]:
    """What the model reads: charges and facts, or paragraphs where neither was found."""
    units: list[_Unit] = []
    for doc in packet.documents:
        found: list[_Unit] = []
        codes = tuple(o.iccs_code for o in doc.fields.offenses if o.iccs_code)
        if len(codes) < len(doc.fields.offenses):
            codes = ()  # a charge without a code may be the category one
        for offense in doc.fields.offenses:
            ev = offense.evidence[0] if offense.evidence else None
            own = (offense.iccs_code,) if offense.iccs_code else ()
            found.append(_Unit(offense.text, ev, own))
            if offense.facts:
                found.append(_Unit(offense.facts[:MAX_UNIT], ev, own))
        if doc.fields.facts is not None:
            found.append(_Unit(
                doc.fields.facts.value[:MAX_UNIT], doc.fields.facts.evidence, codes
            ))
        if not found:
            for view in views.get(doc.id, []):
                for m in _PARAGRAPH.finditer(view.page.text):
                    clip = m.group().rstrip()[:MAX_UNIT]
                    if len(clip) < 20:
                        continue
                    found.append(_Unit(clip, Evidence(
                        document_id=doc.id, page=view.page.number, start=m.start(),
                        end=m.start() + len(clip), quote=clip,
                    ), _named_iccs(view, m.start(), m.start() + len(clip))))
        units += found
    return units


def _named_iccs(view: PageView, start: int, end: int) -> tuple[str, ...]:
    """ICCS codes of the offence names in a paragraph (original offsets), where no charge
    was read from the document's fields."""
    iccs = load_lexicon("iccs")
    lo, hi = view.norm.normalized_index(start), view.norm.normalized_index(end)
    codes = []
    for hit in view.hits("iccs"):
        if lo <= hit.start < hi:
            code = iccs.get(hit.entry_id).code
            if code and code not in codes:
                codes.append(code)
    return tuple(codes)


def _ordinary_charge(unit: _Unit) -> str | None:
    """The model alone does not recast a charge read as an ordinary-law crime
    (`model_alone_not_on_iccs` in flag-codes.yaml) as a category offence."""
    sections = tuple(catalog().model_alone_not_on_iccs)
    if unit.iccs and sections and all(code.startswith(sections) for code in unit.iccs):
        return (
            f"the charge reads as an ordinary-law crime (ICCS {', '.join(unit.iccs)}); the "
            "model alone does not give it a category"
        )
    return None


@dataclass(frozen=True)
class Scored:
    """A category's best-scoring unit in a packet, and the reason to hold a flag on it back
    (None: nothing holds it, or a lexicon entry or rule raised the code too)."""

    code: str
    score: float
    unit: _Unit
    held: str | None


def best_units(
    packet: Packet, views: dict[str, list[PageView]], found: list[Candidate]
) -> list[Scored]:
    """Per category whose best score passes its threshold, the unit the model scores highest
    (empty without a built model)."""
    model = load_model()
    units = _units(packet, views) if model is not None else []
    if model is None or not units:
        return []
    proba = model.estimator.predict_proba([prepare(u.text) for u in units])
    held = {c.code: c.suppressed for c in found if c.suppressed and c.provenance.kind == "lexicon"}
    live = {c.code for c in found if c.suppressed is None}
    out = []
    for k, label in enumerate(model.classes):
        if label == ORDINARY:
            continue
        best = int(proba[:, k].argmax())
        score, unit = float(proba[best, k]), units[best]
        if score < model.thresholds.get(label, 1.0):
            continue  # too low to corroborate, let alone to raise a flag
        # A lexicon exception on this code holds the model back too; so does an exception of
        # the whole category (organised crime for category 3) found in the packet, when no
        # term was read, and a charge read as an ordinary-law crime. A code raised elsewhere
        # without an exception is corroborated, never held back.
        reason = None
        if label not in live:
            doc_id = unit.evidence.document_id if unit.evidence else None
            reason = (
                held.get(label) or category_exception_holds(label, packet, views, doc_id)
                or _ordinary_charge(unit)
            )
        out.append(Scored(label, score, unit, reason))
    return out


def model_candidates(
    packet: Packet, views: dict[str, list[PageView]], found: list[Candidate]
) -> list[Candidate]:
    """A candidate per category whose best score passes its threshold."""
    model = load_model()
    if model is None:
        return []
    live = {c.code for c in found if c.suppressed is None}
    out: list[Candidate] = []
    for s in best_units(packet, views, found):
        if s.code not in live and s.score < model.solo.get(s.code, 1.01):
            continue  # alone, a score must clear the higher bar (see the model card)
        out.append(Candidate(
            code=s.code,
            severity="medium",
            what=f"an offence the offence-category model scores as {s.code} ({s.score:.2f})",
            provenance=Provenance(kind="model", id=MODEL_NAME, version=model.version,
                                  score=round(s.score, 3)),
            evidence=(s.unit.evidence,) if s.unit.evidence else (),
            suppressed=s.held,
            term=s.unit.text[:120],
        ))
    return out
