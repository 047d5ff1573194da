"""The merge: received changes authorised and planned field by field (three-way), then applied.

Planning reads the database and writes nothing, so a preview and a refusal leave no trace; the
plan is then applied with a handful of `executemany` statements inside the caller's transaction.
"""

import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, Connection, insert, select, text

from sic_desktop.db.changelog import write_permit
from sic_desktop.db.models import Change, Conflict, Region, TaskForce
from sic_desktop.db.values import decode, encode, to_plain
from sic_desktop.errors import InputRefused
from sic_desktop.sync.canonical import JSON
from sic_desktop.sync.disagreements import Disagreements, Side
from sic_desktop.sync.trust import Scope
from sic_desktop.sync.wire import Model, WireChange, models, python_value

_CONFLICT_NAMESPACE = uuid.UUID("3b8f5a61-2f0e-4c1d-9d7e-5a0c4e8b7f10")
_CHUNK = 500


def _is_flag(model: Model, name: str) -> bool:
    return isinstance(model.columns[name].type, Boolean)


def _identity(value: Any) -> Any:
    return value


def _processor(model: Model, name: str, dialect: Any) -> Callable[[Any], Any]:
    """The column type's own conversion of a Python value to what SQLite stores."""
    column = model.table.c[name]
    process = column.type.bind_processor(dialect)
    return process or _identity


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


class State:
    """The current rows, field heads and histories of the records a bundle touches."""

    def __init__(self, connection: Connection, changes: Iterable[WireChange]) -> None:
        self.connection = connection
        self.rows: dict[tuple[str, str], dict[str, JSON] | None] = {}
        self.heads: dict[tuple[str, str], dict[str, Head]] = {}
        self.history: dict[tuple[str, str], list[tuple[str, int, str]]] = {}
        wanted: dict[str, set[str]] = {}
        for change in changes:
            wanted.setdefault(change.table, set()).add(change.record)
        for table, ids in wanted.items():
            self._load(models()[table], sorted(ids))

    def _load(self, model: Model, ids: list[str]) -> None:
        # Raw reads: SQLite's own values are the plain JSON values already (dates as ISO text),
        # except flags, which it keeps as 0/1.
        names = ["id", *model.columns]
        flags = [n for n in model.columns if _is_flag(model, n)]
        quoted = ", ".join(f'"{name}"' for name in names)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
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
            history = self.connection.exec_driver_sql(
                "SELECT record_id, field, change_id, also_based_on, site_id, seq, hlc, author "
                f"FROM change WHERE applied = 1 AND table_name = ? AND record_id IN ({marks}) "
                "ORDER BY rowid",
                (model.name, *chunk),
            )
            for record, name, change_id, also, site, seq, hlc, author in history:
                key = (model.name, record)
                head = Head(change_id, also, site, hlc, author)
                self.heads.setdefault(key, {})[name] = head
                self.history.setdefault(key, []).append((site, seq, name))

    def parent_deleted(self, table: str, record: str) -> bool | None:
        """Whether a linked record is in the trash (None: it does not exist at all)."""
        key = (table, record)
        if key not in self.rows:
            model = models().get(table)
            if model is None:
                return False
            self._load(model, [record])
        row = self.rows[key]
        return None if row is None else bool(row["deleted"])


class Authority:
    """Checks that every change stays inside its signer's scope, before and after."""

    def __init__(self, connection: Connection, signer: Scope) -> None:
        self.signer = signer
        self.task_forces = set(
            connection.execute(select(TaskForce.id).where(TaskForce.code.in_(signer.task_forces))).scalars()
        )
        self.region: str | None = None
        if signer.role == "tfrr" and signer.region:
            self.region = connection.execute(
                select(Region.id).where(Region.name == signer.region)
            ).scalar_one_or_none()

    def check(self, model: Model, row: dict[str, JSON] | None, change: WireChange) -> None:
        if self.signer.is_secretariat:
            return
        scope = model.cls.__scope__
        who = f"{self.signer.name} ({self.signer.role.upper()}, key {self.signer.key_id})"
        what = f"the {model.cls.__label__} {change.record} (change {change.seq})"
        if scope == "reference":
            raise InputRefused(
                f"{who} may not change {what}: {model.name} is the Secretariat's reference data"
            )
        if scope == "shared":
            return
        after = dict(row or {})
        if change.kind == "insert":
            assert isinstance(change.new, dict)
            after.update(change.new)
        else:
            after[change.field] = change.new
        for state in ([row] if row is not None else []) + [after]:
            if state.get("task_force_id") not in self.task_forces:
                raise InputRefused(f"{who} may not change {what}: it is outside their task forces")
            region = state.get("region_id")
            if self.region is not None and region is not None and region != self.region:
                raise InputRefused(f"{who} may not change {what}: it is outside their region")


