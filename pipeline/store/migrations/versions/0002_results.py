"""Results: a packet's committed assessment per analysis key.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "results",
        sa.Column(
            "packet_id", sa.String(64), sa.ForeignKey("packets.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("analysis_key", sa.String(64), primary_key=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("level", sa.String(40), nullable=False),
        sa.Column("result_dir", sa.Text(), nullable=False),
        sa.Column("assessment", sa.JSON(), nullable=False),
        sa.Column("committed_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("results")
