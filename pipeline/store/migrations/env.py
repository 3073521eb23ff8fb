"""Alembic environment: the connection comes from `pipeline.store.db.migrate`."""

from __future__ import annotations

from alembic import context

from pipeline.store.tables import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic` run by hand
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
