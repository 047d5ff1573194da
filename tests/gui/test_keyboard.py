"""Keyboard use: find, move into the list, open, and choose the columns a list shows."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Activity, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.conftest import wait_idle
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
    entries = [a.text() for a in documents.actions() if not a.isSeparator()]  # type: ignore[union-attr]
    assert "Blank concept-note &workbook..." in entries and "&Annual progress report..." in entries
    window._export_workbook()  # nothing open: it says what to do instead of failing
    assert "Open a concept note first" in window.statusBar().currentMessage()


def test_the_window_has_its_icon(window: MainWindow) -> None:
    assert not window.windowIcon().isNull()
    assert not window.windowIcon().pixmap(32, 32).isNull()  # the SVG renders