def _row_values(model: Model, values: dict[str, JSON], record: str) -> dict[str, Any]:
    row: dict[str, Any] = {key: None for key in model.columns}
    row["deleted"] = False
    for key, value in values.items():
        row[key] = python_value(model, key, value)
    row["id"] = record
    for key, column in model.columns.items():
        if row[key] is None and not column.nullable:
            raise InputRefused(f"the new {model.name} {record} lacks {key}")
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
        """What a site's run of edits started from: the base both sides of a conflict share."""
        site: str | None = None
        base: JSON = None
        current: str | None = change_id
        while current is not None:
            known = self.bundle.get(current)
            if known is not None:
                facts = (known.site, known.based_on, known.old)
            else:
                row = self.state.connection.execute(
                    select(Change.site_id, Change.based_on, Change.old_value).where(
                        Change.change_id == current
                    )
                ).one_or_none()
                if row is None:
                    break
                facts = (row[0], row[1], decode(row[2]))
            if site is not None and facts[0] != site:
                break
            site, current, base = facts[0], facts[1], facts[2]
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
            raise InputRefused(f"change {change.seq}: {model.name}.{change.field} may not be empty")
        self.plan.updates.setdefault((model.name, change.field), []).append(
            {"_id": change.record, "_v": value}
        )
        row[change.field] = change.new
        self.set_head(change, change.field)
        self.plan.summary[(model.name, change.kind)] += 1

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


def plan_master(
    connection: Connection,
    changes: list[WireChange],
    *,
    signer: Scope,
    acks: dict[str, int],
    master_site: str,
) -> Plan:
    """Merge a region's new changes into the master: fast-forward, same value, or conflict."""
    state = State(connection, changes)
    authority = Authority(connection, signer)
    planner = Planner(state)
    planner.arriving = {(c.table, c.record) for c in changes if c.kind == "insert"}
    planner.bundle = {c.id: c for c in changes}
    queue = Disagreements(connection, {(c.table, c.record) for c in changes}, planner.now)
    planner.plan.disagreements = queue
    for change in changes:
        model = models()[change.table]
        key = (change.table, change.record)
        row = state.rows.get(key)
        authority.check(model, row, change)
        if change.kind == "insert":
            _merge_insert(planner, model, change, row)
            continue
        if row is None:
            raise InputRefused(
                f"change {change.seq} edits the {model.cls.__label__} {change.record}, "
                "which the master copy does not have"
            )
        heads = state.heads.get(key, {})
        head = heads.get(change.field) or heads.get("*")
        current = row.get(change.field)
        if change.kind == "update" and row.get("deleted"):
            planner.conflict(
                "edit-delete",
                change,
                master=current,
                head=heads.get("deleted"),
                base=change.old,
                incoming=change.new,
            )
            planner.log(change, applied=False)
        elif (
            change.kind == "delete"
            and not row.get("deleted")
            and _unseen_edit(state.history.get(key, []), change.site, acks)
        ):
            planner.conflict("delete-edit", change, master=False, head=head, base=False, incoming=True)
            planner.log(change, applied=False)
        elif head is None or (change.based_on is not None and change.based_on in (head.change_id, head.also)):
            planner.update_field(model, change)
            planner.log(change, applied=True)
            queue.shows(change.table, change.record, change.field, _side(change))
        elif current == change.new or current == change.old:
            # The same value as the master's (merged), or a three-way fast-forward by value.
            if current == change.new:
                planner.plan.merged += 1
                planner.set_head(change, change.field)
            else:
                planner.update_field(model, change)
            planner.log(change, applied=True)
            queue.shows(change.table, change.record, change.field, _side(change))
        else:
            shown = Side(head.change_id, head.site, head.author, head.hlc, current)
            if head.site != master_site and (change.hlc, change.id) > (head.hlc, head.change_id):
                # Two regions disagree: the later clock shows, so the import order never matters.
                planner.update_field(model, change)
                planner.log(change, applied=True)
                planner.plan.flips.append(head.change_id)
                queue.lose(
                    change.table,
                    change.record,
                    change.field,
                    loser=shown,
                    winner=_side(change),
                    base=planner.chain_base(head.change_id),
                )
                queue.shows(change.table, change.record, change.field, _side(change))
            else:
                queue.lose(
                    change.table,
                    change.record,
                    change.field,
                    loser=_side(change),
                    winner=shown,
                    base=planner.chain_base(change.id),
                )
                planner.log(change, applied=False)
    return planner.plan


