"""The open window when its database is deleted, replaced or damaged, or busy with an import
(issue 11 items 7, 8 and 11): nothing is claimed saved that was not, and the person is told."""

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db import backup, health
from sic_desktop.db.models import Change, Person
from sic_desktop.db.store import Store, open_store
from sic_desktop.services import records
from tests.gui.conftest import app_settings, db_path, open_from, store, wait_idle, window, worker
from tests.gui.test_editing import people_page
from ui import recover
from ui import worker as worker_module
from ui.listpage import ListPage
from ui.mainwindow import MainWindow

__all__ = ["app_settings", "db_path", "store", "window", "worker"]


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


@pytest.mark.parametrize("what", ["deleted", "replaced", "overwritten"])
def test_edits_after_the_file_is_deleted_or_replaced_are_refused_and_said(
        window: MainWindow, qtbot: QtBot, store: Store, db_path: Path, what: str) -> None:
    person = a_person(store)
    people = people_page(window, qtbot)
    open_from(people, qtbot, person)
    type_email(people, qtbot, "before@example.org")
    wait_idle(qtbot, window.worker)
    assert emails_logged(db_path, person) == ["before@example.org"]
    saved = db_path.read_bytes()

    if what == "deleted":
        db_path.unlink()
    elif what == "replaced":  # another file put at the path (a sync tool, a copy over it)
        stranger = db_path.with_name("other.sqlite")
        stranger.write_bytes(b"\x00" * len(saved))
        os.replace(stranger, db_path)
    else:  # the same file's bytes overwritten in place
        with db_path.open("r+b") as handle:
            handle.write(b"\x00" * 4096)
    window.errors.clear()  # type: ignore[attr-defined]
    window.worker.error_handler = window.show_error  # the real dialog, as the person sees it
    for n in range(3):
        type_email(people, qtbot, f"after{n}@example.org")
        wait_idle(qtbot, window.worker)

    boxes = shown_boxes()
    assert boxes, "the person was not told"
    words = boxes[0].text()
    expected = {"deleted": "was deleted or moved", "replaced": "was replaced by another file",
                "overwritten": "is damaged"}[what]
    assert expected in words
    assert "a bug" not in words
    assert boxes[0].icon() == QMessageBox.Icon.Warning
    for box in boxes:
        box.close()
    # Nothing after the change was written anywhere: not to the file there now, not elsewhere.
    if what == "deleted":
        assert not db_path.exists()
    else:
        assert b"after" not in db_path.read_bytes()
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
    monkeypatch.setattr(worker_module, "WRITE_ATTEMPTS", 1)
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
