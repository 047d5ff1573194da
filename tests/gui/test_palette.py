"""The window takes the system's colours: a dark palette gives dark lists, forms and navigation."""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import wait_idle
from ui.areapage import AreaPage
from ui.mainwindow import MainWindow

DARK_BASE = QColor("#1e1e1e")
DARK_WINDOW = QColor("#2b2b2b")
LIGHT_TEXT = QColor("#e6e6e6")


@pytest.fixture
def dark_palette(qapp: QApplication) -> Iterator[QPalette]:
    """What a desktop in dark mode hands to Qt, put back afterwards."""
    before = QPalette(qapp.palette())
    dark = QPalette(before)
    role = QPalette.ColorRole
    for which, color in ((role.Window, DARK_WINDOW), (role.Base, DARK_BASE), (role.AlternateBase, DARK_BASE),
                         (role.Text, LIGHT_TEXT), (role.WindowText, LIGHT_TEXT), (role.Button, DARK_WINDOW),
                         (role.ButtonText, LIGHT_TEXT)):
        dark.setColor(which, color)
    qapp.setPalette(dark)
    yield dark
    qapp.setPalette(before)


def corner_colour(widget: QWidget) -> QColor:
    """The colour drawn in the widget's bottom-right corner (empty space in lists and forms)."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() - 3, image.height() - 3)


def test_dark_palette_gives_a_dark_window(dark_palette: QPalette, window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1200, 700)
    window.navigation.choose_area("inventory")
    wait_idle(qtbot, window.worker)
    page = window.current_page()
    assert isinstance(page, AreaPage)
    listing = page.current_list()
    assert listing is not None
    for widget in (listing.view.viewport(), window.navigation.areas.viewport(), listing.placeholder):
        assert corner_colour(widget).lightness() < 80, type(widget).__name__
    assert listing.view.palette().color(QPalette.ColorRole.Text) == LIGHT_TEXT
