"""Writes the sync layer makes itself: received rows under the write permit, and local changes."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, insert, select, text

from sic_desktop.db.base import new_id
from sic_desktop.db.clock import HybridClock
from sic_desktop.db.models import Change, Site
from sic_desktop.db.values import encode


@contextmanager
def write_permit(connection: Connection) -> Iterator[None]:
    """Open the database's guard for writes whose change rows the caller appends itself.

    Received changes are logged as they came (their own site, seq and author), which the
    change-log layer leaves to its caller (`applying_remote`); these rows go in with Core
    statements for speed, so the permit is opened here, in the same transaction.
    """
    connection.exec_driver_sql("UPDATE write_permit SET open = 1")
    try:
        yield
    finally:
        connection.exec_driver_sql("UPDATE write_permit SET open = 0")


def append_local(connection: Connection, rows: list[dict[str, Any]]) -> list[str]:
    """Append changes made here (resolutions): this site's next seq numbers and clock ticks.

    Each row gives table_name, record_id, field, kind, old, new, based_on, also_based_on, author.
    """
    site = connection.execute(select(Site.site_id, Site.author, Site.last_seq, Site.last_hlc)).one()
    clock = HybridClock(site.last_hlc)
    seq = site.last_seq
    ids = []
    records = []
    for row in rows:
        seq += 1
        change_id = new_id()
        ids.append(change_id)
        records.append(
            {
                "change_id": change_id,
                "site_id": site.site_id,
                "seq": seq,
                "hlc": clock.tick(),
                "table_name": row["table_name"],
                "record_id": row["record_id"],
                "field": row["field"],
                "old_value": None if row["old"] is None else encode(row["old"]),
                "new_value": None if row["new"] is None else encode(row["new"]),
                "based_on": row["based_on"],
                "kind": row["kind"],
                "author": row.get("author") or site.author,
                "applied": True,
                "also_based_on": row["also_based_on"],
            }
        )
    if records:
        connection.execute(insert(Change), records)
        connection.execute(
            text("UPDATE site SET last_seq = :seq, last_hlc = :hlc"),
            {"seq": seq, "hlc": clock.last},
        )
    return ids


def tick(connection: Connection) -> str:
    """A new time stamp of this site's clock, remembered."""
    last = connection.execute(select(Site.last_hlc)).scalar_one()
    clock = HybridClock(last)
    stamp = clock.tick()
    connection.execute(text("UPDATE site SET last_hlc = :hlc"), {"hlc": stamp})
    return stamp
