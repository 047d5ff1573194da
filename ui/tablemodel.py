"""A table model over plain rows (sorted in Python) and a search proxy that filters as you type."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6 import QtCore  # `QtCore.Qt`, not `Qt`: the first paint goes without it (ui/qtvalues.py)
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from ui.fieldspec import FieldSpec
from ui.qtvalues import ALIGN_RIGHT_MIDDLE, DISPLAY_ROLE, TEXT_ALIGNMENT_ROLE, TOOL_TIP_ROLE, USER_ROLE
from ui.rows import Row

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = USER_ROLE + 1


def _sort_key(value: Any) -> tuple[int, Any]:
    # None sorts last; texts compare without case; mixed kinds never meet in one column
    # (dates, numbers and flags compare as they are).
    if value is None:
        return (1, 0)
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


class RecordTableModel(QAbstractTableModel):
    """Records of one kind as rows; columns are its fields."""

    def __init__(self, specs: Sequence[FieldSpec], parent: Any = None) -> None:
        super().__init__(parent)
        self.specs = tuple(specs)
        self.rows: list[Row] = []
        self.version = 0  # bumped before any change of the rows: cached filter answers then expire
        self._where: dict[str, int] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.specs)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == DISPLAY_ROLE:
            return row.texts[index.column()]
        if role == TOOL_TIP_ROLE and self.specs[index.column()].kind == "long":
            return row.texts[index.column()]
        if role == TEXT_ALIGNMENT_ROLE and self.specs[index.column()].kind in ("number", "whole"):
            return ALIGN_RIGHT_MIDDLE
        if role == ID_ROLE:
            return row.id
        return None

    def title(self, column: int) -> str:
        """The column's header as shown (translated)."""
        return QCoreApplication.translate("fields", self.specs[column].label)

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if role != DISPLAY_ROLE:
            return None
        if orientation == QtCore.Qt.Orientation.Horizontal and 0 <= section < len(self.specs):
            return self.title(section)
        if orientation == QtCore.Qt.Orientation.Vertical:
            return section + 1
        return None

    def set_rows(self, rows: list[Row]) -> None:
        self.version += 1
        self.beginResetModel()
        self.rows = rows
        self._reindex()
        self.endResetModel()

    def row_of(self, record_id: str) -> int:
        return self._where.get(record_id, -1)

    def record_id(self, row: int) -> str:
        return self.rows[row].id

    def upsert(self, rows: list[Row]) -> None:
        """Replace the rows with these ids, append the new ones."""
        self.version += 1
        fresh = []
        for row in rows:
            at = self._where.get(row.id)
            if at is None:
                fresh.append(row)
            else:
                self.rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.specs) - 1))
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(fresh) - 1)
            self.rows.extend(fresh)
            self._reindex()
            self.endInsertRows()

    def remove(self, ids: set[str]) -> None:
        """Take these records out (deleted, or moved out of view)."""
        self.version += 1
        for at in sorted((self._where[i] for i in ids if i in self._where), reverse=True):
            self.beginRemoveRows(QModelIndex(), at, at)
            del self.rows[at]
            self._reindex()
            self.endRemoveRows()

    def sort(self, column: int, order: QtCore.Qt.SortOrder | None = None) -> None:
        if not 0 <= column < len(self.specs):
            return
        self.version += 1
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.rows[i.row()].id for i in persistent]
        self.rows.sort(key=lambda row: _sort_key(row.values[column]),
                       reverse=order == QtCore.Qt.SortOrder.DescendingOrder)
        self._reindex()
        moved = [self.index(self._where[i], p.column()) for i, p in zip(ids, persistent, strict=True)]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _reindex(self) -> None:
        self._where = {row.id: at for at, row in enumerate(self.rows)}


class SearchProxy(QSortFilterProxyModel):
    """Keeps the rows holding every word typed, in any column; sorting is the source model's."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        # Answers computed in one pass per keystroke, valid while the rows keep their version.
        self._accepted: list[bool] | None = None
        self._version = -1

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        self._source = model

    def set_search(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        source = self._source
        accepted: list[bool] | None = None
        if words:
            haystacks = [row.haystack for row in source.rows]
            accepted = [False] * len(haystacks)
            # Typing on narrows the search: only the rows matching so far need looking at again.
            narrowing = (self._accepted is not None and self._version == source.version
                         and " ".join(words).startswith(" ".join(self._words)))
            previous = self._accepted
            candidates = ([at for at, hit in enumerate(previous) if hit] if narrowing and previous is not None
                          else range(len(haystacks)))
            for at in candidates:
                haystack = haystacks[at]
                if all(word in haystack for word in words):
                    accepted[at] = True
        self.beginFilterChange()
        self._words = words
        self._accepted = accepted
        self._version = source.version
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def search(self) -> str:
        return " ".join(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Called once per row on every keystroke: one precomputed haystack, no per-column data().
        if not self._words:
            return True
        if self._accepted is not None and self._version == self._source.version:
            return self._accepted[source_row]
        haystack = self._source.rows[source_row].haystack  # rows changed since: ask directly
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order: QtCore.Qt.SortOrder | None = None) -> None:
        # Python's sort over precomputed keys beats ~300k lessThan calls across the language border.
        self._source.sort(column, order)
