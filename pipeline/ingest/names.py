"""Names that are never part of a packet: hidden entries, OS clutter, temp files."""

from __future__ import annotations

import re

OS_CLUTTER = frozenset({"thumbs.db", "desktop.ini", "__macosx", "icon\r"})
_TEMP = re.compile(
    r"""^~\$            # Office lock file (~$report.docx)
      | ~$             # editor backup (report.txt~)
      | ^\#.*\#$       # Emacs autosave (#report.txt#)
      | \.(swp|swo|tmp|part|partial|crdownload|download)$   # vim swap, unfinished copies
    """,
    re.IGNORECASE | re.VERBOSE,
)


def is_ignored(name: str) -> bool:
    """True for a file or folder name that is clutter rather than content."""
    return (
        not name or name.startswith(".") or name.lower() in OS_CLUTTER or bool(_TEMP.search(name))
    )
