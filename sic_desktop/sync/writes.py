"""The writes the sync layer makes itself: a plan carried out, and an export's time stamp."""

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, insert, select, text

from sic_desktop.db.changelog import write_permit
from sic_desktop.db.clock import HybridClock
from sic_desktop.db.models import Conflict, Site
from sic_desktop.sync.plan import Plan
from sic_desktop.sync.wire import Model, models


def tick(connection: Connection) -> str:
    """A new time stamp of this site's clock, remembered."""
    last = connection.execute(select(Site.last_hlc)).scalar_one()
    clock = HybridClock(last)
    stamp = clock.tick()
    connection.execute(text("UPDATE site SET last_hlc = :hlc"), {"hlc": stamp})
    return stamp


def _identity(value: Any) -> Any:
    return value


def _processor(model: Model, name: str, dialect: Any) -> Callable[[Any], Any]:
    """The column type's own conversion of a Python value to what SQLite stores."""
    column = model.table.c[name]
    process = column.type.bind_processor(dialect)
    return process or _identity


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
