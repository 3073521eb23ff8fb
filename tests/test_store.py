"""The store: originals byte for byte, once per SHA-256; the index migrated by Alembic."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, select

from pipeline.records import FileRecord, Manifest, Packet
from pipeline.store.blobs import BlobStore
from pipeline.store.db import engine_for, session
from pipeline.store.repository import packet_files, record_packet
from pipeline.store.tables import OriginalFile


def test_same_bytes_are_stored_once_and_read_back_exactly(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "blobs")
    data = bytes(range(256)) * 1000
    first = blobs.put_bytes(data)
    src = tmp_path / "copy.bin"
    src.write_bytes(data)
    second = blobs.put_file(src)
    assert first == second == hashlib.sha256(data).hexdigest()
    assert blobs.read(first) == data
    stored = [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()]
    assert stored == [blobs.path(first)], "one file per content, no temporary leftovers"


def test_migrations_create_the_schema(tmp_path: Path) -> None:
    engine = engine_for(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    tables = set(inspect(engine).get_table_names())
    assert {"alembic_version", "original_files", "packets", "packet_files", "results"} <= tables
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select version_num from alembic_version").scalar() == "0002"


def test_recording_a_packet_twice_keeps_one_row_per_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    files = [
        FileRecord(path="notice.pdf", sha256="a" * 64, size=10, media_type="application/pdf"),
        FileRecord(path="copy/notice.pdf", sha256="a" * 64, size=10, media_type="application/pdf"),
    ]
    packet = Packet(
        id="b" * 64,
        name="p",
        source="inbox/p",
        received_at=datetime(2026, 1, 2, tzinfo=UTC),
        manifest=Manifest(notice_type="diffusion", issuing_country="TR"),
        files=files,
    )
    for _ in range(2):
        with session(url) as db:
            record_packet(db, packet)
    with session(url) as db:
        assert len(db.scalars(select(OriginalFile)).all()) == 1
        assert packet_files(db, packet.id) == {"notice.pdf": "a" * 64, "copy/notice.pdf": "a" * 64}


def test_packets_sharing_files_recorded_at_once_do_not_collide(tmp_path: Path) -> None:
    """Packets processed at the same time often share originals (the same notice in several
    packets): recording them from several threads at once must neither fail nor duplicate."""
    import threading

    from pipeline.records import Assessment
    from pipeline.store.db import engine_for
    from pipeline.store.repository import find_result, record_result

    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    engine_for(url)  # schema once, before the threads
    shared = FileRecord(path="notice.pdf", sha256="c" * 64, size=10, media_type="application/pdf")
    packets = [
        Packet(
            id=f"{i:064d}", name=f"p{i}", source=f"inbox/p{i}",
            received_at=datetime(2026, 1, 2, tzinfo=UTC),
            files=[shared, FileRecord(path=f"own-{i}.txt", sha256=f"{i:064x}", size=1,
                                      media_type="text/plain")],
        )
        for i in range(8)
    ]
    barrier = threading.Barrier(len(packets))
    errors: list[BaseException] = []

    def record(packet: Packet) -> None:
        barrier.wait()
        try:
            with session(url) as db:
                record_result(db, packet, Assessment(source=packet.source, packet_id=packet.id,
                                                   level="no-concerns-found"),
                              "key", "out")
        except BaseException as exc:  # collected, asserted below
            errors.append(exc)

    threads = [threading.Thread(target=record, args=(p,)) for p in packets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with session(url) as db:
        assert len(db.scalars(select(OriginalFile)).all()) == 1 + len(packets)
        assert all(find_result(db, p.id, "key") is not None for p in packets)


def test_the_newest_revision_is_read_without_alembic_and_older_stores_upgrade(
    tmp_path: Path,
) -> None:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine, text

    from pipeline.store.db import MIGRATIONS, head_revision, migrate

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(cfg).get_current_head()
    # A store stamped at the first revision is brought to the newest on open.
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0001")
    migrate(engine)
    with engine.connect() as connection:
        stamped = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert stamped == head_revision()
    assert "results" in inspect(engine).get_table_names()
