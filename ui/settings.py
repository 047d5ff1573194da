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


def store(key: str, value: object) -> None:
    settings().setValue(key, value)
