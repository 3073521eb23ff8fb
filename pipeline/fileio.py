"""Atomic file writes: a temporary file in the same folder, then a rename.

A crash or a full disk never leaves half a file under the final name; readers see the
old content or the new, nothing between. `durable` also flushes to disk before the
rename (originals, which must never be lost).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomic(path: Path, data: bytes | str | Iterable[bytes], *, durable: bool = False) -> None:
    """Write `data` (bytes, text as UTF-8, or byte chunks) to `path` atomically."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    chunks: Iterable[bytes] = (data,) if isinstance(data, bytes) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
