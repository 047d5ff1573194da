"""The realistic dataset holds every kind of value every column can hold, and the window shows it."""

from pytestqt.qtbot import QtBot

from sic_desktop.db.store import Store
from tests.gui.conftest import open_from, wait_idle
from tests.realistic import every_column_filled, fill, kinds_left_out
from ui.areapage import AreaPage
from ui.areas import AREAS
from ui.mainwindow import MainWindow


def test_the_realistic_dataset_fills_every_column_of_every_kind(store: Store) -> None:
    data = fill(store)
    assert kinds_left_out(data) == []
    assert every_column_filled(store, data) == []


def test_every_list_opens_its_first_realistic_record(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    data = fill(store)
    opened = 0
    for item in AREAS:
        window.navigation.choose_area(item.key)
        page = window.current_page()
        if not isinstance(page, AreaPage):
            continue
        for at, table in enumerate(item.kinds):
            page.tabs.setCurrentIndex(at)
            listing = page.current_list()
            assert listing is not None
            wait_idle(qtbot, window.worker)
            if table in data.ids:
                panel = open_from(listing, qtbot, data.first(table))
                assert panel.title.text(), table
                opened += 1
    assert opened >= 20
    assert window.errors == []  # type: ignore[attr-defined]
