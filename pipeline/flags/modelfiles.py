"""Where the offence-category model lives and how text is prepared for it (no heavy imports:
the run-time scorer and the trainer share these)."""

from __future__ import annotations

from pathlib import Path

from pipeline.config import repo_root
from pipeline.text.normalize import normalize

MODEL_NAME = "offense-categories"
ORDINARY = "ordinary"


def models_dir() -> Path:
    return repo_root() / "models"


def prepare(text: str) -> str:
    """What the model reads: the project's normalised text (case, accents, Arabic folded)."""
    return normalize(text).text
