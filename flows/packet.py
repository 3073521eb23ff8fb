"""Prefect flows and tasks, defined at module level so a served deployment can import them.

- `packet_task`: one packet end to end (`pipeline.report.run.process_packet`) plus a Prefect
  artifact with its level, flags and worksheet paths; retried only for transient problems;
- `packet_flow(path, out_dir)`: one packet as its own flow run;
- `batch_flow(paths, out_dir)`: the given packets on the flow's task runner;
- `inbox_batch(inbox, out_dir)`: what a schedule runs: sweep an inbox, skip packets already
  done, process the rest, write the batch report.

Importing this module imports Prefect; `flows.batch` imports it only when there is work.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any

from pipeline.prefect_settings import configure_prefect

configure_prefect()

from prefect import flow, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.futures import PrefectFuture  # noqa: E402

from pipeline.ingest.discover import discover_packets  # noqa: E402
from pipeline.report.batch_report import PacketResult, write_batch_report  # noqa: E402
from pipeline.report.run import crashed, plan, process_packet  # noqa: E402


def _artifact(result: PacketResult) -> None:
    """A Prefect artifact per packet: level, flag summary and the worksheet's paths."""
    a = result.assessment
    flags = "\n".join(f"- `{f.code}` ({f.severity})" for f in (a.flags if a else [])) or "- none"
    folder = Path(result.result_dir)
    markdown = (
        f"**{Path(result.source).name}**: {a.level if a else result.status} "
        f"(status {result.status}). Flags are indications for a person to weigh.\n\n"
        f"{flags}\n\nWorksheet: `{folder / 'worksheet.html'}`, `{folder / 'worksheet.pdf'}`"
    )
    create_markdown_artifact(markdown=markdown, description="triage level and flags")


RETRIES = 2


class TransientPacketError(RuntimeError):
    """A packet hit a transient problem (an OCR time-out): worth another attempt."""


def _only_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Retry a packet only for a transient problem, never for a bad input."""
    try:
        state.result()
    except TransientPacketError:
        return True
    except Exception:
        return False
    return False


@task(
    name="packet", task_run_name="packet-{path.name}", retries=RETRIES,
    retry_delay_seconds=5, retry_condition_fn=_only_transient,
)
def packet_task(path: Path, out_dir: Path) -> PacketResult:
    """Analyse one packet and write its files; input problems are recorded, not raised.
    A transient problem raises, so Prefect tries again (twice); the last attempt keeps
    the packet's result with the problem recorded."""
    from prefect.runtime import task_run

    result = process_packet(path, out_dir, source=str(path))
    transient = [e for e in (result.assessment.errors if result.assessment else [])
                 if e.transient]
    if transient and (task_run.run_count or 1) <= RETRIES:
        raise TransientPacketError(f"{path.name}: {transient[0].message}")
    _artifact(result)
    return result.compact()


@flow(name="packet", log_prints=False)
def packet_flow(path: str, out_dir: str) -> PacketResult:
    """One packet end to end as its own flow run (for a single upload)."""
    return packet_task(Path(path), Path(out_dir))


def result_or_failure(path: Path, result: Any) -> PacketResult:
    """A crashed task becomes a failed row with its reason; it never stops the batch."""
    return result if isinstance(result, PacketResult) else crashed(path, result)


IN_FLIGHT = 16  # packets submitted ahead of the oldest unfinished one


@flow(name="batch", log_prints=False)
def batch_flow(paths: list[Path], out_dir: Path, in_flight: int = IN_FLIGHT) -> list[PacketResult]:
    """The given packets on the flow's task runner, results in input order.

    At most `in_flight` packets are submitted ahead of the oldest unfinished one (set it
    above the runner's workers), so a batch of thousands holds a few futures at a time,
    not one per packet, and a Dask cluster is not sent the whole inbox at once."""
    pending: deque[tuple[Path, PrefectFuture[PacketResult]]] = deque()
    results: list[PacketResult] = []

    def take_oldest() -> None:
        path, future = pending.popleft()
        results.append(result_or_failure(path, future.result(raise_on_failure=False)))

    for path in paths:
        if len(pending) >= max(1, in_flight):
            take_oldest()
        pending.append((path, packet_task.submit(path, out_dir)))
    while pending:
        take_oldest()
    return results


@flow(name="inbox-batch", log_prints=False)
def inbox_batch(inbox: str, out_dir: str) -> dict[str, int]:
    """One sweep of an inbox: skip what is done, process the rest, write the batch report;
    returns the count of packets per status."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = discover_packets(Path(inbox))
    todo, skipped = plan(paths, out)
    results = {r.source: r for r in skipped}
    if todo:
        for result in batch_flow(todo, out):
            results[result.source] = result
    ordered = [results[str(p)] for p in paths]
    write_batch_report(ordered, out)
    counts: dict[str, int] = {}
    for r in ordered:
        counts[r.status] = counts.get(r.status, 0) + 1
    return counts


def deployment(inbox: Path, out_dir: Path, cron: str, name: str = "triage-inbox"):  # type: ignore[no-untyped-def]
    """The scheduled deployment of the inbox flow (served by `triage schedule`)."""
    return inbox_batch.to_deployment(
        name=name, cron=cron,
        parameters={"inbox": str(inbox.resolve()), "out_dir": str(out_dir.resolve())},
        description="Sweep an inbox of incoming diffusions and notices; write worksheets "
        "and the batch flag report.",
    )
