"""Planning a bundle's changes: the rows, field heads and plan that the merge and a region share.

Planning reads the database and writes nothing, so a preview and a refusal leave no trace; the
plan is then applied with a handful of `executemany` statements (`writes.apply`).
"""

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select

from sic_desktop.db.models import Change
from sic_desktop.db.values import decode, encode, to_plain, value_kind
from sic_desktop.errors import InputRefused
from sic_desktop.sync.canonical import JSON
from sic_desktop.sync.disagreements import Disagreements
from sic_desktop.sync.wire import Model, WireChange, models, python_value
from sic_desktop.text import Text, word

_CONFLICT_NAMESPACE = uuid.UUID("3b8f5a61-2f0e-4c1d-9d7e-5a0c4e8b7f10")
CHUNK = 500


def _is_flag(model: Model, name: str) -> bool:
    return value_kind(model.columns[name]) == "flag"


def conflict_id(change_id: str, what: str = "") -> str:
    """The same losing change always makes the same conflict id, whatever the import order."""
    return str(uuid.uuid5(_CONFLICT_NAMESPACE, f"{change_id}/{what}"))


@dataclass
class Head:
    """The change a field currently rests on."""

    change_id: str
    also: str | None
    site: str
    hlc: str
    author: str


@dataclass
class Plan:
    """What applying a bundle will do; `apply` carries it out."""

    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    changes: list[dict[str, Any]] = field(default_factory=list)
    flips: list[str] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    disagreements: Disagreements | None = None
    summary: Counter[tuple[str, str]] = field(default_factory=Counter)
    skipped: int = 0
    merged: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def queued(self) -> list[dict[str, Any]]:
        """Every conflict this plan creates or changes."""
        value = self.disagreements.pending() if self.disagreements else []
        return self.conflicts + value

    @property
    def applied(self) -> int:
        return sum(1 for row in self.changes if row["applied"])


