"""Shared fixtures. Every test session gets its own TRIAGE_HOME and Prefect home.

The environment is set before anything from `pipeline` or Prefect is imported,
so no test touches the user's data directory or a real Prefect server.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.records import Packet

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="triage-test-home-"))
os.environ["TRIAGE_HOME"] = str(_SESSION_HOME)
os.environ["TRIAGE_CACHE"] = str(_SESSION_HOME / "build-cache")
os.environ.pop("TRIAGE_DB_URL", None)
os.environ.pop("PREFECT_API_URL", None)
os.environ["PREFECT_HOME"] = str(_SESSION_HOME / "prefect")
os.environ["OMP_THREAD_LIMIT"] = "1"

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture
def triage_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private TRIAGE_HOME for one test (settings re-read, restored afterwards)."""
    from pipeline.config import settings

    home = tmp_path / "home"
    monkeypatch.setenv("TRIAGE_HOME", str(home))
    settings.cache_clear()
    yield home
    settings.cache_clear()


@pytest.fixture(scope="session")
def sample_packets() -> dict[str, Packet]:
    """Every sample packet ingested and extracted once per session, by entry name."""
    from pipeline.chain import extract_path
    from pipeline.ingest.discover import discover_packets

    return {p.name: extract_path(p, source=str(p)) for p in discover_packets(SAMPLES)}


def write_text_pdf(path: Path, paragraphs: list[str]) -> Path:
    """A real text-layer PDF (WeasyPrint), one page per paragraph."""
    from html import escape

    from weasyprint import HTML

    body = "".join(
        f'<p style="page-break-after: always">{escape(p)}</p>' for p in paragraphs
    )
    HTML(string=f"<html><body style='font: 12pt DejaVu Sans'>{body}</body></html>").write_pdf(
        path
    )
    return path


def write_png(path: Path, text: str) -> Path:
    """A real image of a line of text (rendered through WeasyPrint and pypdfium2)."""
    import pypdfium2 as pdfium

    pdf = write_text_pdf(path.with_suffix(".tmp.pdf"), [text])
    page = pdfium.PdfDocument(str(pdf))[0]
    page.render(scale=200 / 72, grayscale=True).to_pil().save(path)
    pdf.unlink()
    return path
