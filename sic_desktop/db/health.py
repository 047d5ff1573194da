"""A database in trouble, told in words: busy, full, read-only, damaged, or moved while open.

SQLite's own errors reach a person as these (never as a bug with its SQL), and a damaged file
names the last good backup to restore.
"""

import errno
import glob
import os
import sqlite3
from pathlib import Path

from sic_desktop.errors import InputRefused, SicError
from sic_desktop.text import Text

HEADER = b"SQLite format 3\x00"
# SQLite's primary result codes (the low byte of an extended code).
BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


class DatabaseProblem(SicError):
    """The database file could not be used as asked; nothing was changed."""


class DatabaseBusy(DatabaseProblem):
    """Another program holds the write lock longer than we waited."""


class DatabaseGone(DatabaseProblem):
    """The file was deleted, moved or replaced while this program had it open."""


class DatabaseDamaged(DatabaseProblem):
    """The file fails SQLite's checks; it is not written to."""

    exit_code = 4


def busy(path: Path) -> DatabaseBusy:
    return DatabaseBusy(Text(
        "The database %1 is busy: another SIC Desktop (an import or export?) is writing to it. "
        "Nothing was changed by this step; do it again when the other has finished.", str(path)))


def damaged(path: Path, reason: str) -> DatabaseDamaged:
    """The words for a damaged database, with the backup command that would bring it back."""
    backup = last_good_backup(path)
    if backup is None:
        return DatabaseDamaged(Text(
            "The database %1 is damaged (%2); nothing was written to it. No sound backup of it was "
            "found: keep the file and ask the Executive Secretariat for help.", str(path), reason))
    return DatabaseDamaged(Text(
        "The database %1 is damaged (%2); nothing was written to it. Its last good backup is %3: "
        "restore it with `sic-desktop --db %1 backup restore %3`.", str(path), reason, str(backup)))


def sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The SQLite error behind `error` (SQLAlchemy wraps it in `.orig`), if there is one."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            return current
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__ or current.__context__
    return None


def _code(error: sqlite3.Error) -> int:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    words = str(error).lower()
    for fragment, value in (("locked", BUSY), ("readonly", READONLY), ("disk is full", FULL),
                            ("malformed", CORRUPT), ("not a database", NOTADB),
                            ("disk i/o", IOERR), ("unable to open", CANTOPEN)):
        if fragment in words:
            return value
    return 0


def user_error(error: BaseException, path: Path) -> SicError | None:
    """What a storage failure means for the person, or None when it is not one (a bug)."""
    if isinstance(error, SicError):
        return error
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EROFS, errno.EACCES):
        if error.errno == errno.ENOSPC:
            return _full(path)
        return _read_only(path)
    found = sqlite_error(error)
    if found is None:
        return None
    code = _code(found)
    if code in (BUSY, LOCKED):
        return busy(path)
    if code == FULL:
        return _full(path)
    if code == READONLY:
        return _read_only(path)
    if code in (CORRUPT, NOTADB):
        return damaged(path, str(found))
    if code in (IOERR, CANTOPEN):
        gone = identity_problem(path, None)
        if gone is not None:
            return gone
        return DatabaseProblem(Text(
            "The database %1 could not be read or written (%2); nothing was changed by this step. "
            "Check the disk or USB stick it is on.", str(path), str(found)))
    return None


def _full(path: Path) -> DatabaseProblem:
    return DatabaseProblem(Text(
        "The disk holding %1 is full: nothing was changed by this step. Free some space and do it "
        "again.", str(path)))


def _read_only(path: Path) -> DatabaseProblem:
    return DatabaseProblem(Text(
        "The database %1 cannot be written (the file or its folder is read-only): nothing was "
        "changed. Give yourself write access, or copy it to a folder you can write to.", str(path)))


def identity(path: Path) -> tuple[int, int]:
    """What tells this file apart from another one put at the same path."""
    status = os.stat(path)
    return status.st_dev, status.st_ino


