"""`triage train`: the offence-category classifier, from the labelled corpus in `data/train/`.

The corpus is hand-written charges and fact snippets in four languages, each
with its label (a category flag code, or `ordinary`), the public source case
it paraphrases and a citation (`data/train/README.md`). The model is TF-IDF
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

from pipeline.config import repo_root
from pipeline.flags.modelfiles import MODEL_NAME, ORDINARY, models_dir, prepare
from pipeline.flags.scorer import LinearScorer

FOLDS = 5
MIN_THRESHOLD = 0.2
MAX_ORDINARY_RATE = 0.005  # per category, of the ordinary rows (out of fold)
SOLO_PRECISION = 0.95
SOLO_ORDINARY_RATE = 0.0
COLUMNS = ["id", "lang", "kind", "label", "text", "source_case", "source"]


def train_dir() -> Path:
    return repo_root() / "data" / "train"


def load_corpus(folder: Path | None = None) -> pd.DataFrame:
    """Every `data/train/*.csv`, checked (ValueError naming the file and the problem)."""
    from pipeline.flags.catalog import catalog

    folder = folder or train_dir()
    labels = {*catalog().in_group("category"), ORDINARY}
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


def build_estimator():  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion([
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                  sublinear_tf=True, max_features=60000)),
        ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=1,
                                  sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")),
    ])
    classifier = LogisticRegression(C=8.0, class_weight="balanced", max_iter=3000)
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


def _thresholds(y: np.ndarray, proba: np.ndarray, classes: list[str]) -> dict[str, float]:
    """Per category, the threshold with the best out-of-fold F1 among those that give that
    category to at most MAX_ORDINARY_RATE of the ordinary rows: most real notices are
    ordinary crimes, and a model that flags them is ignored."""
    out: dict[str, float] = {}
    ordinary = y == ORDINARY
    for i, label in enumerate(classes):
        if label == ORDINARY:
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


def _solo_thresholds(y: np.ndarray, proba: np.ndarray, classes: list[str]) -> dict[str, float]:
    """Per category, the lowest score at which the model may raise a flag on its own (no
    lexicon term or rule for the same code): out-of-fold precision of SOLO_PRECISION or more
    and at most SOLO_ORDINARY_RATE of the ordinary rows; above 1 (never) when none qualifies.
    Below it, the model only corroborates a flag that a lexicon entry or rule raised."""
    out: dict[str, float] = {}
    ordinary = y == ORDINARY
    for i, label in enumerate(classes):
        if label == ORDINARY:
            continue
        out[label] = 1.01
        for t in np.arange(MIN_THRESHOLD, 0.96, 0.025):
            hit = proba[:, i] >= t
            if not hit.any():
                break
            precision = float((y[hit] == label).mean())
            if precision >= SOLO_PRECISION and hit[ordinary].mean() <= SOLO_ORDINARY_RATE:
                out[label] = float(round(t, 3))
                break
    return out


def _decide(proba: np.ndarray, classes: list[str], thresholds: dict[str, float]) -> np.ndarray:
    """A category where its score passes its threshold (the highest such), else ordinary."""
    out = []
    for row in proba:
        passing = [
            (row[i], c) for i, c in enumerate(classes)
            if c != ORDINARY and row[i] >= thresholds[c]
        ]
        out.append(max(passing)[1] if passing else ORDINARY)
    return np.array(out)


def train(folder: Path | None = None, out_dir: Path | None = None) -> TrainResult:
    """Cross-validate by source case, fit on everything, write model, metadata and card."""
    import sklearn
    from sklearn.model_selection import GroupKFold

    corpus = load_corpus(folder)
    texts = np.array([prepare(t) for t in corpus["text"]])
    y = corpus["label"].to_numpy()
    groups = corpus["source_case"].to_numpy()
    classes = sorted(set(y))
    proba = np.zeros((len(y), len(classes)))
    for train_idx, test_idx in GroupKFold(n_splits=FOLDS).split(texts, y, groups):
        est = build_estimator().fit(texts[train_idx], y[train_idx])
        order = [list(est.classes_).index(c) if c in est.classes_ else None for c in classes]
        fold = est.predict_proba(texts[test_idx])
        for j, k in enumerate(order):
            if k is not None:
                proba[test_idx, j] = fold[:, k]
    thresholds = _thresholds(y, proba, classes)
    solo = _solo_thresholds(y, proba, classes)
    pred = _decide(proba, classes, thresholds)
    per_class = _per_class(y, pred, classes)
    categories = [c for c in classes if c != ORDINARY]
    per_lang = {}
    for lang in sorted(set(corpus["lang"])):
        mask = (corpus["lang"] == lang).to_numpy()
        scores = _per_class(y[mask], pred[mask], categories)
        per_lang[lang] = round(float(np.mean([s["f1"] for s in scores.values()])), 3)
    ordinary = y == ORDINARY
    false_alarm = float((pred[ordinary] != ORDINARY).mean()) if ordinary.any() else 0.0

    model = build_estimator().fit(texts, y)
    scorer = LinearScorer.from_pipeline(model)
    gap = float(np.abs(scorer.predict_proba(list(texts)) - model.predict_proba(texts)).max())
    if gap > 1e-9:
        raise RuntimeError(f"exported scorer differs from scikit-learn by {gap:g}")
    out_dir = out_dir or models_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    data_hash = hashlib.sha256()
    for path in sorted((folder or train_dir()).glob("*.csv")):
        data_hash.update(path.name.encode() + b"\0" + path.read_bytes())
    digest = data_hash.hexdigest()
    version = f"{datetime.now(UTC):%Y.%m.%d}-{digest[:8]}"
    meta = {
        "name": MODEL_NAME,
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
            "macro_f1_categories": round(
                float(np.mean([per_class[c]["f1"] for c in categories])), 3
            ),
            "macro_f1_categories_per_language": per_lang,
            "ordinary_flagged_rate": round(false_alarm, 3),
        },
    }
    model_path = out_dir / f"{MODEL_NAME}.npz"
    meta_path = out_dir / f"{MODEL_NAME}.json"
    card_path = out_dir / f"{MODEL_NAME}.md"
    scorer.save(model_path)
    meta["export_max_gap"] = gap
    meta["model_sha256"] = hashlib.sha256(model_path.read_bytes()).hexdigest()
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    card_path.write_text(model_card(meta), encoding="utf-8")
    return TrainResult(model_path, meta_path, card_path, meta)


def model_card(meta: dict) -> str:
    """The model card: data, metrics, limits, how to rebuild."""
    cv = meta["cv"]
    rows = "\n".join(
        f"| {label} | {s['support']} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1']:.2f} "
        f"| {meta['thresholds'].get(label, '-')} | {meta['solo_thresholds'].get(label, '-')} |"
        for label, s in cv["per_class"].items()
    )
    langs = ", ".join(f"{k} {v:.2f}" for k, v in cv["macro_f1_categories_per_language"].items())
    counts = ", ".join(f"{k} {v}" for k, v in meta["rows_per_label"].items())
    per_lang = ", ".join(f"{k} {v}" for k, v in meta["rows_per_language"].items())
    return f"""# Model card: {meta['name']} {meta['version']}

