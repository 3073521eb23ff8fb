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
