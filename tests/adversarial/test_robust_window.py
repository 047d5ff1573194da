"""The open window when its database is deleted, replaced or damaged, or busy with an import
(issue 11 items 7, 8 and 11): nothing is claimed saved that was not, and the person is told."""

import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db import backup, health
from sic_desktop.db.models import Change, Person
from sic_desktop.db.store import Store, open_store
from sic_desktop.services import records
from sic_desktop.services import writes as writes_module
from tests.e2e.test_sync_helpers import environment
from tests.gui.conftest import app_settings, db_path, open_from, store, wait_idle, worker
from tests.gui.test_editing import people_page
from tests.sheets import members_sheet
from ui import recover
from ui.listpage import ListPage
from ui.mainwindow import MainWindow
from ui.worker import Worker

__all__ = ["app_settings", "db_path", "store", "worker"]


@pytest.fixture
def window(qtbot: QtBot, worker: Worker) -> Iterator[MainWindow]:
    """The main window as tests/gui's fixture makes it, errors collected in `window.errors`.

    Its teardown tolerates pytest-qt having deleted the window already (it deletes the widgets
    it was given before the fixtures end, sometimes at once).
    """
    shown = MainWindow(worker)
    qtbot.addWidget(shown)
    errors: list[BaseException] = []
    worker.error_handler = errors.append
    shown.errors = errors  # type: ignore[attr-defined]
    with qtbot.waitSignal(shown.ready, timeout=10_000):
        shown.show()
        shown.start()
    wait_idle(qtbot, worker)
    yield shown
    wait_idle(qtbot, worker)
    if shiboken6.isValid(shown):
        shown.close()


def a_person(store: Store, name: str = "Awa Diop") -> str:
    with store.session() as session, session.begin():
        return records.create(session, Person, name=name).record_id


def type_email(people: ListPage, qtbot: QtBot, text: str) -> None:
    assert people.panel is not None
    email = people.panel.form.inputs["email"].widget
    email.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(email, text)
    qtbot.keyClick(email, Qt.Key.Key_Return)


def emails_logged(path: Path, record: str) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT new_value FROM change WHERE record_id = ? AND field = 'email' ORDER BY seq",
            (record,)).fetchall()
    finally:
        connection.close()
    return [str(row[0]).strip('"') for row in rows]


def shown_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def other_program(code: str, *args: object) -> None:
    """Run `code` in another process, as the program that moves or replaces the file would.

    Not in this one: a plain open() and close() of the database here would drop the POSIX
    locks the window's SQLite connections hold on it.
    """
    subprocess.run([sys.executable, "-c", code, *map(str, args)], check=True, timeout=60)


DELETE = "import os, sys; os.unlink(sys.argv[1])"
REPLACE = ("import os, sys; size = os.path.getsize(sys.argv[1]); open(sys.argv[1] + '.new', 'wb')"
           ".write(bytes(size)); os.replace(sys.argv[1] + '.new', sys.argv[1])")


@pytest.mark.parametrize("what", ["deleted", "replaced"])
def test_edits_after_the_file_is_deleted_or_replaced_are_refused_and_said(
        window: MainWindow, qtbot: QtBot, store: Store, db_path: Path, what: str) -> None:
    person = a_person(store)
    people = people_page(window, qtbot)
    open_from(people, qtbot, person)
    type_email(people, qtbot, "before@example.org")
    wait_idle(qtbot, window.worker)
    assert emails_logged(db_path, person) == ["before@example.org"]

    # A sync tool or a careless hand deletes the file, or puts another one at its path.
    other_program(DELETE if what == "deleted" else REPLACE, db_path)
    window.errors.clear()  # type: ignore[attr-defined]
    window.worker.error_handler = window.show_error  # the real dialog, as the person sees it
    for n in range(3):
        type_email(people, qtbot, f"after{n}@example.org")
        wait_idle(qtbot, window.worker)

    boxes = shown_boxes()
    assert boxes, "the person was not told"
    words = boxes[0].text()
    assert {"deleted": "was deleted or moved", "replaced": "was replaced by another file"}[what] in words
    assert "not saved" in words
    assert "a bug" not in words
    assert boxes[0].icon() == QMessageBox.Icon.Warning
    for box in boxes:
        box.close()
    # Nothing after the change was written anywhere: not to the file there now, not elsewhere.
    if what == "deleted":
        assert not db_path.exists()
    else:
        assert db_path.read_bytes() == bytes(len(db_path.read_bytes()))
    assert window.hub.undo_stack.count() == 1  # the refused edits left nothing to undo