**What it does.** Scores a charge or a snippet of a summary of facts for the offence
categories that INTERPOL's rules exclude (RPD Art. 83(1)(a)(ii): cultural norms,
family or private matters, administrative or private disputes) and for an Article 3
character (political, military, religious, racial), against `ordinary` (a serious
ordinary-law crime). The flag engine raises a category flag from it when a score
passes the class threshold below; the flag's provenance is `model`, with the score.
It is an indication for a person to weigh, like every flag.

**Data.** `data/train/*.csv`: {meta['rows']} hand-written charges and fact snippets
({per_lang}), each paraphrasing a public source case or published example and citing
it ({meta['source_cases']} source cases). Labels: {counts}. Data SHA-256
`{meta['data_sha256'][:16]}...`. Nothing was generated from templates or lexicon terms.

**Model.** TF-IDF over character 2-5-grams within words and word 1-2-grams of the
project's normalised text (case, accents, Arabic letter variants folded), then a
class-balanced logistic regression (scikit-learn {meta['sklearn']}). Artifact
`models/{meta['name']}.npz` (SHA-256 `{meta['model_sha256'][:16]}...`): the fitted
vocabularies, IDF weights and coefficients as plain arrays, scored at run time in NumPy
(`pipeline/flags/scorer.py`, equal to scikit-learn's scores within 1e-9 on the corpus;
no pickle is loaded).

**Metrics.** {cv['folds']}-fold cross-validation grouped by source case (no case is
both trained on and scored), thresholds chosen on the same out-of-fold scores (so
slightly optimistic). Macro-F1 over the seven categories: {cv['macro_f1_categories']:.2f}
(per language: {langs}). Ordinary rows given a category: {cv['ordinary_flagged_rate']:.1%}.

**How the engine uses it.** Above `threshold`, a score corroborates a flag that a lexicon
entry or a rule raised for the same code (listed in the flag's `corroborated_by`). The model
raises a flag on its own only from `alone from`: the lowest score with out-of-fold precision
of {int(SOLO_PRECISION * 100)}% or more and no ordinary row above it (above 1: never alone).
Real notices word ordinary charges in ways this small corpus does not cover, so a score alone
is held to a higher bar than a score that agrees with the lexicon. Nor does a score alone give
a category to a charge that the understanding stage read as an ordinary-law crime (the ICCS
sections and classes listed as `model_alone_not_on_iccs` in `lexicons/rules/flag-codes.yaml`:
killing, harm, sexual violence, robbery, property, fraud, embezzlement, terrorism); such a
flag is held back with that reason, as the context that may change the reading (status,
protest, ethnicity, partners) is read by the lexicon entries and misuse indicators.

| label | n | precision | recall | F1 | threshold | alone from |
|---|---|---|---|---|---|---|
{rows}

The end-to-end figures (rules alone against rules plus this model, on the
evaluation cases, and the false-alarm rate on real published charges) are in
`docs/evaluation-cases.md` and `docs/flags.md`.

**Limits.** A few hundred examples per language: it learns the wording of the
examples, not the law. It reads one charge or snippet at a time, without the
context that decides exceptions (organised crime, minors), so the engine applies the
lexicon exceptions to its flags too. Weak on rare wordings, transliterated names of
groups and offences it has not seen; racial and military classes have the fewest
examples. Never a finding: a reviewer weighs every flag.

**Rebuild.** `triage train` (or `make model`) reads `data/train/`, writes
`models/{meta['name']}.npz`, `.json` (metadata, thresholds, metrics) and this card.
Training is deterministic for a given corpus and scikit-learn version.
"""
