"""Help: the version in About, the log folder opened, and diagnostic information ready for an e-mail."""

from pathlib import Path
from typing import Any

import PySide6
import pytest
from PySide6.QtCore import QTimer, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from sic_desktop import __version__
from sic_desktop.db.migrate import head_revision
from ui import helpmenu
from ui.mainwindow import MainWindow


def help_actions(window: MainWindow, qtbot: QtBot) -> dict[str, Any]:
    qtbot.waitUntil(lambda: len(window.help_menu.actions()) > 0)
    return {action.text().replace("&", ""): action for action in window.help_menu.actions() if action.text()}


def test_the_help_menu_has_about_the_log_folder_and_diagnostics(window: MainWindow, qtbot: QtBot) -> None:
    assert list(help_actions(window, qtbot)) == [
        "About SIC Desktop", "Open the log folder", "Copy diagnostic information"]


def test_diagnostics_name_version_system_qt_database_and_schema(
        window: MainWindow, qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    monkeypatch.setenv("SIC_DESKTOP_LOG_DIR", str(tmp_path / "logs"))
    help_actions(window, qtbot)["Copy diagnostic information"].trigger()
    text = QGuiApplication.clipboard().text()
    assert f"SIC Desktop {__version__}" in text
    assert f"Qt {qVersion()}, PySide6 {PySide6.__version__}" in text
    assert f"Database: {db_path}" in text
    assert f"Schema revision: {head_revision()}" in text
    assert f"Log folder: {tmp_path / 'logs'}" in text
    assert "Diagnostic information copied" in window.statusBar().currentMessage()


def test_a_damaged_database_still_gives_diagnostics(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    assert helpmenu.schema_revision(broken).startswith("(unreadable: ")
    assert "Schema revision: (no database file)" in helpmenu.diagnostics(tmp_path / "missing.sqlite")


def test_open_the_log_folder_shows_the_folder_the_log_is_written_to(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SIC_DESKTOP_LOG_DIR", str(tmp_path / "logs"))
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    help_actions(window, qtbot)["Open the log folder"].trigger()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "logs")]
    assert (tmp_path / "logs").is_dir()


def test_about_shows_the_installed_version(window: MainWindow, qtbot: QtBot) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    help_actions(window, qtbot)["About SIC Desktop"].trigger()
    assert seen and f"SIC Desktop {__version__}" in seen[0]
