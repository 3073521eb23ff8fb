"""The batch flow: every top-level entry of an inbox is one packet, one task per packet."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.chain import extract_path, failed_packet
from pipeline.extract.tesseract import check_installed
from pipeline.ingest.discover import discover_packets
from pipeline.records import ErrorRecord
from pipeline.report.batch import packet_row, write_packet, write_summary


@dataclass
class BatchSummary:
    rows: list[dict[str, Any]]
    out_dir: Path
    summary_path: Path

    @property
    def failed(self) -> bool:
        return any(r["status"] == "failed" for r in self.rows)


@task(name="packet", task_run_name="packet-{path.name}")
def packet_task(path: Path, out_dir: Path) -> dict[str, Any]:
    """Ingest and extract one packet and write its results; input problems are recorded."""
    packet = extract_path(path, source=str(path))
    return packet_row(packet, write_packet(packet, out_dir))


@flow(name="batch", log_prints=False)
def batch_flow(inbox: Path, out_dir: Path) -> list[dict[str, Any]]:
    """Discover the packets of `inbox` and process them on the flow's task runner."""
    paths = discover_packets(inbox)
    futures = [packet_task.submit(p, out_dir) for p in paths]
    results = [f.result(raise_on_failure=False) for f in futures]
    return [_row_or_failure(p, r) for p, r in zip(paths, results, strict=True)]


def _row_or_failure(path: Path, result: Any) -> dict[str, Any]:
    """A crashed task becomes a failed row with its reason; it never stops the batch."""
    if isinstance(result, dict):
        return result
    error = ErrorRecord(file=path.name, code="internal-error", message=f"{path.name}: {result!r}")
    return packet_row(failed_packet(path, str(path), error))


def run_batch(inbox: Path, out_dir: Path, *, concurrency: int = 2) -> BatchSummary:
    """Run the batch flow once (ephemeral Prefect unless PREFECT_API_URL is set)."""
    check_installed()
    out_dir.mkdir(parents=True, exist_ok=True)
    runner = ThreadPoolTaskRunner(max_workers=max(1, concurrency))
    rows = batch_flow.with_options(task_runner=runner)(inbox, out_dir)
    return BatchSummary(rows=rows, out_dir=out_dir, summary_path=write_summary(rows, out_dir))
