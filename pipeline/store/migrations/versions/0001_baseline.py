"""Baseline: original files, packets and the files of each packet.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "original_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(200), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "packets",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("manifest", sa.JSON(), nullable=True),
        sa.Column("errors", sa.JSON(), nullable=False),
    )
    op.create_table(
        "packet_files",
        sa.Column(
            "packet_id",
            sa.String(64),
            sa.ForeignKey("packets.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("path", sa.String(1000), primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("original_files.sha256"), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("packet_files")
    op.drop_table("packets")
    op.drop_table("original_files")
