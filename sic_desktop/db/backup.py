"""Compressed rotating copies of the database (SQLite's online backup, then zstd), and restoring one.

The backups folder keeps to a size budget: the oldest copies go first, the newest always stays.
A copy before an import is skipped when one was made minutes ago: the bundles imported since are
files that import again harmlessly, so that copy is as good.
"""

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from sic_desktop.errors import InputRefused
from sic_desktop.files import keep_newest, replacing
from sic_desktop.text import Text

KEEP = 10
# The folder's budget: a multiple of the database's size (compressed copies are a fifth or less),
# and never less than a floor, so that a small database keeps its ten copies.
BUDGET_FACTOR = 3
BUDGET_FLOOR = 64 * 1024 * 1024
# Before an import or merge: a copy younger than this is as good as a new one.
FRESH = timedelta(minutes=10)
# Copies are written compressed (.zst); plain ones, from earlier versions, are still read.
SUFFIXES = (".sqlite.zst", ".sqlite")
_LEVEL = 3


def backup_to(source: Path, target: Path) -> Path:
    """Copy a live database to `target` consistently, even while it is open elsewhere."""
    # A failed copy (a damaged source) leaves nothing behind.
    with replacing(target) as partial:
        src, dst = sqlite3.connect(source), sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    return target


def compressed_copy(source: Path, target: Path) -> Path:
    """A consistent copy of a live database, zstd-compressed, at `target`."""
    import zstandard

    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".copy-") as folder:
        plain = backup_to(source, Path(folder) / "copy.sqlite")
        with replacing(target) as partial, plain.open("rb") as raw, partial.open("wb") as packed:
            zstandard.ZstdCompressor(level=_LEVEL, threads=-1).copy_stream(raw, packed)
    return target


def backups_folder(database: Path) -> Path:
    return database.with_name(database.stem + "-backups")


def list_backups(database: Path) -> list[Path]:
    """Backups of `database`, newest first."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    found = [path for path in folder.glob(f"{database.stem}-*") if path.name.endswith(SUFFIXES)]
    return sorted(found, key=lambda path: path.name.split(".sqlite")[0], reverse=True)


def _age(path: Path) -> timedelta:
    return datetime.now() - datetime.fromtimestamp(path.stat().st_mtime)


def make_backup(
    database: Path, *, reason: str = "auto", keep: int = KEEP, budget: int | None = None
) -> Path:
    """A new dated, compressed copy in the backups folder; the folder then keeps to the newest
    `keep` and to `budget` bytes (by default BUDGET_FACTOR times the database), oldest dropped first."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_folder(database) / f"{database.stem}-{stamp}-{reason}.sqlite.zst"
    compressed_copy(database, target)
    if budget is None:
        wal = database.with_name(database.name + "-wal")
        size = database.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
        budget = max(BUDGET_FACTOR * size, BUDGET_FLOOR)
    keep_newest(list_backups(database), keep=keep, budget=budget, spare=target)
    return target


def backup_before(database: Path, *, reason: str, fresh: timedelta = FRESH) -> Path:
    """The copy an import or merge is taken after: a new one unless one is minutes old."""
    newest = next(iter(list_backups(database)), None)
    if newest is not None and _age(newest) < fresh:
        return newest
    return make_backup(database, reason=reason)


def backup_if_due(database: Path, *, every: timedelta = timedelta(hours=20)) -> Path | None:
    """A new copy when the newest one is older than `every` (the app calls this when it opens)."""
    if not database.exists():
        return None
    newest = next(iter(list_backups(database)), None)
    if newest is not None and _age(newest) < every:
        return None
    return make_backup(database, reason="daily")


@contextmanager
def open_backup(backup: Path) -> Iterator[sqlite3.Connection]:
    """A backup (plain or compressed) opened read-only, or InputRefused if it is not a sound one."""
    if not backup.is_file():
        raise InputRefused(Text("%1: no such backup", str(backup)))
    with tempfile.TemporaryDirectory(prefix="sic-restore-") as folder:
        plain = backup
        if backup.name.endswith(".zst"):
            plain = Path(folder) / "backup.sqlite"
            try:
                _unpack(backup, plain)
            except (OSError, ValueError) as error:
                raise InputRefused(Text("%1 is not a sound SIC Desktop backup (%2); nothing was restored",
                                        str(backup), str(error))) from None
        try:
            connection = sqlite3.connect(f"file:{plain}?mode=ro", uri=True)
        except sqlite3.DatabaseError as error:
            raise InputRefused(Text("%1 is not a sound SIC Desktop backup (%2); nothing was restored",
                                    str(backup), str(error))) from None
        try:
            _check_sound(connection, backup)
            yield connection
        finally:
            connection.close()


def _unpack(backup: Path, plain: Path) -> None:
    import zstandard

    with backup.open("rb") as packed, plain.open("wb") as raw:
        try:
            zstandard.ZstdDecompressor().copy_stream(packed, raw)
        except zstandard.ZstdError as error:
            raise ValueError(str(error)) from None


def _check_sound(connection: sqlite3.Connection, backup: Path) -> None:
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        verdict = str(error)
        tables = set()
    if verdict != "ok" or "change" not in tables:
        raise InputRefused(Text("%1 is not a sound SIC Desktop backup (%2); nothing was restored",
                                str(backup), verdict))


def restore_backup(backup: Path, database: Path) -> Path:
    """Put a backup in place of the database; the current file is kept aside first."""
    with open_backup(backup) as source:
        if database.exists():
            make_backup(database, reason="before-restore")
        database.parent.mkdir(parents=True, exist_ok=True)
        # Through SQLite, page by page: the database's own journal and any open reader stay sound.
        with closing(sqlite3.connect(database)) as target:
            source.backup(target)
    return database
