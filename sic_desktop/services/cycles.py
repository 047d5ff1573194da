"""A cycle looked up by its year, its step windows and the days it spans."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sic_desktop.db.models import Cycle, Membership, Step, StepWindow
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


def span(cycle: Cycle | int, cycle_windows: list[Window]) -> tuple[date, date]:
    """The first and last day of the cycle (or of the cycle of that year): its windows' earliest start
    and latest end, else its year."""
    starts = [w.start for w in cycle_windows if w.start] + [w.end for w in cycle_windows if w.end]
    if not starts:
        year = cycle if isinstance(cycle, int) else cycle.year
        return date(year, 1, 1), date(year, 12, 31)
    return min(starts), max(starts)


def current_cycle(session: Session, today: date | None = None) -> Cycle | None:
    """The cycle new records and imports belong to: the latest one begun by `today` (its first step
    window's start, else 1 January of its year), else the first one still to come; None without cycles.

    A cycle made ahead of time (`cycle new` in December) is not current before it begins.
    """
    today = today or date.today()
    cycles = list(session.scalars(select(Cycle).where(Cycle.deleted.is_(False)).order_by(Cycle.year)))
    begun = [cycle for cycle in cycles if span(cycle, windows(session, cycle.id))[0] <= today]
    if begun:
        return begun[-1]
    return cycles[0] if cycles else None


def year_of_cycles(session: Session) -> dict[int, str]:
    """Every live cycle's id by its year."""
    return {year: cycle_id for year, cycle_id in session.execute(
        select(Cycle.year, Cycle.id).where(Cycle.deleted.is_(False)))}


@dataclass(frozen=True)
class NewCycle:
    """What `new_cycle` made: the cycle, the windows copied from `source_year`, the members to review."""

    cycle_id: str
    year: int
    source_year: int | None
    windows: int
    memberships: list[str]  # ids of the memberships carried forward, for their leaders to confirm or end


def shifted(day: date | None, years: int) -> date | None:
    """The same day `years` later; 29 February becomes the 28th in a year without one."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


CARRIED = {"active": "to confirm", "to confirm": "to confirm", "applied": "applied"}


def carry_memberships(session: Session, source_id: str, cycle_id: str) -> list[str]:
    """Copy each live membership of the source cycle into the new one: an active or unconfirmed one
    "to confirm", for a leader to confirm or end; an application stays an application. One recorded
    before memberships had a cycle counts as the source cycle's unless that cycle has the same
    person in the same role of the task force. Returns the new memberships' ids.
    """
    from sic_desktop.services import records

    live = list(session.scalars(
        select(Membership)
        .where(Membership.deleted.is_(False),
               Membership.cycle_id.is_(None) | (Membership.cycle_id == source_id),
               func.coalesce(Membership.status, "active").in_(tuple(CARRIED)))
        .order_by(Membership.task_force_id, Membership.role, Membership.id)))
    in_source = {(m.task_force_id, m.person_id, m.role) for m in session.scalars(
        select(Membership).where(Membership.deleted.is_(False), Membership.cycle_id == source_id))}
    carried = []
    for old in live:
        if old.cycle_id is None and (old.task_force_id, old.person_id, old.role) in in_source:
            continue
        carried.append(records.create(
            session, Membership, task_force_id=old.task_force_id, person_id=old.person_id,
            cycle_id=cycle_id, role=old.role, region_id=old.region_id, preferred_role=old.preferred_role,
            status=CARRIED[old.status or "active"], start=old.start).record_id)
    return carried


def new_cycle(session: Session, year: int) -> NewCycle:
    """Create the cycle of `year`, each step window copied from the latest earlier cycle, moved on.

    The last cycle's memberships are carried forward for review (`carry_memberships`). Writes go
    through the services, so a regional copy is refused (the cycle is reference data).
    """
    from sic_desktop.errors import InputRefused
    from sic_desktop.services import baselines, records

    if not 1900 < year < 3000:
        raise UsageError(Text("%1 is not a cycle year", str(year)))
    existing = session.scalars(select(Cycle).where(Cycle.year == year, Cycle.deleted.is_(False))).first()
    if existing is not None:
        raise InputRefused(Text("The %1 cycle exists already; nothing was changed", str(year)))
    source = session.scalars(select(Cycle).where(Cycle.year < year, Cycle.deleted.is_(False))
                             .order_by(Cycle.year.desc())).first()
    cycle_id = records.create(session, Cycle, year=year,
                              title=f"Strategy Implementation Cycle {year}-{year + 1}").record_id
    copied = 0
    if source is not None:
        baselines.freeze(session, source)  # the cycle before closes: its inventory stays as it was
        years = year - source.year
        for window in windows(session, source.id):
            records.create(session, StepWindow, cycle_id=cycle_id, step_id=window.step_id,
                           start=shifted(window.start, years), end=shifted(window.end, years))
            copied += 1
    members = carry_memberships(session, source.id, cycle_id) if source is not None else []
    return NewCycle(cycle_id, year, source.year if source else None, copied, members)
