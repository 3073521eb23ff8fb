"""The stages chained as plain functions: what the CLI and the flows both call."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pipeline.errors import TriageError
from pipeline.records import Assessment, ErrorRecord, Packet

Status = Literal["done", "partial", "failed", "skipped"]


def failed_packet(path: Path, source: str, error: ErrorRecord) -> Packet:
    """A packet that could not be ingested at all, kept so the failure is reported."""
    return Packet(
        id="", name=path.name, source=source, received_at=datetime.now(UTC), errors=[error]
    )


class _SideWork(threading.Thread):
    """Work that need not wait for OCR: index the packet in the store, load the language
    pipelines and the models. The process mostly waits on Tesseract then; errors
    surface on `finish()`."""

    def __init__(
        self, packet: Packet, *, record: bool, understand: bool, model: bool = False
    ) -> None:
        super().__init__(name="side-work", daemon=True)
        self.packet, self.record, self.understand = packet, record, understand
        self.model = model
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            if self.record:
                from pipeline.store.db import session
                from pipeline.store.repository import record_packet

                with session() as db:
                    record_packet(db, self.packet)
            if self.understand:
                from pipeline.config import SUPPORTED_LANGUAGES
                from pipeline.understand.nlp import nlp_for

                hinted = self.packet.manifest.languages if self.packet.manifest else []
                for lang in [x for x in hinted if x in SUPPORTED_LANGUAGES] or ["en"]:
                    nlp_for(lang)
            if self.model:
                from pipeline.flags.model import load_model
                from pipeline.flags.modelfiles import MODELS

                for name in MODELS:
                    load_model(name)
        except BaseException as exc:  # re-raised in the caller's thread
            self.error = exc

    def finish(self) -> None:
        self.join()
        if self.error is not None:
            raise self.error


def extract_path(
    path: Path,
    *,
    source: str | None = None,
    on_page: Callable[[], None] | None = None,
    record: bool = True,
    understand: bool = True,
    warm_model: bool = False,
) -> Packet:
    """Ingest one packet (folder, zip or file), keep its originals, extract every page,
    and (unless `understand=False`) type its documents and read their fields.

    Input problems are recorded on the returned packet, never raised; only an
    environment problem (e.g. Tesseract missing) propagates.
    """
    from pipeline.extract import extract_packet
    from pipeline.ingest.packet import ingest_packet
    from pipeline.store.blobs import default_blobs

    started = time.perf_counter()
    source = source if source is not None else str(path)
    blobs = default_blobs()
    try:
        packet = ingest_packet(path, blobs, source=source)
    except TriageError as exc:
        if exc.exit_code != 1:
            raise
        return failed_packet(path, source, exc.record(file=path.name))
    side = _SideWork(packet, record=record, understand=understand, model=warm_model)
    try:  # started once the OCR jobs are queued: its imports would hold up the first one
        packet = extract_packet(packet, blobs, on_page=on_page, on_planned=side.start)
    except BaseException:
        if side.ident is not None:
            side.join()
        raise
    side.finish()
    if understand:
        from pipeline.understand.document import understand_packet

        packet = understand_packet(packet)
    return packet.model_copy(update={"seconds": round(time.perf_counter() - started, 3)})


def packet_status(packet: Packet) -> Status:
    """`done` with no errors, `partial` when some documents failed, `failed` when none read."""
    errors = packet.all_errors()
    if not packet.id or not any(d.pages for d in packet.documents):
        return "failed"
    return "partial" if errors else "done"


def assess(packet: Packet, *, use_model: bool = True) -> Assessment:
    """The flag and assess stages over an understood packet. A packet with no readable
    document gets `review-needed` with its errors: nothing was checked, a person must look."""
    status = packet_status(packet)
    errors = packet.all_errors()
    if status == "failed":
        reasons = "; ".join(f"{e.file}: {e.message}" for e in errors) or "no readable document"
        return Assessment(
            source=packet.source, packet_id=packet.id, level="review-needed",
            level_reason=f"the packet could not be analysed ({reasons})",
            input_hashes={f.path: f.sha256 for f in packet.files},
            status=status, errors=errors,
        )
    from pipeline.flags import assess_packet

    assessment = assess_packet(packet, use_model=use_model)
    return assessment.model_copy(update={"status": status, "errors": errors})


def analyze_path(
    path: Path,
    *,
    source: str | None = None,
    on_page: Callable[[], None] | None = None,
    record: bool = True,
    use_model: bool = True,
) -> tuple[Packet, Assessment]:
    """Ingest, extract, understand, flag and assess one packet."""
    packet = extract_path(
        path, source=source, on_page=on_page, record=record, warm_model=use_model
    )
    return packet, assess(packet, use_model=use_model)
