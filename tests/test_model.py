"""The offence-category model: training writes a scorer that agrees with scikit-learn,
its card and metadata; a bad corpus is refused with the file named; the shipped model loads."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.flags.training import COLUMNS, load_corpus, train


def small_corpus(folder: Path, per_label: int = 30) -> Path:
    corpus = load_corpus()
    parts = [g.head(per_label) for _label, g in corpus.groupby("label")]
    folder.mkdir()
    pd.concat(parts)[COLUMNS].to_csv(folder / "small.csv", index=False)
    return folder


def test_training_writes_model_metadata_and_card(tmp_path: Path) -> None:
    result = train(small_corpus(tmp_path / "train"), tmp_path / "models")
    meta = json.loads(result.meta_path.read_text(encoding="utf-8"))
    assert meta["export_max_gap"] <= 1e-9  # NumPy scorer == scikit-learn
    assert set(meta["thresholds"]) == set(meta["classes"]) - {"ordinary"}
    assert set(meta["solo_thresholds"]) == set(meta["thresholds"])
    for label, solo in meta["solo_thresholds"].items():
        assert solo >= meta["thresholds"][label]
    card = result.card_path.read_text(encoding="utf-8")
    assert "triage train" in card and "grouped by source case" in card
    assert result.model_path.suffix == ".npz"


def test_a_bad_corpus_is_refused_with_the_file_named(tmp_path: Path) -> None:
    folder = tmp_path / "train"
    folder.mkdir()
    (folder / "broken.csv").write_text("id,text\n1,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.csv"):
        load_corpus(folder)


def test_the_shipped_model_loads_and_scores() -> None:
    from pipeline.flags.model import load_model

    model = load_model()
    assert model is not None, "models/offense-categories.npz missing: run `make model`"
    proba = model.estimator.predict_proba(
        ["desertion from the armed forces during mobilisation", "armed robbery of a bank"]
    )
    military = model.classes.index("article3.military")
    ordinary = model.classes.index("ordinary")
    assert proba[0].argmax() == military
    assert proba[1].argmax() == ordinary
