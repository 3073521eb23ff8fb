"""Analysis-stage benchmarks (issue: flag engine).

- `analyze_pages_per_s`: the flag and assess stages alone (`pipeline.chain.assess`,
  model included) on understood text pages: the 200-page English text PDF and the
  text-layer sample packets, as `understand_bench` uses. In-process after one warm-up
  run, best of three, one core. Goal: 100 pages/s or more.
- `analyze_one_file_s`: wall time of `triage analyze FILE.txt --format json` in a new
  process on a one-page summary of facts, everything included (interpreter start,
  imports, lexicons from the disk cache, the language pipeline, the model), median of
  three after a first run that fills the caches. Goal: about 2 s. The machine's speed
  varies threefold over a day, so each run is paired with a baseline in the same minutes:
  a new process that only imports spaCy and makes a blank English pipeline, the floor of
  any tool on our stack (`detail.baseline_s`, and the ratio `detail.ratio_to_baseline`).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.results import Figure

PAGES_GOAL = 100.0
ONE_FILE_GOAL = 2.0
SUMMARY = """Summary of facts
On 14 March 2023 at about 22:40, in Durban, South Africa, the accused, acting with two
others, entered a jewellery shop armed with handguns, threatened the staff and took
watches and rings worth about 1.2 million rand. A security guard was shot in the leg.
Charges: armed robbery (section 1 of the Criminal Procedure Act 51 of 1977, read with
section 51(2) of Act 105 of 1997); attempted murder. Maximum penalty: 15 years'
imprisonment. Warrant of arrest no. DBN-2023-0415 issued on 2 May 2023.
"""

BASELINE = "import spacy; spacy.blank('en')"


def analyze_pages_per_s(work: Path, repeats: int = 3) -> Figure:
    from bench.understand_bench import _packets
    from pipeline.chain import assess
    from pipeline.understand.document import understand_packet
    from pipeline.understand.pageview import forget_derived

    packets = [understand_packet(p) for p in _packets(work)]
    pages = sum(len(d.pages) for p in packets for d in p.documents)

    def once() -> float:
        forget_derived()  # what a single run works out per page, it works out again
        started = time.perf_counter()
        for packet in packets:
            assess(packet)
        return time.perf_counter() - started

    once()
    best = min(once() for _ in range(repeats))
    rate = pages / best
    return Figure(
        key="analyze_pages_per_s", value=round(rate, 1), unit="pages/s",
        baseline="none (absolute goal)", goal=f">= {PAGES_GOAL:g}", met=rate >= PAGES_GOAL,
        detail={"pages": pages, "packets": len(packets), "seconds": round(best, 3)},
    )


def analyze_one_file_s(work: Path, repeats: int = 3) -> Figure:
    path = work / "summary.txt"
    path.write_text(SUMMARY, encoding="utf-8")
    triage = Path(sys.executable).with_name("triage")

    def timed(command: list[str]) -> float:
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command[:3])} failed: {done.stderr[-2000:]}")
        return elapsed

    analyze = [str(triage), "analyze", str(path), "--format", "json"]
    floor = [sys.executable, "-c", BASELINE]
    first = timed(analyze)
    runs, baselines = [], []
    for _ in range(repeats):  # interleaved, so both see the same machine
        runs.append(timed(analyze))
        baselines.append(timed(floor))
    value, baseline = statistics.median(runs), statistics.median(baselines)
    return Figure(
        key="analyze_one_file_s", value=round(value, 2), unit="s",
        baseline="a new process importing spaCy with a blank pipeline (detail)",
        goal=f"about {ONE_FILE_GOAL:g}", met=value <= ONE_FILE_GOAL * 1.1,
        detail={"runs_s": [round(r, 2) for r in runs], "first_run_s": round(first, 2),
                "baseline_s": round(baseline, 2),
                "ratio_to_baseline": round(value / baseline, 2)},
    )


def run(work: Path) -> list[Figure]:
    return [analyze_pages_per_s(work), analyze_one_file_s(work)]


def main() -> None:
    """`python -m bench.analyze_bench`: these benchmarks alone, merged into results.json."""
    from bench.results import run_and_merge

    run_and_merge(run)


if __name__ == "__main__":
    main()
