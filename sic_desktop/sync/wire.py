"""Changes as they travel in bundles: to and from `change` rows, with allow-listed, typed values."""

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Column, Table

from sic_desktop.db.base import Record, record_classes
from sic_desktop.db.models.bookkeeping import CHANGE_KINDS
from sic_desktop.db.values import ValueKind, decode, value_kind
from sic_desktop.errors import InputRefused
from sic_desktop.sync.canonical import JSON
from sic_desktop.text import Text, joined

KEYS = frozenset(
    (
        "id",
        "site",
        "seq",
        "hlc",
        "table",
        "record",
        "field",
        "kind",
        "old",
        "new",
        "based_on",
        "also_based_on",
        "author",
    )
)
_HLC = re.compile(r"\d{15}:\d{5}")
# Every id is a UUID as this program writes them (lower-case hex): a region's copy never makes another.
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_AUTHOR = re.compile(r"[^\x00-\x1f\x7f]{1,200}")
_TEXT_FIELDS = (
    ("id", _ID, False),
    ("site", _ID, False),
    ("hlc", _HLC, False),
    ("record", _ID, False),
    ("author", _AUTHOR, False),
    ("based_on", _ID, True),
    ("also_based_on", _ID, True),
)
MAX_TEXT = 200_000
# The change log's own JSON text (as db.values.encode writes it), without a new encoder per call.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass(frozen=True)
class Model:
    """One synced table as the allow-list knows it."""

    cls: type[Record]
    table: Table
    columns: dict[str, Column[Any]]  # every column but id

    @property
    def name(self) -> str:
        return self.table.name


@cache
def models() -> dict[str, Model]:
    """Every synced table by name: the allow-list of tables and fields a bundle may touch."""
    result = {}
    for cls in record_classes():
        table = cls.__table__
        assert isinstance(table, Table)
        columns = {column.key: column for column in table.columns if column.key != "id"}
        result[table.name] = Model(cls, table, columns)
    return result


@dataclass(frozen=True, slots=True)
class WireChange:
    """One checked change: `old`/`new` are plain JSON values (an insert's `new` is an object)."""

    id: str
    site: str
    seq: int
    hlc: str
    table: str
    record: str
    field: str
    kind: str
    old: JSON
    new: JSON
    based_on: str | None
    also_based_on: str | None
    author: str

    def to_json(self) -> dict[str, JSON]:
        return {
            "id": self.id,
            "site": self.site,
            "seq": self.seq,
            "hlc": self.hlc,
            "table": self.table,
            "record": self.record,
            "field": self.field,
            "kind": self.kind,
            "old": self.old,
            "new": self.new,
            "based_on": self.based_on,
            "also_based_on": self.also_based_on,
            "author": self.author,
        }

    def to_row(self, *, applied: bool) -> dict[str, Any]:
        """A row of the `change` table, as the change log stores it."""
        return {
            "change_id": self.id,
            "site_id": self.site,
            "seq": self.seq,
            "hlc": self.hlc,
            "table_name": self.table,
            "record_id": self.record,
            "field": self.field,
            "old_value": None if self.old is None else _encode(self.old),
            "new_value": None if self.new is None else _encode(self.new),
            "based_on": self.based_on,
            "kind": self.kind,
            "author": self.author,
            "applied": applied,
            "also_based_on": self.also_based_on,
        }


def from_row(row: Any) -> WireChange:
    """A `change` row (anything with its column attributes) as it travels."""
    return WireChange(
        row.change_id,
        row.site_id,
        row.seq,
        row.hlc,
        row.table_name,
        row.record_id,
        row.field,
        row.kind,
        decode(row.old_value),
        decode(row.new_value),
        row.based_on,
        row.also_based_on,
        row.author,
    )


