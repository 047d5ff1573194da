"""The one layer that turns every write of a synced record into field-level changes (session events).

Every insert, update, soft delete and undelete of a `Record` appends its changes to the `change`
table in the same transaction. The database backs this up: triggers refuse any write to a synced
table while no flush of this layer holds the write permit, and refuse every hard delete.
"""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select, text
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from sic_desktop.db.base import Record, new_id
from sic_desktop.db.clock import HybridClock, format_hlc
from sic_desktop.db.models.bookkeeping import Change, Site
from sic_desktop.db.values import encode, to_plain
from sic_desktop.errors import SicError
from sic_desktop.text import Text

# Reference data shipped with the app is recorded as changes of this pseudo-site, with ids derived
# from the records, so every copy holds the same seed changes and none of them ever travels twice.
SEED_SITE_ID = "00000000-0000-0000-0000-000000000000"
SEED_NAMESPACE = uuid.UUID("6f0c3d4e-7a51-4f6b-9a43-5c1e2d8b4000")
SEED_AUTHOR = "SIC Desktop reference data"
# A change's id is derived from its site and sequence number, so anyone can tell whose change an id
# names: a region that copies another's ids into its own bundle is refused, never the owner.
# Copies of earlier versions made random (version 4) ids; those stay valid as they are.
CHANGE_NAMESPACE = uuid.UUID("0b6f2a3c-5d1e-4c8f-9e27-7a4b1c9d3e60")

_PERMIT_KEY = "sic_permit"
_MODE_KEY = "sic_mode"  # None (a local edit), "seed" or "remote"
_RECORDED_KEY = "sic_recorded"


class HardDeleteRefused(SicError):
    """A synced record can be deleted only softly: its deletion must travel to the other copies."""


@dataclass(frozen=True, slots=True)
class RecordedChange:
    """What one local write did, as services report it to the UI."""

    change_id: str
    table: str
    record_id: str
    field: str
    kind: str
    old: Any
    new: Any


class StoreSession(Session):
    """The only session class of the store: its events write the change log."""


@contextmanager
def seeding(session: Session) -> Iterator[None]:
    """Record the writes in this block as shipped reference data (the seed pseudo-site)."""
    session.info[_MODE_KEY] = "seed"
    try:
        yield
        session.flush()
    finally:
        session.info.pop(_MODE_KEY, None)


@contextmanager
def applying_remote(session: Session) -> Iterator[None]:
    """Write received changes: the caller appends their change rows itself, as they came."""
    session.info[_MODE_KEY] = "remote"
    try:
        yield
        session.flush()
    finally:
        session.info.pop(_MODE_KEY, None)


def change_id_for(site_id: str, seq: int) -> str:
    """The id of change number `seq` of site `site_id` (a version 5 UUID)."""
    return str(uuid.uuid5(CHANGE_NAMESPACE, f"{site_id}/{seq}"))


def change_id_problem(change_id: str, site_id: str, seq: int) -> Text | None:
    """Why `change_id` cannot be change `seq` of `site_id` (None: it can).

    A derived id (version 5) must be that very change's; a random one (version 4) was made by an
    earlier version and is taken as it is; any other is no change id of this program's.
    """
    try:
        version = uuid.UUID(change_id).version
    except ValueError:
        return Text("the change id %1 is not a UUID", change_id)
    if version == 4:
        return None
    if version == 5 and change_id == change_id_for(site_id, seq):
        return None
    return Text("the change id %1 is not the id of change %2 of site %3: it names another copy's change",
                change_id, seq, site_id)


def take_recorded(session: Session) -> list[RecordedChange]:
    """The changes recorded since the last call (what a service reports as "what changed")."""
    recorded: list[RecordedChange] = session.info.pop(_RECORDED_KEY, [])
    return recorded


def field_heads(connection: Connection, table: str, record_id: str) -> dict[str, str]:
    """The change each field of a record currently rests on ("*" is the record's insert)."""
    rows = connection.execute(
        text("SELECT field, change_id FROM change WHERE table_name = :t AND record_id = :r "
             "AND applied = 1 ORDER BY rowid"),
        {"t": table, "r": record_id},
    )
    return {field: change_id for field, change_id in rows}


def _set_permit(connection: Connection, is_open: bool) -> None:
    connection.exec_driver_sql(f"UPDATE write_permit SET open = {int(is_open)}")


@contextmanager
def write_permit(connection: Connection) -> Iterator[None]:
    """Open the database's guard for Core writes whose change rows the caller appends itself.

    For the sync layer only: received changes are stored as they came (their site, seq and author),
    and a merge writes rows with Core statements for speed, in the same transaction.
    """
    _set_permit(connection, True)
    try:
        yield
    finally:
        _set_permit(connection, False)


