"""Every QSettings key the window uses, with its type, in one place (Frescobaldi style)."""

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "4p1000"
ORGANISATION_DOMAIN = "4p1000.org"
APPLICATION = "SIC Desktop"

GEOMETRY = "window/geometry"
STATE = "window/state"
LAST_AREA = "window/last_area"
LAST_TASK_FORCE = "window/last_task_force"
LAST_FOLDER = "files/last_folder"
PANEL_SHARE = "window/panel_share"  # of a list's room its open record takes, as the person last left it
SCREEN = "window/screen"  # the screen the geometry was saved on: its available size and scale


def settings() -> QSettings:
    """The application's settings (names are set once on the QApplication)."""
    return QSettings()


def text(key: str, default: str = "") -> str:
    """A text setting; QSettings may hand back None or a list on some platforms."""
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def binary(key: str) -> QByteArray | None:
    """A byte-array setting (geometry, state), or None when unset or damaged."""
    value = settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def number(key: str) -> float | None:
    """A number setting between 0 and 1 (a share), or None when unset or damaged (ini files keep text)."""
    try:
        value = float(settings().value(key))
    except (TypeError, ValueError):
        return None
    return value if 0.0 < value < 1.0 else None


def store(key: str, value: object) -> None:
    settings().setValue(key, value)
