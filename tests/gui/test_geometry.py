"""The window's size and panes on small and scaled screens: restored only when it fits, never squeezed."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from sic_desktop.db.store import Store
from tests.gui.conftest import close_window, open_from, wait_idle
from tests.realistic import fill
from ui import settings
from ui.areapage import AreaPage
from ui.geometry import default_geometry, screen_key
from ui.listpage import LIST_MIN_CHARS, ListPage
from ui.mainwindow import MainWindow
from ui.worker import Worker


def test_a_geometry_saved_at_another_scale_is_not_restored(qtbot: QtBot, worker: Worker) -> None:
    first = MainWindow(worker)
    first.show()
    first.resize(490, 450)  # a session at 150 %, or on another screen
    wait_idle(qtbot, worker)
    settings.store(settings.GEOMETRY, first.saveGeometry())
    settings.store(settings.SCREEN, "1366x768@1.5")
    close_window(qtbot, first)
    settings.store(settings.SCREEN, "1366x768@1.5")  # closing saved this screen's: put the other back
    again = MainWindow(worker)
    expected, _maximise = default_geometry(again.screen().availableGeometry())
    assert again.size() == expected.size() != (490, 450)
    close_window(qtbot, again)


def test_a_leftover_small_window_on_this_screen_opens_at_the_default_size(
        qtbot: QtBot, worker: Worker) -> None:
    first = MainWindow(worker)
    first.show()
    first.resize(490, 450)
    wait_idle(qtbot, worker)
    close_window(qtbot, first)  # saves the geometry, on this screen
    assert settings.text(settings.SCREEN) == screen_key(QGuiApplication.primaryScreen())
    again = MainWindow(worker)
    expected, _maximise = default_geometry(again.screen().availableGeometry())
    assert again.size() == expected.size()
    close_window(qtbot, again)


def test_a_geometry_that_fits_this_screen_comes_back(qtbot: QtBot, worker: Worker) -> None:
    first = MainWindow(worker)
    first.show()
    room = first.screen().availableGeometry()
    first.setGeometry(room.adjusted(0, 0, 0, -room.height() // 10))
    wait_idle(qtbot, worker)
    size = first.size()
    close_window(qtbot, first)
    again = MainWindow(worker)
    # as it was, give or take the frame's border the offscreen platform counts in and out
    assert abs(again.width() - size.width()) <= 4 and abs(again.height() - size.height()) <= 4
    expected, _maximise = default_geometry(again.screen().availableGeometry())
    assert again.size() != expected.size()
    close_window(qtbot, again)


def test_the_first_window_takes_most_of_a_big_screen_and_all_of_a_small_one() -> None:
    big, maximise = default_geometry(QRect(0, 0, 1920, 1040))
    assert big.width() > 1366 and big.height() > 768 and not maximise  # not capped at a laptop's size
    small, maximise = default_geometry(QRect(0, 0, 911, 512))  # 1366x768 at 150 %
    assert maximise and small.width() <= 911


def open_first(window: MainWindow, qtbot: QtBot, area: str, record_id: str) -> ListPage:
    window.navigation.choose_area(area)
    page = window.current_page()
    assert isinstance(page, AreaPage)
    listing = page.current_list()
    assert listing is not None
    open_from(listing, qtbot, record_id)
    return listing


def test_at_150_percent_on_a_small_laptop_the_list_and_the_record_keep_their_room(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    data = fill(store)
    window.resize(911, 512)  # 1366x768 at 150 %, in the pixels Qt lays out in
    meetings = open_first(window, qtbot, "meetings", data.first("meeting"))
    char = meetings.fontMetrics().averageCharWidth()
    assert meetings.view.width() >= LIST_MIN_CHARS * char  # not collapsed to a sliver
    assert meetings.panel is not None and meetings.panel.width() >= 300
    assert meetings.panel.width() > meetings.view.width()  # the record being edited gets the room
    assert window.navigation.width() >= window.navigation.widest_area()
    form = meetings.panel.form
    # narrow: each label above its field, which gets the form's whole width
    assert form.inputs["title"].widget.width() >= 0.8 * form.width()
    sizes = meetings.splitter.sizes()
    inventory = open_first(window, qtbot, "inventory", data.first("activity"))
    assert inventory.splitter.sizes() == sizes  # the panes do not jump between areas
    inventory.splitter.moveSplitter(sizes[0] + 40, 1)  # the person widens the list...
    widened = inventory.splitter.sizes()
    window.navigation.choose_area("meetings")
    qtbot.waitUntil(lambda: meetings.splitter.sizes() == widened)  # ...and finds it so elsewhere
    assert window.errors == []  # type: ignore[attr-defined]
