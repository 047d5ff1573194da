"""The cycle overview: the steps with their planned windows, and what each task force holds."""

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from sic_desktop.services.overview_read import Overview, overview
from ui.hub import Hub
from ui.plainmodel import PlainTableModel
from ui.sync.tables import table
from ui.worker import Control


class OverviewPage(QWidget):
    """Where the cycle stands: its steps against today's date, and each task force's records."""

    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.task_force_id: str | None = None
        self.cycle = QComboBox(self)
        self.cycle.setAccessibleName(self.tr("Cycle"))
        self.cycle.activated.connect(lambda _at: self.reload())
        self.steps = PlainTableModel([self.tr("Step"), self.tr("Phase"), self.tr("What"), self.tr("From"),
                                      self.tr("To"), self.tr("State"), self.tr("Who acts")], self)
        self.counts = PlainTableModel([self.tr("Task force"), self.tr("Name"), self.tr("Members"),
                                       self.tr("Activities"), self.tr("Meetings"), self.tr("Project teams"),
                                       self.tr("Concept notes"), self.tr("Assessments"),
                                       self.tr("Validated notes")], self)
        self.steps_view = table(self.steps, self, self.tr("Steps of the cycle"))
        self.counts_view = table(self.counts, self, self.tr("Task forces"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Cycle"), self))
        top.addWidget(self.cycle)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.steps_view)
        splitter.addWidget(self.counts_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        hub.everything_changed.connect(self.reload)

    def set_task_force(self, task_force_id: str | None) -> None:
        self.task_force_id = task_force_id
        self.reload()

    def reload(self) -> None:
        year = self.cycle.currentData()
        task_force = self.task_force_id

        def job(session: Any, _control: Control) -> Overview:
            return overview(session, year, task_force, date.today())

        self.hub.read(job, self._show)

    def _show(self, data: Overview) -> None:
        self.cycle.blockSignals(True)
        self.cycle.clear()
        for year, _cid in data.cycles:
            self.cycle.addItem(str(year), year)
        self.cycle.setCurrentIndex(max(0, self.cycle.findData(data.year)))
        self.cycle.blockSignals(False)
        states = {"done": self.tr("done"), "now": self.tr("now"), "to come": self.tr("to come")}
        self.steps.set_rows([(*step[:5], states.get(step[5], step[5]), *step[6:]) for step in data.steps],
                            bold={at for at, step in enumerate(data.steps) if step[5] == "now"})
        self.counts.set_rows(data.task_forces)
        for view in (self.steps_view, self.counts_view):
            view.resizeColumnsToContents()


