"""Dates typed whole over an old one, or in a form the field cannot read: the date typed, or an error."""

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Activity, Meeting, MeetingAction, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.conftest import open_from, wait_idle
from ui.areapage import AreaPage
from ui.editor.dates import read_date
from ui.editor.dialogs import NewRecordDialog
from ui.mainwindow import MainWindow


@pytest.fixture
def locale_of() -> Iterator[Callable[[str], None]]:
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def a1(store: Store) -> str:
    with store.session() as session:
        return session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()


def test_typing_a_full_date_over_an_old_one_keeps_the_new_year(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session, session.begin():
        activity = records.create(session, Activity, task_force_id=a1(store), title="Trials",
                                  start=date(2016, 12, 12)).record_id
    window.navigation.choose_area("inventory")
    listing = window.current_page().current_list()  # type: ignore[union-attr]
    assert listing is not None
    panel = open_from(listing, qtbot, activity)
    start: Any = panel.form.inputs["start"].widget
    assert start.text() == "2016-12-12"
    start.setFocus()
    start.selectAll()
    qtbot.keyClicks(start, "2019-03-05")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    wait_idle(qtbot, window.worker)
    with store.session() as session:
        assert session.get(Activity, activity).start == date(2019, 3, 5)  # type: ignore[union-attr]
    assert window.errors == []  # type: ignore[attr-defined]


def new_action_item(window: MainWindow, qtbot: QtBot, store: Store) -> NewRecordDialog:
    with store.session() as session, session.begin():
        meeting = records.create(session, Meeting, task_force_id=a1(store), title="Kick-off",
                                 kind="TF meeting", held_on=date(2026, 3, 1)).record_id
    window.navigation.choose_area("meetings")
    page = window.current_page()
    assert isinstance(page, AreaPage)
    listing = page.current_list()
    assert listing is not None
    panel = open_from(listing, qtbot, meeting)
    actions = next(part for part in panel.parts if part.kind is MeetingAction)
    actions.add_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, NewRecordDialog) and w.isVisible())
    qtbot.keyClicks(dialog.form.inputs["what"].widget, "Send the soil map")
    return dialog


def test_a_date_the_field_cannot_read_is_an_error_next_to_it_never_today(
        window: MainWindow, qtbot: QtBot, store: Store, locale_of: Callable[[str], None]) -> None:
    locale_of("en_US")  # month first: 15/03/2027 is no date here
    dialog = new_action_item(window, qtbot, store)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    due: Any = dialog.form.inputs["due"].widget
    due.setFocus()
    qtbot.keyClicks(due, "15/03/2027")
    qtbot.keyClick(due, Qt.Key.Key_Tab)
    assert due.text() == "15/03/2027"  # left as typed, to be corrected
    message = dialog.form.messages["due"]
    assert message.isVisible() and "'15/03/2027' is not a date" in message.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    assert dialog.isVisible()  # nothing created with another date
    with store.session() as session:
        assert session.scalars(select(MeetingAction)).all() == []
    dialog.reject()


def test_a_date_in_the_persons_own_form_is_read_as_they_mean_it(
        window: MainWindow, qtbot: QtBot, store: Store, locale_of: Callable[[str], None]) -> None:
    locale_of("fr_FR")
    dialog = new_action_item(window, qtbot, store)
    qtbot.keyClicks(dialog.form.inputs["due"].widget, "15/03/2027")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    with store.session() as session:
        assert session.scalars(select(MeetingAction.due)).one() == date(2027, 3, 15)


@pytest.mark.parametrize(("typed", "meant"), [
    ("2019-03-05", date(2019, 3, 5)), ("2019-3-5", date(2019, 3, 5)), ("20190305", date(2019, 3, 5)),
    ("2019/03/05", date(2019, 3, 5)), ("2019-02-30", None), ("5 March", None), ("2019", None),
    ("3/5/2019", date(2019, 3, 5)), ("3/5/19", None),  # the locale's own form, its year whole: never 1919
])
def test_year_first_dates_are_read_whatever_the_separator(typed: str, meant: date | None) -> None:
    assert read_date(typed, QLocale("en_US")) == meant


def test_a_date_typed_in_a_table_cell_is_saved_whole(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session, session.begin():
        meeting = records.create(session, Meeting, task_force_id=a1(store), title="Kick-off",
                                 kind="TF meeting", held_on=date(2026, 3, 1)).record_id
        action = records.create(session, MeetingAction, task_force_id=a1(store), meeting_id=meeting,
                                what="Send the map", due=date(2016, 12, 12)).record_id
    window.navigation.choose_area("meetings")
    listing = window.current_page().current_list()  # type: ignore[union-attr]
    assert listing is not None
    panel = open_from(listing, qtbot, meeting)
    actions = next(part for part in panel.parts if part.kind is MeetingAction)
    assert panel.tabs is not None
    panel.tabs.setCurrentWidget(actions)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    column = next(c for c, s in enumerate(actions.specs) if s.name == "due")
    index = actions.model.index(0, column)
    actions.view.setCurrentIndex(index)
    actions.view.setFocus()
    actions.view.edit(index)
    editor: Any = QApplication.focusWidget()
    assert editor is not None and editor.text() == "2016-12-12"
    editor.selectAll()
    qtbot.keyClicks(editor, "2019-03-05")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.hub.undo_stack.count() == 1)  # the view commits on its next turn
    wait_idle(qtbot, window.worker)
    with store.session() as session:
        assert session.get(MeetingAction, action).due == date(2019, 3, 5)  # type: ignore[union-attr]