def identity_problem(path: Path, expected: tuple[int, int] | None) -> DatabaseGone | None:
    """Why the file at `path` is no longer the one opened (with identity `expected`), if it is not."""
    try:
        found = identity(path)
    except FileNotFoundError:
        return DatabaseGone(Text(
            "The database %1 was deleted or moved while SIC Desktop had it open. To keep your work "
            "safe nothing more is written: this step was not saved. Put the file back (or restore a "
            "backup) and open SIC Desktop again.", str(path)))
    if expected is not None and found != expected:
        return DatabaseGone(Text(
            "The database %1 was replaced by another file while SIC Desktop had it open. To keep "
            "your work safe nothing more is written: this step was not saved. Open SIC Desktop "
            "again to work on the file now there.", str(path)))
    return None


def header_problem(path: Path, *, size: bool = True) -> str | None:
    """A quick look for a damaged file (bad header; with `size`, cut short): the reason, or None.

    Reads the 100-byte header only. Only before this process connects to the file: closing a
    plain file handle drops the POSIX locks SQLite holds on it. The size test can race with
    another program's checkpoint growing the file: confirm it with SQLite's check.
    """
    try:
        length = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        return str(error)
    if length == 0:
        return None  # an empty file is a new database, judged by the caller
    if len(header) < 100 or not header.startswith(HEADER):
        return "it is not an SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    if page_size < 512 or page_size & (page_size - 1):
        return "its header is damaged"
    if size and valid and pages and length < pages * page_size:
        return f"the file is cut short: {length:,} of {pages * page_size:,} bytes"
    return None


def integrity_problem(path: Path, *, quick: bool = False) -> str | None:
    """SQLite's own check of the whole file (on a read-only connection): the reason, or None.

    Through SQLite only, never a plain open() of the file: closing that would drop the POSIX
    locks this process's own connections hold on it.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}(3)")]
        finally:
            connection.close()
    except sqlite3.Error as error:
        if _code(error) in (BUSY, LOCKED):
            return None  # another program is writing; the check cannot judge, the write will
        return str(error)
    return None if rows == ["ok"] else "; ".join(map(str, rows))


def is_sound_backup(backup: Path) -> bool:
    """A backup (plain or compressed) SQLite finds whole and that holds a SIC Desktop change log."""
    from sic_desktop.db.backup import open_backup

    try:
        with open_backup(backup):
            return True
    except InputRefused:
        return False


def last_good_backup(database: Path) -> Path | None:
    """The newest backup of `database` that is sound, if any."""
    from sic_desktop.db.backup import list_backups

    return next((b for b in list_backups(database) if is_sound_backup(b)), None)


def ensure_sound(path: Path, *, quick: bool = True) -> None:
    """Refuse to go on (DatabaseDamaged) when SQLite's check of the file fails."""
    reason = integrity_problem(path, quick=quick)
    if reason is not None:
        raise damaged(path, reason)


def clean_partials(database: Path) -> list[Path]:
    """Remove half-written copies a killed backup left beside the database; the ones removed."""
    from sic_desktop.db.backup import backups_folder

    removed = []
    for folder in (database.parent, backups_folder(database)):
        if folder.is_dir():
            stem = glob.escape(database.stem)
            # Plain names from earlier versions; hidden ones from sic_desktop/files.py.
            for partial in [*folder.glob(f"{stem}*.partial"), *folder.glob(f".{stem}*.partial")]:
                partial.unlink(missing_ok=True)
                removed.append(partial)
    return removed


def open_check(database: Path) -> str | None:
    """Why the file should not be opened (damaged), checked as the window starts; None when fine.

    The header costs nothing to read; SQLite's check runs only to confirm a header that looks wrong.
    """
    if not database.exists() or not database.stat().st_size:
        return None
    if header_problem(database) is None:
        return None
    reason = integrity_problem(database, quick=True)
    return None if reason is None else f"{header_problem(database) or reason}"


def set_aside(database: Path) -> Path:
    """Move a damaged database (and its WAL files) out of the way, kept for whoever can rescue it."""
    from datetime import datetime

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = database.with_name(f"{database.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            companion.replace(kept.with_name(kept.name + suffix))
    database.replace(kept)
    return kept
