"""The editor's fields as a person meets them: empty dates, numbers in their locale, labels, Tab order."""

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialogButtonBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Activity, ConceptNote, Meeting, Membership, Person, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.conftest import open_from, wait_idle
from ui.areapage import AreaPage
from ui.editor.dialogs import NewRecordDialog
from ui.editor.form import LABEL_CHARS
from ui.editor.panel import RecordPanel
from ui.editor.widgets import LongInput, NotAValue, NumberInput
from ui.fieldspec import FieldSpec
from ui.listpage import ListPage
from ui.mainwindow import MainWindow


def activities(window: MainWindow, qtbot: QtBot) -> ListPage:
    window.navigation.choose_area("inventory")
    page = window.current_page()
    assert isinstance(page, AreaPage)
    listing = page.current_list()
    assert listing is not None and listing.kind is Activity
    wait_idle(qtbot, window.worker)
    return listing


def new_activity_dialog(window: MainWindow, qtbot: QtBot, title: str) -> NewRecordDialog:
    activities(window, qtbot).new_button.click()
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, NewRecordDialog) and w.isVisible()]
    wait_idle(qtbot, window.worker)
    task_force: Any = dialog.form.inputs["task_force_id"].widget
    task_force.setCurrentIndex(1)
    qtbot.keyClicks(dialog.form.inputs["title"].widget, title)
    return dialog


def saved_activity(store: Store, title: str) -> Activity:
    with store.session() as session:
        return session.scalars(select(Activity).where(Activity.title == title)).one()


def open_activity(window: MainWindow, qtbot: QtBot, store: Store, **values: Any) -> RecordPanel:
    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        record_id = records.create(session, Activity, task_force_id=a1, title="Trials", **values).record_id
    return open_from(activities(window, qtbot), qtbot, record_id)


