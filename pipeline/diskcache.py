"""A small on-disk cache of built objects under `TRIAGE_CACHE`, keyed by content.

Validated lexicons and compiled phrase matchers cost about a second to build
and never change for the same inputs; start-up of a one-file analysis must
stay near two seconds. Keys hash everything the object depends on (input
bytes, code, library versions), so a change rebuilds, never serves stale.
These are build artifacts (like `.pyc` files), kept apart from the data under
`TRIAGE_HOME`; deleting the folder only costs a rebuild.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from pipeline import __version__
from pipeline.fileio import write_atomic

T = TypeVar("T")
FORMAT = "1"


def digest(parts: Iterable[bytes | str]) -> str:
    """SHA-256 over the parts (with the package version and cache format)."""
    h = hashlib.sha256(f"{__version__}\0{FORMAT}\0".encode())
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cached(namespace: str, key: str, build: Callable[[], T]) -> T:
    """The object stored under (namespace, key), built and stored on a miss.

    A cache that cannot be read or written is bypassed, never an error.
    """
    from pipeline.config import settings

    path = settings().cache / namespace / f"{key[:32]}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass
    value = build()
    with contextlib.suppress(OSError):
        write_atomic(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value
