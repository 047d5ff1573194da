"""The sync screens' read-only tables, their columns sized to what they show whenever the rows change."""

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from ui.columnfit import bold_titles, share
from ui.plainmodel import PlainTableModel

CAP_CHARS = 40  # a long text stops here (its tooltip shows it whole) so the columns after it stay in view
FLOOR_CHARS = 14  # and, when the table is narrow, may give up room down to this


class SyncTable(QTableView):
    """Rows selected whole, never edited; each column as wide as its title and its texts up to a cap,
    the room left over going to the column whose texts are the longest. A column a person widens or
    narrows keeps its width."""

    def __init__(self, model: PlainTableModel, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes on to the buttons; the arrows move between rows
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setAccessibleName(name)
        self.wanted: list[int] = []
        self.floors: list[int] = []
        self.longest: list[int] = []
        self.sized_by_hand = False
        self._fitting = False
        self.horizontalHeader().sectionResized.connect(self._resized)
        model.modelReset.connect(self.fit_columns)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Measure every column (its bold title, as Qt draws it beside a selected row, and its texts)."""
        header = self.horizontalHeader()
        bold, plain = bold_titles(header), QFontMetrics(header.font())
        char = self.fontMetrics().averageCharWidth()
        model = self.model()
        self.wanted, self.floors, self.longest = [], [], []
        for column in range(model.columnCount()):
            title = str(model.headerData(column, header.orientation()) or "")
            padding = header.sectionSizeFromContents(column).width() - plain.horizontalAdvance(title)
            least, content = bold.horizontalAdvance(title) + padding, self.sizeHintForColumn(column)
            self.wanted.append(max(least, min(content, CAP_CHARS * char)))
            self.floors.append(max(least, min(content, FLOOR_CHARS * char)))
            self.longest.append(content)
        self._lay_out()

    def _lay_out(self) -> None:
        if self.sized_by_hand or not self.wanted:
            return
        capped = [column for column, width in enumerate(self.wanted) if self.longest[column] > width]
        grow = max(capped, key=self.longest.__getitem__) if capped else len(self.wanted) - 1
        widths = share(self.wanted, self.floors, self.viewport().width(), grow)
        self._fitting = True
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self._fitting = False

    def _resized(self, *_section: Any) -> None:
        if not self._fitting and not self.sized_by_hand:
            self.sized_by_hand = True
            self.horizontalHeader().setStretchLastSection(True)  # the room left over, as Qt gives it

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the window, or a scroll bar coming or going
            self._lay_out()
        return super().viewportEvent(event)


def table(model: PlainTableModel, parent: QWidget, name: str) -> SyncTable:
    return SyncTable(model, parent, name)
