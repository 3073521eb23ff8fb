"""`triage batch`: the batch flow (`flows/packet.py`) over an inbox, one task per packet on
the flow's task runner (threads here, or a Dask cluster). The flows hold no domain logic.

`run_batch` decides from the store which packets are already done (same content, same
code, lexicons and model) before any flow starts, runs the flow on the others only, and
writes the batch flag report; a re-run of an unchanged inbox never starts Prefect.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.extract.tesseract import check_installed
from pipeline.ingest.discover import discover_packets
from pipeline.report.batch_report import PacketResult, report_frame, write_batch_report
from pipeline.report.run import plan


@dataclass
class BatchSummary:
    results: list[PacketResult]
    out_dir: Path
    report: dict[str, Path]
    started_prefect: bool = False

    @property
    def rows(self) -> list[dict[str, Any]]:
        return report_frame(self.results).to_dict("records")

    @property
    def summary_path(self) -> Path:
        return self.report["html"]

    @property
    def failed(self) -> bool:
        return any(r.status == "failed" for r in self.results)


def task_runner(concurrency: int, dask_address: str | None, dask_workers: int | None):  # type: ignore[no-untyped-def]
    """Threads on this machine, or a Dask cluster (an address, or a local one of N workers)."""
    if dask_address or dask_workers:
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": dask_workers, "threads_per_worker": 1,
                            "processes": True, "dashboard_address": None}
        )
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=max(1, concurrency))


def run_batch(
    inbox: Path,
    out_dir: Path,
    *,
    concurrency: int = 2,
    dask_address: str | None = None,
    dask_workers: int | None = None,
) -> BatchSummary:
    """Discover the inbox's packets, skip the done ones, run the flow on the rest."""
    check_installed()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = discover_packets(inbox)
    todo, skipped = plan(paths, out_dir)
    results: dict[str, PacketResult] = {r.source: r for r in skipped}
    started = False
    if todo:
        from pipeline.prefect_settings import configure_prefect

        configure_prefect()
        from flows.packet import batch_flow

        runner = task_runner(concurrency, dask_address, dask_workers)
        # packets submitted ahead: enough to keep every worker busy (a remote cluster's
        # size is not known here), few enough that a big inbox is not held in futures
        in_flight = 256 if dask_address else 4 * max(concurrency, dask_workers or 0, 4)
        flow = batch_flow.with_options(task_runner=runner)
        for result in flow(todo, out_dir, in_flight=in_flight):
            results[result.source] = result
        started = True
    ordered = [results[str(p)] for p in paths]
    return BatchSummary(ordered, out_dir, write_batch_report(ordered, out_dir), started)
