"""What is due from a regional copy: its task forces' late and coming steps, and funding deadlines.

Late steps come first (the longest overdue at the top), then the steps due now, the steps whose window
opens within the next `days` days and the deadlines within them, soonest first. Done and
not-applicable steps never appear.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.models import Funder, FundingOpportunity
from sic_desktop.services.cycle_overview import cycle_overview, day_words
from sic_desktop.services.cycles import cycle_by_year, windows
from sic_desktop.text import Text


@dataclass(frozen=True)
class DueItem:
    """One thing to do: a step of a task force, or a funding call's deadline (task_force None)."""

    task_force: str | None
    what: Text
    by: date | None  # the window's last day, or the deadline
    state: str  # late, due, not_started (opens within the days looked ahead), deadline
    why: Text


def due_from(session: Session, year: int, task_force_ids: list[str], *, today: date | None = None,
             days: int = 60) -> list[DueItem]:
    """The late and coming work of the given task forces in the cycle of `year`, late first."""
    today = today or date.today()
    horizon = today + timedelta(days=days)
    opens = {w.number: w for w in windows(session, cycle_by_year(session, year).id)}
    titles: dict[int, str] = {}
    items: list[DueItem] = []
    for task_force_id in task_force_ids:
        grid = cycle_overview(session, year, task_force_id=task_force_id, today=today)
        titles.update(grid.steps)
        for cell in grid.cells:
            window = opens.get(cell.step)
            opening = window.start if window and cell.state == "not_started" else None
            if cell.state in ("late", "due") or (opening is not None and opening <= horizon):
                items.append(DueItem(cell.task_force, Text("step %1: %2", str(cell.step), titles[cell.step]),
                                     window.end if window else None, cell.state, cell.why))
    for title, deadline, funder in session.execute(
            select(FundingOpportunity.title, FundingOpportunity.deadline, Funder.name)
            .join(Funder, Funder.id == FundingOpportunity.funder_id)
            .where(FundingOpportunity.deleted.is_(False),
                   FundingOpportunity.deadline.between(today, horizon))):
        if deadline is not None:  # between() leaves out calls without one; this tells the type checker
            items.append(DueItem(None, Text("deadline: %1, %2", funder, title), deadline, "deadline",
                                 Text("the call closes on %1", day_words(deadline))))
    order = {"late": 0, "due": 1, "deadline": 1, "not_started": 1}
    return sorted(items, key=lambda i: (order[i.state], i.by or date.max, i.task_force or "", str(i.what)))
