"""Content-addressed store of original files (SHA-256), byte for byte."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from pipeline.fileio import write_atomic

CHUNK = 1 << 20


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


class BlobStore:
    """Files kept once per SHA-256 under `root/ab/cdef…`; writes are atomic (temp, then rename)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:]

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put_bytes(self, data: bytes) -> str:
        """Store `data` unless already present; return its SHA-256."""
        digest = sha256_bytes(data)
        if not self.exists(digest):
            self._write(digest, iter((data,)))
        return digest

    def put_file(self, src: Path) -> str:
        """Store a file by streaming it (large scans are not read into memory twice)."""
        digest = sha256_file(src)
        if not self.exists(digest):
            with open(src, "rb") as f:
                self._write(digest, iter(lambda: f.read(CHUNK), b""))
        return digest

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def _write(self, digest: str, chunks: Iterator[bytes]) -> None:
        write_atomic(self.path(digest), chunks, durable=True)


def default_blobs() -> BlobStore:
    """The blob store under `TRIAGE_HOME`."""
    from pipeline.config import settings

    return BlobStore(settings().originals_dir)
