"""A record's history from the change log: who changed which field from what to what, and when."""

import html
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.base import Record
from sic_desktop.db.clock import parse_hlc
from sic_desktop.db.models import Change
from sic_desktop.services.naming import Titles, value_words
from ui.fields import fields_of
from ui.plainmodel import Index, PlainTableModel
from ui.rows import reader
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


def _when(hlc: str) -> str:
    millis, _ = parse_hlc(hlc)
    if not millis:
        return QCoreApplication.translate("history", "shipped with the program")
    return datetime.fromtimestamp(millis / 1000).strftime("%Y-%m-%d %H:%M:%S")


def _text(raw: str | None, table: str, field: str, record_id: str, session: Session, titles: Titles) -> str:
    """A logged value in words, the core's one way (a new record's every field by its label)."""
    if raw is None:
        return ""
    return value_words(session, titles, table, field, json.loads(raw), record_id=record_id)


def history(session: Session, model: type[Record], record_id: str) -> list[Entry]:
    """Every change of one record, oldest first (received ones included)."""
    specs = {spec.name: spec for spec in fields_of(model)}
    titles = Titles(session, reader())
    table = model.__tablename__
    rows = session.execute(select(Change).where(
        Change.table_name == model.__tablename__, Change.record_id == record_id).order_by(Change.hlc))
    entries = []
    for (change,) in rows:
        spec = specs.get(change.field)
        if change.field == "*":
            label = QCoreApplication.translate("history", "(created)")
        elif change.field == "deleted":
            label = QCoreApplication.translate("history", "(trash)")
        else:
            label = QCoreApplication.translate("fields", spec.label) if spec else change.field
        entries.append(Entry(_when(change.hlc), change.author, label,
                             _text(change.old_value, table, change.field, record_id, session, titles),
                             _text(change.new_value, table, change.field, record_id, session, titles),
                             change.kind, change.applied))
    return entries


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


def open_history(hub: Any, model: type[Record], record_id: str, title: str, parent: QWidget) -> None:
    hub.read(lambda session, _c: history(session, model, record_id),
             lambda entries: HistoryDialog(entries, title, parent).open())
