"""The batch flow: every top-level entry of an inbox is one packet, one task per packet.

The flow holds no domain logic: each task calls `pipeline.report.run.process_packet`
(analyse, then write the worksheet and assessment), and the flow writes the batch
flag report with `pipeline.report.batch_report`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.chain import failed_packet
from pipeline.extract.tesseract import check_installed
from pipeline.ingest.discover import discover_packets
from pipeline.records import ErrorRecord
from pipeline.report.batch_report import PacketResult, report_frame, write_batch_report
from pipeline.report.run import process_packet


@dataclass
class BatchSummary:
    results: list[PacketResult]
    out_dir: Path
    report: dict[str, Path]

    @property
    def rows(self) -> list[dict[str, Any]]:
        return report_frame(self.results).to_dict("records")

    @property
    def summary_path(self) -> Path:
        return self.report["html"]

    @property
    def failed(self) -> bool:
        return any(r.status == "failed" for r in self.results)


@task(name="packet", task_run_name="packet-{path.name}")
def packet_task(path: Path, out_dir: Path) -> PacketResult:
    """Analyse one packet and write its files; input problems are recorded, not raised."""
    return process_packet(path, out_dir, source=str(path))


@flow(name="batch", log_prints=False)
def batch_flow(inbox: Path, out_dir: Path) -> list[PacketResult]:
    """Discover the packets of `inbox` and process them on the flow's task runner."""
    paths = discover_packets(inbox)
    futures = [packet_task.submit(p, out_dir) for p in paths]
    results = [f.result(raise_on_failure=False) for f in futures]
    return [_result_or_failure(p, r) for p, r in zip(paths, results, strict=True)]


def _result_or_failure(path: Path, result: Any) -> PacketResult:
    """A crashed task becomes a failed row with its reason; it never stops the batch."""
    if isinstance(result, PacketResult):
        return result
    message = f"{path.name}: {result!r}"
    error = ErrorRecord(file=path.name, code="internal-error", message=message)
    packet = failed_packet(path, str(path), error)
    return PacketResult(str(path), packet, None, "failed", message)


def run_batch(inbox: Path, out_dir: Path, *, concurrency: int = 2) -> BatchSummary:
    """Run the batch flow once (ephemeral Prefect unless PREFECT_API_URL is set)."""
    check_installed()
    out_dir.mkdir(parents=True, exist_ok=True)
    runner = ThreadPoolTaskRunner(max_workers=max(1, concurrency))
    results = batch_flow.with_options(task_runner=runner)(inbox, out_dir)
    return BatchSummary(results, out_dir, write_batch_report(results, out_dir))
