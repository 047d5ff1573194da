"""The error dialog: a user's problem explained in words, a bug reported without losing work."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from ui.translate import translated

if TYPE_CHECKING:  # a dialog class is imported when an error first happens, not at start-up
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)
_shown: list[QMessageBox] = []  # a box without a parent window lives as long as it is open


# lupdate reads `translate("context", "literal")` calls; the alias keeps lines short.
translate = QCoreApplication.translate


def message_of(error: BaseException) -> str:
    """An error's message in the person's language (the English str(error) when it is not a Text)."""
    from sic_desktop.text import Text

    if len(error.args) == 1 and isinstance(error.args[0], Text):
        return translated(error.args[0])
    return str(error)


def explain(error: BaseException) -> tuple[str, str | None]:
    """The words for a person, and technical details when it is a bug."""
    from sic_desktop.errors import SicError
    from ui.worker import Cancelled

    if isinstance(error, SicError | Cancelled):
        return message_of(error), None
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    words = translate(
        "errors", "Something went wrong inside SIC Desktop (a bug, not your mistake). The step that "
        "failed was not saved; the work saved before it is safe. Please open the details with the "
        "button below and send them to the Executive Secretariat.")
    return words, details


def show_error(error: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """Show an error without blocking the event loop (nothing waits on the answer)."""
    from PySide6.QtWidgets import QMessageBox

    words, details = explain(error)
    if details:
        log.error("Unexpected error", exc_info=error)
    else:  # a refusal, in the words the person read (an outcome, not a fault: INFO reaches the log file)
        log.info("Refused: %s", error)
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning if details is None else QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("errors", "SIC Desktop"))
    box.setText(words)
    if details:
        box.setDetailedText(details)
    box.setAccessibleName(translate("errors", "Error message"))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _shown.append(box)
    box.finished.connect(lambda _result: _shown.remove(box) if box in _shown else None)
    box.open()
    return box


def install_excepthook() -> None:
    """Route exceptions raised in slots to the dialog instead of losing them on the console."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            previous(kind, error, tb)
            return
        error.__traceback__ = tb
        try:
            show_error(error)
        except Exception:  # the dialog itself failed: fall back to the console, never recurse
            previous(kind, error, tb)

    sys.excepthook = hook
