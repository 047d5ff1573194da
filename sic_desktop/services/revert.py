"""Undo and redo a batch of logged changes (an import) through the records services, all or nothing."""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Column, inspect, select
from sqlalchemy.orm import Session

from sic_desktop.db.base import Record, record_class
from sic_desktop.db.changelog import RecordedChange, take_recorded
from sic_desktop.db.values import JsonValue, from_plain, to_plain
from sic_desktop.errors import InputRefused
from sic_desktop.services import records
from sic_desktop.services.records import Outcome
from sic_desktop.services.validation import label_of, validate
from sic_desktop.text import Text, joined, word

Key = tuple[str, str]  # (table, record id)
BEFORE, AFTER = 0, 1
CHUNK = 500  # ids per query, well under SQLite's limit on bound values
MAX_NAMED = 5  # problems spelled out in one refusal; the rest are counted


@dataclass(frozen=True)
class Batch:
    """What one write did, in plain (JSON) values: the records it added and the fields it changed.

    `added` maps each new record to its values once the write was done; `fields` maps each record
    the write changed to {field: (before, after)}, where the field "deleted" is a move to or from
    the trash.
    """

    added: dict[Key, dict[str, JsonValue]]
    fields: dict[Key, dict[str, tuple[JsonValue, JsonValue]]]

    @classmethod
    def of(cls, changes: Iterable[RecordedChange]) -> "Batch":
        """The batch of a service's reported changes (an import's `outcome.changes`, say)."""
        added: dict[Key, dict[str, JsonValue]] = {}
        fields: dict[Key, dict[str, tuple[JsonValue, JsonValue]]] = {}
        for change in changes:
            key = (change.table, change.record_id)
            if change.kind == "insert":
                added[key] = dict(change.new)
            elif key in added:
                added[key][change.field] = change.new
            else:
                before = fields.setdefault(key, {}).get(change.field, (change.old, None))[BEFORE]
                fields[key][change.field] = (before, change.new)
        for key in list(fields):
            fields[key] = {name: pair for name, pair in fields[key].items() if pair[BEFORE] != pair[AFTER]}
            if not fields[key]:
                del fields[key]
        return cls(added, fields)

    def __len__(self) -> int:
        """How many records the batch touched."""
        return len(self.added) + len(self.fields)


def undo(session: Session, batch: Batch, *, what: str = Text("the import")) -> list[Outcome]:
    """Put back the fields the batch changed and move the records it added to the trash.

    Refused (InputRefused, nothing changed) when any of those records or fields has changed since:
    an edit made after the batch is never overwritten silently. Each write goes through the records
    services, so the undo is checked, logged and sent in bundles like any edit.
    """
    loaded = _load(session, batch)
    _check(session, batch, loaded, now=AFTER, verb=Text("undo %1", what))
    return _apply(session, batch, loaded, side=BEFORE)


def redo(session: Session, batch: Batch, *, what: str = Text("the import")) -> list[Outcome]:
    """Bring the records the batch added back from the trash and set its fields again (after `undo`)."""
    loaded = _load(session, batch)
    _check(session, batch, loaded, now=BEFORE, verb=Text("redo %1", what))
    return _apply(session, batch, loaded, side=AFTER)


def _state(batch: Batch, key: Key, side: int) -> dict[str, JsonValue]:
    """What a record's fields hold on one side of the batch (the fields the check compares)."""
    if key in batch.added:
        values = batch.added[key]
        return values | {"deleted": True} if side == BEFORE else values
    fields = batch.fields[key]
    return {"deleted": False} | {name: pair[side] for name, pair in fields.items()}


def _trashed(batch: Batch, key: Key, side: int) -> JsonValue:
    return _state(batch, key, side)["deleted"]


def _load(session: Session, batch: Batch) -> dict[Key, Record]:
    """Every record of the batch, read a few hundred at a time and held while the batch is written."""
    loaded: dict[Key, Record] = {}
    by_table: dict[str, list[str]] = {}
    for table, record_id in [*batch.added, *batch.fields]:
        by_table.setdefault(table, []).append(record_id)
    for table, ids in by_table.items():
        model = _model(table)
        for start in range(0, len(ids), CHUNK):
            for record in session.scalars(select(model).where(model.id.in_(ids[start:start + CHUNK]))):
                loaded[(table, record.id)] = record
    return loaded