class History:
    """Each record's applied changes as (site, seq, field, rowid), in the master's order, read
    only when asked: the merge needs a whole chain for a delete, never for an edit."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.loaded: dict[tuple[str, str], list[tuple[str, int, str, int]]] = {}

    def get(
        self, key: tuple[str, str], default: list[tuple[str, int, str, int]] | None = None
    ) -> list[tuple[str, int, str, int]]:
        if key not in self.loaded:
            self.loaded[key] = [
                (str(site), int(seq), str(name), int(rowid))
                for site, seq, name, rowid in self.connection.exec_driver_sql(
                    "SELECT site_id, seq, field, rowid FROM change "
                    "WHERE table_name = ? AND record_id = ? AND applied = 1 ORDER BY rowid",
                    key,
                )
            ]
        return self.loaded[key]


# The newest applied change of each wanted (record, field): one step down the record index each,
# however long the record's history.
_HEADS = (
    "WITH wanted(record, name) AS (VALUES {values}), "
    "found(at) AS (SELECT (SELECT rowid FROM change WHERE table_name = ? AND record_id = wanted.record "
    "AND field = wanted.name AND applied = 1 ORDER BY rowid DESC LIMIT 1) FROM wanted) "
    "SELECT record_id, field, change_id, also_based_on, site_id, hlc, author "
    "FROM found JOIN change ON change.rowid = found.at"
)


class State:
    """The current rows and field heads of the records a bundle touches."""

    def __init__(self, connection: Connection, changes: Iterable[WireChange]) -> None:
        self.connection = connection
        self.rows: dict[tuple[str, str], dict[str, JSON] | None] = {}
        self.heads: dict[tuple[str, str], dict[str, Head]] = {}
        self.history = History(connection)
        # The fields whose heads a merge looks at: those the bundle changes, the insert's and
        # the trash flag's.
        wanted: dict[str, dict[str, set[str]]] = {}
        for change in changes:
            wanted.setdefault(change.table, {}).setdefault(change.record, {"*", "deleted"}).add(change.field)
        for table, fields in wanted.items():
            self._load(models()[table], fields)

    def _load(self, model: Model, fields: dict[str, set[str]]) -> None:
        # Raw reads: SQLite's own values are the plain JSON values already (dates as ISO text),
        # except flags, which it keeps as 0/1.
        names = ["id", *model.columns]
        flags = [n for n in model.columns if _is_flag(model, n)]
        quoted = ", ".join(f'"{name}"' for name in names)
        ids = sorted(fields)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            for record in chunk:
                self.rows[(model.name, record)] = None
            rows = self.connection.exec_driver_sql(
                f'SELECT {quoted} FROM "{model.name}" WHERE id IN ({marks})', tuple(chunk)
            )
            for row in rows:
                values: dict[str, JSON] = dict(zip(names, row, strict=True))
                for flag in flags:
                    if values[flag] is not None:
                        values[flag] = bool(values[flag])
                self.rows[(model.name, str(values["id"]))] = values
        pairs = [(record, name) for record in ids for name in sorted(fields[record])]
        for start in range(0, len(pairs), CHUNK):
            chunk_pairs = pairs[start : start + CHUNK]
            values_sql = ", ".join("(?, ?)" for _ in chunk_pairs)
            found = self.connection.exec_driver_sql(
                _HEADS.format(values=values_sql),
                (*(item for pair in chunk_pairs for item in pair), model.name),
            )
            for record, name, change_id, also, site, hlc, author in found:
                head = Head(change_id, also, site, hlc, author)
                self.heads.setdefault((model.name, record), {})[name] = head

    def parent_deleted(self, table: str, record: str) -> bool | None:
        """Whether a linked record is in the trash (None: it does not exist at all)."""
        key = (table, record)
        if key not in self.rows:
            model = models().get(table)
            if model is None:
                return False
            self._load(model, {record: {"*", "deleted"}})
        row = self.rows[key]
        return None if row is None else bool(row["deleted"])


def _row_values(model: Model, values: dict[str, JSON], record: str) -> dict[str, Any]:
    row: dict[str, Any] = {key: None for key in model.columns}
    row["deleted"] = False
    for key, value in values.items():
        row[key] = python_value(model, key, value)
    row["id"] = record
    for key, column in model.columns.items():
        if row[key] is None and not column.nullable:
            raise InputRefused(Text("the new %1 %2 lacks %3", model.name, record, key))
    return row


class Planner:
    """Builds a Plan, change by change, against the State (kept up to date as it goes)."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.plan = Plan()
        self.now = datetime.now(UTC).replace(tzinfo=None)
        self.arriving: set[tuple[str, str]] = set()
        self.bundle: dict[str, WireChange] = {}

    def chain_base(self, change_id: str) -> JSON:
        """What a site's run of edits of a field started from: the value both sides of a conflict share.

        The run goes back through the site's own edits, each based on the one before, and ends at
        another site's change or at the insert that made the record: the first edit's `old` is then
        the value the insert gave the field (an insert's own `old` is empty, not the field's value).
        """
        site: str | None = None
        base: JSON = None
        current: str | None = change_id
        while current is not None:
            known = self.bundle.get(current)
            if known is not None:
                facts = (known.site, known.kind, known.based_on, known.old)
            else:
                row = self.state.connection.execute(
                    select(Change.site_id, Change.kind, Change.based_on, Change.old_value).where(
                        Change.change_id == current
                    )
                ).one_or_none()
                if row is None:
                    break
                facts = (row[0], row[1], row[2], decode(row[3]))
            if site is not None and (facts[0] != site or facts[1] == "insert"):
                break
            site, current, base = facts[0], facts[2], facts[3]
        return base

    def insert_row(self, model: Model, change: WireChange) -> None:
        assert isinstance(change.new, dict)
        row = _row_values(model, change.new, change.record)
        self.plan.inserts.setdefault(model.name, []).append(row)
        plain: dict[str, JSON] = {key: to_plain(value) for key, value in row.items()}
        self.state.rows[(model.name, change.record)] = plain
        self.set_head(change, "*")
        self.plan.summary[(model.name, "insert")] += 1

    def update_field(self, model: Model, change: WireChange) -> None:
        row = self.state.rows[(model.name, change.record)]
        assert row is not None
        value = python_value(model, change.field, change.new)
        if value is None and not model.columns[change.field].nullable:
            raise InputRefused(Text("change %1: %2.%3 may not be empty",
                                    change.seq, model.name, change.field))
        self.plan.updates.setdefault((model.name, change.field), []).append(
            {"_id": change.record, "_v": value}
        )
        row[change.field] = change.new
        self.require_parents(model, change)
        self.set_head(change, change.field)
        self.plan.summary[(model.name, change.kind)] += 1

    def require_parents(self, model: Model, change: WireChange) -> None:
        """Refuse, in words, a change pointing at a record this copy does not hold (rather than
        fail at commit on the foreign key): which record, which field, which missing parent."""
        values = change.new if isinstance(change.new, dict) else {change.field: change.new}
        for name, value in values.items():
            parent = model.columns[name].info.get("link")
            if not parent or not isinstance(value, str) or (parent, value) in self.arriving:
                continue
            if self.state.parent_deleted(parent, value) is None:
                label = model.columns[name].info.get("label", name)
                raise InputRefused(
                    Text("change %1 of site %2: the %3 %4 refers (%5) to %6 %7, which this copy does "
                         "not have and the bundle does not bring; nothing was applied", change.seq,
                         change.site, word(model.cls.__label__, "records"), change.record,
                         word(str(label), "fields"), parent, value)
                )

    def set_head(self, change: WireChange, name: str) -> None:
        key = (change.table, change.record)
        self.state.heads.setdefault(key, {})[name] = Head(
            change.id, change.also_based_on, change.site, change.hlc, change.author
        )

    def log(self, change: WireChange, *, applied: bool) -> None:
        self.plan.changes.append(change.to_row(applied=applied))

    def conflict(
        self,
        kind: str,
        change: WireChange,
        *,
        master: JSON,
        head: Head | None,
        base: JSON = None,
        incoming: JSON = None,
        what: str = "",
    ) -> None:
        self.plan.conflicts.append(
            {
                "id": conflict_id(change.id, what),
                "table_name": change.table,
                "record_id": change.record,
                "field": what or change.field,
                "kind": kind,
                "base": encode(base),
                "master": encode(master),
                "incoming": encode(incoming),
                "master_change": head.change_id if head else None,
                "incoming_change": change.id,
                "master_author": head.author if head else None,
                "incoming_author": change.author,
                "master_hlc": head.hlc if head else None,
                "incoming_hlc": change.hlc,
                "status": "open",
                "resolution_change": None,
                "created_at": self.now,
            }
        )
