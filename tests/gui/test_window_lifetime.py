"""The test window has one owner: closed once, after its writes, before its worker stops."""

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from tests.gui.conftest import close_window
from ui.mainwindow import MainWindow


def test_a_full_run_under_load_closes_each_window_once(
        window: MainWindow, qtbot: QtBot, request: pytest.FixtureRequest) -> None:
    registered = [ref() for ref, _before in getattr(request.node, "qt_widgets", [])]
    assert window not in registered  # qtbot would close it a second time, racing the fixtures
    worker = window.worker
    close_window(qtbot, window)
    assert not shiboken6.isValid(window)  # deleted while its worker still ran, not after
    assert worker._thread.is_alive()
    close_window(qtbot, window)  # the fixture's own teardown comes next: nothing left to do
