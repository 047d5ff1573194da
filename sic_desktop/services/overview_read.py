"""The cycle overview's read: the steps with their planned windows, and what each task force holds."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sic_desktop.db import models as m

COUNTED = ((m.Membership, "members"), (m.Activity, "activities"), (m.Meeting, "meetings"),
           (m.ProjectTeam, "teams"), (m.ConceptNote, "notes"), (m.Assessment, "assessments"))


@dataclass(frozen=True)
class Overview:
    """The cycles to choose from (newest first), the one shown, its steps and the task forces' counts."""

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
    """The chosen cycle (the latest by default): its steps against `today`, each task force's counts."""
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
