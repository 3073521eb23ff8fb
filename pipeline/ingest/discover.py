"""Find the packets of an inbox folder."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import InputError
from pipeline.ingest.names import is_ignored


def discover_packets(inbox: Path) -> list[Path]:
    """Every top-level entry of `inbox` (folder, .zip or single file) is one packet.

    Sorted by name; hidden entries, OS clutter (Thumbs.db, __MACOSX) and
    editor or download temp files (~$x.docx, x~, x.part) are skipped.
    Raises `InputError` (code `not-found` or `not-a-folder`) for a bad inbox.
    """
    inbox = Path(inbox)
    if not inbox.exists():
        raise InputError(f"{inbox}: no such folder", file=str(inbox), code="not-found")
    if not inbox.is_dir():
        raise InputError(f"{inbox}: not a folder", file=str(inbox), code="not-a-folder")
    return sorted((p for p in inbox.iterdir() if not is_ignored(p.name)), key=lambda p: p.name)
