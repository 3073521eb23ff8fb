"""Tables of the store. Change them only together with a new Alembic migration."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class OriginalFile(Base):
    """An original file kept byte for byte under `TRIAGE_HOME/originals` (index only)."""

    __tablename__ = "original_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(200))
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PacketRow(Base):
    """A packet as received: its identity, where it came from, its manifest."""

    __tablename__ = "packets"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    source: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    manifest: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    errors: Mapped[list] = mapped_column(JSON, default=list)


class PacketFile(Base):
    """Which original file sits at which path of a packet."""

    __tablename__ = "packet_files"

    packet_id: Mapped[str] = mapped_column(
        ForeignKey("packets.id", ondelete="CASCADE"), primary_key=True
    )
    path: Mapped[str] = mapped_column(String(1000), primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("original_files.sha256"))


class ResultRow(Base):
    """A packet's committed result for one analysis key (code, lexicon, rules and model
    versions): the store is the system of record, Prefect's results only a cache."""

    __tablename__ = "results"

    packet_id: Mapped[str] = mapped_column(
        ForeignKey("packets.id", ondelete="CASCADE"), primary_key=True
    )
    analysis_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(40))
    result_dir: Mapped[str] = mapped_column(Text)
    assessment: Mapped[dict] = mapped_column(JSON)
    committed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
