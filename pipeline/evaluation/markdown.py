"""Pieces shared by the evaluation reports: Markdown tables, the commit, the held-out note."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable, Sequence


def md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown table; a `|` or line break inside a cell is escaped."""

    def esc(s: str) -> str:
        return s.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def commit() -> str:
    """The checkout's short commit, with `-dirty` when tracked files are changed."""
    from pipeline.config import repo_root

    def git(*args: str) -> str:
        out = subprocess.run(
            ["git", *args], capture_output=True, text=True, check=False, cwd=repo_root()
        )
        return out.stdout.strip()

    sha = git("rev-parse", "--short", "HEAD") or "unknown"
    return sha + ("-dirty" if git("status", "--porcelain", "--untracked-files=no") else "")


def held_out_note(results: str, part: str) -> str:
    """Why a held-out part's report keeps to aggregates (`results`: what is left out)."""
    return (
        f"{results} not printed for a held-out {part}, so that it can be measured again "
        f"without being learnt from (`--show-misses` prints them, once the {part} is retired "
        "into development)."
    )
