"""Settings read once from the environment (DESIGN.md "Settings")."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SUPPORTED_LANGUAGES = ("en", "fr", "es", "ar")
# Arabic reads with the Arabic-script model first, then the language model: `ara` alone
# misreads Arabic-Indic digits (٢ as 7, ٣ as 7 or 9), so dates and article numbers on
# Arabic scans came out wrong; the script model reads about twice as many (README).
TESSERACT_LANG = {"en": "eng", "fr": "fra", "es": "spa", "ar": "Arabic+ara"}


def _default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("notice-triage", appauthor=False))


def _default_cache() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("notice-triage", appauthor=False))


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


@dataclass(frozen=True)
class Settings:
    """Where things live and how much the machine may be loaded."""

    home: Path
    cache: Path
    db_url: str
    workers: int
    dpi: int = 300
    ocr_timeout_s: int = 120
    max_page_pixels: int = 60_000_000
    low_confidence: float = 70.0
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def originals_dir(self) -> Path:
        return self.home / "originals"

    @property
    def ocr_cache_dir(self) -> Path:
        return self.home / "ocr-cache"

    @property
    def prefect_home(self) -> Path:
        return self.home / "prefect"


def load_settings() -> Settings:
    """Settings from `TRIAGE_HOME`, `TRIAGE_DB_URL`, `TRIAGE_WORKERS` and friends."""
    home = Path(os.environ.get("TRIAGE_HOME") or _default_home()).expanduser().resolve()
    db_url = os.environ.get("TRIAGE_DB_URL") or f"sqlite:///{home / 'triage.sqlite3'}"
    workers = max(1, _int_env("TRIAGE_WORKERS", os.cpu_count() or 1))
    cache = Path(os.environ.get("TRIAGE_CACHE") or _default_cache()).expanduser().resolve()
    return Settings(
        home=home,
        cache=cache,
        db_url=db_url,
        workers=workers,
        dpi=_int_env("TRIAGE_OCR_DPI", 300),
        ocr_timeout_s=_int_env("TRIAGE_OCR_TIMEOUT", 120),
        max_page_pixels=_int_env("TRIAGE_MAX_PAGE_PIXELS", 60_000_000),
    )


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The process-wide settings (tests call `settings.cache_clear()` after changing env)."""
    return load_settings()


def repo_root() -> Path:
    """The project checkout holding `lexicons/`, `models/` and `data/` (editable install)."""
    env = os.environ.get("TRIAGE_REPO")
    return Path(env).resolve() if env else Path(__file__).resolve().parents[1]
