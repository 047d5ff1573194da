"""Fixtures of the window tests: a real database, the worker, and the main window on it."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sic_desktop.db.store import Store, open_store
from sic_desktop.services.site import init_database
from ui.app import make_application
from ui.editor.panel import RecordPanel
from ui.listpage import ListPage
from ui.mainwindow import MainWindow
from ui.worker import Worker


@pytest.fixture(autouse=True)
def app_settings(qapp: Any, tmp_path: Path) -> None:
    """Application names set as the program sets them; QSettings written under tmp only."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    make_application()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A new Secretariat database with the reference data."""
    path = tmp_path / "x.sqlite"
    init_database(path, role="secretariat", name="Test").close()
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A second connection to the database, for setting up records and checking what was saved."""
    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture
def worker(db_path: Path) -> Iterator[Worker]:
    running = Worker(open_store(db_path))
    yield running
    running.close()


def wait_idle(qtbot: QtBot, worker: Worker, timeout: int = 10_000) -> None:
    """Wait until every queued database job has run and its callback has been delivered."""
    qtbot.waitUntil(worker.is_idle, timeout=timeout)


def store_of(worker: Worker) -> Store:
    """The worker's store, which it has opened by the time its window has started."""
    assert worker.store is not None
    return worker.store


def open_from(listing: ListPage, qtbot: QtBot, record_id: str) -> RecordPanel:
    """Read the list again and open one of its records, as a double click would; its panel."""
    listing.reload()
    wait_idle(qtbot, listing.hub.worker)
    listing.open_record(record_id)
    wait_idle(qtbot, listing.hub.worker)
    assert listing.panel is not None
    return listing.panel


Owner = Callable[[MainWindow], MainWindow]


def close_window(qtbot: QtBot, shown: MainWindow) -> None:
    """Close a window once (saving what waits), let its writes finish, and delete it: the one place a
    test window ends. qtbot.addWidget would close it again at teardown, racing the fixtures that close
    its worker (a double close under load errored at teardown)."""
    if not shiboken6.isValid(shown):
        return
    running = shown.worker._thread.is_alive()
    if shown.isVisible():
        if running:
            wait_idle(qtbot, shown.worker)
        shown.close()
    if running:
        wait_idle(qtbot, shown.worker)
    shown.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def collect_errors(shown: MainWindow) -> list[BaseException]:
    """The window's background errors go to a list the test may read (and must clear when it meant
    them) instead of a dialog nobody closes."""
    errors: list[BaseException] = []
    shown.worker.error_handler = errors.append
    shown.errors = errors  # type: ignore[attr-defined]
    return errors


def fail_on_errors(request: pytest.FixtureRequest, errors: list[BaseException]) -> None:
    """Fail the test on a background error it left behind, unless it is marked background_errors."""
    if errors and request.node.get_closest_marker("background_errors") is None:
        said = "; ".join(f"{type(error).__name__}: {error}" for error in errors)
        pytest.fail(f"Background errors in the window: {said}", pytrace=False)


@pytest.fixture
def owned(qtbot: QtBot, request: pytest.FixtureRequest) -> Iterator[Owner]:
    """Hands the lifetime of windows a test opens itself to the fixtures: closed, deleted, their
    workers stopped after the test, whether it closed them or failed half-way."""
    windows: list[tuple[MainWindow, list[BaseException]]] = []

    def own(shown: MainWindow) -> MainWindow:
        windows.append((shown, collect_errors(shown)))
        return shown

    yield own
    for shown, _errors in windows:
        worker = shown.worker if shiboken6.isValid(shown) else None
        close_window(qtbot, shown)
        if worker is not None and worker._thread.is_alive():
            worker.close()
    for _shown, errors in windows:
        fail_on_errors(request, errors)


@pytest.fixture
def window(qtbot: QtBot, worker: Worker, request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    shown = MainWindow(worker)
    errors = collect_errors(shown)  # a test fails on an error instead of opening a dialog
    with qtbot.waitSignal(shown.ready, timeout=10_000):
        shown.show()
        shown.start()
    wait_idle(qtbot, worker)
    yield shown
    close_window(qtbot, shown)
    fail_on_errors(request, errors)


@pytest.fixture
def regional(qtbot: QtBot, tmp_path: Path,
             request: pytest.FixtureRequest) -> Iterator[Callable[[], MainWindow]]:
    """Opens the window on a new regional copy (reference data is read-only there); closed afterwards."""
    opened: list[tuple[MainWindow, Worker]] = []
    errors: list[BaseException] = []

    def open_window() -> MainWindow:
        path = tmp_path / "region.sqlite"
        init_database(path, role="regional", name="Africa office").close()
        running = Worker(open_store(path))
        shown = MainWindow(running, role="regional")
        running.error_handler = errors.append
        shown.errors = errors  # type: ignore[attr-defined]
        shown.show()
        shown.start()
        wait_idle(qtbot, running)
        opened.append((shown, running))
        return shown

    yield open_window
    for shown, running in opened:
        close_window(qtbot, shown)
        running.close()
    fail_on_errors(request, errors)