def test_the_core_stops_writing_to_a_file_replaced_under_it(tmp_path: Path, db_path: Path) -> None:
    opened = open_store(db_path)
    try:
        a_person(opened, "Before")
        moved = tmp_path / "moved.sqlite"
        db_path.rename(moved)
        with pytest.raises(health.DatabaseGone, match="deleted or moved"):
            a_person(opened, "After")
        moved.rename(db_path)  # even put back, the store has stopped: it was told the file went
        with pytest.raises(health.DatabaseGone):
            a_person(opened, "After")
    finally:
        opened.close()
    again = open_store(db_path)
    try:
        with again.session() as session:
            assert session.scalars(select(Person.name)).all() == ["Before"]
    finally:
        again.close()


def test_a_write_error_on_a_damaged_file_runs_the_integrity_check(db_path: Path) -> None:
    opened = open_store(db_path)
    try:
        a_person(opened)
        data = bytearray(db_path.read_bytes())
        middle = 4096 * (len(data) // 4096 // 2)
        data[middle:middle + 4096 * 4] = bytes(4096 * 4)
        with db_path.open("r+b") as handle:  # same file, pages zeroed under the open store
            handle.write(bytes(data))
        failure = opened.failure(sqlite3.DatabaseError("database disk image is malformed"))
        assert isinstance(failure, health.DatabaseDamaged)
        with pytest.raises(health.DatabaseDamaged):
            a_person(opened, "Later")
    finally:
        opened.close()


def test_an_edit_waits_for_an_import_holding_the_database_and_is_saved(
        window: MainWindow, qtbot: QtBot, store: Store, db_path: Path) -> None:
    person = a_person(store)
    people = people_page(window, qtbot)
    open_from(people, qtbot, person)
    taken, release = threading.Event(), threading.Event()

    def import_running() -> None:  # holds the write lock longer than SQLite's own wait (5 s)
        connection = sqlite3.connect(db_path, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        taken.set()
        release.wait(7)
        connection.execute("COMMIT")
        connection.close()

    holder = threading.Thread(target=import_running)
    holder.start()
    taken.wait(5)
    type_email(people, qtbot, "waited@example.org")
    QTimer.singleShot(6500, release.set)
    wait_idle(qtbot, window.worker, timeout=30_000)
    holder.join()
    assert window.errors == []  # type: ignore[attr-defined]
    assert emails_logged(db_path, person) == ["waited@example.org"]


def test_an_edit_that_cannot_be_saved_says_so_and_is_not_kept(
        window: MainWindow, qtbot: QtBot, store: Store, db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writes_module, "WRITE_ATTEMPTS", 1)
    person = a_person(store)
    people = people_page(window, qtbot)
    open_from(people, qtbot, person)
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    try:
        type_email(people, qtbot, "lost@example.org")
        wait_idle(qtbot, window.worker, timeout=30_000)
    finally:
        connection.execute("ROLLBACK")
        connection.close()
    [error] = window.errors  # type: ignore[attr-defined]
    assert isinstance(error, health.DatabaseBusy)
    assert "Nothing was changed by this step" in str(error)
    assert emails_logged(db_path, person) == []
    wait_idle(qtbot, window.worker)
    assert people.panel is not None
    assert people.panel.form.inputs["email"].widget.text() == ""  # type: ignore[attr-defined]
    assert window.hub.undo_stack.count() == 0


def answer(button_text: str) -> None:
    """Click a button of the modal dialog once it is shown."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        [chosen] = [b for b in box.buttons() if b.text() == button_text]
        chosen.click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize("choice", ["Quit", "Restore the backup"])
def test_the_window_on_a_truncated_file_offers_its_last_good_backup(
        qtbot: QtBot, db_path: Path, choice: str) -> None:
    good = backup.make_backup(db_path)
    opened = open_store(db_path)
    a_person(opened, "After the backup")
    opened.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    truncated = db_path.read_bytes()

    answer(choice)
    go_on = recover.check_before_opening(db_path)

    assert not list(db_path.parent.rglob("*.partial"))
    if choice == "Quit":
        assert go_on is False
        assert db_path.read_bytes() == truncated  # nothing touched it
        return
    assert go_on is True
    assert health.integrity_problem(db_path) is None
    assert db_path.read_bytes() != truncated
    [kept] = [p for p in db_path.parent.glob(f"{db_path.name}.damaged-*")
              if not p.name.endswith(("-wal", "-shm"))]
    assert kept.read_bytes() == truncated
    restored = open_store(db_path)
    try:
        with restored.session() as session:
            assert session.scalars(select(Change)).first() is not None
            assert "After the backup" not in session.scalars(select(Person.name)).all()
    finally:
        restored.close()
    assert good.exists()


SOAK_SECONDS = 60
SOAK_MAX_EDITS = 600


@pytest.mark.slow
def test_a_minute_of_edits_while_the_command_line_imports_and_exports_loses_none(
        window: MainWindow, qtbot: QtBot, store: Store, db_path: Path, tmp_path: Path) -> None:
    person = a_person(store)
    people = people_page(window, qtbot)
    open_from(people, qtbot, person)
    sheet = members_sheet(tmp_path / "members.xlsx",
                          [[None, f"Member {n}", f"member{n}@example.org", "", "", "", "TFM"]
                           for n in range(150)])
    commands = [
        ("members", "import", sheet, "--task-force", "A1"),
        ("members", "export", tmp_path / "members-out.xlsx"),
        ("inventory", "export", tmp_path / "inventory-out.xlsx"),
        ("backup", "create"),
    ]
    runs: list[tuple[tuple[object, ...], int, str]] = []
    stop = threading.Event()

    def command_line() -> None:
        env = environment(tmp_path / "home")
        turn = 0
        while not stop.is_set():
            args = commands[turn % len(commands)]
            turn += 1
            done = subprocess.run([sys.executable, "-m", "sic_desktop", "--db", str(db_path),
                                   *map(str, args)], env=env, capture_output=True, text=True,
                                  timeout=120, check=False)
            runs.append((args, done.returncode, done.stderr))

    load = threading.Thread(target=command_line)
    load.start()
    typed: list[str] = []
    try:
        end = time.monotonic() + SOAK_SECONDS
        while time.monotonic() < end and len(typed) < SOAK_MAX_EDITS:
            typed.append(f"edit{len(typed)}@example.org")
            type_email(people, qtbot, typed[-1])
            qtbot.wait(100)
    finally:
        stop.set()
        load.join(180)
    wait_idle(qtbot, window.worker, timeout=120_000)

    errors = window.errors  # type: ignore[attr-defined]
    assert all(isinstance(e, health.DatabaseBusy) for e in errors), errors  # shown, never a bug
    logged = emails_logged(db_path, person)
    # Every edit was saved, in order, or its failure was shown: none was lost silently.
    assert len(logged) + len(errors) == len(typed)
    assert logged == [value for value in typed if value in set(logged)]
    assert errors == []  # with the retries, an import never costs an edit
    assert len(typed) >= SOAK_SECONDS * 3  # about one every 100 ms, typing included
    imports = [code for args, code, _ in runs if args[1] == "import"]
    assert imports and 0 in imports
    for args, code, stderr in runs:
        assert "Traceback" not in stderr, (args, stderr)
        assert code == 0 or (code == 1 and "is busy" in stderr), (args, code, stderr)
