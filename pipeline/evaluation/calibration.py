"""When may a model raise a flag on its own? Chosen on the development cases.

Cross-validation on the training rows sets each code's corroboration threshold, but it
cannot say how often a score passes by chance on a whole packet: the misuse-context model
reads dozens of windows per packet, most of them headings, identity blocks and warrant
references, and the offence-category model every charge and summary of facts, worded as
real notices word them rather than as the training rows do; the best of them is taken.
So the bar for a flag raised by a model alone (`solo_thresholds` in `models/<name>.json`)
is set on the development cases, where rules are written too:
per code, the lowest score at which, over the cases where no rule or lexicon entry raised the
code, no legitimate case is flagged and at least `PRECISION` of the flagged cases, and at
least `MIN_LABELLED` of them, carry the code in their labels (a bar that one lucky case
opens says nothing about the next packet). A code with no such score is never raised by the
model alone. The held-out cases are never read here.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.evaluation.cases import Case, load_cases, write_packet
from pipeline.evaluation.markdown import commit
from pipeline.flags.modelfiles import CATEGORIES, CONTEXT, ModelSpec, models_dir

PRECISION = 0.5
MIN_LABELLED = 2
# steps of 0.025, then 0.975 and 0.99: a very confident score may still clear every legitimate case
GRID = np.round(np.concatenate([np.arange(0.30, 0.951, 0.025), [0.975, 0.99]]), 3)


@dataclass(frozen=True)
class CaseScore:
    """A code's best score in one case, for a case where rules did not raise it."""

    case: str
    code: str
    score: float
    labelled: bool  # the case's labels carry the code
    legitimate: bool  # the case is labelled no-concerns-found


def case_scores(cases: list[Case]) -> dict[str, list[CaseScore]]:
    """Per model, its best score per code per case, where no rule raised the code and nothing
    (a lexicon exception, an ordinary-law charge) would hold a flag on it back."""
    from pipeline.chain import analyze_path
    from pipeline.flags.context_model import best_windows
    from pipeline.flags.engine import candidates, page_views
    from pipeline.flags.model import best_units

    out: dict[str, list[CaseScore]] = {CATEGORIES.name: [], CONTEXT.name: []}
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            folder = write_packet(case, Path(tmp))
            packet, assessment = analyze_path(folder, source=case.id, record=False,
                                              use_model=False)
            raised = {f.code for f in assessment.flags}
            found = candidates(packet, use_model=False)
            views = page_views(packet)
            scored = {CATEGORIES.name: best_units(packet, views, found),
                      CONTEXT.name: best_windows(packet, views, found)}
            for name, rows in scored.items():
                out[name] += [
                    CaseScore(case.id, s.code, s.score, s.code in case.expected_flags,
                              case.expected_level == "no-concerns-found")
                    for s in rows if s.code not in raised and not s.held
                ]
    return out


@dataclass(frozen=True)
class Choice:
    code: str
    threshold: float  # above 1: never alone
    flagged: int
    labelled: int  # of the flagged, those whose labels carry the code
    candidates: int  # cases whose labels carry the code that no rule raised


def choose(scores: list[CaseScore], codes: tuple[str, ...] = CONTEXT.codes) -> list[Choice]:
    """Per code, the lowest grid score meeting the bar (see the module docstring)."""
    out = []
    for code in codes:
        rows = [s for s in scores if s.code == code]
        missed = sum(s.labelled for s in rows)
        choice = Choice(code, 1.01, 0, 0, missed)
        for t in GRID:
            hits = [s for s in rows if s.score >= t]
            if not hits:
                break
            good = sum(s.labelled for s in hits)
            if not any(s.legitimate for s in hits) and good >= MIN_LABELLED \
                    and good / len(hits) >= PRECISION:
                choice = Choice(code, float(t), len(hits), good, missed)
                break
        out.append(choice)
    return out


def calibrate(
    write: bool = False, specs: tuple[ModelSpec, ...] = (CATEGORIES, CONTEXT)
) -> dict[str, list[Choice]]:
    """Score the development cases and choose each model's solo thresholds; with `write`,
    store them in the model's metadata and card."""
    from pipeline.flags.catalog import catalog

    cases = load_cases("dev")
    scores = case_scores(cases)
    stamp = commit()  # before the first write makes the tree differ from it
    out = {}
    for spec in specs:
        codes = spec.codes or tuple(catalog().in_group(spec.group))
        choices = choose(scores[spec.name], codes)
        out[spec.name] = choices
        if write:
            _write(spec, choices, len(cases), stamp)
    return out


def _write(spec: ModelSpec, choices: list[Choice], cases: int, stamp: str) -> None:
    from pipeline.flags.training import model_card

    meta_path = models_dir() / f"{spec.name}.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["solo_thresholds"] = {c.code: c.threshold for c in choices}
    meta["solo_calibration"] = {
        "split": "dev", "cases": cases, "commit": stamp,
        "precision": PRECISION, "min_labelled": MIN_LABELLED, "legitimate_flagged": 0,
        "per_code": {c.code: {"flagged": c.flagged, "labelled": c.labelled,
                              "labelled_not_raised_by_rules": c.candidates}
                     for c in choices},
    }
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    (models_dir() / f"{spec.name}.md").write_text(model_card(meta), encoding="utf-8")
