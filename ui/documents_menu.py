"""The Documents menu: documents and workbooks of the open record, and the reports of a chosen cycle."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow

# lupdate reads `translate("context", "literal")` calls: the entries keep the window's context, and
# with it their translations, from when they were written in the window's class.
translate = QCoreApplication.translate
AddAction = Callable[..., Any]


def fill(window: MainWindow, menu: QMenu, add: AddAction) -> None:
    """The menu's entries, each acting on the window's open record, task force or a chosen cycle.
    Their modules load when an entry is first chosen, not while the window starts."""

    def document(kind: str) -> Callable[[], None]:
        return lambda: _documents().for_open_record(window.hub, window.open_panel(), kind, window)

    add(menu, translate("MainWindow", "&Print the minutes of the open meeting..."), document("print-minutes"),
        QKeySequence.StandardKey.Print)
    add(menu, translate("MainWindow", "&Minutes of the open meeting as Word or PDF..."), document("minutes"))
    add(menu, translate("MainWindow", "&Concept note as Word or PDF..."), document("concept-note"))
    add(menu, translate("MainWindow", "&Letter of support for the open concept note..."), document("letter"))
    menu.addSeparator()
    add(menu, translate("MainWindow", "Blank concept-note &workbook..."),
        lambda: _workbooks().write_blank(window.hub, window))
    add(menu, translate("MainWindow", "&Import a filled concept-note workbook..."),
        lambda: _workbooks().import_workbook(window.hub, window.navigation.current_task_force(), window))
    add(menu, translate("MainWindow", "&Export the open concept note as a workbook..."),
        lambda: _export_workbook(window))
    menu.addSeparator()
    add(menu, translate("MainWindow", "&Annual progress report..."),
        lambda: _documents().annual_report(window.hub, window.navigation.current_task_force(), window))
    add(menu, translate("MainWindow", "&Official list of leaders and representatives..."),
        lambda: _documents().official_list(window.hub, window))


def _documents() -> Any:
    from ui import documents

    return documents


def _workbooks() -> Any:
    from ui import concept_note_workbook

    return concept_note_workbook


def _export_workbook(window: MainWindow) -> None:
    panel = window.open_panel()
    if panel is None or panel.model.__tablename__ != "concept_note":
        window.statusBar().showMessage(translate("MainWindow", "Open a concept note first."), 10_000)
        return
    _workbooks().export_note(window.hub, panel.record_id, window)
