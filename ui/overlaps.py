"""Step 8 at the Secretariat: pairs of alike concept notes from different task forces, with reasons.

The Secretariat marks a pair "not an overlap" or "connect the teams" (services/overlap_choices.py):
the choice is stored, travels in master bundles, and shows in every copy's list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.hub import Hub
from ui.translate import translated
from ui.worker import Control

if TYPE_CHECKING:  # the services load SQLAlchemy: not before the window's first paint
    from sic_desktop.services.overlaps_read import Pair

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class PairModel(QAbstractTableModel):
    """One row per pair: score, each note's task force and title, the reasons in words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.pairs: list[Pair] = []
        self.headers = [self.tr("Score"), self.tr("Task force"), self.tr("Concept note"),
                        self.tr("Task force"), self.tr("Concept note"), self.tr("Reasons"),
                        self.tr("Choice")]

    def set_pairs(self, pairs: list[Pair]) -> None:
        self.beginResetModel()
        self.pairs = pairs
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def reasons(self, row: int) -> str:
        return "; ".join(translated(reason) for reason in self.pairs[row].reasons)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pair, column = self.pairs[index.row()], index.column()
        chosen = QCoreApplication.translate("choices", pair.choice) if pair.choice else ""
        values: list[Any] = [pair.score, pair.a.task_force, pair.a.title, pair.b.task_force, pair.b.title,
                             self.reasons(index.row()), chosen]
        if role == SORT_ROLE:
            return values[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{pair.score:.2f}" if column == 0 else values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(translated(reason) for reason in pair.reasons) if column in (0, 5) else \
                str(values[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.UserRole:
            return (pair.a.id, pair.b.id)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


class OverlapsPage(QWidget):
    """The alike pairs, most alike first; sort by any column, search every word, read the reasons."""

    shown = Signal()  # the pairs are on screen

    def __init__(self, hub: Hub, *, regional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.model = PairModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the pairs (task force, title, reason)"))
        self.search.setAccessibleName(self.tr("Search the pairs"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Alike concept notes"))
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # the reasons take the room left
        # Rows as tall as their wrapped reasons at the widths the columns end up with, measured once the
        # layout has settled (not at each step of it).
        self._rows_later = QTimer(self)
        self._rows_later.setSingleShot(True)
        self._rows_later.setInterval(0)
        self._rows_later.timeout.connect(self.view.resizeRowsToContents)
        header.sectionResized.connect(lambda *_sizes: self._rows_later.start())
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("The chosen pair and why they are alike"))
        self.view.selectionModel().currentRowChanged.connect(lambda now, _before: self._tell(now))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addLayout(self._choice_buttons(regional))
        hub.everything_changed.connect(self.reload)
        hub.records_changed.connect(
            lambda changes: self.reload() if any(c.table == "overlap_choice" for c in changes) else None)

    def _choice_buttons(self, regional: bool) -> QHBoxLayout:
        """The Secretariat's word on the chosen pair; a regional copy reads it, with the reason."""
        row = QHBoxLayout()
        self.choice_buttons: dict[str | None, QPushButton] = {
            "not an overlap": QPushButton(self.tr("&Not an overlap"), self),
            "connect the teams": QPushButton(self.tr("Connect the &teams"), self),
            None: QPushButton(self.tr("C&lear the choice"), self)}
        for choice, button in self.choice_buttons.items():
            button.setEnabled(False)
            if regional:
                button.setToolTip(self.tr("The Executive Secretariat decides on overlaps: read-only here"))
            button.clicked.connect(lambda _checked=False, c=choice: self.choose(c))
            row.addWidget(button)
        row.addStretch(1)
        self.regional = regional
        return row

    def choose(self, choice: str | None) -> None:
        """Record the Secretariat's word on the chosen pair (None takes it back); it travels to every copy."""
        chosen = self.current_pair()
        if chosen is None:
            return

        def job(session: Any, _control: Control) -> Any:
            from sic_desktop.services.overlap_choices import choose

            return choose(session, a=chosen[0], b=chosen[1], choice=choice)

        self.hub.write(job, lambda _outcome: None)

    def set_task_force(self, _task_force_id: str | None) -> None:
        """Pairs always span two task forces, so the list is the Initiative's whichever is chosen."""
        if not self.model.pairs:
            self.reload()

    def reload(self) -> None:
        def job(session: Any, _control: Control) -> list[Pair]:
            from sic_desktop.services.overlaps_read import overlap_pairs

            return overlap_pairs(session)

        self.hub.read(job, self._show)

    def _show(self, pairs: list[Pair]) -> None:
        was = self.current_pair()
        self.model.set_pairs(pairs)
        self.summary.setText(self.tr("Pairs of concept notes from different task forces that are alike (the "
                                     "same subject, countries, partners or acronym): %1").replace(
                                         "%1", str(len(pairs)))
                             if pairs else self.tr("No concept notes of different task forces are alike."))
        self._fit()
        if self.proxy.rowCount():  # the pair chosen before a reload, while it is still alike
            rows = [r for r in range(self.proxy.rowCount())
                    if self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) == was]
            self.view.setCurrentIndex(self.proxy.index(rows[0] if rows else 0, 0))
        self._tell(self.view.currentIndex())
        self.shown.emit()

    def _fit(self) -> None:
        """Score and task forces as wide as their titles, each title up to a fifth of the width, the
        reasons the rest; rows as tall as their wrapped reasons."""
        header = self.view.horizontalHeader()
        room = self.view.viewport().width()
        for column in (0, 1, 3):
            self.view.setColumnWidth(column, header.sectionSizeFromContents(column).width())
        for column, share in ((2, 5), (4, 5), (6, 9)):  # the reasons keep what is left
            self.view.setColumnWidth(column, max(header.sectionSizeFromContents(column).width(),
                                                 min(self.view.sizeHintForColumn(column), room // share)))
        self._rows_later.start()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def current_pair(self) -> tuple[str, str] | None:
        index = self.view.currentIndex()
        return self.proxy.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _tell(self, index: QModelIndex) -> None:
        for button in self.choice_buttons.values():
            button.setEnabled(index.isValid() and not self.regional)
        if not index.isValid():
            self.detail.setText("")
            return
        pair = self.model.pairs[self.proxy.mapToSource(index).row()]
        notes = self.tr("%1 \"%2\" and %3 \"%4\" (score %5)").replace("%1", pair.a.task_force).replace(
            "%2", pair.a.title).replace("%3", pair.b.task_force).replace("%4", pair.b.title).replace(
            "%5", f"{pair.score:.2f}")
        self.detail.setText(notes + "\n" + "\n".join(f"- {translated(r)}" for r in pair.reasons))
