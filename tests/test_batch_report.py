"""The batch flag report over real analysed packets: CSV, Parquet and self-contained HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from pipeline.report.batch_report import (
    CAVEAT,
    COLUMNS,
    PacketResult,
    report_frame,
    write_batch_report,
)

ROBBERY = """INTERPOL RED NOTICE
Issuing country: Spain
Summary of facts: On 3 March 2023 in Madrid the subject, armed with a knife, robbed a jewellery
shop and took goods worth 40,000 euros, threatening the staff.
Charge: armed robbery, Article 242 of the Criminal Code, punishable by up to 5 years of
imprisonment.
"""
JOURNALIST = """INTERPOL RED NOTICE
Summary of facts: The subject, a journalist and editor of an independent newspaper, published
articles criticising the government. He is charged with dissemination of false information
under Article 207.3 of the Criminal Code, punishable by up to 10 years of imprisonment.
"""


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> list[PacketResult]:
    from pipeline.chain import analyze_path

    folder = tmp_path_factory.mktemp("packets")
    (folder / "robbery.txt").write_text(ROBBERY, encoding="utf-8")
    (folder / "journalist.txt").write_text(JOURNALIST, encoding="utf-8")
    (folder / "empty.pdf").write_bytes(b"")
    out = []
    for name in ("robbery.txt", "journalist.txt", "empty.pdf"):
        packet, assessment = analyze_path(folder / name, record=False)
        out.append(
            PacketResult(
                source=str(folder / name), packet=packet, assessment=assessment,
                status=assessment.status, seconds=packet.seconds, result_dir=f"out/{name}",
            )
        )
    out.append(
        PacketResult(
            source=str(folder / "broken <zip>.zip"), packet=None, assessment=None,
            status="failed", error="broken.zip: not a zip archive",
        )
    )
    return out


def test_frame_rows_levels_and_counts(results: list[PacketResult]) -> None:
    frame = report_frame(results)
    assert list(frame.columns) == COLUMNS
    assert len(frame) == 4
    rob, jour, empty, broken = (frame.iloc[i] for i in range(4))
    assert (rob.status, rob.level) == ("done", "no-concerns-found")
    assert (rob.issuing_country, rob.notice_type) == ("ES", "red-notice")
    assert rob.flags_prohibited_offense == 0 and rob.flags_misuse == 0
    assert (jour.status, jour.level) == ("done", "likely-non-compliant")
    assert jour.flags_misuse >= 2 and jour.flags_medium >= 2
    assert "misuse.journalist-media" in jour.top_flags.split(";")
    assert len(jour.top_flags.split(";")) <= 3
    assert jour.flags_high + jour.flags_medium + jour.flags_low == sum(
        jour[f"flags_{f}"] for f in (
            "prohibited_offense", "article_3", "misuse", "compliance", "validity", "consistency"
        )
    )
    assert empty.status == "failed" and "empty" in empty.error and empty.pages == 0
    assert (broken.status, broken.level, broken.documents) == ("failed", "", 0)
    assert broken.error == "broken.zip: not a zip archive"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rob.received)


def test_top_flags_highest_severity_first(results: list[PacketResult]) -> None:
    jour = results[1]
    frame = report_frame([jour])
    severity = {f.code: f.severity for f in jour.assessment.flags}
    ranks = [("high", "medium", "low").index(severity[c]) for c in frame.top_flags[0].split(";")]
    assert ranks == sorted(ranks)


def test_written_files_read_back(results: list[PacketResult], tmp_path: Path) -> None:
    paths = write_batch_report(results, tmp_path / "report")
    assert set(paths) == {"csv", "parquet", "html"}
    assert paths["html"].name == "batch_report.html"
    csv = pd.read_csv(paths["csv"], keep_default_na=False)
    parquet = pd.read_parquet(paths["parquet"])
    for frame in (csv, parquet):
        assert list(frame.columns) == COLUMNS
        assert list(frame.source) == [r.source for r in results]
        assert list(frame.status) == ["done", "done", "failed", "failed"]
        levels = ["no-concerns-found", "likely-non-compliant", "review-needed", ""]
        assert list(frame.level) == levels
        assert int(frame.flags_misuse[1]) >= 2
    assert not list(tmp_path.joinpath("report").glob(".tmp-*"))


def test_html_is_self_contained(results: list[PacketResult], tmp_path: Path) -> None:
    html = write_batch_report(results, tmp_path)["html"].read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html
    assert not re.search(r"""src\s*=\s*["']?(?!data:)""", html, re.I)
    assert not re.search(r"<link|@import|url\(", html, re.I)
    assert html.count("<svg") == 3
    assert CAVEAT in html
    assert html.index(CAVEAT) < html.index("<table")
    for r in results:
        assert r.source.replace("<", "&lt;").replace(">", "&gt;") in html
    assert "broken <zip>" not in html  # escaped
    body = html[html.index("<tbody>"):]
    order = re.findall(r'data-level="([^"]+)"', body)
    assert order == ["likely-non-compliant", "no-concerns-found", "failed", "failed"]
    assert "arrest warrant." in html and "recommend" not in html.lower()


def test_run_goes_on_when_one_packet_crashes(
    tmp_path: Path, triage_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected error on one packet (a bug, a store hiccup) gives that packet a failed
    row with the reason; the other packets and the batch report are still written."""
    from pipeline.report import run
    from tests.conftest import write_text_pdf

    good = write_text_pdf(tmp_path / "good.pdf", ["Arrest warrant for armed robbery."])
    bad = write_text_pdf(tmp_path / "bad.pdf", ["Arrest warrant for theft."])
    real = run.process_packet

    def flaky(path: Path, *args: object, **kwargs: object) -> PacketResult:
        if path.name == "bad.pdf":
            raise RuntimeError("database is locked")
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "process_packet", flaky)
    summary = run.run_packets([bad, good], tmp_path / "out", concurrency=2)
    by_name = {Path(r.source).name: r for r in summary.results}
    assert by_name["good.pdf"].status == "done"
    assert by_name["bad.pdf"].status == "failed"
    assert "database is locked" in by_name["bad.pdf"].error
    assert summary.report and all(p.exists() for p in summary.report.values())
    # a batch keeps each packet's report row, not its extracted record
    assert by_name["good.pdf"].packet is None
    assert by_name["good.pdf"].row and by_name["good.pdf"].row["pages"] == 1
