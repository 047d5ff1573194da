"""A cycle looked up by its year, its step windows and the days it spans."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.models import Cycle, Step, StepWindow
from sic_desktop.errors import UsageError
from sic_desktop.text import Text, joined


@dataclass(frozen=True)
class Window:
    """One step's planned window in a cycle (either end may be unknown)."""

    id: str
    step_id: str
    number: int
    title: str
    start: date | None
    end: date | None


def cycle_by_year(session: Session, year: int) -> Cycle:
    """The live cycle of `year`; a usage error naming the known years when there is none."""
    found = session.scalars(select(Cycle).where(Cycle.year == year, Cycle.deleted.is_(False))).first()
    if found is None:
        years = sorted(session.scalars(select(Cycle.year).where(Cycle.deleted.is_(False))))
        raise UsageError(Text("No cycle %1; known: %2", str(year), joined(str(y) for y in years) or "none"))
    return found


def steps(session: Session) -> list[Step]:
    """The live steps in their order."""
    return list(session.scalars(select(Step).where(Step.deleted.is_(False)).order_by(Step.number)))


def windows(session: Session, cycle_id: str) -> list[Window]:
    """The cycle's step windows in step order."""
    rows = session.execute(
        select(StepWindow.id, Step.id, Step.number, Step.title, StepWindow.start, StepWindow.end)
        .join(Step, Step.id == StepWindow.step_id)
        .where(StepWindow.cycle_id == cycle_id, StepWindow.deleted.is_(False), Step.deleted.is_(False))
        .order_by(Step.number, StepWindow.start))
    return [Window(*row) for row in rows]


def span(cycle: Cycle, cycle_windows: list[Window]) -> tuple[date, date]:
    """The first and last day of the cycle: its windows' earliest start and latest end, else its year."""
    starts = [w.start for w in cycle_windows if w.start] + [w.end for w in cycle_windows if w.end]
    if not starts:
        return date(cycle.year, 1, 1), date(cycle.year, 12, 31)
    return min(starts), max(starts)
