"""Open value conflicts, one per field and losing site, so the import order never changes them.

Two regions editing one field make one conflict whatever order their bundles arrive in: the
winner shown in the master is decided by the hybrid clock (a tie-break, never a verdict: the
conflict waits for a person), a site's later edit replaces its own earlier losing one, and a site
whose edit comes to show in the master has no conflict left on that field.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert

from sic_desktop.db.models import Conflict
from sic_desktop.db.values import encode
from sic_desktop.sync.canonical import JSON

_NAMESPACE = uuid.UUID("0c1f6d52-8a3b-4f9e-b7d2-6e5a4c3b2a19")
_CHUNK = 500
Key = tuple[str, str, str, str]  # table, record, field, losing site


@dataclass(frozen=True)
class Side:
    """One side of a disagreement: a change and the value it gives the field."""

    change_id: str
    site: str
    author: str
    hlc: str
    value: JSON


class Disagreements:
    """The open value conflicts of the records a bundle touches, updated as the plan goes."""

    def __init__(self, connection: Connection, records: set[tuple[str, str]], now: datetime) -> None:
        self.now = now
        self.rows: dict[Key, dict[str, Any]] = {}
        self.changed: set[Key] = set()
        self.closed: set[str] = set()
        self.settled: dict[tuple[str, str, str], int] = {}
        by_table: dict[str, list[str]] = {}
        for table, record in records:
            by_table.setdefault(table, []).append(record)
        names = [column.name for column in Conflict.__table__.columns]
        for table, ids in by_table.items():
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                marks = ", ".join("?" * len(chunk))
                rows = connection.exec_driver_sql(
                    f"SELECT {', '.join('conflict.' + n for n in names)}, change.site_id "
                    "FROM conflict LEFT JOIN change ON change.change_id = conflict.incoming_change "
                    f"WHERE conflict.kind = 'value' AND conflict.table_name = ? "
                    f"AND conflict.record_id IN ({marks})",
                    (table, *chunk),
                )
                for *values, site in rows:
                    row = dict(zip(names, values, strict=True))
                    row["created_at"] = datetime.fromisoformat(str(row["created_at"]))
                    field = (row["table_name"], row["record_id"], row["field"])
                    if row["status"] == "open":
                        self.rows[(*field, str(site))] = row
                    else:
                        self.settled[field] = self.settled.get(field, 0) + 1

    def lose(self, table: str, record: str, field: str, *, loser: Side, winner: Side, base: JSON) -> None:
        """`loser`'s value waits in the queue; `winner`'s shows in the master."""
        key = (table, record, field, loser.site)
        row = self.rows.get(key)
        if row is None:
            generation = self.settled.get((table, record, field), 0)
            row = {
                "id": str(uuid.uuid5(_NAMESPACE, f"{table}/{record}/{field}/{loser.site}/{generation}")),
                "table_name": table,
                "record_id": record,
                "field": field,
                "kind": "value",
                "base": encode(base),
                "status": "open",
                "resolution_change": None,
                "created_at": self.now,
            }
            self.rows[key] = row
            self.closed.discard(row["id"])
        row.update(
            incoming=encode(loser.value),
            incoming_change=loser.change_id,
            incoming_author=loser.author,
            incoming_hlc=loser.hlc,
        )
        self._show(row, winner)
        self.changed.add(key)

    def shows(self, table: str, record: str, field: str, winner: Side) -> None:
        """`winner` now shows in the master: its site's own conflict is over, the others follow it."""
        own = self.rows.pop((table, record, field, winner.site), None)
        if own is not None:
            self.changed.discard((table, record, field, winner.site))
            self.closed.add(own["id"])
        for key, row in self.rows.items():
            if key[:3] == (table, record, field):
                self._show(row, winner)
                self.changed.add(key)

    @staticmethod
    def _show(row: dict[str, Any], winner: Side) -> None:
        row.update(
            master=encode(winner.value),
            master_change=winner.change_id,
            master_author=winner.author,
            master_hlc=winner.hlc,
        )

    def pending(self) -> list[dict[str, Any]]:
        """The conflict rows this plan creates or changes (for the report and for `apply`)."""
        return [self.rows[key] for key in sorted(self.changed)]

    def apply(self, connection: Connection) -> None:
        rows = self.pending()
        if rows:
            connection.exec_driver_sql(
                "DELETE FROM conflict WHERE id IN (" + ", ".join("?" * len(rows)) + ")",
                tuple(row["id"] for row in rows),
            )
            connection.execute(insert(Conflict), rows)
        if self.closed:
            connection.exec_driver_sql(
                "UPDATE conflict SET status = 'superseded' WHERE status = 'open' AND id IN ("
                + ", ".join("?" * len(self.closed))
                + ")",
                tuple(sorted(self.closed)),
            )
