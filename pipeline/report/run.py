"""One packet end to end, with its files: what `triage run` and the batch flow both call.

`process_packet` analyses a packet (ingest → assess) and writes into
`OUT/<name>-<first 8 of packet id>/`: `worksheet.html`, `worksheet.pdf`,
`assessment.json` and `packet.json`. A packet that cannot be read gets its
`assessment.json` (status `failed`, with the errors) and nothing else; the
batch goes on. `run_packets` does it for several packets in-process and writes
the batch flag report.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.fileio import write_atomic
from pipeline.report.batch import packet_dir_name, write_packet
from pipeline.report.batch_report import PacketResult, write_batch_report
from pipeline.report.worksheet import PageSize, assessment_record, write_worksheet


def process_packet(
    path: Path,
    out_dir: Path,
    *,
    source: str | None = None,
    on_page: Callable[[], None] | None = None,
    page_size: PageSize = "A4",
    use_model: bool = True,
    redacted: bool = False,
) -> PacketResult:
    """Analyse one packet and write its worksheet, assessment and packet record."""
    from pipeline.chain import analyze_path

    started = time.perf_counter()
    source = source if source is not None else str(path)
    packet, assessment = analyze_path(path, source=source, on_page=on_page, use_model=use_model)
    folder = out_dir / packet_dir_name(packet)
    if assessment.status == "failed":
        write_atomic(
            folder / "assessment.json",
            json.dumps(assessment_record(packet, assessment), indent=2, ensure_ascii=False),
        )
    else:
        write_worksheet(packet, assessment, folder, page_size=page_size, redacted=redacted)
    write_packet(packet, out_dir)
    errors = assessment.errors
    return PacketResult(
        source=source,
        packet=packet,
        assessment=assessment,
        status=assessment.status,
        error=f"{errors[0].file}: {errors[0].message}" if errors else "",
        seconds=round(time.perf_counter() - started, 3),
        result_dir=str(folder),
    )


@dataclass
class RunSummary:
    results: list[PacketResult]
    out_dir: Path
    report: dict[str, Path]

    @property
    def failed(self) -> bool:
        return any(r.status == "failed" for r in self.results)


def run_packets(
    paths: Iterable[Path],
    out_dir: Path,
    *,
    on_packet: Callable[[Path], None] | None = None,
    on_page: Callable[[], None] | None = None,
    page_size: PageSize = "A4",
    redacted: bool = False,
) -> RunSummary:
    """Every packet in turn, then the batch flag report."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results = []
    for path in paths:
        if on_packet:
            on_packet(path)
        results.append(
            process_packet(
                path, out_dir, source=str(path), on_page=on_page, page_size=page_size,
                redacted=redacted,
            )
        )
    return RunSummary(results, out_dir, write_batch_report(results, out_dir))