def test_a_new_record_saves_no_date_the_person_did_not_pick(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    dialog = new_activity_dialog(window, qtbot, "Untouched dates")
    for name in ("start", "end"):
        assert dialog.form.inputs[name].widget.text().strip() == ""  # type: ignore[attr-defined]
    values, problems = dialog.form.collect()
    assert values["start"] is None and values["end"] is None and problems == {}
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    saved = saved_activity(store, "Untouched dates")
    assert saved.start is None and saved.end is None
    assert window.errors == []  # type: ignore[attr-defined]


@pytest.mark.qt_log_ignore("This plugin does not support (grabbing the keyboard|raise)")  # offscreen popups
def test_a_new_record_saves_the_date_typed_or_picked(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    dialog = new_activity_dialog(window, qtbot, "Picked dates")
    qtbot.keyClicks(dialog.form.inputs["start"].widget, "20240305")
    end: Any = dialog.form.inputs["end"].widget
    qtbot.mouseClick(end, Qt.MouseButton.LeftButton, pos=QPoint(end.width() - 6, end.height() // 2))
    calendar = end.calendarWidget()
    assert isinstance(calendar, QCalendarWidget) and calendar.isVisible()  # the popup opened...
    today = QDate.currentDate()  # ...on this month, not on the empty date's year 1900
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.setSelectedDate(QDate(2025, 6, 30))
    calendar.clicked.emit(QDate(2025, 6, 30))
    calendar.window().hide()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    saved = saved_activity(store, "Picked dates")
    assert saved.start == date(2024, 3, 5) and saved.end == date(2025, 6, 30)


def test_a_date_typed_with_its_dashes_is_that_date(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    dialog = new_activity_dialog(window, qtbot, "Dashed dates")
    qtbot.keyClicks(dialog.form.inputs["start"].widget, "2019-1-15")  # a month Qt waits on: the dash moves on
    qtbot.keyClicks(dialog.form.inputs["end"].widget, "2019-03-05")  # as the field shows dates
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    saved = saved_activity(store, "Dashed dates")
    assert (saved.start, saved.end) == (date(2019, 1, 15), date(2019, 3, 5))


def test_a_required_date_left_empty_is_flagged_as_missing(window: MainWindow, qtbot: QtBot) -> None:
    dialog = NewRecordDialog(window.hub, Meeting, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    assert dialog.isVisible()
    assert dialog.form.messages["held_on"].text() == "Date: is required"
    dialog.reject()


def test_a_record_panel_shows_an_empty_date_and_saves_its_clearing(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    panel = open_activity(window, qtbot, store, start=date(2024, 1, 1))
    end = panel.form.inputs["end"]
    assert end.widget.text().strip() == "" and end.value() is None  # type: ignore[attr-defined]
    start = panel.form.inputs["start"].widget
    start.setFocus()
    start.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(start, Qt.Key.Key_Delete)
    wait_idle(qtbot, window.worker)
    assert saved_activity(store, "Trials").start is None
    qtbot.keyClicks(end.widget, "20241231")
    qtbot.keyClick(end.widget, Qt.Key.Key_Return)
    wait_idle(qtbot, window.worker)
    assert saved_activity(store, "Trials").end == date(2024, 12, 31)
    assert window.errors == []  # type: ignore[attr-defined]


@pytest.fixture
def locale_of() -> Iterator[Callable[[str], None]]:
    """Set the person's locale (as the program finds it at start); the one before is put back."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize(("name", "budget", "small", "typed"), [
    ("fr_FR", "2\u202f969\u202f025", "1,12", {"1,5": 1.5, "1.5": 1.5, "2 969 025,25": 2969025.25}),
    ("en_US", "2,969,025", "1.12", {"1.5": 1.5, "1,234.5": 1234.5, "2969025": 2969025.0}),
])
def test_numbers_read_and_write_in_the_persons_locale(
        window: MainWindow, qtbot: QtBot, store: Store, locale_of: Callable[[str], None],
        name: str, budget: str, small: str, typed: dict[str, float]) -> None:
    locale_of(name)
    panel = open_activity(window, qtbot, store, budget=2969025.0)
    field: Any = panel.form.inputs["budget"].widget
    assert field.text() == budget  # as the lists and totals show it
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_idle(qtbot, window.worker)
    assert window.hub.undo_stack.count() == 0  # shown and read back exactly: nothing to save
    for text, number in typed.items():
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        wait_idle(qtbot, window.worker)
        assert saved_activity(store, "Trials").budget == number, text
    with store.session() as session, session.begin():
        records.update(session, Activity, panel.record_id, budget=1.12)
    panel.form.reload()
    wait_idle(qtbot, window.worker)
    assert field.text() == small  # no float noise, and the locale's decimal point


@pytest.mark.parametrize(("name", "shown"), [("fr_FR", "1\u202f234\u202f567"), ("en_US", "1,234,567")])
def test_whole_numbers_stay_whole(
        qtbot: QtBot, locale_of: Callable[[str], None], name: str, shown: str) -> None:
    locale_of(name)
    position = NumberInput(FieldSpec("position", "Position", "whole", False))
    qtbot.addWidget(position.widget)
    position.show_value(1234567)
    assert position.widget.text() == shown  # type: ignore[attr-defined]
    assert position.value() == 1234567 and isinstance(position.value(), int)
    position.edit.setText("1,5")
    with pytest.raises(NotAValue):
        position.value()
    position.edit.setText("2,500")  # French two and a half, English two thousand five hundred
    if name == "fr_FR":
        with pytest.raises(NotAValue):  # never read the C way as 2500
            position.value()
    else:
        assert position.value() == 2500


def open_concept_note(window: MainWindow, qtbot: QtBot, store: Store, **values: Any) -> RecordPanel:
    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        record_id = records.create(session, ConceptNote, task_force_id=a1, title="Biochar", version=1,
                                   status="draft", **values).record_id
    window.navigation.choose_area("notes")
    listing = window.current_page().current_list()  # type: ignore[union-attr]
    assert listing is not None and listing.kind is ConceptNote
    return open_from(listing, qtbot, record_id)


def test_long_labels_wrap_and_leave_the_width_to_the_inputs(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    panel = open_concept_note(window, qtbot, store, mrv="\n".join(f"Step {n}" for n in range(10)))
    form = panel.form
    mrv = form.inputs["mrv"].widget
    label: Any = form.layout().labelForField(mrv.parentWidget())  # type: ignore[union-attr]
    assert label.text() == "Measurement, reporting and verification" and label.wordWrap()
    assert label.buddy() is mrv
    assert label.height() >= 2 * label.fontMetrics().lineSpacing()  # whole on its lines, not cut off
    limit = label.fontMetrics().averageCharWidth() * LABEL_CHARS
    assert label.width() <= limit < label.fontMetrics().horizontalAdvance(label.text())
    layout: Any = form.layout()  # the labels' column is no wider than that: the rest is the inputs'
    assert mrv.mapTo(form, QPoint(0, 0)).x() - label.x() <= limit + layout.horizontalSpacing()
    title: Any = form.layout().labelForField(form.inputs["title"].widget.parentWidget())  # type: ignore[union-attr]
    assert not title.wordWrap()  # a short label stays on one line
    box: Any = mrv
    assert box.height() > 10 * box.fontMetrics().lineSpacing()  # ten lines shown whole: the form scrolls,
    assert not box.verticalScrollBar().isVisible()  # not a box inside it


def test_a_record_without_a_title_field_is_named_by_what_it_links_to(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        awa = records.create(session, Person, name="Awa Diop").record_id
        membership = records.create(session, Membership, task_force_id=a1, person_id=awa, role="TFM")
    window.navigation.choose_area("members")
    page = window.current_page()
    assert isinstance(page, AreaPage)
    page.tabs.setCurrentIndex(0)  # Memberships
    listing = page.current_list()
    assert listing is not None and listing.kind is Membership
    panel = open_from(listing, qtbot, membership.record_id)
    assert panel.title.text() == "Membership: Awa Diop · TFM · A1"  # the task force last


def test_tab_leaves_an_empty_date(window: MainWindow, qtbot: QtBot) -> None:
    dialog = new_activity_dialog(window, qtbot, "Keyboard only")
    qtbot.waitActive(dialog)
    start, end, budget = (dialog.form.inputs[name].widget for name in ("start", "end", "budget"))
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Tab)  # Qt's date field keeps Tab while it shows no date
    assert end.hasFocus()
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert budget.hasFocus()
    qtbot.keyClick(budget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(end, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert start.hasFocus()
    assert dialog.form.collect()[0]["start"] is None  # passing through picked no date
    dialog.reject()


def test_tab_follows_the_panel_as_laid_out(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    panel = open_concept_note(window, qtbot, store)
    window.activateWindow()
    qtbot.waitActive(window)
    buttons = sorted((b for b in panel.findChildren(QPushButton) if b.isVisible()),  # as read: by line
                     key=lambda b: (b.mapTo(panel, QPoint(0, 0)).y(), b.mapTo(panel, QPoint(0, 0)).x()))
    assert [b.text() for b in buttons] == [
        "Word document...", "Letter of support...", "History", "Duplicate", "Delete"]
    fields = [field_input.widget for field_input in panel.form.inputs.values()]
    assert fields == sorted(fields, key=lambda w: w.mapTo(panel, QPoint(0, 0)).y())
    assert panel.tabs is not None
    # Disabled ones are no Tab stop: the letter before a validation, the status the records give.
    expected: list[QWidget] = [*(b for b in buttons if b.isEnabled()), panel.tabs.tabBar(),
                               *(f for f in fields if f.isEnabled())]
    assert "Letter of support..." not in [name_of(w) for w in expected]
    buttons[0].setFocus()
    reached = []
    for _ in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)  # as a person presses it
    assert [name_of(w) for w in reached] == [name_of(w) for w in expected]
    focused = QApplication.focusWidget()
    assert focused is None or not panel.isAncestorOf(focused)  # on past the last field
    stops: list[QWidget] = []
    widget = buttons[0].nextInFocusChain()
    while widget is not buttons[0]:  # round the whole chain: no stop on a frame showing nothing of its own
        assert widget is not None  # the chain is a ring
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            stops.append(widget)
        widget = widget.nextInFocusChain()
    assert not [w for w in stops if isinstance(w, QScrollArea)]


def test_a_new_records_dialog_has_no_empty_tab_stop(window: MainWindow, qtbot: QtBot) -> None:
    dialog = new_activity_dialog(window, qtbot, "Keyboard only")
    qtbot.waitActive(dialog)
    first = next(iter(dialog.form.inputs.values())).widget
    stops: list[QWidget] = []
    widget = first.nextInFocusChain()
    while widget is not first:
        assert widget is not None  # the chain is a ring
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            stops.append(widget)
        widget = widget.nextInFocusChain()
    assert stops and not [w for w in stops if isinstance(w, QScrollArea)]
    dialog.reject()


def name_of(widget: QWidget) -> str:
    return widget.accessibleName() or getattr(widget, "text", lambda: type(widget).__name__)()


def test_a_long_text_box_sits_by_its_label_in_a_short_form(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    window.resize(1366, 768)  # a laptop's screen: the labels beside the fields (a narrower panel wraps them)
    panel = open_activity(window, qtbot, store, description="Trials of biochar on three farms")
    box = panel.form.inputs["description"].widget
    label: Any = panel.form.layout().labelForField(box.parentWidget())  # type: ignore[union-attr]
    assert panel.form.height() > panel.form.sizeHint().height()  # room to spare, which goes below the fields
    assert abs(box.mapTo(panel.form, QPoint(0, 0)).y() - label.y()) <= label.fontMetrics().height()


def test_a_long_text_cell_editor_keeps_to_its_rows(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    cell = LongInput(FieldSpec("what", "What", "long", True), table.viewport())  # as the parts' delegate does
    cell.show_value("A long text that goes on and on. " * 40)
    assert cell.widget.height() == 70  # it scrolls instead of covering the rows below
