"""One packet end to end, with its files: what `triage run` and the batch flow both call.

`process_packet` analyses a packet (ingest → assess) and writes into
`OUT/<name>-<first 8 of packet id>/`: `worksheet.html`, `worksheet.pdf`,
`assessment.json` and `packet.json`. A packet that cannot be read gets its
`assessment.json` (status `failed`, with the errors) and nothing else; the
batch goes on. `run_packets` does it for several packets in-process and writes
the batch flag report.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.errors import EnvironmentProblem
from pipeline.fileio import write_atomic
from pipeline.records import Assessment, Packet
from pipeline.report.batch import packet_dir_name, write_packet
from pipeline.report.batch_report import PacketResult, write_batch_report
from pipeline.report.worksheet import PageSize, assessment_record, write_worksheet


@cache
def analysis_key() -> str:
    """What a packet's result depends on besides the packet: the code, lexicons, rules,
    templates and model, by content. A change to any of them re-analyses old packets."""
    from pipeline.config import repo_root

    root = repo_root()
    files = sorted(
        [*(root / "pipeline").rglob("*.py"), *(root / "pipeline").rglob("*.j2"),
         *(root / "lexicons").rglob("*.yaml"), *(root / "models").glob("*.*")]
    )
    h = hashlib.sha256()
    for path in files:
        h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _commit(packet: Packet, assessment: Assessment, folder: Path) -> None:
    """Record the result in the store once its files are written (never for a transient
    failure, which a later run retries)."""
    if not packet.id or any(e.transient for e in assessment.errors):
        return
    from pipeline.store.db import session
    from pipeline.store.repository import record_result

    with session() as db:
        record_result(db, packet, assessment, analysis_key(), str(folder))


def _slim(packet: Packet) -> Packet:
    """The packet without its page texts and word boxes (they are in `packet.json`): a batch
    keeps one result per packet in memory, and a thousand packets' texts add up."""
    documents = [
        d.model_copy(update={
            "pages": [p.model_copy(update={"text": "", "words": []}) for p in d.pages]
        })
        for d in packet.documents
    ]
    return packet.model_copy(update={"documents": documents})


def process_packet(
    path: Path,
    out_dir: Path,
    *,
    source: str | None = None,
    on_page: Callable[[], None] | None = None,
    page_size: PageSize = "A4",
    use_model: bool = True,
    redacted: bool = False,
) -> PacketResult:
    """Analyse one packet and write its worksheet, assessment and packet record."""
    from pipeline.chain import analyze_path

    started = time.perf_counter()
    source = source if source is not None else str(path)
    packet, assessment = analyze_path(path, source=source, on_page=on_page, use_model=use_model)
    folder = out_dir / packet_dir_name(packet)
    if assessment.status == "failed":
        write_atomic(
            folder / "assessment.json",
            json.dumps(assessment_record(packet, assessment), indent=2, ensure_ascii=False),
        )
    else:
        write_worksheet(packet, assessment, folder, page_size=page_size, redacted=redacted)
    write_packet(packet, out_dir)
    _commit(packet, assessment, folder)
    errors = assessment.errors
    return PacketResult(
        source=source,
        packet=_slim(packet),
        assessment=assessment,
        status=assessment.status,
        error=f"{errors[0].file}: {errors[0].message}" if errors else "",
        seconds=round(time.perf_counter() - started, 3),
        result_dir=str(folder),
    )


def crashed(path: Path, exc: BaseException) -> PacketResult:
    """A packet whose processing raised: a failed row with the reason, the batch goes on."""
    from pipeline.chain import failed_packet
    from pipeline.records import ErrorRecord

    message = f"{path.name}: {exc!r}"
    error = ErrorRecord(file=path.name, code="internal-error", message=message)
    return PacketResult(str(path), failed_packet(path, str(path), error), None, "failed", message)


@dataclass
class RunSummary:
    results: list[PacketResult]
    out_dir: Path
    report: dict[str, Path]

    @property
    def failed(self) -> bool:
        return any(r.status == "failed" for r in self.results)


def run_packets(
    paths: Iterable[Path],
    out_dir: Path,
    *,
    on_packet: Callable[[Path], None] | None = None,
    on_page: Callable[[], None] | None = None,
    page_size: PageSize = "A4",
    redacted: bool = False,
    concurrency: int = 2,
) -> RunSummary:
    """The packets, `concurrency` at a time (threads: OCR runs in Tesseract processes under
    one budget, so two packets keep two processes busy), then the batch flag report."""
    from concurrent.futures import ThreadPoolExecutor

    out_dir.mkdir(parents=True, exist_ok=True)

    def one(path: Path) -> PacketResult:
        if on_packet:
            on_packet(path)
        try:
            return process_packet(
                path, out_dir, source=str(path), on_page=on_page, page_size=page_size,
                redacted=redacted,
            ).compact()
        except EnvironmentProblem:
            raise  # Tesseract missing: every packet would fail the same way
        except Exception as exc:  # a bug on one packet never stops the others
            return crashed(path, exc).compact()

    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        results = list(pool.map(one, list(paths)))
    return RunSummary(results, out_dir, write_batch_report(results, out_dir))


def already_done(path: Path, out_dir: Path) -> PacketResult | None:
    """The committed result of an unchanged packet for the current analysis key, when its
    files are still in `out_dir`; decided from the store, before any flow starts."""
    from pipeline.errors import TriageError
    from pipeline.ingest.packet import ingest_packet
    from pipeline.store.blobs import default_blobs
    from pipeline.store.db import session
    from pipeline.store.repository import find_result

    try:
        packet = ingest_packet(path, default_blobs(), source=str(path))
    except TriageError:
        return None
    with session() as db:
        row = find_result(db, packet.id, analysis_key())
    if row is None or not (Path(row.result_dir) / "assessment.json").exists():
        return None
    if Path(row.result_dir).parent.resolve() != out_dir.resolve():
        return None
    assessment = Assessment.model_validate(row.assessment)
    stored = Path(row.result_dir) / "packet.json"
    record = Packet.model_validate_json(stored.read_text(encoding="utf-8")) if stored.exists() \
        else None
    return PacketResult(
        source=str(path), packet=record, assessment=assessment, status="skipped",
        error="", seconds=0.0, result_dir=row.result_dir,
    ).compact()


def plan(paths: Iterable[Path], out_dir: Path) -> tuple[list[Path], list[PacketResult]]:
    """(packets to process, packets skipped as already done) for a batch."""
    todo: list[Path] = []
    skipped: list[PacketResult] = []
    for path in paths:
        done = already_done(path, out_dir)
        if done is None:
            todo.append(path)
        else:
            skipped.append(done)
    return todo, skipped
