"""The store's database: SQLite by default, PostgreSQL by URL, migrated by Alembic on open."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")
_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def engine_for(url: str) -> Engine:
    """One migrated engine per URL per process."""
    with _lock:
        if url not in _engines:
            if url.startswith("sqlite:///"):
                Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, future=True)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            migrate(engine)
            _engines[url] = engine
        return _engines[url]


def session(url: str | None = None) -> Session:
    """A session on the configured store (`TRIAGE_DB_URL`, else SQLite under `TRIAGE_HOME`)."""
    from pipeline.config import settings

    return sessionmaker(engine_for(url or settings().db_url), expire_on_commit=False)()
