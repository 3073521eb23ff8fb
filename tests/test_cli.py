"""`triage extract` as a user runs it: from any directory, JSON Lines, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import write_png, write_text_pdf

TRIAGE = Path(sys.executable).with_name("triage")


def run_triage(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(TRIAGE), *args], cwd=cwd, env={**os.environ, **(env or {})},
        capture_output=True, text=True, timeout=300,
    )


def test_extract_json_lines_from_another_directory(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_text_pdf(inbox / "notice.pdf", ["Wanted for armed robbery.", "Second page."])
    (inbox / "note.txt").write_text("Résumé des faits : vol à main armée.", encoding="cp1252")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    result = run_triage("extract", "../inbox/notice.pdf", "../inbox/note.txt", "--format", "json",
                        cwd=elsewhere)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2, "one JSON object per input path"
    first, second = (json.loads(line) for line in lines)
    assert [first["source"], second["source"]] == ["../inbox/notice.pdf", "../inbox/note.txt"]
    pages = first["documents"][0]["pages"]
    assert [p["method"] for p in pages] == ["text-layer", "text-layer"]
    assert "armed robbery" in pages[0]["text"]
    assert "vol à main armée" in second["documents"][0]["pages"][0]["text"]


def test_a_missing_packet_is_reported_and_exits_1(tmp_path: Path) -> None:
    write_text_pdf(tmp_path / "ok.pdf", ["Wanted for fraud."])
    result = run_triage("extract", "ok.pdf", "missing.pdf", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    ok, missing = (json.loads(line) for line in result.stdout.splitlines())
    assert ok["documents"] and not ok["errors"]
    assert missing["source"] == "missing.pdf"
    assert "missing.pdf" in missing["errors"][0]["message"]


def test_usage_error_exits_2(tmp_path: Path) -> None:
    assert run_triage("extract", "--format", "yaml", "x.pdf", cwd=tmp_path).returncode == 2


def test_missing_tesseract_exits_3_with_the_fix(tmp_path: Path) -> None:
    write_png(tmp_path / "scan.png", "Arrest warrant number 12/2024")
    bare = tmp_path / "bin"
    bare.mkdir()
    result = run_triage("extract", "scan.png", cwd=tmp_path, env={"PATH": str(bare)})
    assert result.returncode == 3
    assert "apt-get install" in result.stderr and "tesseract-ocr" in result.stderr


def test_batch_starts_prefect_on_a_machine_with_no_data_directory_yet(tmp_path: Path) -> None:
    """On a new machine TRIAGE_HOME's parents do not exist; Prefect must still start."""
    home = tmp_path / "not" / "yet" / "there"
    script = (
        "import os; from pipeline.prefect_settings import configure_prefect; configure_prefect(); "
        "print(os.path.isdir(os.environ['PREFECT_HOME']))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_HOME"}
    result = subprocess.run(
        [sys.executable, "-c", script], env={**env, "TRIAGE_HOME": str(home)},
        capture_output=True, text=True, timeout=120,
    )
    assert result.stdout.strip() == "True", result.stderr


def test_extract_does_not_import_prefect(tmp_path: Path) -> None:
    """Only batch, schedule and serve start Prefect; extract answers without it."""
    pdf = write_text_pdf(tmp_path / "notice.pdf", ["Wanted for armed robbery."])
    script = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from pipeline.cli import app\n"
        f"result = CliRunner().invoke(app, ['extract', {str(pdf)!r}, '--format', 'json'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('prefect', 'flows')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
        env={**os.environ, "TRIAGE_HOME": str(tmp_path / "home")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
