"""Rotating copies of the database made with SQLite's online backup, and restoring one."""

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from sic_desktop.errors import InputRefused
from sic_desktop.text import Text

KEEP = 10


def backup_to(source: Path, target: Path) -> Path:
    """Copy a live database to `target` consistently, even while it is open elsewhere."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    src, dst = sqlite3.connect(source), sqlite3.connect(partial)
    try:
        src.backup(dst)
    except BaseException:
        dst.close()
        partial.unlink(missing_ok=True)  # a failed copy (a damaged source) leaves nothing behind
        raise
    finally:
        dst.close()
        src.close()
    partial.replace(target)
    return target


def backups_folder(database: Path) -> Path:
    return database.with_name(database.stem + "-backups")


def list_backups(database: Path) -> list[Path]:
    """Backups of `database`, newest first."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{database.stem}-*.sqlite"), reverse=True)


def make_backup(database: Path, *, reason: str = "auto", keep: int = KEEP) -> Path:
    """A new dated copy in the backups folder; only the newest `keep` are kept."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_folder(database) / f"{database.stem}-{stamp}-{reason}.sqlite"
    backup_to(database, target)
    for old in list_backups(database)[keep:]:
        old.unlink(missing_ok=True)
    return target


def backup_if_due(database: Path, *, every: timedelta = timedelta(hours=20)) -> Path | None:
    """A new copy when the newest one is older than `every` (the app calls this when it opens)."""
    if not database.exists():
        return None
    newest = next(iter(list_backups(database)), None)
    if newest is not None and datetime.now() - datetime.fromtimestamp(newest.stat().st_mtime) < every:
        return None
    return make_backup(database, reason="daily")


def restore_backup(backup: Path, database: Path) -> Path:
    """Put a backup in place of the database; the current file is kept aside first."""
    if not backup.is_file():
        raise InputRefused(Text("%1: no such backup", str(backup)))
    try:
        with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as check:
            verdict = check.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {row[0] for row in check.execute("SELECT name FROM sqlite_master")}
        check.close()
    except sqlite3.DatabaseError as error:
        verdict = str(error)
        tables = set()
    if verdict != "ok" or "change" not in tables:
        raise InputRefused(Text("%1 is not a sound SIC Desktop backup (%2); nothing was restored",
                                str(backup), verdict))
    if database.exists():
        make_backup(database, reason="before-restore")
    backup_to(backup, database)
    return database
