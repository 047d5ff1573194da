"""Opening a database file: the engine with its pragmas, migrations at start-up, and sessions."""

import sqlite3
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

from sic_desktop.db import health
from sic_desktop.db.changelog import StoreSession
from sic_desktop.errors import InputRefused, SicError
from sic_desktop.text import Text

# How long a write waits for another program's write lock (an import) before it is retried or refused.
BUSY_TIMEOUT_MS = 5000


# The files (device, inode) stores of this process have open, with how many stores each.
_OPEN: dict[tuple[int, int], int] = {}
_OPEN_LOCK = threading.Lock()


class FileGuard:
    """Remembers which file was opened and stops every transaction once the path holds another.

    A database deleted, moved or replaced under an open window would otherwise take edits into a
    file nobody will ever open again, while the window says they were saved.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.opened: tuple[int, int] | None = None
        self.stopped: SicError | None = None
        self._lock = threading.Lock()

    def connected(self) -> None:
        with self._lock:
            if self.opened is None:
                self.opened = health.identity(self.path)
                with _OPEN_LOCK:
                    _OPEN[self.opened] = _OPEN.get(self.opened, 0) + 1

    def check(self) -> None:
        """Raise the reason to stop (and keep raising it) when the file is not the one opened.

        Only stat(): opening and closing the file here would drop SQLite's POSIX locks of this
        process, and another program would then delete the WAL from under us. Damage inside the
        same file shows as an SQLite error, which runs the integrity check (Store.failure).
        """
        if self.stopped is None:
            self.stopped = health.identity_problem(self.path, self.opened)
        if self.stopped is not None:
            raise self.stopped

    def stop(self, reason: SicError) -> None:
        self.stopped = reason

    def forget(self) -> None:
        with self._lock:
            if self.opened is not None:
                with _OPEN_LOCK:
                    _OPEN[self.opened] = _OPEN.get(self.opened, 1) - 1
            self.opened, self.stopped = None, None


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off so that SQLAlchemy's "begin" event
    # decides how a transaction starts (BEGIN IMMEDIATE for merges).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path: Path, guard: FileGuard | None = None) -> Engine:
    """An engine on one SQLite file with foreign keys, WAL and explicit transactions.

    With a guard, every transaction first checks that the file is still the one opened.
    """
    # Bound values stay out of error messages: a failed merge would print thousands of rows.
    engine = create_engine(f"sqlite:///{path}", hide_parameters=True)

    def on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        _on_connect(dbapi_connection, record)
        if guard is not None:
            guard.connected()

    def on_begin(connection: Any) -> None:
        if guard is not None:
            guard.check()
        immediate = connection.get_execution_options().get("sic_immediate", False)
        # A write begins IMMEDIATE: a deferred BEGIN that later writes gets SQLITE_BUSY at once
        # (no waiting) when another program committed meanwhile.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


class Store:
    """One open database: hands out sessions whose writes are logged."""

    def __init__(self, path: Path, engine: Engine, guard: FileGuard | None = None) -> None:
        self.path = path
        self.engine = engine
        self.guard = guard or FileGuard(path)
        self._sessions = sessionmaker(engine, class_=StoreSession, expire_on_commit=False)
        self._immediate = sessionmaker(
            engine.execution_options(sic_immediate=True), class_=StoreSession,
            expire_on_commit=False)

    def session(self, *, immediate: bool = False) -> StoreSession:
        """A new session; `immediate` takes the write lock at once (every write should)."""
        return (self._immediate if immediate else self._sessions)()

    def failure(self, error: BaseException) -> SicError | None:
        """What a failed step means for the person; stops all writing when the file is damaged.

        SQLite's integrity check runs when a write failed in a way a damaged file explains.
        """
        problem = health.user_error(error, self.path)
        found = health.sqlite_error(error)
        # A broken constraint or a misused API is a bug, not the disk: no check for those.
        if problem is None and found is not None and not isinstance(
                found, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
            reason = health.integrity_problem(self.path)
            problem = health.damaged(self.path, reason) if reason else None
        if isinstance(problem, health.DatabaseGone | health.DatabaseDamaged):
            self.guard.stop(problem)
        return problem

    def close(self) -> None:
        """Let go of the file: a store used again afterwards takes the file then at the path."""
        self.engine.dispose()
        self.guard.forget()


def open_store(path: Path, *, create: bool = False) -> Store:
    """Open (and migrate) the database at `path`; create it only when asked to."""
    from sic_desktop.db.migrate import prepare_database

    path = Path(path)
    if not path.exists() and not create:
        raise SicError(Text("No database at %1: create one with `sic-desktop init`", str(path)))
    if path.exists() and not path.stat().st_size and not create:
        # An empty file would silently be given a schema by whatever opened it (`dump`, say).
        raise InputRefused(Text("%1 is empty, not a SIC Desktop database: create one with "
                                "`sic-desktop init`; nothing was changed", str(path)))
    # Reading the header with a plain file handle is safe only while no connection of this
    # process has the file open: closing the handle would drop SQLite's POSIX locks on it.
    if path.exists() and path.stat().st_size and not _open_here(path):
        if not _looks_like_sqlite(path):
            raise SicError(Text("%1 is not a SIC Desktop database", str(path)))
        if health.header_problem(path) is not None:
            reason = health.integrity_problem(path, quick=True)
            if reason is not None:
                raise health.damaged(path, f"{health.header_problem(path)}: {reason}")
    path.parent.mkdir(parents=True, exist_ok=True)
    guard = FileGuard(path)
    engine = make_engine(path, guard)
    try:
        prepare_database(engine, path)
    except BaseException as error:
        engine.dispose()
        problem = health.user_error(error, path)
        if problem is not None and problem is not error:
            raise problem from error
        raise
    return Store(path, engine, guard)


def _open_here(path: Path) -> bool:
    """Whether a store of this process has the file at `path` open."""
    try:
        found = health.identity(path)
    except OSError:
        return False
    with _OPEN_LOCK:
        return _OPEN.get(found, 0) > 0


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"
