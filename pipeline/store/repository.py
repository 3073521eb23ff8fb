"""Reads and writes of the store in terms of the core records."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.records import Assessment, Packet
from pipeline.store.tables import OriginalFile, PacketFile, PacketRow, ResultRow


def record_packet(db: Session, packet: Packet) -> None:
    """Index a packet and its original files, in one transaction; idempotent."""
    now = datetime.now(UTC)
    with db.begin():
        known = set(
            db.scalars(
                select(OriginalFile.sha256).where(
                    OriginalFile.sha256.in_({f.sha256 for f in packet.files})
                )
            )
        )
        for f in packet.files:
            if f.sha256 not in known:
                db.add(OriginalFile(sha256=f.sha256, size=f.size, media_type=f.media_type,
                                    first_seen=now))
                known.add(f.sha256)
        row = db.get(PacketRow, packet.id)
        if row is None:
            db.add(
                PacketRow(
                    id=packet.id,
                    name=packet.name,
                    source=packet.source,
                    received_at=packet.received_at,
                    manifest=packet.manifest.model_dump(mode="json") if packet.manifest else None,
                    errors=[e.model_dump(mode="json") for e in packet.errors],
                )
            )
            db.flush()
            for f in packet.files:
                db.add(PacketFile(packet_id=packet.id, path=f.path, sha256=f.sha256))


def packet_files(db: Session, packet_id: str) -> dict[str, str]:
    """Path → SHA-256 of a stored packet's files."""
    rows = db.execute(
        select(PacketFile.path, PacketFile.sha256).where(PacketFile.packet_id == packet_id)
    )
    return {path: sha for path, sha in rows}


def find_result(db: Session, packet_id: str, analysis_key: str) -> ResultRow | None:
    """The committed result of a packet for this analysis key, if there is one."""
    return db.get(ResultRow, (packet_id, analysis_key))


def record_result(
    db: Session, packet: Packet, assessment: Assessment, analysis_key: str, result_dir: str
) -> None:
    """Commit a packet's result (one transaction, after its files are written)."""
    record_packet(db, packet)
    with db.begin():
        row = db.get(ResultRow, (packet.id, analysis_key))
        values = {
            "status": assessment.status, "level": assessment.level, "result_dir": result_dir,
            "assessment": assessment.model_dump(mode="json"),
            "committed_at": datetime.now(UTC),
        }
        if row is None:
            db.add(ResultRow(packet_id=packet.id, analysis_key=analysis_key, **values))
        else:
            for key, value in values.items():
                setattr(row, key, value)
