"""The cycle overview: task forces x steps derived from the records, counts, windows, what is due."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.overview_marks import SYMBOLS
from ui.hub import Hub
from ui.overview_grid import GridModel, state_words
from ui.plainmodel import PlainTableModel
from ui.sync.tables import table
from ui.translate import translated
from ui.worker import Control

if TYPE_CHECKING:  # the services load SQLAlchemy: not before the window's first paint
    from sic_desktop.services.overview_screen import OverviewScreen


class CellDelegate(QStyledItemDelegate):
    """A chosen cell keeps its state's colour, framed in the highlight colour instead of filled with it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        chosen = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        if chosen:
            painter.save()
            painter.setPen(QPen(option.palette.highlight().color(), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class GridView(QTableView):
    """The grid: arrows move from cell to cell; the columns share the width, never narrower than a
    step's number."""

    def __init__(self, model: GridModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CellDelegate(self))
        self.setTabKeyNavigation(False)  # Tab goes on to the buttons and tabs
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Steps by task force"))
        self.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("88") + 16)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)


class OverviewPage(QWidget):
    """Where the cycle stands: each task force's steps, their why, counts, windows and deadlines."""

    shown = Signal()  # a cycle's overview is on screen
    exported = Signal(str)  # the file an export wrote

    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.task_force_id: str | None = None
        self.data: OverviewScreen | None = None
        self.cycle = QComboBox(self)
        self.cycle.setAccessibleName(self.tr("Cycle"))
        self.cycle.activated.connect(lambda _at: self.reload())
        cycle_label = QLabel(self.tr("&Cycle"), self)
        cycle_label.setBuddy(self.cycle)
        words = state_words()
        # Each entry stays whole on a line (no-break spaces); the legend wraps between entries.
        entries = [f"{SYMBOLS[key]} {words[key]}".replace(" ", "\u00a0") for key in SYMBOLS]
        self.legend = QLabel("   ".join(entries), self)
        self.legend.setAccessibleName(self.tr("Legend"))
        self.legend.setWordWrap(True)  # at 150 % in French one line would push the window past the screen
        self.print_button = QPushButton(self.tr("&Print..."), self)
        self.print_button.clicked.connect(self.print_preview)
        self.xlsx_button = QPushButton(self.tr("Export to &Excel..."), self)
        self.xlsx_button.clicked.connect(lambda: self.export_as(".xlsx"))
        self.pdf_button = QPushButton(self.tr("Export to P&DF..."), self)
        self.pdf_button.clicked.connect(lambda: self.export_as(".pdf"))
        top = QHBoxLayout()
        top.addWidget(cycle_label)
        top.addWidget(self.cycle)
        top.addStretch(1)
        for button in (self.print_button, self.xlsx_button, self.pdf_button):
            top.addWidget(button)

        self.grid = GridModel(self)
        self.grid_view = GridView(self.grid, self)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("The chosen step's state and why"))
        self.grid_view.selectionModel().currentChanged.connect(lambda now, _before: self._tell(now))
        grid_tab = QWidget(self)
        grid_layout = QVBoxLayout(grid_tab)
        grid_layout.addWidget(self.legend)  # above the grid it explains, the whole width to itself
        grid_layout.addWidget(self.grid_view, 1)
        grid_layout.addWidget(self.detail)

        self.counts = PlainTableModel([self.tr("Task force"), self.tr("Name"), self.tr("Done"),
                                       self.tr("Late"), self.tr("Members"), self.tr("Activities"),
                                       self.tr("Meetings"), self.tr("Ideas"), self.tr("Teams"),
                                       self.tr("Concept notes"), self.tr("Assessed"), self.tr("Validated")],
                                      self)
        self.windows = PlainTableModel([self.tr("Step"), self.tr("What"), self.tr("From"), self.tr("To")],
                                       self)
        self.deadlines = PlainTableModel([self.tr("Closes"), self.tr("Funder"), self.tr("Call")], self)
        self.due = PlainTableModel([self.tr("State"), self.tr("By"), self.tr("Task force"), self.tr("What"),
                                    self.tr("Why")], self)
        self.counts_view = table(self.counts, self, self.tr("Counts of the cycle's records"))
        dates = QSplitter(Qt.Orientation.Vertical, self)
        dates.addWidget(table(self.windows, self, self.tr("Step windows")))
        dates.addWidget(table(self.deadlines, self, self.tr("Funding calls closing in the cycle")))
        self.due_view = table(self.due, self, self.tr("What is due from me"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Views of the cycle"))
        self.tabs.addTab(grid_tab, self.tr("Steps by task force"))
        self.tabs.addTab(self.counts_view, self.tr("Counts"))
        self.tabs.addTab(dates, self.tr("Windows and deadlines"))
        self.due_tab = self.tabs.addTab(self.due_view, self.tr("Due from me"))
        self.tabs.setTabVisible(self.due_tab, False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._tell(None)
        hub.everything_changed.connect(self.reload)

    def set_task_force(self, task_force_id: str | None) -> None:
        self.task_force_id = task_force_id
        self.reload()

    def reload(self) -> None:
        year = self.cycle.currentData()
        task_force = self.task_force_id

        def job(session: Any, _control: Control) -> OverviewScreen:
            from sic_desktop.services.overview_screen import overview_screen

            return overview_screen(session, year, task_force_id=task_force, today=date.today())

        self.hub.read(job, self._show)

    def _show(self, screen: OverviewScreen) -> None:
        self.data = screen
        self.cycle.blockSignals(True)
        self.cycle.clear()
        for year in screen.cycles:
            self.cycle.addItem(str(year), year)
        self.cycle.setCurrentIndex(max(0, self.cycle.findData(screen.year)))
        self.cycle.blockSignals(False)
        was = self.grid_view.currentIndex()
        row, column = (was.row(), was.column()) if was.isValid() else (0, 0)
        self.grid.set_screen(screen)
        grid = screen.grid
        words = state_words()
        tallies = [self.grid.tally(row) for row in range(self.grid.rowCount())]
        self.counts.set_rows([(c.task_force, screen.names.get(c.task_force, ""), t["done"], t["late"],
                               c.members, c.activities, c.meetings, c.ideas, c.teams, c.concept_notes,
                               c.assessed, c.validated)
                              for c, t in zip(grid.counts if grid else [], tallies, strict=False)])
        spans = {n: (w.start, w.end) for n, w in screen.windows.items()}
        self.windows.set_rows([(number, title, *(day.isoformat() if day else "" for day in spans.get(number,
                                                                                             (None, None))))
                               for number, title in (grid.steps if grid else [])])
        calls = grid.deadlines if grid else []
        self.deadlines.set_rows([(d.on.isoformat(), d.funder, d.call) for d in calls])
        self.tabs.setTabVisible(self.due_tab, screen.due is not None)
        items = screen.due or []
        self.due.set_rows([(f"{SYMBOLS.get(i.state, '')} {words.get(i.state, self.tr('deadline'))}".strip(),
                            i.by.isoformat() if i.by else "", i.task_force or "", translated(i.what),
                            translated(i.why)) for i in items],
                          bold={at for at, i in enumerate(items) if i.state == "late"})
        if self.grid.rowCount() and self.grid.columnCount():  # the same cell as before a reload
            self.grid_view.setCurrentIndex(self.grid.index(min(row, self.grid.rowCount() - 1),
                                                           min(column, self.grid.columnCount() - 1)))
        self._tell(self.grid_view.currentIndex())
        self.shown.emit()

    def _tell(self, index: Any) -> None:
        told = self.grid.describe(index) if index is not None else ""
        self.detail.setText(told or self.tr("Choose a cell (arrow keys or the mouse) to read its state and "
                                            "why."))

    # --- print and export

    def print_preview(self) -> Any:
        from ui.overview_print import preview_overview

        if self.data is None or self.data.grid is None:
            return None
        return preview_overview(self.data, self)

    def export_as(self, suffix: str, target: Path | None = None) -> None:
        """Write the chosen cycle's overview to an .xlsx or .pdf file, in the background."""
        year = self.data.year if self.data else None
        if year is None:
            return
        if target is None:
            kind = (self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx"
                    else self.tr("PDF document (*.pdf)"))
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the cycle overview"),
                                                          f"cycle-{year}-overview{suffix}", kind)
            if not chosen:
                return
            target = Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)
        task_force = self.task_force_id
        chosen_target = target

        def job(session: Any, control: Control) -> Path:
            from sic_desktop.services.overview_export import write_overview

            control.check()
            write_overview(session, year, chosen_target, task_force_id=task_force, today=date.today())
            return chosen_target

        def done(path: Path) -> None:
            bar = getattr(self.window(), "statusBar", None)
            if callable(bar):
                bar().showMessage(self.tr("Wrote the cycle overview to %1").replace("%1", str(path)), 15_000)
            self.exported.emit(str(path))

        self.hub.read(job, done, label=self.tr("Writing the cycle overview..."))
