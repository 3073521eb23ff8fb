"""The batch flow under Prefect's test harness: one bad packet never stops the others."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import write_text_pdf

pytestmark = pytest.mark.flow


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from pipeline.prefect_settings import configure_prefect

    configure_prefect()  # before Prefect is imported, as the commands do
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


def test_batch_records_a_corrupt_packet_and_processes_the_rest(
    prefect_harness: None, tmp_path: Path
) -> None:
    from flows.batch import run_batch

    inbox = tmp_path / "inbox"
    (inbox / "good-folder").mkdir(parents=True)
    write_text_pdf(inbox / "good-folder" / "notice.pdf", ["Wanted for armed robbery in Lyon."])
    write_text_pdf(inbox / "single.pdf", ["Arrest warrant 45/2023 for fraud."])
    (inbox / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")  # truncated
    out = tmp_path / "out"

    summary = run_batch(inbox, out, concurrency=2)

    status = {Path(row["source"]).name: row["status"] for row in summary.rows}
    assert status == {"corrupt.pdf": "failed", "good-folder": "done", "single.pdf": "done"}
    corrupt = next(r for r in summary.rows if r["source"].endswith("corrupt.pdf"))
    assert "corrupt.pdf" in corrupt["error"]
    assert summary.failed
    import pandas as pd

    written = pd.read_csv(summary.report["csv"])
    assert sorted(Path(s).name for s in written["source"]) == [
        "corrupt.pdf", "good-folder", "single.pdf"
    ]
    folder = next(out.glob("good-folder-*"))
    assert "armed robbery" in (folder / "packet.json").read_text()
    assessment = json.loads((folder / "assessment.json").read_text())
    assert assessment["level"] in ("no-concerns-found", "review-needed", "likely-non-compliant")
    assert (folder / "worksheet.html").exists() and (folder / "worksheet.pdf").exists()
    assert summary.report["html"].exists() and summary.report["parquet"].exists()


def test_batch_flow_keeps_input_order_with_few_packets_in_flight(
    prefect_harness: None, tmp_path: Path
) -> None:
    """With fewer packets submitted ahead than the inbox holds, every packet still runs once
    and the results come back in input order, a broken one among them."""
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows.packet import batch_flow

    inbox = _inbox(tmp_path, 4)
    (inbox / "case-2.txt").write_bytes(b"\xff\xfe\x00")  # not text in any encoding
    paths = sorted(inbox.iterdir())
    flow = batch_flow.with_options(task_runner=ThreadPoolTaskRunner(max_workers=2))
    results = flow(paths, tmp_path / "out", in_flight=2)
    assert [r.source for r in results] == [str(p) for p in paths]
    assert [r.status for r in results] == ["done", "done", "failed", "done"]


def _inbox(root: Path, n: int) -> Path:
    inbox = root / "inbox"
    inbox.mkdir(parents=True)
    for i in range(n):
        (inbox / f"case-{i}.txt").write_text(
            f"Summary of facts\nOn {i + 1} March 2023 in Durban the accused robbed shop {i} "
            "armed with a handgun. Charge: armed robbery (section 1 of Act 51 of 1977). "
            f"Maximum penalty: 15 years. Warrant no. DBN-{i} of 2 May 2023.\n",
            encoding="utf-8",
        )
    return inbox


def test_a_rerun_of_an_unchanged_inbox_skips_everything_without_prefect(
    prefect_harness: None, tmp_path: Path
) -> None:
    from flows.batch import run_batch

    inbox, out = _inbox(tmp_path, 3), tmp_path / "out"
    first = run_batch(inbox, out)
    assert {r.status for r in first.results} == {"done"} and first.started_prefect
    second = run_batch(inbox, out)
    assert {r.status for r in second.results} == {"skipped"}
    assert not second.started_prefect
    assert [r.level for r in second.results] == [
        r.level for r in first.results
    ]
    (inbox / "case-1.txt").write_text("Summary of facts\nChanged.\n", encoding="utf-8")
    third = run_batch(inbox, out)
    assert [r.status for r in third.results] == ["skipped", "done", "skipped"]


def test_a_killed_batch_resumes_without_redoing_committed_packets(
    prefect_harness: None, tmp_path: Path
) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from pipeline.report.run import plan

    inbox, out = _inbox(tmp_path, 6), tmp_path / "out"
    assert plan(sorted(inbox.iterdir()), out)[1] == []  # warm: the polls below must be quick
    triage = Path(sys.executable).with_name("triage")
    proc = subprocess.Popen(
        [str(triage), "batch", "--inbox", str(inbox), "--out", str(out), "--concurrency", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    # kill once a packet is committed (its result recorded in the store), mid-run; on a busy
    # machine the records may lag the result files by more than one packet
    deadline = time.monotonic() + 240
    committed: set[str] = set()
    while time.monotonic() < deadline and proc.poll() is None and not committed:
        committed = {Path(r.result_dir).name for r in plan(sorted(inbox.iterdir()), out)[1]}
        time.sleep(0.2)
    assert proc.poll() is None, "the batch ended before it could be killed mid-run"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = {p.parent.name for p in out.glob("*/assessment.json")}
    assert committed and len(done_before) < 6, (
        f"the batch was not interrupted mid-run: {len(done_before)} of 6 done when killed"
    )

    todo, skipped = plan(sorted(inbox.iterdir()), out)
    assert len(todo) + len(skipped) == 6
    # what was committed stays committed; nothing uncommitted passes for done
    assert committed <= {Path(r.result_dir).name for r in skipped}
    assert {Path(r.result_dir).name for r in skipped} <= done_before, sorted(done_before)

    from flows.batch import run_batch

    again = run_batch(inbox, out)
    assert {r.status for r in again.results} <= {"done", "skipped"}
    assert {Path(r.result_dir).name for r in again.results if r.status == "skipped"} == {
        Path(r.result_dir).name for r in skipped
    }
    assert len(list(out.glob("*/assessment.json"))) == 6


def test_a_batch_runs_on_a_local_dask_cluster_of_two_workers(
    prefect_harness: None, tmp_path: Path
) -> None:
    from flows.batch import run_batch

    inbox, out = _inbox(tmp_path, 3), tmp_path / "out"
    summary = run_batch(inbox, out, dask_workers=2)
    assert [r.status for r in summary.results] == ["done", "done", "done"]
    assert len(list(out.glob("*/worksheet.pdf"))) == 3


def test_the_schedule_serves_the_inbox_flow_with_its_cron(
    prefect_harness: None, tmp_path: Path
) -> None:
    from flows.packet import deployment, inbox_batch

    inbox, out = _inbox(tmp_path, 2), tmp_path / "out"
    dep = deployment(inbox, out, "*/30 * * * *")
    assert [s.schedule.cron for s in dep.schedules] == ["*/30 * * * *"]
    assert dep.parameters == {"inbox": str(inbox.resolve()), "out_dir": str(out.resolve())}
    counts = inbox_batch(str(inbox), str(out))  # one scheduled sweep, run directly
    assert counts == {"done": 2}
    assert inbox_batch(str(inbox), str(out)) == {"skipped": 2}
    assert (out / "batch_report.html").exists()


def test_schedule_needs_a_server_and_a_valid_cron(tmp_path: Path) -> None:
    import os

    from tests.test_cli import run_triage

    (tmp_path / "inbox").mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    bad = run_triage("schedule", "--inbox", "inbox", "--cron", "every hour", cwd=tmp_path)
    assert bad.returncode == 2 and "cron" in bad.stderr
    no_server = run_triage("schedule", "--inbox", "inbox", cwd=tmp_path, env=env)
    said = " ".join(no_server.stderr.split())  # Rich wraps long lines
    assert no_server.returncode == 3 and "prefect server start" in said


def test_only_transient_problems_are_retried(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An OCR time-out (transient) is tried three times; a bad input once."""
    import flows.packet as fp
    from pipeline.records import Assessment, ErrorRecord
    from pipeline.report.batch_report import PacketResult

    calls: list[str] = []

    def fake_process(path: Path, out_dir: Path, source: str) -> PacketResult:
        calls.append(path.name)
        transient = path.name == "slow.pdf"
        error = ErrorRecord(file=path.name, code="ocr-timeout" if transient else "encrypted-pdf",
                            message="problem", transient=transient)
        assessment = Assessment(source=source, packet_id="x", level="review-needed",
                                status="partial", errors=[error])
        return PacketResult(source, None, assessment, "partial", "problem", 0.0, str(out_dir))

    monkeypatch.setattr(fp, "process_packet", fake_process)
    monkeypatch.setattr(fp.packet_task, "retry_delay_seconds", 0)
    slow = fp.packet_flow(str(tmp_path / "slow.pdf"), str(tmp_path))
    bad = fp.packet_flow(str(tmp_path / "locked.pdf"), str(tmp_path))
    assert calls.count("slow.pdf") == 3 and calls.count("locked.pdf") == 1
    assert slow.status == "partial" and bad.status == "partial"
