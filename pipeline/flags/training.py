"""`triage train`: the project's text classifiers, from the labelled corpora in `data/train/`.

Each corpus is hand-written text in four languages, each row with its label (a
flag code, or the model's negative label), the public source case it
paraphrases and a citation (`data/train/README.md`): charges and fact snippets
for the offence-category model, sentences about the subject and the context
for the misuse-context model (`modelfiles.SPECS`). Each model is TF-IDF
over character n-grams (robust to OCR noise and inflection) and word n-grams,
then a class-balanced logistic regression. It is scored by cross-validation
grouped by source case, so no case is both trained on and tested on; the
per-class decision thresholds are chosen on those out-of-fold scores. The
artifact, its metadata and its model card are written to `models/`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.flags.modelfiles import CATEGORIES, ModelSpec, models_dir, prepare
from pipeline.flags.scorer import LinearScorer

FOLDS = 5
MIN_THRESHOLD = 0.2
MAX_ORDINARY_RATE = 0.005  # per code, of the negative rows (out of fold)
COLUMNS = ["id", "lang", "kind", "label", "text", "source_case", "source"]


def load_corpus(folder: Path | None = None, spec: ModelSpec = CATEGORIES) -> pd.DataFrame:
    """Every `*.csv` of a model's corpus folder, checked (ValueError naming the file and the
    problem)."""
    folder = folder or spec.corpus_dir()
    labels = spec.labels()
    frames = []
    for path in sorted(folder.glob("*.csv")):
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        if list(df.columns) != COLUMNS:
            raise ValueError(f"{path}: columns must be {','.join(COLUMNS)}")
        empty = df[(df == "").any(axis=1)]
        if len(empty):
            raise ValueError(f"{path}: empty cells in rows {list(empty['id'][:5])}")
        bad = sorted(set(df["label"]) - labels)
        if bad:
            raise ValueError(f"{path}: unknown labels {bad}")
        df["file"] = path.name
        frames.append(df)
    if not frames:
        raise ValueError(f"no labelled corpus in {folder} (*.csv)")
    corpus = pd.concat(frames, ignore_index=True)
    dupes = corpus[corpus["id"].duplicated()]["id"].tolist()
    if dupes:
        raise ValueError(f"duplicate ids in {folder}: {dupes[:5]}")
    return corpus


def build_estimator(spec: ModelSpec = CATEGORIES):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    blocks = [
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                  sublinear_tf=True, max_features=60000)),
    ]
    if spec.words:
        blocks.append(("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=1,
                                                sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")))
    features = FeatureUnion(blocks)
    classifier = LogisticRegression(C=spec.c, class_weight="balanced", max_iter=3000)
    return Pipeline([("features", features), ("classifier", classifier)])


@dataclass
class TrainResult:
    model_path: Path
    meta_path: Path
    card_path: Path
    meta: dict


def _per_class(y: np.ndarray, pred: np.ndarray, labels: list[str]) -> dict[str, dict]:
    from sklearn.metrics import precision_recall_fscore_support

    p, r, f, n = precision_recall_fscore_support(y, pred, labels=labels, zero_division=0)
    return {
        lab: {"precision": round(float(p[i]), 3), "recall": round(float(r[i]), 3),
              "f1": round(float(f[i]), 3), "support": int(n[i])}
        for i, lab in enumerate(labels)
    }


def _thresholds(
    y: np.ndarray, proba: np.ndarray, classes: list[str], negative: str
) -> dict[str, float]:
    """Per code, the threshold with the best out-of-fold F1 among those that give that
    code to at most MAX_ORDINARY_RATE of the negative rows: most real notices are
    ordinary crimes, and a model that flags them is ignored."""
    out: dict[str, float] = {}
    ordinary = y == negative
    for i, label in enumerate(classes):
        if label == negative:
            continue
        truth = y == label
        best, best_f1 = 0.95, -1.0
        for t in np.arange(MIN_THRESHOLD, 0.96, 0.025):
            hit = proba[:, i] >= t
            if ordinary.any() and hit[ordinary].mean() > MAX_ORDINARY_RATE:
                continue
            tp = int((hit & truth).sum())
            f1 = 2 * tp / (hit.sum() + truth.sum()) if (hit.sum() + truth.sum()) else 0.0
            if f1 > best_f1 + 1e-9:
                best, best_f1 = float(round(t, 3)), f1
        out[label] = best
    return out


def _decide(
    proba: np.ndarray, classes: list[str], thresholds: dict[str, float], negative: str
) -> np.ndarray:
    """A code where its score passes its threshold (the highest such), else the negative."""
    out = []
    for row in proba:
        passing = [
            (row[i], c) for i, c in enumerate(classes)
            if c != negative and row[i] >= thresholds[c]
        ]
        out.append(max(passing)[1] if passing else negative)
    return np.array(out)


def train(
    folder: Path | None = None, out_dir: Path | None = None, spec: ModelSpec = CATEGORIES
) -> TrainResult:
    """Cross-validate by source case, fit on everything, write model, metadata and card."""
    import sklearn
    from sklearn.model_selection import GroupKFold

    negative = spec.negative
    folder = folder or spec.corpus_dir()
    corpus = load_corpus(folder, spec)
    texts = np.array([prepare(t) for t in corpus["text"]])
    y = corpus["label"].to_numpy()
    groups = corpus["source_case"].to_numpy()
    classes = sorted(set(y))
    proba = np.zeros((len(y), len(classes)))
    for train_idx, test_idx in GroupKFold(n_splits=FOLDS).split(texts, y, groups):
        est = build_estimator(spec).fit(texts[train_idx], y[train_idx])
        order = [list(est.classes_).index(c) if c in est.classes_ else None for c in classes]
        fold = est.predict_proba(texts[test_idx])
        for j, k in enumerate(order):
            if k is not None:
                proba[test_idx, j] = fold[:, k]
    thresholds = _thresholds(y, proba, classes, negative)
    # Never alone until `triage eval calibrate --write` sets the bar on the development cases.
    solo = {c: 1.01 for c in classes if c != negative}
    pred = _decide(proba, classes, thresholds, negative)
    per_class = _per_class(y, pred, classes)
    categories = [c for c in classes if c != negative]
    per_lang = {}
    for lang in sorted(set(corpus["lang"])):
        mask = (corpus["lang"] == lang).to_numpy()
        scores = _per_class(y[mask], pred[mask], categories)
        per_lang[lang] = round(float(np.mean([s["f1"] for s in scores.values()])), 3)
    ordinary = y == negative
    false_alarm = float((pred[ordinary] != negative).mean()) if ordinary.any() else 0.0

    model = build_estimator(spec).fit(texts, y)
    scorer = LinearScorer.from_pipeline(model)
    gap = float(np.abs(scorer.predict_proba(list(texts)) - model.predict_proba(texts)).max())
    if gap > 1e-9:
        raise RuntimeError(f"exported scorer differs from scikit-learn by {gap:g}")
    out_dir = out_dir or models_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    data_hash = hashlib.sha256()
    for path in sorted(folder.glob("*.csv")):
        data_hash.update(path.name.encode() + b"\0" + path.read_bytes())
    digest = data_hash.hexdigest()
    version = f"{datetime.now(UTC):%Y.%m.%d}-{digest[:8]}"
    meta = {
        "name": spec.name,
        "negative": negative,
        "version": version,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sklearn": sklearn.__version__,
        "data_sha256": digest,
        "rows": len(corpus),
        "rows_per_label": {
            k: int(v) for k, v in corpus["label"].value_counts().sort_index().items()
        },
        "rows_per_language": {
            k: int(v) for k, v in corpus["lang"].value_counts().sort_index().items()
        },
        "source_cases": int(corpus["source_case"].nunique()),
        "classes": classes,
        "thresholds": thresholds,
        "solo_thresholds": solo,
        "cv": {
            "folds": FOLDS, "grouped_by": "source_case",
            "per_class": per_class,
            "macro_f1": round(float(np.mean([per_class[c]["f1"] for c in categories])), 3),
            "macro_f1_per_language": per_lang,
            "negative_flagged_rate": round(false_alarm, 3),
        },
    }
    model_path = out_dir / f"{spec.name}.npz"
    meta_path = out_dir / f"{spec.name}.json"
    card_path = out_dir / f"{spec.name}.md"
    scorer.save(model_path)
    meta["export_max_gap"] = gap
    meta["model_sha256"] = hashlib.sha256(model_path.read_bytes()).hexdigest()
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    card_path.write_text(model_card(meta), encoding="utf-8")
    return TrainResult(model_path, meta_path, card_path, meta)


def model_card(meta: dict) -> str:
    """The model card: data, metrics, limits, how to rebuild (`cards/<model name>.md`, with
    the figures of this training run filled in)."""
    cv = meta["cv"]
    rows = "\n".join(
        f"| {label} | {s['support']} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1']:.2f} "
        f"| {meta['thresholds'].get(label, '-')} | {meta['solo_thresholds'].get(label, '-')} |"
        for label, s in cv["per_class"].items()
    )
    template = (Path(__file__).parent / "cards" / f"{meta['name']}.md").read_text(encoding="utf-8")
    return template.format(
        meta=meta, cv=cv, rows=rows,
        counts=", ".join(f"{k} {v}" for k, v in meta["rows_per_label"].items()),
        per_lang=", ".join(f"{k} {v}" for k, v in meta["rows_per_language"].items()),
        langs=", ".join(f"{k} {v:.2f}" for k, v in cv["macro_f1_per_language"].items()),
        calibration=_calibration(meta),
        data_sha=meta["data_sha256"][:16], model_sha=meta["model_sha256"][:16],
    )


def _calibration(meta: dict) -> str:
    """How the bar to raise a flag alone was set on the dev cases (`evaluation/calibration`)."""
    cal = meta.get("solo_calibration")
    if not cal:
        return ("Not yet set on the development cases (`triage eval calibrate --write`): "
                "until then the model never raises a flag alone.")
    rows = "\n".join(
        f"| {code} | {meta['solo_thresholds'][code]} | {c['flagged']} | {c['labelled']} "
        f"| {c['labelled_not_raised_by_rules']} |"
        for code, c in cal["per_code"].items()
    )
    return (
        f"Set on the {cal['cases']} development cases at commit `{cal['commit']}` "
        f"(`triage eval calibrate --write`): per code, the lowest score at which, among the "
        f"cases where no rule raised the code, no legitimate case is flagged and at least "
        f"{cal['precision']:.0%} of the flagged cases, and at least "
        f"{cal.get('min_labelled', 1)} of them, carry the code in their labels "
        "(above 1: never alone; a score must pass `threshold` too, so a bar below it acts as "
        "`threshold`).\n\n"
        "| code | alone from | dev cases flagged alone | of which labelled | labelled cases "
        "the rules missed |\n|---|---|---|---|---|\n" + rows
    )
