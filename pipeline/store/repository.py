"""Reads and writes of the store in terms of the core records."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from pipeline.records import Assessment, Packet
from pipeline.store.tables import OriginalFile, PacketFile, PacketRow, ResultRow


def _insert(db: Session) -> Any:
    """The INSERT construct of the session's database, which knows ON CONFLICT."""
    return postgresql_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert


def _insert_new(db: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """INSERT the rows, skipping those whose key is already there (ON CONFLICT DO NOTHING,
    in SQLite and PostgreSQL alike): packets processed at once often share original files,
    and a check-then-insert lets two of them insert the same file."""
    if not rows:
        return
    db.execute(_insert(db)(table).on_conflict_do_nothing(), rows)


def record_packet(db: Session, packet: Packet) -> None:
    """Index a packet and its original files, in one transaction; idempotent, and safe when
    several threads or processes record packets that share files."""
    now = datetime.now(UTC)
    with db.begin():
        _insert_new(db, OriginalFile, [
            {"sha256": sha, "size": f.size, "media_type": f.media_type, "first_seen": now}
            for sha, f in {f.sha256: f for f in packet.files}.items()
        ])
        _insert_new(db, PacketRow, [{
            "id": packet.id,
            "name": packet.name,
            "source": packet.source,
            "received_at": packet.received_at,
            "manifest": packet.manifest.model_dump(mode="json") if packet.manifest else None,
            "errors": [e.model_dump(mode="json") for e in packet.errors],
        }])
        _insert_new(db, PacketFile, [
            {"packet_id": packet.id, "path": f.path, "sha256": f.sha256} for f in packet.files
        ])


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
    """Commit a packet's result (one transaction, after its files are written); a result
    already there for this analysis key is replaced."""
    record_packet(db, packet)
    values = {
        "status": assessment.status, "level": assessment.level, "result_dir": result_dir,
        "assessment": assessment.model_dump(mode="json"),
        "committed_at": datetime.now(UTC),
    }
    statement = _insert(db)(ResultRow).values(
        packet_id=packet.id, analysis_key=analysis_key, **values
    )
    with db.begin():
        db.execute(statement.on_conflict_do_update(
            index_elements=[ResultRow.packet_id, ResultRow.analysis_key], set_=values
        ))
