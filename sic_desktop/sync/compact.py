"""Compacting the master's change log: superseded values that no site can still need, past a horizon.

A change goes only when all of these hold: it was applied and a later change of the same field of
the same record replaced it (so the record's current values never change); it is older than the
horizon the Secretariat sets (the history a window shows within it stays whole); every site that
has acknowledged anything has acknowledged it (a site that never did gets its scope's state, not
its history); it is not a record's insert (the state a first bundle carries rests on it), not its
site's newest change (the numbering replays and gaps are checked against), and no open conflict
names it. Seed data is never touched.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from sic_desktop.db.changelog import SEED_SITE_ID, guard_statements
from sic_desktop.db.clock import format_hlc
from sic_desktop.errors import UsageError
from sic_desktop.sync import snapshot, state, trust
from sic_desktop.sync.identity import identity
from sic_desktop.text import Text

MIN_HORIZON = timedelta(days=30)


@dataclass(frozen=True)
class Compacted:
    removed: int
    kept: int
    horizon: str


def everyone_acknowledged(session: Session) -> dict[str, int]:
    """Per origin site, the highest sequence number every acknowledging site holds."""
    vector = snapshot.vector(session.connection())
    floor = dict(vector)
    for scope in trust.all_keys(session):
        if scope.is_secretariat or scope.status != "active":
            continue
        acked = state.acked_by(session, scope.site_id)
        if not acked:
            continue  # its first bundle will be a snapshot: it needs no history
        for origin in vector:
            if origin != scope.site_id:
                floor[origin] = min(floor[origin], acked.get(origin, 0))
    return floor


def compact(
    session: Session,
    *,
    older_than: timedelta,
    now: datetime | None = None,
    before: Callable[[], object] | None = None,
) -> Compacted:
    """Remove what no site can still need, past `older_than`, inside the caller's transaction;
    `before` (a backup) runs once the request is checked and something is to be removed."""
    if not identity(session).is_secretariat:
        raise UsageError(Text("Only the Secretariat compacts its change log"))
    if older_than < MIN_HORIZON:
        raise UsageError(Text("The horizon must be at least %1 days", MIN_HORIZON.days))
    horizon = format_hlc(int(((now or datetime.now(UTC)) - older_than).timestamp() * 1000), 0)
    floor = everyone_acknowledged(session)
    connection = session.connection()
    if not floor:  # nothing but seed data yet
        return Compacted(0, _count(connection), horizon)
    connection.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS compact_floor (site TEXT, seq INT)")
    connection.exec_driver_sql("DELETE FROM compact_floor")
    connection.exec_driver_sql("INSERT INTO compact_floor VALUES (?, ?)", list(floor.items()))
    removed = _remove(connection, horizon, before)
    kept = _count(connection)
    connection.exec_driver_sql("DROP TABLE compact_floor")
    return Compacted(removed, kept, horizon)


def _count(connection: Connection) -> int:
    return int(connection.exec_driver_sql("SELECT count(*) FROM change").scalar_one())


def _remove(connection: Connection, horizon: str, before: Callable[[], object] | None) -> int:
    doomed = (
        "SELECT c.rowid FROM change c JOIN compact_floor f ON f.site = c.site_id "
        "WHERE c.applied = 1 AND c.field != '*' AND c.site_id != ? AND c.hlc < ? AND c.seq <= f.seq "
        "AND c.seq < (SELECT max(seq) FROM change WHERE site_id = c.site_id) "
        "AND EXISTS (SELECT 1 FROM change n WHERE n.table_name = c.table_name AND n.record_id = c.record_id "
        "AND n.field = c.field AND n.applied = 1 AND n.rowid > c.rowid) "
        "AND c.change_id NOT IN (SELECT master_change FROM conflict WHERE status = 'open' "
        "AND master_change IS NOT NULL UNION SELECT incoming_change FROM conflict WHERE status = 'open')"
    )
    rows = [row[0] for row in connection.exec_driver_sql(doomed, (SEED_SITE_ID, horizon))]
    if not rows:
        return 0
    if before is not None:
        before()
    # The log refuses deletes by a trigger; compaction alone lifts it, inside this transaction.
    connection.exec_driver_sql("DROP TRIGGER change_no_delete")
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        connection.exec_driver_sql(f"DELETE FROM change WHERE rowid IN ({', '.join('?' * len(chunk))})",
                                   tuple(chunk))
    for statement in guard_statements([]):
        if "change_no_delete" in statement:
            connection.exec_driver_sql(statement)
    return len(rows)
