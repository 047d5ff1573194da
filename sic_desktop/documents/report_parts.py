"""Parts of the annual report that add up with the cycle overview: its counts, texts, trends, strays."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from sic_desktop.documents.contexts import Figure, ReportText, TaskForceRow, paragraphs
from sic_desktop.documents.languages import long_date, short_date
from sic_desktop.documents.trend import Series
from sic_desktop.services import baselines
from sic_desktop.services.cycle_overview import cycle_overview
from sic_desktop.services.cycles import span, windows

# The records that name their cycle, as the overview reads them (meetings fall back on their date).
WITH_CYCLE: tuple[tuple[Any, str], ...] = (
    (m.Activity, "Activities"), (m.ActionPlan, "Action plans"), (m.ConceptNote, "Concept notes"),
    (m.Candidacy, "Candidacies"))


def task_force_rows(session: Session, year: int, task_force_id: str | None
                    ) -> tuple[list[TaskForceRow], TaskForceRow]:
    """The overview's counts of the cycle, one row per task force, and their total."""
    counts = cycle_overview(session, year, task_force_id=task_force_id).counts
    fields = ("members", "activities", "meetings", "ideas", "teams", "concept_notes", "assessed",
              "validated")
    total = {name: sum(getattr(c, name) for c in counts) for name in fields}
    return [_row(c.task_force, {name: getattr(c, name) for name in fields}) for c in counts], \
        _row("Total", total)


def _row(task_force: str, values: dict[str, int]) -> TaskForceRow:
    return TaskForceRow(task_force=task_force, members=str(values["members"]),
                        activities=str(values["activities"]), meetings=str(values["meetings"]),
                        ideas=str(values["ideas"]), teams=str(values["teams"]),
                        notes=str(values["concept_notes"]), assessed=str(values["assessed"]),
                        validated=str(values["validated"]))


def summary(total: TaskForceRow) -> list[Figure]:
    """The figures at the top: the overview's totals, so the report and the overview agree."""
    return [Figure(label="Members", value=total["members"]),
            Figure(label="Activities recorded in this cycle", value=total["activities"]),
            Figure(label="Meetings held", value=total["meetings"]),
            Figure(label="Project ideas", value=total["ideas"]),
            Figure(label="Project teams", value=total["teams"]),
            Figure(label="Concept notes", value=total["notes"])]


def progress_reports(session: Session, cycle: m.Cycle, only: list[str]) -> list[ReportText]:
    """The cycle's progress reports: the whole cycle's first, then each task force's in code order."""
    codes = {t.id: t.code for t in session.scalars(select(m.TaskForce))}
    query = select(m.ProgressReport).where(m.ProgressReport.deleted.is_(False),
                                           m.ProgressReport.cycle_id == cycle.id)
    if only:
        query = query.where(m.ProgressReport.task_force_id.in_(only))
    found = sorted(session.scalars(query), key=lambda r: (
        r.task_force_id is not None, codes.get(r.task_force_id or "", ""), r.title.casefold()))
    return [ReportText(task_force=f"Task force {codes[r.task_force_id]}" if r.task_force_id in codes
                       else "The whole cycle", title=r.title, submitted=short_date(r.submitted_on),
                       paragraphs=paragraphs(r.summary)) for r in found]


def without_cycle(session: Session, only: list[str]) -> tuple[list[Figure], str]:
    """Records no cycle counts (no cycle named; a meeting also outside every cycle's dates), and a note."""
    spans = [span(c, windows(session, c.id)) for c in session.scalars(
        select(m.Cycle).where(m.Cycle.deleted.is_(False)))]
    figures = []
    for model, label in WITH_CYCLE:
        query = select(model.id).where(model.deleted.is_(False), model.cycle_id.is_(None))
        if only:
            query = query.where(model.task_force_id.in_(only))
        count = len(session.scalars(query).all())
        if count:
            figures.append(Figure(label=label, value=str(count)))
    query = select(m.Meeting.held_on).where(m.Meeting.deleted.is_(False), m.Meeting.cycle_id.is_(None))
    if only:
        query = query.where(m.Meeting.task_force_id.in_(only))
    stray = sum(1 for held_on in session.scalars(query)
                if not any(first <= held_on <= last for first, last in spans))
    if stray:
        figures.append(Figure(label="Meetings", value=str(stray)))
    total = sum(int(f["value"]) for f in figures)
    if total == 0:
        return [], "Every record belongs to a cycle."
    if total == 1:
        return figures, "1 record has no cycle: it is counted in no cycle above."
    return figures, f"{total} records have no cycle: they are counted in no cycle above."


def baseline_note(session: Session) -> str:
    """Which inventory is the baseline, and whether it is frozen (its cycle closed) or counted now."""
    first = session.scalars(select(m.Cycle).where(m.Cycle.deleted.is_(False)).order_by(m.Cycle.year)).first()
    if first is None:
        return ""
    rows = baselines.frozen_rows(session, first.id)
    days = [r.frozen_on for r in rows if r.frozen_on is not None]
    if rows:
        return f"Baseline: the {first.year} inventory, frozen on {long_date(min(days))}." if days \
            else f"Baseline: the {first.year} inventory, frozen when that cycle closed."
    return f"Baseline: the {first.year} inventory, counted now (that cycle is not closed yet)."


def trend_series(session: Session, indicators: list[tuple[str, m.Indicator]]) -> list[Series]:
    """Each numbered indicator with measured values: its values by date, its baseline and 2030 target."""
    found = []
    for number, indicator in indicators:
        points = [(v.measured_on, v.value) for v in session.scalars(
            select(m.IndicatorValue).where(m.IndicatorValue.indicator_id == indicator.id,
                                           m.IndicatorValue.deleted.is_(False)))]
        if points:
            found.append(Series(number, points, indicator.baseline, indicator.target_2030))
    return found
