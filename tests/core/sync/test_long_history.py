"""Costs that must not grow with the history: the merge planner and exports read what they need."""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from sic_desktop.db.models import Person
from sic_desktop.db.store import Store
from sic_desktop.services import records
from sic_desktop.sync import plan
from sic_desktop.sync.importer import inspect_bundle
from tests.core.sync.test_merge import Copy, down, up
from tests.core.sync.test_merge import world as world  # a fixture: the three copies


@contextmanager
def counting_steps(store: Store) -> Iterator[Callable[[], int]]:
    """Count the SQLite virtual machine's progress steps of everything run against `store`:
    a cost that rows read make grow and the machine's speed does not blur."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    def on_connect(connection: sqlite3.Connection, _record: Any) -> None:
        connection.set_progress_handler(tick, 1)

    store.engine.dispose()
    event.listen(store.engine, "connect", on_connect)
    try:
        yield lambda: steps[0]
    finally:
        event.remove(store.engine, "connect", on_connect)
        store.engine.dispose()


def _edit_many(copy: Copy, record: str, times: int) -> None:
    with copy.store.session() as session, session.begin():
        for number in range(times):
            records.update(session, Person, record, languages=f"language {number}")


def test_merging_an_edit_costs_the_same_however_long_the_record_history(
    world: tuple[Copy, Copy, Copy],
) -> None:
    sec, north, _ = world
    short = sec.edit("create", "person", name="Ana")
    long = sec.edit("create", "person", name="Ben")
    _edit_many(sec, long, 1500)
    down(sec, north)
    up(sec, north)
    down(sec, north)
    north.edit("update", "person", short, name="Ana Maria")
    with counting_steps(sec.store) as steps:
        assert inspect_bundle(sec.store, north.export()).summary == ["1 person record changed"]
    cost_short = steps()
    up(sec, north)
    down(sec, north)
    north.edit("update", "person", long, name="Ben Jr")
    with counting_steps(sec.store) as steps:
        assert inspect_bundle(sec.store, north.export()).summary == ["1 person record changed"]
    cost_long = steps()
    assert cost_long < 1.5 * cost_short, (cost_short, cost_long)
    # And the heads are still the right ones: an edit on an old base is a conflict.
    up(sec, north)
    sec.edit("update", "person", long, name="Benjamin")
    north.edit("update", "person", long, name="Benny")
    report = up(sec, north)
    assert [conflict["field"] for conflict in report.conflicts] == ["name"]
    assert sec.get("person", long).name == "Benjamin"


def test_the_planner_reads_a_field_head_through_the_record_index(store: Store) -> None:
    with store.engine.connect() as connection:
        query = plan._HEADS.format(values="(?, ?)")
        steps = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}", ("r", "f", "person")).all()
    details = " | ".join(str(row[-1]) for row in steps)
    assert "USING INDEX ix_change_record (table_name=? AND record_id=? AND field=?)" in details, details
    assert "SCAN change" not in details, details
