"""The results file: one key per figure (value, unit, baseline, goal), plus run metadata."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

RESULTS = Path(__file__).with_name("results.json")


@dataclass
class Figure:
    key: str
    value: float
    unit: str
    baseline: str
    goal: str
    met: bool
    detail: dict


def _commit() -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False,
        cwd=Path(__file__).parent,
    )
    return out.stdout.strip() or "unknown"


def machine() -> dict[str, object]:
    import psutil

    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
    }


def merge(figures: list[Figure], path: Path = RESULTS) -> dict:
    """Merge new figures into the results file, keeping figures from other benchmarks."""
    data = json.loads(path.read_text()) if path.exists() else {}
    stamp = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "commit": _commit()}
    data["meta"] = {**stamp, "machine": machine()}
    for fig in figures:
        entry = asdict(fig)
        del entry["key"]
        data[fig.key] = {**entry, **stamp}
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    return data


def run_and_merge(*runs: Callable[[Path], list[Figure]]) -> None:
    """Run benchmarks in a scratch folder (its own TRIAGE_HOME), merge their figures into
    the results file and print the table: `python -m bench` and each module alone."""
    import shutil
    import tempfile

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    work = Path(tempfile.mkdtemp(prefix="triage-bench-"))
    os.environ["TRIAGE_HOME"] = str(work / "home")
    figures: list[Figure] = []
    try:
        for run in runs:
            figures += run(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(merge(figures))


def print_table(data: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"bench/results.json ({data['meta']['date']}, {data['meta']['commit']})")
    for col in ("figure", "value", "unit", "goal", "met", "baseline"):
        table.add_column(col)
    for key in sorted(k for k in data if k != "meta"):
        fig = data[key]
        table.add_row(key, f"{fig['value']:.3g}", fig["unit"], fig["goal"],
                      "yes" if fig["met"] else "NO", fig["baseline"])
    Console().print(table)
