"""Frozen baselines: once its cycle is closed, the inventory baseline stays as it was counted."""

from datetime import date

from sqlalchemy import select

from sic_desktop.db.models import Activity, InventoryBaseline
from sic_desktop.db.store import Store
from sic_desktop.documents.annual_report import annual_report
from sic_desktop.services import baselines, records
from sic_desktop.services.cycles import cycle_by_year, new_cycle
from sic_desktop.services.reference import reference_id

A1, A2 = reference_id("task_force", "A1"), reference_id("task_force", "A2")
CYCLE_2022 = reference_id("cycle", "2022")


def _inventory(store: Store, year: int, task_force: str | None = None) -> list[tuple[str, str, str]]:
    from sic_desktop.db.models import TaskForce

    with store.session() as session:
        tf = session.get(TaskForce, task_force) if task_force else None
        context = annual_report(session, year=year, task_force=tf, issued=date(2024, 1, 1)).context
    rows = [*context["inventory"], context["inventory_total"]]
    return [(r["status"], r["baseline"], r["now"]) for r in rows]


def _recorded_in_2022(store: Store) -> str:
    with store.session() as session, session.begin():
        first = records.create(session, Activity, task_force_id=A1, cycle_id=CYCLE_2022,
                               title="Biochar trials", status="ongoing").record_id
        records.create(session, Activity, task_force_id=A1, cycle_id=CYCLE_2022, title="Sahel pastures",
                       status="ongoing")
        records.create(session, Activity, task_force_id=A2, cycle_id=CYCLE_2022, title="Andean soils",
                       status="planned")
    return first


def test_editing_a_2022_activity_after_the_2022_cycle_closed_leaves_its_baseline(store: Store) -> None:
    biochar = _recorded_in_2022(store)
    with store.session() as session, session.begin():
        new_cycle(session, 2023)  # closes 2022
    with store.session() as session, session.begin():
        records.update(session, Activity, biochar, status="completed")
        records.create(session, Activity, task_force_id=A1, cycle_id=cycle_by_year(session, 2023).id,
                       title="Carbon farming school", status="planned")
    assert _inventory(store, 2023) == [("Planned", "1", "2"), ("Ongoing", "2", "1"), ("Completed", "0", "1"),
                                       ("Total", "3", "4")]
    assert _inventory(store, 2023, A1) == [("Planned", "0", "1"), ("Ongoing", "2", "1"),
                                           ("Completed", "0", "1"), ("Total", "2", "3")]
    with store.session() as session, session.begin():
        records.delete(session, Activity, biochar)
    assert _inventory(store, 2022)[-1] == ("Total", "3", "2")  # the baseline still counts it
    with store.session() as session:
        note = annual_report(session, year=2023).context["baseline_note"]
    assert note == f"Baseline: the 2022 inventory, frozen on {date.today().day} " \
        f"{date.today().strftime('%B')} {date.today().year}."


def test_while_a_cycle_runs_its_baseline_is_counted_live(store: Store) -> None:
    biochar = _recorded_in_2022(store)
    with store.session() as session, session.begin():
        records.update(session, Activity, biochar, status="completed")
    assert _inventory(store, 2022)[-2:] == [("Completed", "1", "1"), ("Total", "3", "3")]


def test_a_cycle_is_frozen_once(store: Store) -> None:
    _recorded_in_2022(store)
    with store.session() as session, session.begin():
        cycle = cycle_by_year(session, 2022)
        first = baselines.freeze(session, cycle, today=date(2023, 9, 1))
        again = baselines.freeze(session, cycle)
    assert (first.rows, first.already, again.rows, again.already) == (2, False, 0, True)
    with store.session() as session:
        rows = session.scalars(select(InventoryBaseline).order_by(InventoryBaseline.count)).all()
        assert [(r.status, r.count, r.frozen_on) for r in rows] == [("planned", 1, date(2023, 9, 1)),
                                                                  ("ongoing", 2, date(2023, 9, 1))]
