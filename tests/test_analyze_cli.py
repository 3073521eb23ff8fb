"""`triage analyze` as other tools call it: JSON Lines in input order, stable keys, no Prefect."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.test_cli import run_triage
from tests.test_flags import JOURNALIST, ORDINARY


def test_analyze_json_lines_in_input_order(tmp_path: Path) -> None:
    (tmp_path / "ordinary.txt").write_text(ORDINARY, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "journalist.zip", "w") as zf:
        zf.writestr("summary.txt", JOURNALIST)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")

    result = run_triage(
        "analyze", "journalist.zip", "ordinary.txt", "broken.pdf", "--format", "json",
        cwd=tmp_path,
    )

    assert result.returncode == 1, result.stderr  # one packet failed, still reported
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in rows] == ["journalist.zip", "ordinary.txt", "broken.pdf"]
    journalist, ordinary, broken = rows
    assert journalist["level"] == "likely-non-compliant"
    for flag in journalist["flags"]:
        assert set(flag) >= {"code", "family", "severity", "rationale", "evidence", "provenance"}
        assert set(flag["provenance"]) >= {"kind", "id", "version", "score"}
        for ev in flag["evidence"]:
            assert set(ev) == {"document_id", "page", "start", "end", "quote"}
    assert ordinary["level"] == "no-concerns-found"
    assert broken["status"] == "failed"
    assert broken["level"] == "review-needed"
    assert "broken.pdf" in broken["errors"][0]["file"] + broken["errors"][0]["message"]


def test_analyze_prints_a_readable_table(tmp_path: Path) -> None:
    (tmp_path / "journalist.txt").write_text(JOURNALIST, encoding="utf-8")
    result = run_triage("analyze", "journalist.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "likely-non-compliant" in result.stdout
    assert "misuse.journalist-media" in result.stdout


def test_analyze_never_imports_prefect(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(ORDINARY, encoding="utf-8")
    code = (
        "import sys\n"
        "from pipeline.cli import app\n"
        "try:\n"
        f"    app([\"analyze\", {str(tmp_path / 'a.txt')!r}, \"--format\", \"json\"])\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert 'prefect' not in sys.modules, 'analyze imported Prefect'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_analyze_leaves_the_packet_stored_after_its_quick_exit(tmp_path: Path) -> None:
    """The console script ends without interpreter teardown; the store must still hold
    the packet and its original bytes, and a second process must read them."""
    import sqlite3

    home = tmp_path / "home"
    (tmp_path / "ordinary.txt").write_text(ORDINARY, encoding="utf-8")
    result = run_triage(
        "analyze", "ordinary.txt", "--format", "json", cwd=tmp_path,
        env={"TRIAGE_HOME": str(home), "TRIAGE_DB_URL": ""},
    )
    assert result.returncode == 0, result.stderr
    packet_id = json.loads(result.stdout)["packet_id"]

    with sqlite3.connect(home / "triage.sqlite3") as db:
        rows = db.execute("select source from packets where id = ?", (packet_id,)).fetchall()
    assert rows == [("ordinary.txt",)]
    kept = [p for p in (home / "originals").rglob("*") if p.is_file()]
    assert [p.read_text(encoding="utf-8") for p in kept] == [ORDINARY]
