"""Creating and editing records through the real widgets, with undo and redo across records."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Person
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.conftest import open_from, wait_idle
from ui.areapage import AreaPage
from ui.editor.dialogs import NewRecordDialog
from ui.editor.widgets import LinkInput
from ui.listpage import ListPage
from ui.mainwindow import MainWindow


def people_page(window: MainWindow, qtbot: QtBot) -> ListPage:
    window.navigation.choose_area("members")
    page = window.current_page()
    assert isinstance(page, AreaPage)
    page.tabs.setCurrentIndex(2)  # People
    people = page.current_list()
    assert people is not None and people.kind is Person
    wait_idle(qtbot, window.worker)
    return people


def new_dialog(people: ListPage) -> NewRecordDialog:
    people.new_button.click()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, NewRecordDialog) and w.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def person(store: Store, name: str) -> Person | None:
    with store.session() as session:
        return session.scalars(select(Person).where(Person.name == name)).one_or_none()


def test_create_edit_undo_redo(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    people = people_page(window, qtbot)
    dialog = new_dialog(people)
    qtbot.keyClicks(dialog.form.inputs["name"].widget, "Awa Diop")
    qtbot.keyClicks(dialog.form.inputs["email"].widget, "awa@example.org")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    assert not dialog.isVisible()
    created = person(store, "Awa Diop")
    assert created is not None and created.email == "awa@example.org"
    assert people.model.rowCount() == 1
    assert people.panel is not None and people.panel.record_id == created.id

    email = people.panel.form.inputs["email"].widget
    email.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(email, "awa.diop@example.org")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    wait_idle(qtbot, window.worker)
    assert person(store, "Awa Diop").email == "awa.diop@example.org"  # type: ignore[union-attr]
    assert "awa.diop@example.org" in people.model.rows[0].texts

    window.undo_action.trigger()
    wait_idle(qtbot, window.worker)
    assert person(store, "Awa Diop").email == "awa@example.org"  # type: ignore[union-attr]
    assert email.text() == "awa@example.org"  # type: ignore[attr-defined]

    window.undo_action.trigger()  # the creation itself: the person goes to the trash
    wait_idle(qtbot, window.worker)
    assert person(store, "Awa Diop").deleted  # type: ignore[union-attr]
    assert people.model.rowCount() == 0

    window.redo_action.trigger()
    window.redo_action.trigger()
    wait_idle(qtbot, window.worker)
    again = person(store, "Awa Diop")
    assert again is not None and not again.deleted and again.email == "awa.diop@example.org"
    assert again.id == created.id  # redo brings back the same record, never a second one
    assert people.model.rowCount() == 1
    assert window.errors == []  # type: ignore[attr-defined]


def test_validation_message_next_to_the_field(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    people = people_page(window, qtbot)
    dialog = new_dialog(people)
    qtbot.keyClicks(dialog.form.inputs["email"].widget, "not an address")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    assert dialog.isVisible()
    assert dialog.form.messages["name"].text() == "Name: is required"  # the field named, read alone
    assert "is not an e-mail address" in dialog.form.messages["email"].text()
    assert dialog.form.messages["name"].isVisibleTo(dialog)
    dialog.reject()

    with store.session() as session, session.begin():
        person_id = records.create(session, Person, name="Kofi Mensah").record_id
    panel = open_from(people, qtbot, person_id)
    url = panel.form.inputs["profile_url"].widget
    assert isinstance(url, QLineEdit)
    qtbot.keyClicks(url, "example.org/kofi")
    qtbot.keyClick(url, Qt.Key.Key_Return)
    wait_idle(qtbot, window.worker)
    assert "is not a web link" in panel.form.messages["profile_url"].text()
    assert window.hub.undo_stack.count() == 0  # nothing was saved, and the text is still there
    assert url.text() == "example.org/kofi"


def test_undo_covers_edits_across_records(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session, session.begin():
        first = records.create(session, Person, name="First").record_id
        second = records.create(session, Person, name="Second").record_id
    people = people_page(window, qtbot)
    people.reload()
    wait_idle(qtbot, window.worker)
    for record_id, country in ((first, "Kenya"), (second, "Peru")):
        people.open_record(record_id)
        wait_idle(qtbot, window.worker)
        assert people.panel is not None
        box = people.panel.form.inputs["country"].widget
        qtbot.keyClicks(box, country)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        wait_idle(qtbot, window.worker)
    assert window.hub.undo_stack.count() == 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    wait_idle(qtbot, window.worker)
    assert person(store, "First").country is None  # type: ignore[union-attr]
    assert person(store, "Second").country is None  # type: ignore[union-attr]


def test_link_picker_offers_related_records(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    from sic_desktop.db.models import Organisation

    with store.session() as session, session.begin():
        org = records.create(session, Organisation, name="INRAE").record_id
        person_id = records.create(session, Person, name="Marie").record_id
    people = people_page(window, qtbot)
    panel = open_from(people, qtbot, person_id)
    link = panel.form.inputs["organisation_id"]
    assert isinstance(link, LinkInput)
    combo: Any = link.widget
    at = combo.findText("INRAE")
    assert at > 0
    combo.setCurrentIndex(at)
    combo.activated.emit(at)
    wait_idle(qtbot, window.worker)
    assert person(store, "Marie").organisation_id == org  # type: ignore[union-attr]


def test_settings_remember_the_last_place(window: MainWindow, qtbot: QtBot, db_path: Path) -> None:
    from ui import settings

    window.navigation.choose_area("funding")
    window.close()
    assert settings.text(settings.LAST_AREA) == "funding"


def test_duplicate_and_history_from_the_open_record(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    from ui.history import HistoryDialog

    with store.session() as session, session.begin():
        original = records.create(session, Person, name="Ana", country="Peru").record_id
    people = people_page(window, qtbot)
    open_from(people, qtbot, original)
    assert people.panel is not None
    people.panel.duplicate_button.click()
    dialog = new_dialog_like(people)
    assert dialog.form.inputs["name"].widget.text() == "Ana (copy)"  # type: ignore[attr-defined]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    copy = person(store, "Ana (copy)")
    assert copy is not None and copy.country == "Peru" and copy.id != original
    assert people.panel.record_id == copy.id  # the copy is opened, ready to change
    people.panel.history_button.click()
    wait_idle(qtbot, window.worker)
    [history] = [w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryDialog) and w.isVisible()]
    assert history.model.rowCount() == 1 and history.model.rows[0][2] == "(created)"
    history.close()


def new_dialog_like(people: ListPage) -> NewRecordDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, NewRecordDialog) and w.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_a_date_can_be_emptied_by_keyboard(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    from datetime import date

    from sic_desktop.db.models import Activity, TaskForce

    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        activity = records.create(session, Activity, task_force_id=a1, title="Trials",
                                  start=date(2024, 1, 1)).record_id
    window.navigation.choose_area("inventory")
    listing = window.current_page().current_list()  # type: ignore[union-attr]
    listing.reload()
    wait_idle(qtbot, window.worker)
    listing.open_record(activity)
    wait_idle(qtbot, window.worker)
    start = listing.panel.form.inputs["start"]
    qtbot.keyClick(start.widget, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window.worker)
    with store.session() as session:
        assert session.get(Activity, activity).start is None  # type: ignore[union-attr]