@dataclass(frozen=True, slots=True)
class LocalChange:
    """A change this site makes without an ORM write (a conflict's resolution, say)."""

    table: str
    record_id: str
    field: str
    kind: str
    old: Any
    new: Any
    based_on: str | None
    also_based_on: str | None = None


def append_local_changes(connection: Connection, changes: list[LocalChange], *,
                         author: str | None = None) -> list[str]:
    """Log changes as this site's next ones (seq, clock, author); returns their change ids."""
    recorder = _Recorder(connection, seed=False, author=author)
    for change in changes:
        recorder.append(change.table, change.record_id, change.field, change.kind, change.old, change.new,
                        based_on=change.based_on, also_based_on=change.also_based_on)
    recorder.write()
    return [row["change_id"] for row in recorder.rows]


@event.listens_for(StoreSession, "before_flush")
def _before_flush(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    for obj in session.deleted:
        if isinstance(obj, Record):
            raise HardDeleteRefused(
                f"The {obj.__label__} {obj.id} can only be moved to the trash, not erased")
    touched = False
    for obj in session.new:
        if isinstance(obj, Record):
            touched = True
            _fill_defaults(obj)
    if not touched:
        touched = any(isinstance(obj, Record) for obj in session.dirty)
    if touched:
        _set_permit(session.connection(), True)
        session.info[_PERMIT_KEY] = True


@cache
def _column_keys(model: type[Record]) -> tuple[str, ...]:
    """The columns an insert change carries (all but the id, which names the record)."""
    return tuple(column.key for column in inspect(model).columns if column.key != "id")


@cache
def _scalar_defaults(model: type[Record]) -> tuple[tuple[str, Any], ...]:
    return tuple(
        (column.key, column.default.arg)  # type: ignore[attr-defined]
        for column in inspect(model).columns
        if column.default is not None and column.default.is_scalar
    )


def _fill_defaults(obj: Record) -> None:
    """Apply scalar defaults now, so the insert's change holds the values the row will hold."""
    if getattr(obj, "id", None) is None:
        obj.id = new_id()
    for key, default in _scalar_defaults(type(obj)):
        if obj.__dict__.get(key) is None:
            setattr(obj, key, default)


@event.listens_for(StoreSession, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    if not session.info.pop(_PERMIT_KEY, False):
        return
    connection = session.connection()
    mode = session.info.get(_MODE_KEY)
    if mode != "remote":
        _Recorder(connection, seed=mode == "seed", author=session.info.get("author"),
                  recorded=session.info.setdefault(_RECORDED_KEY, [])).record(session)
    _set_permit(connection, False)


class _Recorder:
    """Builds and appends the change rows of one flush."""

    def __init__(self, connection: Connection, *, seed: bool, author: str | None = None,
                 recorded: list[RecordedChange] | None = None) -> None:
        self.connection = connection
        self.seed = seed
        columns = select(Site.site_id, Site.author, Site.last_seq, Site.last_hlc)
        site = connection.execute(columns).one_or_none()
        if site is None:
            raise SicError(Text("This database has no site yet: run `sic-desktop init` first"))
        self.site_id, self.author, self.seq, last_hlc = site
        self.clock = HybridClock(last_hlc)
        if seed:
            self.site_id, self.author = SEED_SITE_ID, SEED_AUTHOR
            self.seq = connection.execute(
                text("SELECT coalesce(max(seq), 0) FROM change WHERE site_id = :s"), {"s": SEED_SITE_ID}
            ).scalar_one()
        self.author = author or self.author
        self.rows: list[dict[str, Any]] = []
        self.recorded: list[RecordedChange] = [] if recorded is None else recorded

    def record(self, session: Session) -> None:
        new_objects = [obj for obj in session.new if isinstance(obj, Record)]
        for obj in new_objects:
            self._record_insert(obj)
        for obj in session.dirty:
            if isinstance(obj, Record) and obj not in session.new:
                self._record_updates(obj)
        self.write()

    def write(self) -> None:
        if not self.rows:
            return
        self.connection.execute(insert(Change), self.rows)
        if not self.seed:
            self.connection.execute(
                text("UPDATE site SET last_seq = :seq, last_hlc = :hlc"),
                {"seq": self.seq, "hlc": self.clock.last},
            )

    def _record_insert(self, obj: Record) -> None:
        row = obj.__dict__
        values = {key: to_plain(row[key]) for key in _column_keys(type(obj)) if row.get(key) is not None}
        self.append(obj.__tablename__, obj.id, "*", "insert", None, values, based_on=None)

    def record_rows(self, model: type[Record], rows: list[dict[str, Any]]) -> None:
        """The insert changes of rows written by one bulk INSERT statement."""
        keys = _column_keys(model)
        for row in rows:
            values = {key: to_plain(row[key]) for key in keys if row.get(key) is not None}
            self.append(model.__tablename__, row["id"], "*", "insert", None, values, based_on=None)
        self.write()

    def _record_updates(self, obj: Record) -> None:
        state = inspect(obj)
        heads: dict[str, str] | None = None
        for column in state.mapper.columns:
            history = state.attrs[column.key].history
            if not history.added and not history.deleted:
                continue
            old = to_plain(history.deleted[0]) if history.deleted else None
            new = to_plain(history.added[0]) if history.added else None
            if old == new:
                continue
            if column.key == "id":
                raise SicError("A record's id never changes")
            if heads is None:
                heads = field_heads(self.connection, obj.__tablename__, obj.id)
            kind = "update"
            if column.key == "deleted":
                kind = "delete" if new else "undelete"
            based_on = heads.get(column.key) or heads.get("*")
            self.append(obj.__tablename__, obj.id, column.key, kind, old, new, based_on=based_on)

    def append(self, table: str, record_id: str, field: str, kind: str, old: Any, new: Any,
               *, based_on: str | None, also_based_on: str | None = None) -> None:
        self.seq += 1
        if self.seed:
            change_id = str(uuid.uuid5(SEED_NAMESPACE, f"{table}/{record_id}/{field}/{kind}/{new!r}"))
            hlc = format_hlc(0, self.seq)
        else:
            change_id = change_id_for(self.site_id, self.seq)
            hlc = self.clock.tick()
        self.rows.append({
            "change_id": change_id, "site_id": self.site_id, "seq": self.seq, "hlc": hlc,
            "table_name": table, "record_id": record_id, "field": field,
            "old_value": None if old is None else encode(old),
            "new_value": None if new is None else encode(new),
            "based_on": based_on, "kind": kind, "author": self.author, "applied": True,
            "also_based_on": also_based_on,
        })
        self.recorded.append(RecordedChange(change_id, table, record_id, field, kind, old, new))


@event.listens_for(StoreSession, "do_orm_execute")
def _bulk_statements(state: ORMExecuteState) -> Any:
    """Log a bulk INSERT of rows (fast imports); refuse bulk UPDATE/DELETE, which would skip the log."""
    mapper = state.bind_mapper
    if mapper is None or not issubclass(mapper.class_, Record):
        return None
    model: type[Record] = mapper.class_
    if state.is_update or state.is_delete:
        raise SicError(
            f"Bulk writes to {model.__tablename__} are not allowed: edit records one by one "
            "so every change is logged")
    if not state.is_insert:
        return None
    rows = state.parameters
    if isinstance(rows, dict):
        rows = [rows]
    if not rows or not isinstance(rows, list):
        raise SicError(f"Insert rows into {model.__tablename__} as a list of values, so each is logged")
    defaults = _scalar_defaults(model)
    for row in rows:
        row.setdefault("id", new_id())
        for key, default in defaults:
            if row.get(key) is None:
                row[key] = default
    session = state.session
    connection = session.connection()
    _set_permit(connection, True)
    result = state.invoke_statement()
    mode = session.info.get(_MODE_KEY)
    if mode != "remote":
        _Recorder(connection, seed=mode == "seed", author=session.info.get("author"),
                  recorded=session.info.setdefault(_RECORDED_KEY, [])).record_rows(model, rows)
    _set_permit(connection, False)
    return result


def guard_statements(table_names: list[str]) -> list[str]:
    """SQL that makes the database itself refuse writes to synced tables outside this layer."""
    statements = [
        "INSERT INTO write_permit (singleton, open) SELECT 1, 0 "
        "WHERE NOT EXISTS (SELECT 1 FROM write_permit)",
        "CREATE TRIGGER IF NOT EXISTS change_no_delete BEFORE DELETE ON change "
        "BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
        "CREATE TRIGGER IF NOT EXISTS change_no_rewrite BEFORE UPDATE OF change_id, site_id, seq, "
        "hlc, table_name, record_id, field, old_value, new_value, based_on, kind, author ON change "
        "BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
    ]
    for table in table_names:
        for verb in ("INSERT", "UPDATE"):
            statements.append(
                f"CREATE TRIGGER IF NOT EXISTS guard_{table}_{verb.lower()} BEFORE {verb} ON {table} "
                "WHEN (SELECT open FROM write_permit) IS NOT 1 "
                f"BEGIN SELECT RAISE(ABORT, 'write to {table} outside the change log'); END"
            )
        statements.append(
            f"CREATE TRIGGER IF NOT EXISTS guard_{table}_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, 'records of {table} are soft-deleted, never erased'); END"
        )
    return statements
