"""The concept-note workbook from the window: a blank one, a filled one read back, one note written out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.documents import window_language
from ui.spreadsheets import _say, _sheet_file, task_force_code
from ui.undo import ImportCommand
from ui.worker import Control

if TYPE_CHECKING:
    from ui.hub import Hub

translate = QCoreApplication.translate


def write_blank(hub: Hub, parent: QWidget, target: Path | None = None) -> None:
    """Save the blank workbook a project team fills in Excel, with this copy's lists."""
    target = target or _sheet_file(parent, translate("workbook", "Blank concept-note workbook"),
                                   "concept-note.xlsx", save=True)
    if target is None:
        return
    language = window_language()

    def job(session: Any, control: Control) -> Path:
        from sic_desktop.documents.note_records import choices
        from sic_desktop.sheets.note_workbook import write_template

        control.check()
        write_template(target, choices=choices(session), language=language)
        return target

    def done(path: Path) -> None:
        words = translate("workbook", "Wrote the blank concept-note workbook to %1")
        _say(parent, words.replace("%1", str(path)))

    hub.read(job, done, label=translate("workbook", "Writing the workbook..."))


def export_note(hub: Hub, note_id: str, parent: QWidget, target: Path | None = None) -> None:
    """Write one concept note into the workbook, to send to a team that works in Excel."""
    target = target or _sheet_file(parent, translate("workbook", "Export the concept note to Excel"),
                                   "concept-note.xlsx", save=True)
    if target is None:
        return
    language = window_language()

    def job(session: Any, control: Control) -> Path:
        from sic_desktop.documents.note_records import choices, form_from_note
        from sic_desktop.sheets.note_workbook import write_workbook

        form = form_from_note(session, note_id)
        control.check()
        write_workbook(form, target, choices=choices(session), language=language)
        return target

    def done(path: Path) -> None:
        _say(parent, translate("workbook", "Wrote the concept note to %1").replace("%1", str(path)))

    hub.read(job, done, label=translate("workbook", "Writing the workbook..."))


def import_workbook(hub: Hub, task_force_id: str | None, parent: QWidget, source: Path | None = None,
                    code: str | None = None) -> None:
    """Read a filled workbook into a task force: a new note, or the note its ID names; all or nothing."""
    source = source or _sheet_file(parent, translate("workbook", "Import a concept-note workbook"), "",
                                   save=False)
    if source is None:
        return
    if code is None:
        task_force_code(hub, task_force_id, parent,
                        lambda chosen: import_workbook(hub, task_force_id, parent, source, chosen))
        return

    def job(session: Any, control: Control) -> Any:
        from sic_desktop.documents.note_records import choices, save_form
        from sic_desktop.services.backups import before_import
        from sic_desktop.sheets.common import task_force_by_code
        from sic_desktop.sheets.note_read import read_workbook

        owner = task_force_by_code(session, code)
        form = read_workbook(source, choices=choices(session))
        before_import(control.store.path)
        control.check()
        return save_form(session, form, task_force=owner)

    def done(saved: Any) -> None:
        words = (translate("workbook", "Added concept note %1") if saved.created
                 else translate("workbook", "Updated concept note %1"))
        _say(parent, words.replace("%1", saved.note_id))
        if saved.changes:  # the same workbook again changes nothing and leaves nothing to undo
            step = translate("undo", "Import the concept note from %1").replace("%1", source.name)
            what = translate("workbook", "the import of %1").replace("%1", source.name)  # in a refusal
            hub.undo_stack.push(ImportCommand(hub, saved.changes, step, what=what))

    label = translate("workbook", "Importing the workbook (all or nothing)...")
    hub.write(job, done, label=label, everything=True)
