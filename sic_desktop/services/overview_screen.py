"""What the window's cycle overview shows: the cycles, the chosen one's grid and windows, what is due."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.models import Cycle, TaskForce
from sic_desktop.services.cycle_overview import Overview, cycle_overview
from sic_desktop.services.cycles import Window, cycle_by_year, windows
from sic_desktop.services.due import DueItem, due_from
from sic_desktop.services.records import own_scope, site_role

DUE_DAYS = 60  # how far ahead "what is due from me" looks


@dataclass(frozen=True)
class OverviewScreen:
    """The cycles to choose from (newest first), the chosen cycle's grid, its step windows, the task
    forces' names by code, and, in a regional copy, what is due from its task forces (else None)."""

    cycles: list[int]
    year: int | None
    grid: Overview | None
    windows: dict[int, Window]
    names: dict[str, str]
    due: list[DueItem] | None


def default_year(cycles: list[int], today: date) -> int | None:
    """The newest cycle that has begun by `today`'s year, else the oldest one."""
    begun = [year for year in cycles if year <= today.year]
    return max(begun) if begun else (min(cycles) if cycles else None)


def overview_screen(session: Session, year: int | None, *, task_force_id: str | None = None,
                    today: date | None = None) -> OverviewScreen:
    """The overview of the cycle of `year` (None: the default one) as of `today`."""
    today = today or date.today()
    cycles = list(session.scalars(select(Cycle.year).where(Cycle.deleted.is_(False))
                                  .order_by(Cycle.year.desc())))
    if year not in cycles:
        year = default_year(cycles, today)
    names = {code: name for code, name in session.execute(
        select(TaskForce.code, TaskForce.name).where(TaskForce.deleted.is_(False)))}
    if year is None:
        return OverviewScreen(cycles, None, None, {}, names, None)
    grid = cycle_overview(session, year, task_force_id=task_force_id, today=today)
    by_step = {w.number: w for w in windows(session, cycle_by_year(session, year).id)}
    due = None
    if site_role(session) == "regional":
        scope = own_scope(session)
        due = due_from(session, year, sorted(scope[0]), today=today, days=DUE_DAYS) if scope else []
    return OverviewScreen(cycles, year, grid, by_step, names, due)
