"""The text models at run time: TF-IDF and a linear layer in NumPy.

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

_WHITE = re.compile(r"\s\s+")
_MAX_CACHED_WORDS = 200_000


@dataclass(frozen=True)
class Tfidf:
    """One fitted TfidfVectorizer (lowercase, sublinear tf, l2 norm)."""

    analyzer: str  # "char_wb" or "word"
    ngram_range: tuple[int, int]
    token_pattern: str
    vocabulary: dict[str, int]
    idf: np.ndarray
    # word -> the vocabulary columns of its character n-grams (words recur across windows)
    _columns: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)

    def _char_columns(self, word: str) -> list[int]:
        """Vocabulary columns of one word's character n-grams, as sklearn's _char_wb_ngrams."""
        found = self._columns.get(word)
        if found is None:
            lo, hi = self.ngram_range
            w = f" {word} "
            grams: list[str] = []
            for n in range(lo, hi + 1):
                offset = 0
                grams.append(w[offset : offset + n])
                while offset + n < len(w):
                    offset += 1
                    grams.append(w[offset : offset + n])
                if offset == 0:
                    break
            found = [i for g in grams if (i := self.vocabulary.get(g)) is not None]
            if len(self._columns) >= _MAX_CACHED_WORDS:  # a long batch: bound the memory
                self._columns.clear()
            self._columns[word] = found
        return found

    def columns(self, text: str) -> list[int]:
        """The vocabulary columns of every n-gram of `text`, repeated as often as it occurs."""
        text = text.lower()
        if self.analyzer == "char_wb":
            return [i for w in _WHITE.sub(" ", text).split() for i in self._char_columns(w)]
        lo, hi = self.ngram_range
        tokens = re.findall(self.token_pattern, text)  # as sklearn's _word_ngrams
        out: list[int] = []
        for n in range(lo, hi + 1):
            for k in range(len(tokens) - n + 1):
                if (i := self.vocabulary.get(" ".join(tokens[k : k + n]))) is not None:
                    out.append(i)
        return out

    def transform(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The text's TF-IDF row, sparse: (column indices, l2-normalised values)."""
        counts = Counter(self.columns(text))
        idx = np.fromiter(counts, dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        vals = (np.log(tf) + 1.0) * self.idf[idx]
        norm = float(np.sqrt(vals @ vals)) if len(vals) else 0.0
        return idx, (vals / norm if norm > 0 else vals)


@dataclass(frozen=True)
class LinearScorer:
    """TF-IDF blocks side by side, then softmax(x · coefᵀ + intercept) over the classes of one
    multinomial model, or the logistic function per class of one-against-the-rest models
    (`link="logistic"`: a packet may carry several codes at once)."""

    blocks: tuple[Tfidf, ...]
    coef: np.ndarray
    intercept: np.ndarray
    classes: tuple[str, ...]
    link: str = "softmax"  # or "logistic"

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        # Rows stay sparse (a window holds a few hundred of the tens of thousands of n-grams):
        # each score is the coefficients of the row's columns times its values.
        z = np.tile(self.intercept, (len(texts), 1))
        for r, text in enumerate(texts):
            offset = 0
            for b in self.blocks:
                idx, vals = b.transform(text)
                z[r] += self.coef[:, offset + idx] @ vals
                offset += len(b.idf)
        if self.link == "logistic":
            return 1.0 / (1.0 + np.exp(-z))
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        arrays: dict[str, Any] = {
            "coef": self.coef, "intercept": self.intercept, "classes": np.array(self.classes),
            "link": np.array(self.link),
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
                str(data["link"]) if "link" in data else "softmax",
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
