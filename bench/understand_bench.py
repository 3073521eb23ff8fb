"""Understanding-stage benchmark (issue: document understanding).

- `understand_pages_per_s`: `understand_packet` alone (page views and every field
  reader) on already-extracted text pages: the 200-page English text PDF of
  `pipeline.samples.make_text_pdf` plus the sample packets whose pages all come
  from a text layer. In-process after imports and one warm-up run, best of three,
  one core (the stage is single-threaded). Each run builds the page views anew
  (normalising, tokenising, lexicon matching): the views are kept between the stages of
  one run, and before 2026-11-30 the bench's repeated runs reused most of them, so it
  timed the field readers alone. Goal: 100 pages/s or more.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.results import Figure

if TYPE_CHECKING:
    from pipeline.records import Packet

TEXT_PAGES = 200
GOAL = 100.0


def _packets(work: Path) -> list[Packet]:
    """Extracted packets: the bulk text PDF and the text-layer sample packets."""
    from pipeline.chain import extract_path
    from pipeline.config import repo_root
    from pipeline.ingest.discover import discover_packets
    from pipeline.samples import make_text_pdf

    pdf = work / "understand-text.pdf"
    make_text_pdf(pdf, pages=TEXT_PAGES, seed=5)
    packets = [extract_path(pdf, record=False)]
    samples = repo_root() / "data" / "samples"
    if samples.is_dir():
        for entry in discover_packets(samples):
            packet = extract_path(entry, record=False)
            pages = [p for d in packet.documents for p in d.pages]
            if pages and all(p.method == "text-layer" for p in pages):
                packets.append(packet)
    return packets


def understand_pages_per_s(work: Path, repeats: int = 3) -> Figure:
    from pipeline.understand.document import understand_packet
    from pipeline.understand.pageview import forget_views

    packets = _packets(work)
    pages = sum(len(d.pages) for p in packets for d in p.documents)

    def once() -> float:
        forget_views()  # a run builds its page views, as `triage extract` does
        started = time.perf_counter()
        for packet in packets:
            understand_packet(packet)
        return time.perf_counter() - started

    once()  # warm-up: spaCy pipelines, lexicons and caches load here, not in the timing
    best = min(once() for _ in range(repeats))
    rate = pages / best
    return Figure(
        key="understand_pages_per_s",
        value=round(rate, 1),
        unit="pages/s",
        baseline="none (absolute goal)",
        goal=f">= {GOAL:g}",
        met=rate >= GOAL,
        detail={
            "pages": pages,
            "packets": len(packets),
            "seconds": round(best, 3),
            "text_pdf_pages": TEXT_PAGES,
            "sample_packets": len(packets) - 1,
        },
    )


def run(work: Path) -> list[Figure]:
    return [understand_pages_per_s(work)]


def main() -> None:
    """`python -m bench.understand_bench`: this benchmark alone, merged into results.json."""
    from bench.results import run_and_merge

    run_and_merge(run)


if __name__ == "__main__":
    main()
