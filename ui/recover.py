"""Before the window opens on a damaged database: say so, and offer its last good backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

translate = QCoreApplication.translate


def recovery_box(database: Path, reason: str, backup: Path | None) -> QMessageBox:
    """The dialog: what is wrong, and (when there is one) the backup that would bring the work back."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("recover", "SIC Desktop"))
    box.setAccessibleName(translate("recover", "Damaged database"))
    words = translate("recover", "The database %1 is damaged (%2). Nothing has been written to it.")
    words = words.replace("%1", str(database)).replace("%2", reason)
    if backup is None:
        box.setText(words + " " + translate(
            "recover", "No sound backup of it was found: keep the file and ask the Executive "
            "Secretariat for help."))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        return box
    box.setText(words + " " + translate(
        "recover", "Its last good backup is %1. Restore it? The damaged file is kept beside it, "
        "renamed.").replace("%1", str(backup)))
    restore = box.addButton(translate("recover", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("recover", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    return box


def chose_restore(box: QMessageBox) -> bool:
    from PySide6.QtWidgets import QMessageBox

    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole


def restore(database: Path, backup: Path) -> Path:
    """Keep the damaged file aside and put the backup in its place; where the damaged one went."""
    from sic_desktop.recovery import restore_over

    return restore_over(database, backup)


def check_before_opening(database: Path) -> bool:
    """True when the window may open on `database` (sound, or just restored from its backup)."""
    from sic_desktop import recovery

    reason = recovery.opening_problem(database)
    if reason is None:
        return True
    from ui.app import make_application
    from ui.focusring import install

    make_application()
    install()
    backup = recovery.last_good_backup(database)
    box = recovery_box(database, reason, backup)
    box.exec()
    if backup is None or not chose_restore(box):
        return False
    from sic_desktop.errors import SicError

    try:
        restore(database, backup)
    except SicError as problem:
        from PySide6.QtWidgets import QMessageBox

        from ui.errors import message_of

        QMessageBox.critical(None, translate("recover", "SIC Desktop"), message_of(problem))
        return False
    return True
