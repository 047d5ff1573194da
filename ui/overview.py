"""The cycle overview: the steps with their planned windows, and what each task force holds."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from ui.hub import Hub
from ui.plainmodel import PlainTableModel
from ui.sync.tables import table
from ui.worker import Control

COUNTED = ((m.Membership, "members"), (m.Activity, "activities"), (m.Meeting, "meetings"),
           (m.ProjectTeam, "teams"), (m.ConceptNote, "notes"), (m.Assessment, "assessments"))


@dataclass(frozen=True)
class Overview:
    cycles: list[tuple[int, str]]
    year: int | None
    steps: list[tuple[str, ...]]
    task_forces: list[tuple[str, ...]]


def _state(start: date | None, end: date | None, today: date) -> str:
    if start is None or end is None:
        return ""
    if end < today:
        return "done"
    return "now" if start <= today else "to come"


def overview(session: Session, year: int | None, task_force_id: str | None, today: date) -> Overview:
    cycles = [(c.year, c.id) for c in session.scalars(
        select(m.Cycle).where(m.Cycle.deleted.is_(False)).order_by(m.Cycle.year.desc()))]
    chosen = next((cid for y, cid in cycles if y == year), cycles[0][1] if cycles else None)
    windows = {w.step_id: w for w in session.scalars(
        select(m.StepWindow).where(m.StepWindow.cycle_id == chosen, m.StepWindow.deleted.is_(False)))}
    steps: list[tuple[str, ...]] = []
    for step in session.scalars(select(m.Step).where(m.Step.deleted.is_(False)).order_by(m.Step.number)):
        window = windows.get(step.id)
        start, end = (window.start, window.end) if window else (None, None)
        steps.append((str(step.number), step.phase, step.title, start.isoformat() if start else "",
                      end.isoformat() if end else "", _state(start, end, today), step.actors or ""))
    counts: dict[str, dict[str, int]] = {}
    for model, key in COUNTED:
        grouped = session.execute(select(model.task_force_id, func.count()).where(model.deleted.is_(False))
                               .group_by(model.task_force_id))
        for owner, count in grouped:
            counts.setdefault(owner, {})[key] = count
    validated = dict(session.execute(
        select(m.ConceptNote.task_force_id, func.count()).where(
            m.ConceptNote.deleted.is_(False), m.ConceptNote.status.in_(("validated", "funded")))
        .group_by(m.ConceptNote.task_force_id)).all())
    query = select(m.TaskForce).where(m.TaskForce.deleted.is_(False)).order_by(m.TaskForce.code)
    if task_force_id:
        query = query.where(m.TaskForce.id == task_force_id)
    listed: list[tuple[str, ...]] = []
    for tf in session.scalars(query):
        have = counts.get(tf.id, {})
        listed.append((tf.code, tf.name, *(str(have.get(key, 0)) for _, key in COUNTED),
                     str(validated.get(tf.id, 0))))
    current = next((y for y, cid in cycles if cid == chosen), None)
    return Overview(cycles, current, steps, listed)


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

        def job(session: Session, _control: Control) -> Overview:
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


