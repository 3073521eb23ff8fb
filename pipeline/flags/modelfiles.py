"""The project's text models, where they live and how text is prepared for them (no heavy
imports: the run-time scorers and the trainer share these).

- `offense-categories` reads a charge or a snippet of facts and scores the offence categories
  (DOMAIN.md Part A, group `category`) against `ordinary`;
- `misuse-context` reads a sentence or two of any document and scores the misuse indicators
  that rest on how the documents describe the subject and the context (group `misuse`)
  against `none`;
- `packet-signs` reads a whole packet and scores every code of the category and misuse groups
  at once, learned from the development evaluation cases (`packet_training`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.config import repo_root
from pipeline.text.normalize import normalize


@dataclass(frozen=True)
class ModelSpec:
    """What a model is trained on and what it may raise."""

    name: str
    corpus: str  # folder under data/train/ ("" for data/train itself)
    negative: str  # the label of rows that show none of the codes
    codes: tuple[str, ...] = ()  # the flag codes it scores; empty: the whole catalogue group
    group: str = ""  # catalogue group (flag-codes.yaml) whose codes it scores when `codes` is empty
    words: bool = True  # word 1-2-grams beside the character n-grams
    c: float = 8.0  # inverse regularisation strength of the logistic regression

    def labels(self) -> set[str]:
        from pipeline.flags.catalog import catalog

        return {*(self.codes or catalog().in_group(self.group)), self.negative}

    def corpus_dir(self) -> Path:
        base = repo_root() / "data" / "train"
        return base / self.corpus if self.corpus else base


CATEGORIES = ModelSpec(
    name="offense-categories", corpus="", negative="ordinary", group="category",
)
# Character n-grams alone and weak regularisation: best grouped cross-validated F1 on the
# misuse corpus (word n-grams, shared by few sentences of a few hundred, only added noise).
CONTEXT = ModelSpec(
    name="misuse-context", corpus="misuse", negative="none", words=False, c=100.0,
    codes=(
        "misuse.political-opposition", "misuse.journalist-media",
        "misuse.human-rights-defender", "misuse.religious-minority", "misuse.ethnic-minority",
        "misuse.protest-assembly", "misuse.speech-offense", "misuse.business-dispute-state",
        "misuse.political-timing",
    ),
)
SPECS = {spec.name: spec for spec in (CATEGORIES, CONTEXT)}
PACKET = "packet-signs"  # trained on whole packets by `packet_training`, not on a corpus
MODELS = (*SPECS, PACKET)

# The offence-category model, under the names older code and tests use.
MODEL_NAME = CATEGORIES.name
ORDINARY = CATEGORIES.negative


def models_dir() -> Path:
    return repo_root() / "models"


def prepare(text: str) -> str:
    """What a model reads: the project's normalised text (case, accents, Arabic folded)."""
    return normalize(text).text
