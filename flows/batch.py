"""The batch flow: one task per packet on the flow's task runner (threads here, or a Dask
cluster), each calling `pipeline.report.run.process_packet`. The flow holds no domain logic.

`run_batch` decides from the store which packets are already done (same content, same
code, lexicons and model) before any flow starts, runs the flow on the others only, and
writes the batch flag report; a re-run of an unchanged inbox never starts Prefect.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.chain import failed_packet
from pipeline.extract.tesseract import check_installed
from pipeline.ingest.discover import discover_packets
from pipeline.records import ErrorRecord
from pipeline.report.batch_report import PacketResult, report_frame, write_batch_report
from pipeline.report.run import plan, process_packet


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


def _artifact(result: PacketResult) -> None:
    """A Prefect artifact per packet: level, flag summary and the worksheet's paths."""
    from prefect.artifacts import create_markdown_artifact

    a = result.assessment
    flags = "\n".join(f"- `{f.code}` ({f.severity})" for f in (a.flags if a else [])) or "- none"
    folder = Path(result.result_dir)
    markdown = (
        f"**{Path(result.source).name}**: {a.level if a else result.status} "
        f"(status {result.status}). Flags are indications for a person to weigh.\n\n"
        f"{flags}\n\nWorksheet: `{folder / 'worksheet.html'}`, `{folder / 'worksheet.pdf'}`"
    )
    create_markdown_artifact(markdown=markdown, description="triage level and flags")


def _tasks():  # type: ignore[no-untyped-def]
    from prefect import flow, task

    @task(name="packet", task_run_name="packet-{path.name}")
    def packet_task(path: Path, out_dir: Path) -> PacketResult:
        """Analyse one packet and write its files; input problems are recorded, not raised."""
        result = process_packet(path, out_dir, source=str(path))
        _artifact(result)
        return result

    @flow(name="batch", log_prints=False)
    def batch_flow(paths: list[Path], out_dir: Path) -> list[PacketResult]:
        futures = [packet_task.submit(p, out_dir) for p in paths]
        results = [f.result(raise_on_failure=False) for f in futures]
        return [_result_or_failure(p, r) for p, r in zip(paths, results, strict=True)]

    return batch_flow


def _result_or_failure(path: Path, result: Any) -> PacketResult:
    """A crashed task becomes a failed row with its reason; it never stops the batch."""
    if isinstance(result, PacketResult):
        return result
    message = f"{path.name}: {result!r}"
    error = ErrorRecord(file=path.name, code="internal-error", message=message)
    packet = failed_packet(path, str(path), error)
    return PacketResult(str(path), packet, None, "failed", message)


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
        runner = task_runner(concurrency, dask_address, dask_workers)
        for result in _tasks().with_options(task_runner=runner)(todo, out_dir):
            results[result.source] = result
        started = True
    ordered = [results[str(p)] for p in paths]
    return BatchSummary(ordered, out_dir, write_batch_report(ordered, out_dir), started)
