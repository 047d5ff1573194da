"""Opening a database that may be damaged, before the window (so no SQLAlchemy): its backup, a restore."""

import logging
from pathlib import Path

from sic_desktop.db import health
from sic_desktop.db.backup import backup_if_due, restore_backup
from sic_desktop.db.health import DatabaseBusy

__all__ = ["DatabaseBusy", "last_good_backup", "opening_problem", "restore_over"]

log = logging.getLogger(__name__)


def opening_problem(database: Path) -> str | None:
    """Why `database` must not be opened (SQLite's words), or None; takes the daily copy on the way."""
    health.clean_partials(database)
    reason = health.open_check(database)
    if reason is not None:
        return reason
    try:
        backup_if_due(database)
    except Exception as error:
        if health.user_error(error, database) is None:
            raise
        # The daily copy reads the whole file: its failure may be the first sign of damage.
        reason = health.integrity_problem(database, quick=True)
        if reason is None:
            log.warning("No daily backup of %s: %s", database, error)
    return reason


def last_good_backup(database: Path) -> Path | None:
    """The newest backup of `database` that is sound, if any."""
    return health.last_good_backup(database)


def restore_over(database: Path, backup: Path) -> Path:
    """Keep the damaged file aside and put the backup in its place; where the damaged one went."""
    kept = health.set_aside(database)
    try:
        restore_backup(backup, database)
    except BaseException:
        database.unlink(missing_ok=True)
        kept.replace(database)  # never leave the person with no file at all
        raise
    return kept
