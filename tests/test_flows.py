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
