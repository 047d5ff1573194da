"""What the window did goes into the log a user sends: imports, and refusals in the words they read."""

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import wait_idle
from tests.sheets import members_sheet
from ui import spreadsheets
from ui.mainwindow import MainWindow


def _close_boxes(qtbot: QtBot) -> None:
    def opened() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert boxes
        for box in boxes:
            box.close()

    qtbot.waitUntil(opened, timeout=5_000)


def test_an_import_and_a_refused_import_are_logged(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    window.worker.error_handler = window.show_error
    caplog.set_level(logging.INFO)
    good = members_sheet(tmp_path / "good.xlsx", [[None, "Ana", "ana@example.org", None, None, None, "TFM",
                                                    None, None]])
    spreadsheets.import_list(window.hub, "members", None, window, good, code="A1")
    wait_idle(qtbot, window.worker)
    nameless = [None, None, None, None, None, None, "TFM", None, None]
    broken = members_sheet(tmp_path / "broken.xlsx", [nameless])
    spreadsheets.import_list(window.hub, "members", None, window, broken, code="A1")
    wait_idle(qtbot, window.worker)
    _close_boxes(qtbot)
    messages = [(record.levelname, record.getMessage()) for record in caplog.records]
    assert any(level == "INFO" and text.startswith(f"members import from {good}: 1 added, 0 updated")
               for level, text in messages), messages
    assert ("INFO", "Refused: Nothing was imported: 1 problem found\n"
            "  Members, row 2, column 'Name': is required") in messages
