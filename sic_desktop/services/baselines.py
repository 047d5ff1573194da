"""A closed cycle's inventory frozen as its baseline, so later edits of its activities do not move it.

The first cycle's inventory is the Initiative's baseline (later cycles report progress against it).
While a cycle runs its figures are counted live; when the Secretariat closes it (`cycle new` for the
next year does) the counts by task force and status are written once, as reference data that
travels to every copy, and from then on reports read those figures.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sic_desktop.db.models import Activity, Cycle, InventoryBaseline
from sic_desktop.services import records


@dataclass(frozen=True)
class Frozen:
    """What `freeze` did: the rows written (0 when the cycle was frozen already) and when."""

    cycle_id: str
    rows: int
    already: bool


def frozen_rows(session: Session, cycle_id: str) -> list[InventoryBaseline]:
    return list(session.scalars(select(InventoryBaseline).where(
        InventoryBaseline.cycle_id == cycle_id, InventoryBaseline.deleted.is_(False))))


def is_frozen(session: Session, cycle_id: str) -> bool:
    return bool(frozen_rows(session, cycle_id))


def freeze(session: Session, cycle: Cycle, *, today: date | None = None) -> Frozen:
    """Write the cycle's inventory counts by task force and status, once (the Secretariat's write)."""
    if is_frozen(session, cycle.id):
        return Frozen(cycle.id, 0, already=True)
    counts = session.execute(
        select(Activity.task_force_id, Activity.status, func.count())
        .where(Activity.deleted.is_(False), Activity.cycle_id == cycle.id)
        .group_by(Activity.task_force_id, Activity.status)
        .order_by(Activity.task_force_id, Activity.status)).all()
    for task_force_id, status, count in counts:
        records.create(session, InventoryBaseline, cycle_id=cycle.id, task_force_id=task_force_id,
                       status=status, count=count, frozen_on=today or date.today())
    return Frozen(cycle.id, len(counts), already=False)


def baseline_counts(session: Session, cycle_id: str, task_forces: list[str] | None = None
                    ) -> Counter[str | None] | None:
    """The frozen counts by status (None: the cycle is not closed yet, count it live)."""
    rows = frozen_rows(session, cycle_id)
    if not rows:
        return None
    counts: Counter[str | None] = Counter()
    for row in rows:
        if task_forces is None or row.task_force_id in task_forces:
            counts[row.status] += row.count
    return counts
