"""A record's history from the change log: who changed which field from what to what, and when."""

import html
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from sic_desktop.services import history_read
from ui.plainmodel import Index, PlainTableModel
from ui.rows import reader
from ui.schema import TABLES
from ui.sync.codes import change_kinds, word


@dataclass(frozen=True)
class Entry:
    when: str
    author: str
    field: str
    old: str
    new: str
    kind: str
    applied: bool


def _when(when: datetime | None) -> str:
    if when is None:
        return QCoreApplication.translate("history", "shipped with the program")
    return when.strftime("%Y-%m-%d %H:%M:%S")


def _label(table: str, field: str) -> str:
    if field == "*":
        return QCoreApplication.translate("history", "(created)")
    if field == "deleted":
        return QCoreApplication.translate("history", "(trash)")
    spec = next((s for s in TABLES[table].fields if s.name == field), None) if table in TABLES else None
    return QCoreApplication.translate("fields", spec.label) if spec else field


def history(session: Any, table: str, record_id: str) -> list[Entry]:
    """Every change of one record, oldest first (received ones included), in the person's words."""
    return [Entry(_when(c.when), c.author, _label(table, c.field), c.old, c.new, c.kind, c.applied)
            for c in history_read.history(session, table, record_id, reader())]


WHEN, WAS, BECAME = 0, 3, 4  # a date is never cut; the values share the room the others leave
CAP_CHARS = 22  # a longer name of a person, field or kind wraps within its column
SCREEN_SHARE = 0.85  # of a small or scaled screen the dialog may take, its title bar in view
VALUE_LINES = 4  # a longer value (a new record's every field) is cut here, and whole in its tooltip


class HistoryModel(PlainTableModel):
    """The history's rows; a value's tooltip wraps, for a new record's every field is a long line."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        text = super().data(index, role)
        if role == Qt.ItemDataRole.ToolTipRole and text:
            # As rich text Qt wraps it to a readable width; its own line breaks are kept.
            return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
        return text


class HistoryDialog(QDialog):
    """The history of one record, newest first (in the change log's order), sortable by any column."""

    def __init__(self, entries: list[Entry], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", title))
        self.model = HistoryModel([self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Was"),
                                      self.tr("Became"), self.tr("Kind")], self)
        kinds = change_kinds()
        self.model.set_rows([
            (e.when, e.author, e.field, e.old, e.new, word(kinds, e.kind) if e.applied
             else self.tr("%1 (not applied: in conflict)").replace("%1", word(kinds, e.kind)))
            for e in reversed(entries)])  # newest first; "shipped with the program" last
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(proxy)
        # Unsorted until a header is clicked: the change log's order, not the texts of "When".
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(True)
        self.view.setTabKeyNavigation(False)  # Tab goes on to the buttons (arrows move between cells)
        self._size_columns()
        self.view.setAccessibleName(self.tr("History"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(900, int(screen.width() * SCREEN_SHARE)),
                    min(480, int(screen.height() * SCREEN_SHARE)))

    def _size_columns(self) -> None:
        """Names and dates as wide as they are (within a cap), the values sharing the rest, wrapped."""
        header = self.view.horizontalHeader()
        cap = CAP_CHARS * self.view.fontMetrics().averageCharWidth()
        for column in range(self.model.columnCount()):
            if column in (WAS, BECAME):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                width = self.view.sizeHintForColumn(column)
                width = width if column == WHEN else min(width, cap)
                self.view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped values: taller rows
        rows.setMaximumSectionSize(VALUE_LINES * self.view.fontMetrics().lineSpacing() + 8)


def open_history(hub: Any, table: str, record_id: str, title: str, parent: QWidget) -> None:
    hub.read(lambda session, _c: history(session, table, record_id),
             lambda entries: HistoryDialog(entries, title, parent).open())
