"""Opening a database file: the engine with its pragmas, migrations at start-up, and sessions."""

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

from sic_desktop.db.changelog import StoreSession
from sic_desktop.errors import SicError
from sic_desktop.text import Text


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off so that SQLAlchemy's "begin" event
    # decides how a transaction starts (BEGIN IMMEDIATE for merges).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def _on_begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get("sic_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path) -> Engine:
    """An engine on one SQLite file with foreign keys, WAL and explicit transactions."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Store:
    """One open database: hands out sessions whose writes are logged."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, class_=StoreSession, expire_on_commit=False)
        self._immediate = sessionmaker(
            engine.execution_options(sic_immediate=True), class_=StoreSession,
            expire_on_commit=False)

    def session(self, *, immediate: bool = False) -> StoreSession:
        """A new session; `immediate` takes the write lock at once (merges, imports)."""
        return (self._immediate if immediate else self._sessions)()

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path, *, create: bool = False) -> Store:
    """Open (and migrate) the database at `path`; create it only when asked to."""
    from sic_desktop.db.migrate import prepare_database

    path = Path(path)
    if not path.exists() and not create:
        raise SicError(Text("No database at %1: create one with `sic-desktop init`", str(path)))
    if path.exists() and path.stat().st_size and not _looks_like_sqlite(path):
        raise SicError(Text("%1 is not a SIC Desktop database", str(path)))
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        prepare_database(engine, path)
    except BaseException:
        engine.dispose()
        raise
    return Store(path, engine)


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"
