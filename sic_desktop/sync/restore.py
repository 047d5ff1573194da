"""Restoring a backup without forking the site: its numbering continues and its own later edits stay.

A copy's changes are numbered without gaps, and the Secretariat quarantines two different changes
with one number (a cloned laptop). A backup put back as it is would number its next edits again from
where the backup stood: the Secretariat would quarantine them, and the copy and the master would
differ for good. So a restore takes, from the copy it replaces, the edits this site made after the
backup and applies them again (nothing typed is lost, and the numbering stays gapless), and the
changes it had received since come again: its next bundle acknowledges the older master bundle, and
the Secretariat answers what a site's newest bundle acknowledges.
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sic_desktop.db.backup import open_backup, restore_backup
from sic_desktop.db.store import open_store
from sic_desktop.errors import InputRefused
from sic_desktop.services.writes import writing
from sic_desktop.sync import region, state, wire, writes
from sic_desktop.sync.identity import identity
from sic_desktop.sync.plan import Plan


@dataclass(frozen=True)
class Restored:
    database: Path
    carried: int  # this site's own changes made after the backup, taken from the replaced copy
    applied: int  # of those, how many changed the restored records (the rest travel all the same)
    last_seq: int


def _site(connection: sqlite3.Connection) -> tuple[str, int, str]:
    row = connection.execute("SELECT site_id, last_seq, last_hlc FROM site").fetchone()
    site_id, last_seq, last_hlc = row
    return str(site_id), int(last_seq), str(last_hlc or "")


def _later_own_changes(database: Path, site_id: str, after: int) -> tuple[list[wire.WireChange], int, str]:
    """The replaced copy's own changes numbered after `after`, its last number and clock (nothing
    when it is missing, unreadable, or another site's copy)."""
    if not database.is_file():
        return [], 0, ""
    try:
        with open_backup(database) as connection:
            replaced_site, last_seq, last_hlc = _site(connection)
            if replaced_site != site_id:
                return [], 0, ""
            columns = (
                "change_id, site_id, seq, hlc, table_name, record_id, field, old_value, new_value, "
                "based_on, kind, author, also_based_on"
            )
            connection.row_factory = sqlite3.Row
            rows = connection.execute(
                f"SELECT {columns} FROM change WHERE site_id = ? AND seq > ? ORDER BY seq", (site_id, after)
            ).fetchall()
            return [wire.from_row(_Row(row)) for row in rows], last_seq, last_hlc
    except (sqlite3.DatabaseError, InputRefused):
        # A damaged copy (the reason for many a restore) has no edits it can still vouch for.
        return [], 0, ""


class _Row:
    """A sqlite3.Row read by attribute, as wire.from_row reads a change."""

    def __init__(self, row: sqlite3.Row) -> None:
        self.__dict__.update(dict(row))


def restore(backup: Path, database: Path) -> Restored:
    """Put `backup` in place of `database`, keeping the site's numbering and its own later edits."""
    with open_backup(backup) as copy:
        site_id, backup_seq, _ = _site(copy)
    carried, replaced_seq, replaced_hlc = _later_own_changes(database, site_id, backup_seq)
    restore_backup(backup, database)
    store = open_store(database)
    try:
        with writing(store) as session:
            connection = session.connection()
            applied = 0
            if carried:
                me = identity(session)
                ack = int(state.last_master(session)["acks"].get(me.site_id, 0))
                try:
                    plan = region.plan_region(connection, carried, me=me.site_id, ack=ack)
                except InputRefused:
                    # An edit of a record the backup does not hold yet: keep every edit for the
                    # Secretariat, which merges them; the records come back with its next bundle.
                    plan = Plan(changes=[change.to_row(applied=False) for change in carried])
                writes.apply(connection, plan)
                applied = plan.applied
            last_seq = max(backup_seq, replaced_seq, *(change.seq for change in carried))
            connection.exec_driver_sql(
                "UPDATE site SET last_seq = max(last_seq, ?), last_hlc = max(coalesce(last_hlc, ''), ?)",
                (last_seq, replaced_hlc),
            )
    finally:
        store.close()
    return Restored(database, len(carried), applied, last_seq)
