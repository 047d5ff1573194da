"""Where the main window goes: the last session's place when it still fits the screen, else most of it."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMainWindow

from ui import settings

SMALLEST = (800, 500)  # a restored window smaller than this (or the screen) is a leftover, not a choice
SMALL_SCREEN = (1400, 820)  # a window opens maximised on a screen smaller than this (1366x768, 150 %)


def default_geometry(available: QRect) -> tuple[QRect, bool]:
    """Where a first window goes: most of the screen, centred (never capped at a laptop's size), and
    whether to maximise it - on a small screen (1366x768, or any at 150 %) every pixel counts."""
    margin_x, margin_y = available.width() // 20, available.height() // 20
    small = available.width() < SMALL_SCREEN[0] or available.height() < SMALL_SCREEN[1]
    return available.adjusted(margin_x, margin_y, -margin_x, -margin_y), small


def fits(window: QRect, available: QRect) -> bool:
    """A restored window lies on the screen (frames may overhang it by their border, as on Windows)
    and is not a leftover too small to work in."""
    seen = window.intersected(available)
    least_width = min(SMALLEST[0], int(available.width() * 0.6))
    least_height = min(SMALLEST[1], int(available.height() * 0.6))
    return (seen.width() * seen.height() >= 0.9 * window.width() * window.height()
            and window.width() >= least_width and window.height() >= least_height)


def screen_key(screen: QScreen) -> str:
    """What a saved geometry depends on: the screen's available room and its scale."""
    room = screen.availableGeometry()
    return f"{room.width()}x{room.height()}@{screen.devicePixelRatio():g}"


def restore(window: QMainWindow) -> bool:
    """Put `window` where the last session left it, when that was on a screen like this one and fits it.

    A geometry saved at 150 % or on a bigger screen came back as a 490x450 window, or cut off.
    """
    geometry = settings.binary(settings.GEOMETRY)
    if geometry is None or settings.text(settings.SCREEN) != screen_key(window.screen()):
        return False
    if not window.restoreGeometry(geometry):
        return False
    if window.isMaximized() or window.isFullScreen():
        return True
    return fits(window.geometry(), window.screen().availableGeometry())