def _merge_insert(planner: Planner, model: Model, change: WireChange, row: dict[str, JSON] | None) -> None:
    assert isinstance(change.new, dict)
    if row is not None:  # the same new record twice: every differing field is a conflict
        for name, value in change.new.items():
            if row.get(name) != value:
                planner.conflict("value", change, master=row.get(name), head=None, incoming=value, what=name)
        planner.log(change, applied=False)
        return
    planner.insert_row(model, change)
    planner.log(change, applied=True)
    for name, value in change.new.items():
        parent = model.columns[name].info.get("link")
        if not parent or not isinstance(value, str):
            continue
        if (parent, value) in planner.arriving:
            continue  # the parent is new too, in this very bundle (a flush orders rows freely)
        deleted = planner.state.parent_deleted(parent, value)
        if deleted is None:
            raise InputRefused(
                f"change {change.seq}: the new {model.cls.__label__} {change.record} refers to "
                f"{parent} {value}, which does not exist"
            )
        if deleted:
            planner.conflict("orphan", change, master="deleted", head=None, incoming=value, what=name)
    email = change.new.get("email")
    if model.name == "person" and isinstance(email, str):
        twin = planner.state.connection.execute(
            text("SELECT id FROM person WHERE lower(email) = lower(:e) AND id != :i AND deleted = 0"),
            {"e": email, "i": change.record},
        ).scalar()
        twin = twin or next(
            (
                r["id"]
                for r in planner.plan.inserts.get("person", [])
                if r["id"] != change.record and str(r["email"] or "").lower() == email.lower()
            ),
            None,
        )
        if twin:
            planner.conflict(
                "duplicate", change, master=twin, head=None, incoming=change.record, what="email"
            )


def _side(change: WireChange) -> Side:
    return Side(change.id, change.site, change.author, change.hlc, change.new)


def _unseen_edit(history: list[tuple[str, int, str]], site: str, acks: dict[str, int]) -> bool:
    """Whether the master holds an edit of the record that the deleting site had not received."""
    return any(
        origin != site and seq > acks.get(origin, 0) and name not in ("*", "deleted")
        for origin, seq, name in history
    )


def plan_region(connection: Connection, changes: list[WireChange], *, me: str, ack: int) -> Plan:
    """Apply a master bundle in a regional copy: the master's word, except over local edits
    the Secretariat has not yet received (those wait for its merge and come back resolved)."""
    known: set[str] = set()
    ids = [change.id for change in changes]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        known.update(
            connection.execute(select(Change.change_id).where(Change.change_id.in_(chunk))).scalars()
        )
    fresh = [change for change in changes if change.id not in known]
    pending: dict[tuple[str, str, str], str] = {}
    for table, record, name, change_id in connection.execute(
        select(Change.table_name, Change.record_id, Change.field, Change.change_id)
        .where(Change.site_id == me, Change.seq > ack)
        .order_by(Change.seq)
    ):
        pending[(table, record, name)] = change_id
    state = State(connection, fresh)
    planner = Planner(state)
    planner.plan.skipped = len(changes) - len(fresh)
    for change in fresh:
        model = models()[change.table]
        row = state.rows.get((change.table, change.record))
        if change.kind == "insert":
            if row is None:
                planner.insert_row(model, change)
                planner.log(change, applied=True)
            else:
                planner.log(change, applied=False)
            continue
        local = pending.get((change.table, change.record, change.field))
        if row is None or (local is not None and local not in (change.based_on, change.also_based_on)):
            planner.log(change, applied=False)
            continue
        planner.update_field(model, change)
        planner.log(change, applied=True)
    return planner.plan


def apply(connection: Connection, plan: Plan) -> None:
    """Carry out a plan inside the caller's transaction.

    Rows go to the driver's executemany directly (values made storable by each column's own
    bind processor): SQLAlchemy's per-row work would otherwise be most of a merge's time.
    Table and field names come from the models' allow-list, never from a bundle's own words.
    """
    dialect = connection.dialect
    with write_permit(connection):
        for table, rows in plan.inserts.items():
            model = models()[table]
            names = ["id", *model.columns]
            processors = [_processor(model, name, dialect) for name in names]
            quoted = ", ".join(f'"{name}"' for name in names)
            connection.exec_driver_sql(
                f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(names))})',
                [tuple(p(row[n]) for n, p in zip(names, processors, strict=True)) for row in rows],
            )
        for (table, name), items in plan.updates.items():
            process = _processor(models()[table], name, dialect)
            connection.exec_driver_sql(
                f'UPDATE "{table}" SET "{name}" = ? WHERE id = ?',
                [(process(item["_v"]), item["_id"]) for item in items],
            )
    if plan.changes:
        names = list(plan.changes[0])
        connection.exec_driver_sql(
            f"INSERT INTO change ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [tuple(row[name] for name in names) for row in plan.changes],
        )
    if plan.flips:
        connection.execute(
            text("UPDATE change SET applied = 0 WHERE change_id = :i"),
            [{"i": change_id} for change_id in plan.flips],
        )
    if plan.disagreements is not None:
        plan.disagreements.apply(connection)
    if plan.conflicts:
        existing = set(
            connection.execute(
                select(Conflict.id).where(Conflict.id.in_([c["id"] for c in plan.conflicts]))
            ).scalars()
        )
        new = [c for c in plan.conflicts if c["id"] not in existing]
        if new:
            connection.execute(insert(Conflict), new)
