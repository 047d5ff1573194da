"""The log file a user can send: start-up, imports, merges, refusals and errors, with crash reports."""

from __future__ import annotations

import atexit
import faulthandler
import logging
import os
import platform
import sys
import time
from pathlib import Path
from typing import IO

from sic_desktop import APP_NAME
from sic_desktop.files import keep_newest

LOG_NAME = "sic-desktop.log"
MAX_BYTES = 1_000_000  # about 10,000 lines: weeks of use, small enough for an e-mail
BACKUPS = 4
CRASH_PREFIX = "crash-"
CRASH_REPORTS_KEPT = 10
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

_handler: logging.Handler | None = None
_crash_file: IO[str] | None = None
_was_enabled = False  # faulthandler on stderr before (pytest's): given back when the report closes


def log_dir() -> Path:
    """The folder of the log file and crash reports: `SIC_DESKTOP_LOG_DIR`, else the platform's own.

    Linux ~/.local/state/SIC Desktop/log, Windows %LOCALAPPDATA%\\SIC Desktop\\Logs,
    macOS ~/Library/Logs/SIC Desktop.
    """
    override = os.environ.get("SIC_DESKTOP_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME


def start(program: str, argv: list[str] | None = None) -> Path | None:
    """Send every logger's INFO and above to the rotating log file, and crashes to a report beside it.

    Returns the log file, or None when the folder cannot be written (the program runs on without a log:
    a read-only profile must not stop anybody working).
    """
    global _handler
    from logging.handlers import RotatingFileHandler  # here: a library import must not pay for it

    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                      encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    if _handler is not None:  # started again (tests do): one handler, never two copies of each line
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    # Alembic names each of its plugins at start-up (a dozen lines a run); its migrations stay in.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    _start_crash_report(folder)
    words = " ".join(argv if argv is not None else sys.argv[1:]) or "(no command)"
    frozen = " (built program)" if getattr(sys, "frozen", False) else ""
    logging.getLogger("sic_desktop").info(
        "%s started%s: %s; Python %s on %s", program, frozen, words, platform.python_version(),
        platform.platform())
    return folder / LOG_NAME


def stop() -> None:
    """Detach the log file (the end of a test; a program simply exits)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    _end_crash_report()


def _start_crash_report(folder: Path) -> None:
    """faulthandler writes a crash (Python's or Qt's) into a file of this run, removed when it stays empty."""
    global _crash_file, _was_enabled
    _end_crash_report()
    _was_enabled = faulthandler.is_enabled()
    # Room for this run's report among the newest kept.
    keep_newest(sorted(folder.glob(f"{CRASH_PREFIX}*.txt"), reverse=True), keep=CRASH_REPORTS_KEPT - 1)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    try:
        _crash_file = open(folder / f"{CRASH_PREFIX}{stamp}-{os.getpid()}.txt", "w", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return
    faulthandler.enable(_crash_file, all_threads=True)
    atexit.register(_end_crash_report)


def _end_crash_report() -> None:
    global _crash_file
    if _crash_file is None:
        return
    faulthandler.disable()
    if _was_enabled and sys.__stderr__ is not None:
        faulthandler.enable(sys.__stderr__, all_threads=True)
    path = Path(_crash_file.name)
    _crash_file.close()
    _crash_file = None
    try:
        if path.stat().st_size == 0:
            path.unlink()
    except OSError:
        pass


def crash_reports(folder: Path | None = None) -> list[Path]:
    """Crash reports left by earlier runs, oldest first."""
    return sorted((folder or log_dir()).glob(f"{CRASH_PREFIX}*.txt"))
