"""The conflict queue: list what waits for a person, and settle it with a change that travels."""

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from sic_desktop.db.changelog import LocalChange, RecordedChange, append_local_changes, write_permit
from sic_desktop.db.models import Conflict
from sic_desktop.db.values import decode, encode, to_plain
from sic_desktop.errors import InputRefused, NotFound, UsageError
from sic_desktop.services.validation import check_value
from sic_desktop.sync.canonical import JSON
from sic_desktop.sync.wire import models, python_value
from sic_desktop.text import Text, joined

CHOICES = ("keep-master", "take-incoming", "value")


@dataclass(frozen=True)
class Settled:
    conflict_id: str
    changes: list[str]
    recorded: list[RecordedChange] = field(default_factory=list)  # what the window announces


def as_json(conflict: Conflict, session: Session | None = None) -> dict[str, Any]:
    """A conflict as plain data; with a session, `master` is what the master holds now (the
    Secretariat may have edited the field since the import)."""
    master = decode(conflict.master)
    if session is not None and conflict.status == "open" and conflict.kind in ("value", "edit-delete"):
        model = models()[conflict.table_name]
        value = session.execute(
            select(model.table.c[conflict.field]).where(model.table.c.id == conflict.record_id)
        ).scalar_one_or_none()
        master = to_plain(value)
    return {
        "id": conflict.id,
        "table": conflict.table_name,
        "record_id": conflict.record_id,
        "field": conflict.field,
        "kind": conflict.kind,
        "base": decode(conflict.base),
        "master": master,
        "incoming": decode(conflict.incoming),
        "master_author": conflict.master_author,
        "incoming_author": conflict.incoming_author,
        "master_hlc": conflict.master_hlc,
        "incoming_hlc": conflict.incoming_hlc,
        "status": conflict.status,
    }


def open_conflicts(session: Session, *, include_resolved: bool = False) -> list[Conflict]:
    query = select(Conflict).order_by(Conflict.table_name, Conflict.record_id, Conflict.field, Conflict.id)
    if not include_resolved:
        query = query.where(Conflict.status == "open")
    return list(session.scalars(query))


def resolve(session: Session, conflict_id: str, choice: str, value: JSON = None) -> Settled:
    """Settle a conflict; the settling change is based on both competing changes."""
    if choice not in CHOICES:
        raise UsageError(Text("Choose one of %1", joined(CHOICES)))
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise NotFound(Text("No conflict with id %1", conflict_id))
    if conflict.status != "open":
        raise UsageError(Text("The conflict %1 was already resolved", conflict_id))
    model = models()[conflict.table_name]
    connection = session.connection()
    row = (
        connection.execute(select(model.table).where(model.table.c.id == conflict.record_id)).mappings().one()
    )
    current = {key: to_plain(item) for key, item in row.items()}
    writes: list[tuple[str, str, str, JSON]] = []  # table, record, field, new value
    if conflict.kind in ("value", "edit-delete", "delete-edit"):
        target: JSON
        if choice == "keep-master":
            # What the master holds now: the Secretariat may have edited it since the import.
            target = current[conflict.field]
        elif choice == "take-incoming":
            target = decode(conflict.incoming)
        else:
            target = value
        writes.append((conflict.table_name, conflict.record_id, conflict.field, target))
        if conflict.kind == "edit-delete" and choice != "keep-master" and current["deleted"]:
            writes.append((conflict.table_name, conflict.record_id, "deleted", False))
    elif conflict.kind == "orphan":
        parent_table = str(model.columns[conflict.field].info["link"])
        if choice == "keep-master":
            writes.append((conflict.table_name, conflict.record_id, "deleted", True))
        elif choice == "take-incoming":
            writes.append((parent_table, str(decode(conflict.incoming)), "deleted", False))
        else:
            writes.append((conflict.table_name, conflict.record_id, conflict.field, value))
    elif choice == "value":  # a possible duplicate is reviewed, never merged automatically
        raise UsageError(Text("A possible duplicate is settled with --keep-master or --take-incoming"))
    change_ids = _write(session, conflict, writes)
    conflict.status = "resolved"
    conflict.resolution_change = change_ids[0] if change_ids else None
    session.flush()
    if conflict.kind == "value" and change_ids:
        # Other regions' values still waiting on this field now face the resolved value.
        session.execute(
            update(Conflict)
            .where(
                Conflict.status == "open",
                Conflict.kind == "value",
                Conflict.table_name == conflict.table_name,
                Conflict.record_id == conflict.record_id,
                Conflict.field == conflict.field,
            )
            .values(
                master=encode(writes[0][3]), master_change=change_ids[0], master_author=None, master_hlc=None
            )
        )
    recorded = [RecordedChange(change_id, table, record, name, "update", None, value)
                for change_id, (table, record, name, value) in zip(change_ids, writes, strict=False)]
    return Settled(conflict.id, change_ids, recorded)


def _write(session: Session, conflict: Conflict, writes: list[tuple[str, str, str, JSON]]) -> list[str]:
    connection = session.connection()
    rows: list[LocalChange] = []
    for table, record, name, target in writes:
        model = models()[table]
        column = model.columns.get(name)
        if column is None:
            raise InputRefused(Text("%1 has no field %2", table, name))
        if isinstance(target, dict | list):
            raise InputRefused(Text("%1.%2 cannot hold a list or object", table, name))
        stored = python_value(model, name, target)
        if stored is None and not column.nullable:
            raise InputRefused(Text("%1.%2 may not be empty", table, name))
        reason = None if stored is None else check_value(column, stored)
        if reason is not None:  # a typed --value meets the rules every other write meets
            raise InputRefused(Text("%1.%2: %3", table, name, reason))
        old = connection.execute(select(model.table.c[name]).where(model.table.c.id == record)).scalar_one()
        with write_permit(connection):
            connection.execute(update(model.table).where(model.table.c.id == record).values({name: stored}))
        same_field = (table, record, name) == (conflict.table_name, conflict.record_id, conflict.field)
        head = connection.execute(
            text(
                "SELECT change_id FROM change WHERE table_name = :t AND record_id = :r AND "
                "field IN (:f, '*') AND applied = 1 ORDER BY rowid DESC LIMIT 1"
            ),
            {"t": table, "r": record, "f": name},
        ).scalar()
        kind = "update"
        if name == "deleted":
            kind = "delete" if target else "undelete"
        rows.append(
            LocalChange(
                table,
                record,
                name,
                kind,
                to_plain(old),
                target,
                # Based on both competing changes: neither side ever conflicts with it again.
                based_on=conflict.master_change if same_field and conflict.master_change else head,
                also_based_on=conflict.incoming_change if same_field else None,
            )
        )
    return append_local_changes(connection, rows)


def parse_value(text_value: str) -> JSON:
    try:
        parsed: JSON = json.loads(text_value)
    except ValueError:
        raise UsageError(
            Text("--value takes JSON (a quoted text, a number, true/false or null): %1",
                 repr(text_value[:60]))
        ) from None
    return parsed
