"""OCR cache: one JSON file per Tesseract call, keyed by everything that decides its output.

Key = SHA-256 over (image bytes hash, Tesseract language string, Tesseract version, call
kind and config (psm, dpi), cache-format version). Values live under
`settings().ocr_cache_dir/ab/<key>.json` and are written atomically (temp file, then rename),
so a crash never leaves a half-written entry and concurrent writers are harmless.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

from pipeline.config import settings
from pipeline.fileio import write_atomic

CACHE_FORMAT = "ocr-cache-1"


def cache_key(image_sha256: str, lang: str, tesseract_version: str, config: str) -> str:
    """The cache key of one Tesseract call on one image."""
    parts = [CACHE_FORMAT, image_sha256, lang, tesseract_version, config]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _path(key: str) -> Path:
    return settings().ocr_cache_dir / key[:2] / f"{key}.json"


def get(key: str) -> dict[str, Any] | None:
    """The cached value, or None (a missing or unreadable entry is a miss)."""
    try:
        return json.loads(_path(key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def put(key: str, value: dict[str, Any]) -> None:
    """Store `value` under `key` atomically; a failure to cache never fails the OCR."""
    with contextlib.suppress(OSError):
        write_atomic(_path(key), json.dumps(value, ensure_ascii=False, separators=(",", ":")))
