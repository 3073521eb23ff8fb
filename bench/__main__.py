"""`python -m bench`: run every benchmark, merge into bench/results.json, print a table."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
WORK = Path(tempfile.mkdtemp(prefix="triage-bench-"))
os.environ["TRIAGE_HOME"] = str(WORK / "home")


def main() -> None:
    from bench import analyze_bench, extract_bench, orchestration_bench, understand_bench
    from bench.results import merge, print_table

    try:
        figures = extract_bench.run(WORK)
        figures += understand_bench.run(WORK)
        figures += analyze_bench.run(WORK)
        figures += orchestration_bench.run(WORK)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    print_table(merge(figures))


if __name__ == "__main__":
    main()
