"""Members and inventory through Excel from the File menu: long work with progress, all or nothing."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from sic_desktop.sheets.kinds import KINDS
from ui import settings
from ui.translate import translated
from ui.undo import ImportCommand
from ui.worker import Control

if TYPE_CHECKING:
    from ui.hub import Hub



# lupdate reads `translate("context", "literal")` calls; the alias keeps lines short.
translate = QCoreApplication.translate


def _sheet_file(parent: QWidget, title: str, name: str, *, save: bool) -> Path | None:
    folder = Path(settings.text(settings.LAST_FOLDER, str(Path.home())))
    pick = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
    if save:
        kinds = translate("spreadsheets", "Excel workbook (*.xlsx);;Text, comma-separated (*.csv)")
    else:
        kinds = translate("spreadsheets", "Spreadsheets (*.xlsx *.xlsm *.csv *.ods *.xls)")
    chosen, kind = pick(parent, title, str(folder / name), kinds)
    if not chosen:
        return None
    settings.store(settings.LAST_FOLDER, str(Path(chosen).parent))
    if save and "*.csv" in kind and Path(chosen).suffix.lower() != ".csv":  # the type chosen decides
        return Path(chosen).with_suffix(".csv")
    return Path(chosen)


def task_force_code(hub: Hub, task_force_id: str | None, parent: QWidget, then: Any) -> None:
    """The code of the chosen task force, asking for one when all are shown."""

    def job(session: Any, _control: Control) -> list[tuple[str, str]]:
        from sic_desktop.services.lists import task_forces

        return task_forces(session)

    def chosen(codes: list[tuple[str, str]]) -> None:
        current = next((code for code, tf_id in codes if tf_id == task_force_id), None)
        if current is None:
            names = [code for code, _ in codes]
            current, ok = QInputDialog.getItem(
                parent, translate("spreadsheets", "Import"),
                translate("spreadsheets", "Into which task force?"), names, 0, False)
            if not ok:
                return
        then(current)

    hub.read(job, chosen)


def export_list(hub: Hub, which: str, task_force_id: str | None, parent: QWidget,
                target: Path | None = None) -> None:
    kind = KINDS[which]
    title = translate("spreadsheets", "Export to Excel")
    target = target or _sheet_file(parent, title, f"{which}.xlsx", save=True)
    if target is None:
        return

    def job(session: Any, control: Control) -> int:
        from sic_desktop.services.lists import task_force_code

        code = task_force_code(session, task_force_id) if task_force_id else None
        control.check()
        return kind.export(session, target, task_force=code)

    def done(count: int) -> None:
        text = translate("spreadsheets", "Wrote %1 rows to %2")
        _say(parent, text.replace("%1", str(count)).replace("%2", str(target)))

    hub.read(job, done, label=translate("spreadsheets", "Writing the workbook..."))


def import_list(hub: Hub, which: str, task_force_id: str | None, parent: QWidget,
                source: Path | None = None, code: str | None = None,
                mapping: dict[str, str] | None = None) -> None:
    kind = KINDS[which]
    source = source or _sheet_file(parent, translate("spreadsheets", "Import from Excel"), "", save=False)
    if source is None:
        return
    if code is None:
        task_force_code(hub, task_force_id, parent,
                        lambda chosen: import_list(hub, which, task_force_id, parent, source, chosen))
        return

    def job(session: Any, control: Control) -> Any:
        from sic_desktop.services.backups import before_import

        before_import(control.store.path)
        control.check()
        return kind.import_(session, source, task_force=code, mapping=mapping)

    def done(result: Any) -> None:
        logging.getLogger(__name__).info("%s import from %s: %s", which, source, result.summary())
        text = translate("spreadsheets", "Imported %1: %2")
        _say(parent, text.replace("%1", source.name).replace("%2", translated(result.summary())))
        if result.outcome.changes:  # a file that changed nothing leaves nothing to undo
            rows = str(result.added + result.updated)
            step = translate("undo", "Import %1 rows from %2").replace("%1", rows).replace("%2", source.name)
            what = translate("spreadsheets", "the import of %1").replace("%1", source.name)  # in a refusal
            hub.undo_stack.push(ImportCommand(hub, result.outcome.changes, step, what=what))

    label = translate("spreadsheets", "Importing the workbook (all or nothing)...")
    hub.write(job, done, label=label, everything=True)


def _say(parent: QWidget, text: str) -> None:
    bar = getattr(parent.window(), "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 15_000)


def import_with_preview(hub: Hub, which: str, task_force_id: str | None, parent: QWidget,
                        source: Path | None = None, code: str | None = None,
                        mapping: dict[str, str] | None = None) -> None:
    """The File menu's import: the file, its task force, the columns when needed, a preview, then the import.

    Nothing is written before the person presses Import in the preview.
    """
    from ui.sheet_import import MappingDialog, PreviewDialog, mapping_problem, remember, remembered

    kind = KINDS[which]
    source = source or _sheet_file(parent, translate("spreadsheets", "Import from a spreadsheet"), "",
                                   save=False)
    if source is None:
        return
    if code is None:
        task_force_code(hub, task_force_id, parent, lambda chosen: import_with_preview(
            hub, which, task_force_id, parent, source, chosen, mapping))
        return

    def job(session: Any, control: Control) -> Any:
        from sic_desktop.sheets.preview import glimpse, preview_import

        seen = glimpse(kind, source)
        used = mapping if mapping is not None else remembered(which, seen.layout) or None
        control.check()
        result = preview_import(session, kind, source, task_force=code, mapping=used)
        return glimpse(kind, source, mapping=used), result, used

    def ask_columns(seen: Any) -> None:
        dialog = MappingDialog(seen, source.name, parent)

        def chosen() -> None:
            remember(which, seen.layout, dialog.mapping())
            import_with_preview(hub, which, task_force_id, parent, source, code, dialog.mapping())

        dialog.accepted.connect(chosen)
        dialog.open()

    def shown(answer: tuple[Any, Any, dict[str, str] | None]) -> None:
        seen, preview, used = answer
        if mapping_problem(preview) and mapping is None:
            ask_columns(seen)
            return
        dialog = PreviewDialog(preview, source.name, parent)
        dialog.accepted.connect(lambda: import_list(hub, which, task_force_id, parent, source, code,
                                                    used))

        def other_columns() -> None:
            dialog.reject()
            ask_columns(seen)

        dialog.columns_button.clicked.connect(other_columns)
        dialog.open()

    hub.read(job, shown, label=translate("spreadsheets", "Reading the file..."))
