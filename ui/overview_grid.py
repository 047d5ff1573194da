"""The cycle overview's grid: task forces down, steps across, each state by symbol, word and colour."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sic_desktop.overview_marks import COLOURS, SYMBOLS
from ui.translate import translated

if TYPE_CHECKING:  # the services load SQLAlchemy: not before the window's first paint
    from sic_desktop.services.cycle_overview import Cell
    from sic_desktop.services.cycles import Window
    from sic_desktop.services.overview_screen import OverviewScreen

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
STATE_ROLE = Qt.ItemDataRole.UserRole


def state_words() -> dict[str, str]:
    """The states in the person's language."""
    return {"done": translate("overview", "done"), "due": translate("overview", "due"),
            "late": translate("overview", "late"), "not_started": translate("overview", "not started"),
            "not_applicable": translate("overview", "not applicable")}


def day(value: Any) -> str:
    return value.isoformat() if value else "?"


def window_words(window: Window | None) -> str:
    if window is None or (window.start is None and window.end is None):
        return translate("overview", "no window planned")
    return translate("overview", "%1 to %2").replace("%1", day(window.start)).replace("%2", day(window.end))


class GridModel(QAbstractTableModel):
    """One row per task force, one column per step; a cell's tooltip says its state and why."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.codes: list[str] = []
        self.names: dict[str, str] = {}
        self.steps: list[tuple[int, str]] = []
        self.windows: dict[int, Window] = {}
        self.cells: dict[tuple[str, int], Cell] = {}
        self.words = state_words()

    def set_screen(self, screen: OverviewScreen) -> None:
        self.beginResetModel()
        grid = screen.grid
        self.steps = list(grid.steps) if grid else []
        self.cells = {(c.task_force, c.step): c for c in grid.cells} if grid else {}
        self.codes = list(dict.fromkeys(c.task_force for c in grid.cells)) if grid else []
        self.names, self.windows = screen.names, screen.windows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.codes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.steps)

    def cell(self, index: Index) -> Cell | None:
        if not index.isValid():
            return None
        return self.cells.get((self.codes[index.row()], self.steps[index.column()][0]))

    def describe(self, index: Index) -> str:
        """The cell in words: whose step, its state and why, and the step's window."""
        cell = self.cell(index)
        if cell is None:
            return ""
        number, title = self.steps[index.column()]
        return (translate("overview", "%1, step %2 (%3): %4").replace("%1", cell.task_force)
                .replace("%2", str(number)).replace("%3", title).replace("%4", self.words[cell.state])
                + "\n" + translated(cell.why) + "\n"
                + translate("overview", "Window: %1").replace("%1", window_words(self.windows.get(number))))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return SYMBOLS[cell.state]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(index)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.words[cell.state]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(f"#{COLOURS[cell.state]}")
        if role == Qt.ItemDataRole.ForegroundRole:  # dark on the pale fills, in a dark palette too
            return QColor("#1d2521")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == STATE_ROLE:
            return cell.state
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.steps):
            number, title = self.steps[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return str(number)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return (translate("overview", "Step %1: %2").replace("%1", str(number)).replace("%2", title)
                        + "\n" + window_words(self.windows.get(number)))
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.codes):
            code = self.codes[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return code
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.names.get(code, code)
        return None

    def tally(self, row: int) -> dict[str, int]:
        """How many of the row's steps are in each state."""
        counts = dict.fromkeys(SYMBOLS, 0)
        for number, _title in self.steps:
            cell = self.cells.get((self.codes[row], number))
            if cell is not None:
                counts[cell.state] += 1
        return counts
