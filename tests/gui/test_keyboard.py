"""Keyboard use: find, move into the list, open, and choose the columns a list shows."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Activity, Meeting, MeetingParticipant, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.conftest import open_from, wait_idle
from ui import settings
from ui.areapage import AreaPage
from ui.mainwindow import MainWindow


def test_find_then_enter_opens_the_first_match(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        for title in ("Compost trials", "Biochar pilots", "Rangeland survey"):
            records.create(session, Activity, task_force_id=a1, title=title)
    window.navigation.choose_area("inventory")
    page = window.current_page()
    assert isinstance(page, AreaPage)
    listing = page.current_list()
    assert listing is not None
    listing.reload()
    wait_idle(qtbot, window.worker)
    listing.focus_search()
    qtbot.keyClicks(listing.search, "bioch")
    assert listing.proxy.rowCount() == 1
    qtbot.keyClick(listing.search, Qt.Key.Key_Return)
    wait_idle(qtbot, window.worker)
    assert listing.panel is not None and listing.panel.form.values["title"] == "Biochar pilots"


def test_column_choice_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.choose_area("inventory")
    page = window.current_page()
    assert isinstance(page, AreaPage)
    listing = page.current_list()
    assert listing is not None
    actions = {a.text(): a for a in listing.columns_menu.actions()}
    assert actions["Title"].isChecked() and not actions["Description"].isChecked()
    actions["Description"].setChecked(True)
    actions["Countries"].setChecked(False)
    column = next(c for c, s in enumerate(listing.model.specs) if s.name == "description")
    assert not listing.view.isColumnHidden(column)
    hidden = settings.settings().value("columns/activity")
    assert "countries" in hidden and "description" not in hidden


def test_every_menu_entry_has_words_and_a_place(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Documents", "&Go", "&Help"]
    documents = window.menuBar().actions()[2].menu()
    assert isinstance(documents, QMenu)
    entries = [a.text() for a in documents.actions() if not a.isSeparator()]
    assert "Blank concept-note &workbook..." in entries and "&Annual progress report..." in entries
    export_text = "&Export the open concept note as a workbook..."
    [export] = [a for a in documents.actions() if a.text() == export_text]
    export.trigger()  # nothing open: it says what to do instead of failing
    assert "Open a concept note first" in window.statusBar().currentMessage()


def test_the_window_has_its_icon(window: MainWindow) -> None:
    assert not window.windowIcon().isNull()
    assert not window.windowIcon().pixmap(32, 32).isNull()  # the SVG renders


def tab_through(qtbot: QtBot, start: QWidget, presses: int = 60) -> list[QWidget]:
    """The widgets Tab reaches from `start`, pressed as a person does, until it comes round."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or now is start or now in reached:
            break
        reached.append(now)
    return reached


def test_tab_leaves_a_list_for_the_open_records_fields_tabs_and_buttons(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        meeting = records.create(session, Meeting, task_force_id=a1, title="Kick-off", kind="TF meeting",
                                 held_on=date(2026, 3, 1)).record_id
    window.navigation.choose_area("meetings")
    page = window.current_page()
    assert isinstance(page, AreaPage)
    listing = page.current_list()
    assert listing is not None
    panel = open_from(listing, qtbot, meeting)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert panel.tabs is not None
    reached = tab_through(qtbot, listing.view)
    texts = [getattr(w, "text", lambda: "")() for w in reached]
    assert "Print minutes..." in texts and "History" in texts
    assert panel.tabs.tabBar() in reached
    assert panel.form.inputs["title"].widget in reached  # the record's fields, going forward
    participants = next(part for part in panel.parts if part.kind is MeetingParticipant)
    panel.tabs.setCurrentWidget(participants)
    reached = tab_through(qtbot, participants.view)  # and out of a part's table too
    assert participants.view not in reached and reached
    reached = tab_through(qtbot, panel.tabs.tabBar())
    assert participants.members_button in reached  # "Add members..."
    assert participants.members_button.text() == "Add members..."


def ring_pixels(widget: QWidget) -> int:
    """Pixels in the highlight colour on the widget's edge, where a focus ring is drawn."""
    image = widget.grab().toImage()
    wanted = widget.palette().color(QPalette.ColorRole.Highlight)
    width, height = image.width(), image.height()
    edge = [(x, y) for x in range(width) for y in (1, height - 2)] + [
        (x, y) for y in range(height) for x in (1, width - 2)]
    return sum(1 for x, y in edge if image.pixelColor(x, y) == wanted)


def test_the_widget_tab_reached_shows_a_focus_ring(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.choose_area("inventory")
    page = window.current_page()
    assert isinstance(page, AreaPage)
    listing = page.current_list()
    assert listing is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    listing.search.setFocus(Qt.FocusReason.MouseFocusReason)
    assert ring_pixels(listing.new_button) == 0
    qtbot.keyClick(listing.search, Qt.Key.Key_Tab)  # from the search box to "New..."
    assert QApplication.focusWidget() is listing.new_button
    edge = 2 * (listing.new_button.width() + listing.new_button.height())
    assert ring_pixels(listing.new_button) > edge // 2  # all round it, in the highlight colour


def test_tab_leaves_a_records_history_for_its_buttons(qtbot: QtBot) -> None:
    from ui.history import Entry, HistoryDialog

    dialog = HistoryDialog([Entry("2024-01-05 10:00", "Ana", "Title", "", "Survey", "update", True),
                            Entry("2024-02-05 09:00", "Bo", "Status", "planned", "ongoing", "update", True)],
                           "Survey")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    reached = tab_through(qtbot, dialog.view)
    assert reached and dialog.view not in reached  # not walking its cells for ever
