"""The Help menu: the About box with the version, the log folder, and diagnostic information to send."""

from __future__ import annotations

import logging
import platform
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def schema_revision(database: Path) -> str:
    """The database's Alembic revision, read without changing anything (or why it could not be read)."""
    if not database.is_file():
        return "(no database file)"
    try:
        with sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        return f"(unreadable: {error})"
    return str(row[0]) if row else "(none)"


def diagnostics(database: Path | None) -> str:
    """What the Secretariat needs to answer a question: versions, system, database, log folder."""
    import PySide6

    from sic_desktop import __version__
    from sic_desktop.logs import log_dir

    build = "built program" if getattr(sys, "frozen", False) else f"Python package at {Path(__file__).parent}"
    lines = [
        f"SIC Desktop {__version__} ({build})",
        f"Operating system: {platform.platform()} ({platform.machine()})",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"Database: {database if database else '(not open)'}",
        f"Schema revision: {schema_revision(database) if database else '(not open)'}",
        f"Log folder: {log_dir()}",
    ]
    return "\n".join(lines) + "\n"


def _database(window: QMainWindow) -> Path | None:
    store = getattr(getattr(window, "worker", None), "store", None)
    path = getattr(store, "path", None)
    return Path(path) if path else None


def about(window: QMainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from sic_desktop import __version__

    QMessageBox.about(window, translate("helpmenu", "About SIC Desktop"), translate(
        "helpmenu",
        "<p><b>SIC Desktop %1</b></p><p>SIC Desktop keeps the 4 per 1000 Initiative's Strategy "
        "Implementation Cycle offline: task forces, members, inventories, meetings, concept notes and "
        "funding, with signed bundles to and from the Executive Secretariat.</p><p>MIT License.</p>")
        .replace("%1", __version__))


def open_log_folder() -> bool:
    """Show the log folder in the system's file manager (made first: a new install has no log yet)."""
    from sic_desktop.logs import log_dir

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def copy_diagnostics(window: QMainWindow) -> str:
    text = diagnostics(_database(window))
    QGuiApplication.clipboard().setText(text)
    window.statusBar().showMessage(translate("helpmenu", "Diagnostic information copied: paste it into "
                                             "your e-mail to the Secretariat"), 8000)
    return text


def fill(window: QMainWindow, menu: QMenu) -> None:
    """The Help menu's entries; called once the window is painted, which the log records."""
    entries = (
        (translate("helpmenu", "&About SIC Desktop"), lambda: about(window)),
        (None, None),
        (translate("helpmenu", "Open the &log folder"), open_log_folder),
        (translate("helpmenu", "&Copy diagnostic information"), lambda: copy_diagnostics(window)),
    )
    for text, slot in entries:
        if text is None:
            menu.addSeparator()
            continue
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        menu.addAction(action)
    log.info("window shown: Qt %s, database %s", qVersion(), _database(window) or "(opening)")