def parse(value: JSON, where: str) -> WireChange:
    """Check one received change's shape, table, field and value types; InputRefused if wrong."""
    if not isinstance(value, dict) or set(value) != KEYS:
        raise InputRefused(Text("%1: not a change (wrong or missing keys)", where))

    for key, pattern, optional in _TEXT_FIELDS:
        item = value[key]
        if item is None and optional:
            continue
        if not isinstance(item, str) or (pattern is not None and not pattern.fullmatch(item)):
            raise InputRefused(Text("%1: the %2 %3 is not valid", where, key, repr(str(item)[:60])))
    change_id, site, hlc = str(value["id"]), str(value["site"]), str(value["hlc"])
    record, author = str(value["record"]), str(value["author"])
    based_on, also = value["based_on"], value["also_based_on"]
    assert (based_on is None or isinstance(based_on, str)) and (also is None or isinstance(also, str))
    seq = value["seq"]
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise InputRefused(Text("%1: the sequence number %2 is not valid", where, repr(seq)))
    kind, field, table = value["kind"], value["field"], value["table"]
    model = models().get(table) if isinstance(table, str) else None
    if model is None:
        raise InputRefused(Text("%1: %2 is not a table a bundle may change", where, repr(str(table)[:60])))
    if kind not in CHANGE_KINDS:
        raise InputRefused(Text("%1: %2 is not a kind of change", where, repr(str(kind)[:60])))
    if not isinstance(field, str) or not field:
        raise InputRefused(Text("%1: the field name is not valid", where))
    assert isinstance(kind, str) and isinstance(table, str)
    old, new = value["old"], value["new"]
    if kind == "insert":
        if field != "*" or old is not None or not isinstance(new, dict):
            raise InputRefused(Text("%1: a malformed insert", where))
        for key, item in new.items():
            _typed(model, key, item, where)
        missing = [
            key
            for key, column in model.columns.items()
            if not column.nullable and key not in new and key != "deleted"
        ]
        if missing:
            raise InputRefused(Text("%1: the new %2 lacks %3", where, model.name, joined(missing)))
    else:
        if (field == "deleted") != (kind in ("delete", "undelete")):
            raise InputRefused(Text("%1: the %2 of field %3 makes no sense", where, kind, repr(field[:60])))
        if (kind == "delete" and new is not True) or (kind == "undelete" and new is not False):
            raise InputRefused(Text("%1: a malformed %2", where, kind))
        _typed(model, field, old, where)
        _typed(model, field, new, where)
    return WireChange(change_id, site, seq, hlc, table, record, field, kind, old, new, based_on, also, author)


def _typed(model: Model, field: str, item: JSON, where: str) -> None:
    column = model.columns.get(field)
    if column is None:
        raise InputRefused(Text("%1: %2 has no field %3", where, model.name, repr(field[:60])))
    if item is None:
        return  # emptiness is checked where the value lands (a required field may be emptied)
    if isinstance(item, str) and len(item) > MAX_TEXT:
        raise InputRefused(Text("%1: the %2 of %3 is too long", where, field, model.name))
    if "link" in model.columns[field].info and not (isinstance(item, str) and _ID.fullmatch(item)):
        raise InputRefused(Text("%1: %2.%3: %4 is not the id of a record", where, model.name, field,
                                repr(str(item)[:60])))
    try:
        _converter(model.name, field)(item)
    except (TypeError, ValueError):
        raise InputRefused(
            Text("%1: %2.%3: %4 is not a valid %5", where, model.name, field, repr(str(item)[:60]),
                 _KIND_WORDS[value_kind(model.columns[field])])
        ) from None


_KIND_WORDS: dict[ValueKind, str] = {
    "flag": Text("yes/no value"),
    "whole": Text("whole number"),
    "number": Text("number"),
    "date": Text("date"),
    "datetime": Text("date and time"),
    "text": Text("text"),
}


def _to_bool(item: JSON) -> bool:
    if not isinstance(item, bool):
        raise TypeError
    return item


def _to_int(item: JSON) -> int:
    if isinstance(item, bool) or not isinstance(item, int):
        raise TypeError
    return item


def _to_float(item: JSON) -> float:
    if isinstance(item, bool) or not isinstance(item, int | float) or not math.isfinite(item):
        raise TypeError
    return float(item)


def _to_date(item: JSON) -> date:
    # Only the form this program writes (2024-01-01): Python also reads 20240101 and 2024-W01-1,
    # which would leave the table and the change log holding different texts for one date.
    if not isinstance(item, str):
        raise TypeError
    value = date.fromisoformat(item)
    if value.isoformat() != item:
        raise ValueError(item)
    return value


def _to_datetime(item: JSON) -> datetime:
    if not isinstance(item, str):
        raise TypeError
    value = datetime.fromisoformat(item)
    if value.isoformat() != item:
        raise ValueError(item)
    return value


def _to_str(item: JSON) -> str:
    if not isinstance(item, str):
        raise TypeError
    return item


_CONVERTERS: dict[ValueKind, Callable[[JSON], Any]] = {
    "flag": _to_bool,
    "whole": _to_int,
    "number": _to_float,
    "date": _to_date,
    "datetime": _to_datetime,
    "text": _to_str,
}


@cache
def _converter(table: str, field: str) -> Callable[[JSON], Any]:
    return _CONVERTERS[value_kind(models()[table].columns[field])]


def python_value(model: Model, field: str, item: JSON) -> Any:
    """The Python value to store for a checked plain value."""
    if item is None:
        return None
    try:
        return _converter(model.name, field)(item)
    except (TypeError, ValueError):
        kind = _KIND_WORDS[value_kind(model.columns[field])]
        raise InputRefused(Text("%1.%2: %3 is not a valid %4",
                                model.name, field, repr(str(item)[:60]), kind)) from None
