"""A list's columns: which are shown (the person's choice, kept in the settings) and how wide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QMenu, QTableView

from ui import settings
from ui.areas import DEFAULT_COLUMNS
from ui.tablemodel import RecordTableModel


def fill_menu(menu: QMenu, view: QTableView, model: RecordTableModel, table: str) -> None:
    """A check entry per column in `menu`; the columns hidden as last chosen (or by default)."""
    hidden = set(hidden_columns(model, table))
    for column, spec in enumerate(model.specs):
        action = QAction(QCoreApplication.translate("fields", spec.label), menu)
        action.setCheckable(True)
        action.setChecked(spec.name not in hidden)
        action.toggled.connect(lambda on, c=column: show_column(view, model, table, c, on))
        menu.addAction(action)
        view.setColumnHidden(column, spec.name in hidden)


def hidden_columns(model: RecordTableModel, table: str) -> list[str]:
    stored = settings.settings().value(f"columns/{table}")
    if isinstance(stored, list):
        return [str(name) for name in stored]
    if isinstance(stored, str):
        return [stored] if stored else []
    shown = DEFAULT_COLUMNS.get(table)
    if shown:
        return [s.name for s in model.specs if s.name not in shown]
    return [s.name for s in model.specs if s.kind == "long" or s.name == "task_force_id"]


def show_column(view: QTableView, model: RecordTableModel, table: str, column: int, shown: bool) -> None:
    view.setColumnHidden(column, not shown)
    hidden = [s.name for c, s in enumerate(model.specs) if view.isColumnHidden(c)]
    settings.store(f"columns/{table}", hidden or "")


def size(view: QTableView, model: RecordTableModel, metrics: QFontMetrics) -> None:
    """Each column as wide as its first 200 rows' texts and its title need, 6 to 40 characters."""
    char = metrics.averageCharWidth()
    sample = model.rows[:200]
    for column in range(model.columnCount()):
        longest = max([len(row.texts[column]) for row in sample], default=0)
        content = min(40, max(6, longest)) * char + 24
        # The header as shown (translated), with room for the sort arrow, up to 40 characters.
        title = metrics.horizontalAdvance(model.title(column)) + 32
        view.setColumnWidth(column, max(content, min(title, 40 * char)))
