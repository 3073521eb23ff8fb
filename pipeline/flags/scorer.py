"""The offence-category model at run time: TF-IDF and a linear layer in NumPy.

`triage train` fits a scikit-learn pipeline (TF-IDF over character n-grams
within words and word n-grams, then a multinomial logistic regression) and
exports its fitted numbers here: vocabularies, IDF weights, coefficients.
Scoring with them needs neither scikit-learn nor a pickle, so the command line
starts about a second and a half sooner and the artifact is plain arrays.
Training checks that these scores equal scikit-learn's to 1e-9 on the whole
corpus before it writes anything (`pipeline/flags/training.py`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

_WHITE = re.compile(r"\s\s+")


@dataclass(frozen=True)
class Tfidf:
    """One fitted TfidfVectorizer (lowercase, sublinear tf, l2 norm)."""

    analyzer: str  # "char_wb" or "word"
    ngram_range: tuple[int, int]
    token_pattern: str
    vocabulary: dict[str, int]
    idf: np.ndarray

    def terms(self, text: str) -> list[str]:
        text = text.lower()
        lo, hi = self.ngram_range
        out: list[str] = []
        if self.analyzer == "char_wb":  # as sklearn's _char_wb_ngrams
            for w in _WHITE.sub(" ", text).split():
                w = f" {w} "
                for n in range(lo, hi + 1):
                    offset = 0
                    out.append(w[offset : offset + n])
                    while offset + n < len(w):
                        offset += 1
                        out.append(w[offset : offset + n])
                    if offset == 0:
                        break
            return out
        tokens = re.findall(self.token_pattern, text)  # as sklearn's _word_ngrams
        for n in range(lo, hi + 1):
            out += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
        return out

    def transform(self, text: str) -> np.ndarray:
        row = np.zeros(len(self.idf))
        counts = Counter(i for t in self.terms(text) if (i := self.vocabulary.get(t)) is not None)
        for i, tf in counts.items():
            row[i] = (np.log(tf) + 1.0) * self.idf[i]
        norm = np.linalg.norm(row)
        return row / norm if norm > 0 else row


@dataclass(frozen=True)
class LinearScorer:
    """TF-IDF blocks side by side, then softmax(x · coefᵀ + intercept)."""

    blocks: tuple[Tfidf, ...]
    coef: np.ndarray
    intercept: np.ndarray
    classes: tuple[str, ...]

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        x = np.vstack([np.concatenate([b.transform(t) for b in self.blocks]) for t in texts])
        z = x @ self.coef.T + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        arrays: dict[str, Any] = {
            "coef": self.coef, "intercept": self.intercept, "classes": np.array(self.classes),
        }
        for k, b in enumerate(self.blocks):
            terms = sorted(b.vocabulary, key=b.vocabulary.__getitem__)
            arrays[f"b{k}_terms"] = np.array(terms)
            arrays[f"b{k}_idf"] = b.idf
            arrays[f"b{k}_meta"] = np.array(
                [b.analyzer, str(b.ngram_range[0]), str(b.ngram_range[1]), b.token_pattern]
            )
        with path.open("wb") as fh:
            np.savez_compressed(fh, **arrays)

    @classmethod
    def load(cls, path: Path) -> LinearScorer:
        with np.load(path, allow_pickle=False) as data:
            blocks = []
            k = 0
            while f"b{k}_terms" in data:
                analyzer, lo, hi, pattern = (str(x) for x in data[f"b{k}_meta"])
                terms = data[f"b{k}_terms"].tolist()
                blocks.append(Tfidf(
                    analyzer, (int(lo), int(hi)), pattern,
                    {t: i for i, t in enumerate(terms)}, data[f"b{k}_idf"],
                ))
                k += 1
            return cls(
                tuple(blocks), data["coef"], data["intercept"],
                tuple(str(c) for c in data["classes"]),
            )

    @classmethod
    def from_pipeline(cls, estimator: Any) -> LinearScorer:
        """Export a fitted Pipeline(FeatureUnion(TfidfVectorizer...), LogisticRegression)."""
        features, classifier = estimator.named_steps.values()
        blocks = []
        for _name, vec in features.transformer_list:
            assert vec.lowercase and vec.sublinear_tf and vec.norm == "l2" and vec.use_idf
            assert vec.analyzer in ("char_wb", "word") and vec.strip_accents is None
            blocks.append(Tfidf(
                vec.analyzer, tuple(vec.ngram_range), vec.token_pattern,
                {str(t): int(i) for t, i in vec.vocabulary_.items()}, vec.idf_.copy(),
            ))
        return cls(
            tuple(blocks), classifier.coef_.copy(), classifier.intercept_.copy(),
            tuple(str(c) for c in classifier.classes_),
        )