def _check(session: Session, batch: Batch, loaded: dict[Key, Record], *, now: int, verb: str) -> None:
    problems: list[str] = []
    for key in [*batch.added, *batch.fields]:
        model = _model(key[0])
        record = loaded.get(key)
        if record is None:
            problems.append(Text("the %1 %2 no longer exists", word(model.__label__, "records"), key[1]))
            continue
        expected = _state(batch, key, now)
        keys = _keys(model) if key in batch.added else tuple(expected)
        for name in keys:
            current = to_plain(getattr(record, name))
            if current == expected.get(name):
                continue
            who = _describe(session, record)
            if name == "deleted":
                problems.append(Text("%1 was moved to the trash since", who) if current
                                else Text("%1 was restored from the trash since", who))
                break
            problems.append(Text("%1: %2 was changed since (it now holds %3)", who,
                                 word(label_of(model, name), "fields"), repr(current)))
    if problems:
        named = problems[:MAX_NAMED]
        if len(problems) > MAX_NAMED:
            named.append(Text("and %1 more", len(problems) - MAX_NAMED))
        raise InputRefused(Text("Cannot %1: %2. Undo or change back those edits first; nothing was changed",
                                verb, joined(named, "; ")))


def _apply(session: Session, batch: Batch, loaded: dict[Key, Record], *, side: int) -> list[Outcome]:
    """Write one side of the batch: the steps of records.restore, update and delete, one flush for all.

    A flush per record would log the same changes several times slower on a 20,000-row import.
    """
    with session.begin_nested(), session.no_autoflush:
        # Records come back from the trash first, so the fields set next may point at them.
        for key in [*batch.added, *batch.fields]:
            if _trashed(batch, key, side) is False and _trashed(batch, key, 1 - side) is True:
                _move(session, loaded[key], deleted=False)
        for (table, record_id), fields in batch.fields.items():
            model = _model(table)
            values = {name: _value(model, name, pair[side]) for name, pair in fields.items()
                      if name != "deleted"}
            if values:
                record = loaded[(table, record_id)]
                before = records.values_of(record)
                records.check_writable(session, model, before, before | values)
                validate(session, model, before | values)
                for name, value in values.items():
                    setattr(record, name, value)
        for key in [*batch.fields, *batch.added]:
            if _trashed(batch, key, side) is True and _trashed(batch, key, 1 - side) is False:
                _move(session, loaded[key], deleted=True)
        session.flush()
    return [Outcome("", take_recorded(session))]


def _move(session: Session, record: Record, *, deleted: bool) -> None:
    """To the trash or back from it, as records.delete and records.restore do."""
    records.check_writable(session, type(record), records.values_of(record))
    record.deleted = deleted


@cache
def _model(table: str) -> type[Record]:
    return record_class(table)


@cache
def _keys(model: type[Record]) -> tuple[str, ...]:
    """Every field an insert records (all but the id)."""
    return tuple(column.key for column in inspect(model).columns if column.key != "id")


def _value(model: type[Record], name: str, plain: JsonValue) -> Any:
    if plain is None:
        return None
    column: Column[Any] = inspect(model).columns[name]
    return from_plain(column, plain)


def _describe(session: Session, record: Record) -> str:
    """The record in words: its kind and title, or, without a title, what it belongs to."""
    model = type(record)
    title = model.__title_field__
    if title != "id" and getattr(record, title) is not None:
        return Text("the %1 %2", word(model.__label__, "records"), repr(getattr(record, title)))
    for column in inspect(model).columns:
        link = column.info.get("link")
        target_id = getattr(record, column.key)
        if not link or link in ("task_force", "region") or target_id is None:
            continue
        target = session.get(_model(link), target_id)
        if target is not None and target.__title_field__ != "id":
            return Text("the %1 of %2", word(model.__label__, "records"),
                        repr(getattr(target, target.__title_field__)))
    return Text("the %1 %2", word(model.__label__, "records"), record.id)
