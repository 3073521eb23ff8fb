"""`triage train --model packet-signs`: a model over whole packets, from the development cases.

The two sentence models read a charge or two sentences at a time. The development part of the
evaluation cases (`data/eval/cases/dev/`) holds some 1,800 whole packets, each labelled with the
codes a reviewer should see there; this model learns from them which packets carry each code
of the category and misuse groups: one TF-IDF over the packet's normalised text (character
2-5-grams within words), then one class-balanced logistic regression per code. The held-out
cases are never read.

The bar at which a code is raised is set out of fold: the cases are grouped by writing batch
(the suffix of a case id: `-b25`, `-h4`; one writer in one sitting shares wording), and each
batch is scored by a model that never saw it, as held-out cases are. Per code, the bar is the
lowest score at which, out of fold, no legitimate case (labelled `no-concerns-found`) is
flagged, at least MIN_FLAGGED cases are, and at least PRECISION of them carry the code. A
code without such a bar is never raised (1.01).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from pipeline.flags.modelfiles import PACKET, models_dir, prepare
from pipeline.flags.scorer import LinearScorer, Tfidf
from pipeline.flags.training import TrainResult

if TYPE_CHECKING:
    from pipeline.evaluation.cases import Case
    from pipeline.flags.model import Model

FOLDS = 5
C = 10.0  # inverse regularisation of each code's logistic regression
MAX_FEATURES = 60_000
PRECISION = 0.8  # of the out-of-fold flagged cases, the share that must carry the code
MIN_FLAGGED = 3
GRID = np.round(np.arange(0.3, 0.976, 0.025), 3)
NEVER = 1.01
MAX_EXPORT_GAP = 1e-5  # single-precision coefficients against scikit-learn's scores
_BATCH = re.compile(r"-([a-z]+\d+)$")


def codes() -> list[str]:
    """The codes the model scores: the category and misuse groups of the catalogue."""
    from pipeline.flags.catalog import catalog

    return [*catalog().in_group("category"), *catalog().in_group("misuse")]


def case_text(case: Case) -> str:
    """What the model reads of a case: its documents' text, normalised."""
    return prepare("\n".join(doc.text for doc in case.documents))


def batch(case_id: str) -> str:
    """The writing batch of a case (`-b25`, `-h4`), or `base` for the first cases."""
    m = _BATCH.search(case_id)
    return m.group(1) if m else "base"


def _vectorizer():  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                           sublinear_tf=True, max_features=MAX_FEATURES)


def _classifier():  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, class_weight="balanced", max_iter=3000)


def fold_scorers(
    texts: list[str], y: np.ndarray, groups: np.ndarray, code_list: list[str],
    needed: set[int] | None = None,
) -> Iterator[tuple[int, np.ndarray, LinearScorer]]:
    """Per fold (only those holding out one of the `needed` cases, when given), its number,
    the indices of the cases it holds out and a scorer fitted without their batches."""
    from sklearn.model_selection import GroupKFold

    folds = GroupKFold(n_splits=FOLDS).split(texts, y, groups)
    for fold, (train_idx, test_idx) in enumerate(folds, start=1):
        if needed is not None and needed.isdisjoint(test_idx.tolist()):
            continue
        fitted = fit_scorer([texts[i] for i in train_idx], y[train_idx], code_list, check=False)
        yield fold, test_idx, fitted


def out_of_fold(
    texts: list[str], y: np.ndarray, groups: np.ndarray, code_list: list[str]
) -> np.ndarray:
    """Scores (cases x codes), each from a model fitted without the case's batch."""
    proba = np.zeros(y.shape)
    for _fold, test_idx, scorer in fold_scorers(texts, y, groups, code_list):
        proba[test_idx] = scorer.predict_proba([texts[i] for i in test_idx])
    return proba


@dataclass(frozen=True)
class Bar:
    code: str
    bar: float  # NEVER: not raised
    flagged: int  # out of fold, at the bar
    labelled: int  # of the flagged, those whose labels carry the code
    support: int  # cases whose labels carry the code


def choose_bars(
    code_list: list[str], y: np.ndarray, proba: np.ndarray, legitimate: np.ndarray
) -> list[Bar]:
    """Per code, the lowest out-of-fold bar that flags no legitimate case and at least
    MIN_FLAGGED cases, PRECISION of them labelled with the code."""
    out = []
    for k, code in enumerate(code_list):
        truth, chosen = y[:, k], Bar(code, NEVER, 0, 0, int(y[:, k].sum()))
        for bar in GRID:
            hit = proba[:, k] >= bar
            n = int(hit.sum())
            if n < MIN_FLAGGED or (hit & legitimate).any():
                continue
            good = int((hit & truth).sum())
            if good >= PRECISION * n:
                chosen = Bar(code, float(bar), n, good, int(truth.sum()))
                break
        out.append(chosen)
    return out


def fit_scorer(
    texts: list[str], y: np.ndarray, code_list: list[str], *, check: bool = True
) -> LinearScorer:
    """Fit on these cases and export the plain arrays (checked against scikit-learn)."""
    vec = _vectorizer()
    x = vec.fit_transform(texts)
    fitted = [_classifier().fit(x, y[:, k]) for k in range(len(code_list))]
    block = Tfidf("char_wb", (2, 5), vec.token_pattern,
                  {str(t): int(i) for t, i in vec.vocabulary_.items()}, vec.idf_.copy())
    # Coefficients in single precision: 19 codes x 60,000 n-grams keep the artifact under
    # 5 MiB; scores move by about 1e-7, far below the bars' 0.025 steps.
    scorer = LinearScorer(
        (block,), np.vstack([f.coef_[0] for f in fitted]).astype(np.float32),
        np.array([f.intercept_[0] for f in fitted]), tuple(code_list), link="logistic",
    )
    if not check:
        return scorer
    expected = np.column_stack([f.predict_proba(x)[:, 1] for f in fitted])
    gap = float(np.abs(scorer.predict_proba(texts) - expected).max())
    if gap > MAX_EXPORT_GAP:
        raise RuntimeError(f"exported scorer differs from scikit-learn by {gap:g}")
    return scorer


def train(out_dir: Path | None = None) -> TrainResult:
    """Score out of fold, set the bars, fit on every development case, write model, metadata
    and card."""
    import sklearn

    from pipeline.evaluation.cases import cases_dir, load_cases

    cases = load_cases("dev")
    code_list = codes()
    texts = [case_text(c) for c in cases]
    y = np.array([[code in c.expected_flags for code in code_list] for c in cases])
    groups = np.array([batch(c.id) for c in cases])
    legitimate = np.array([c.expected_level == "no-concerns-found" for c in cases])
    proba = out_of_fold(texts, y, groups, code_list)
    bars = choose_bars(code_list, y, proba, legitimate)
    scorer = fit_scorer(texts, y, code_list)

    digest = hashlib.sha256()
    for path in sorted((cases_dir() / "dev").glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    data_sha = digest.hexdigest()
    thresholds = {b.code: b.bar for b in bars}
    meta = {
        "name": PACKET,
        "version": f"{datetime.now(UTC):%Y.%m.%d}-{data_sha[:8]}",
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sklearn": sklearn.__version__,
        "data_sha256": data_sha,
        "cases": len(cases),
        "legitimate_cases": int(legitimate.sum()),
        "batches": len(set(groups)),
        "classes": code_list,
        # a packet model has one bar: it corroborates and raises alone from the same score
        "thresholds": thresholds,
        "solo_thresholds": thresholds,
        "cv": {
            "folds": FOLDS, "grouped_by": "writing batch", "precision": PRECISION,
            "min_flagged": MIN_FLAGGED,
            "per_code": {b.code: {"support": b.support, "flagged": b.flagged,
                                  "labelled": b.labelled} for b in bars},
        },
    }
    out_dir = out_dir or models_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    model_path, meta_path, card_path = (
        out_dir / f"{PACKET}.{ext}" for ext in ("npz", "json", "md")
    )
    scorer.save(model_path)
    meta["model_sha256"] = hashlib.sha256(model_path.read_bytes()).hexdigest()
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    card_path.write_text(model_card(meta), encoding="utf-8")
    return TrainResult(model_path, meta_path, card_path, meta)


def fold_models(case_ids: list[str]) -> dict[str, Model]:
    """For the evaluation of development cases: each of `case_ids` mapped to a model fitted
    without its batch, with the built model's bars (empty without a built model). The
    development figures of the packet model are then out of fold, like its bars."""
    from pipeline.evaluation.cases import load_cases
    from pipeline.flags.model import Model, load_model

    built = load_model(PACKET)
    wanted = set(case_ids)
    if built is None or not wanted:
        return {}
    cases = load_cases("dev")
    code_list = list(built.classes)
    texts = [case_text(c) for c in cases]
    y = np.array([[code in c.expected_flags for code in code_list] for c in cases])
    groups = np.array([batch(c.id) for c in cases])
    out: dict[str, Model] = {}
    needed = {i for i, c in enumerate(cases) if c.id in wanted}
    for fold, test_idx, scorer in fold_scorers(texts, y, groups, code_list, needed):
        model = Model(scorer, f"{built.version}-fold{fold}", code_list, built.thresholds,
                      built.solo)
        out |= {cases[i].id: model for i in test_idx if cases[i].id in wanted}
    return out


def model_card(meta: dict) -> str:
    """The card (`cards/packet-signs.md`) with this training run's figures."""
    rows = []
    for code, c in meta["cv"]["per_code"].items():
        bar = meta["thresholds"][code]
        precision = f"{c['labelled'] / c['flagged']:.2f}" if c["flagged"] else "-"
        recall = f"{c['labelled'] / c['support']:.2f}" if c["flagged"] else "-"
        shown = "never" if bar > 1 else f"{bar:.3f}"
        rows.append(f"| {code} | {c['support']} | {shown} | {c['flagged']} | {precision} "
                    f"| {recall} |")
    template = (Path(__file__).parent / "cards" / f"{PACKET}.md").read_text(encoding="utf-8")
    return template.format(
        meta=meta, rows="\n".join(rows), data_sha=meta["data_sha256"][:16],
        model_sha=meta["model_sha256"][:16], precision=f"{meta['cv']['precision']:.0%}",
    )
