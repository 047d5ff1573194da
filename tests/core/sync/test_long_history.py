"""Costs that must not grow with the history: the merge planner and exports read what they need."""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from sic_desktop.db.models import Activity, Person
from sic_desktop.db.store import Store
from sic_desktop.errors import SicError
from sic_desktop.services import records
from sic_desktop.services.reference import reference_id
from sic_desktop.sync import bundle, canonical, plan, snapshot, state
from sic_desktop.sync.export import export
from sic_desktop.sync.importer import import_bundle, inspect_bundle
from tests.core.sync.copies import Copy, down, up


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


def _round(sec: Copy, north: Copy, record: str, edits: int) -> None:
    _edit_many(sec, record, edits)
    down(sec, north)
    up(sec, north)  # north acknowledges what it applied


def test_an_export_after_many_rounds_carries_and_reads_only_the_news(
    world: tuple[Copy, Copy, Copy],
) -> None:
    sec, north, _ = world
    person = sec.edit("create", "person", name="Ana")
    _round(sec, north, person, 40)
    _edit_many(sec, person, 40)
    with counting_steps(sec.store) as steps:
        early = export(sec.store, sec.folder / "early.sicbundle", for_site=north.site_id)
    cost_early = steps()
    import_bundle(north.store, early.path)
    up(sec, north)
    for _ in range(25):
        _round(sec, north, person, 40)
    _edit_many(sec, person, 40)
    with counting_steps(sec.store) as steps:
        late = export(sec.store, sec.folder / "late.sicbundle", for_site=north.site_id)
    cost_late = steps()
    assert early.changes == late.changes == 40
    assert cost_late < 1.5 * cost_early, (cost_early, cost_late)
    import_bundle(north.store, late.path)
    assert north.get("person", person).languages == "language 39"


@pytest.mark.parametrize(
    ("query", "search"),
    [
        (snapshot.NEWS, "(site_id=? AND seq>?)"),
        (snapshot.VECTOR, "(site_id>?)"),
        (snapshot.VECTOR, "(site_id=?)"),
    ],
)
def test_exports_read_the_change_log_through_the_site_sequence_index(
    store: Store, query: str, search: str
) -> None:
    with store.engine.connect() as connection:
        marks = query.count("?")
        steps = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}", ("site", 1)[:marks]).all()
        # The unique (site_id, seq) constraint's index, however SQLite names it.
        [index] = [
            name
            for _, name, *_ in connection.exec_driver_sql("PRAGMA index_list(change)")
            if [row[2] for row in connection.exec_driver_sql(f"PRAGMA index_info('{name}')")]
            == ["site_id", "seq"]
        ]
    lines = [str(row[-1]) for row in steps]
    assert any(line.startswith("SEARCH change USING") and index in line and search in line for line in lines)
    assert not any(line.startswith("SCAN change") for line in lines), lines


def test_a_new_region_first_bundle_is_the_state_of_its_scope_not_its_history(
    world: tuple[Copy, Copy, Copy],
) -> None:
    sec, north, south = world
    a1 = reference_id("task_force", "A1")
    person = sec.edit("create", "person", name="Ana", country="Chile")
    activity = sec.edit("create", "activity", task_force_id=a1, title="Compost")
    _round(sec, north, person, 300)
    with sec.store.session() as session, session.begin():
        for number in range(100):
            records.update(session, Activity, activity, title=f"Compost {number}")
    north.edit("update", "person", person, country="Peru")
    up(sec, north)
    first = export(sec.store, sec.folder / "first.sicbundle", for_site=south.site_id)
    # An insert and the newest change of each edited field, per record: not 400 edits.
    assert first.changes == 2 + 3
    import_bundle(south.store, first.path)
    assert (south.get("person", person).languages, south.get("person", person).country) == (
        "language 299",
        "Peru",
    )
    assert south.get("activity", activity).title == "Compost 99"
    south.edit("update", "activity", activity, title="Compost at scale")
    report = up(sec, south)
    assert (report.verdict, report.conflicts) == ("applied", [])
    assert sec.get("activity", activity).title == "Compost at scale"
    down(sec, south)  # and weekly as usual from there
    sec.edit("update", "person", person, name="Ana Maria")
    down(sec, south)
    assert south.get("person", person).name == "Ana Maria"


def test_an_export_its_receiver_would_refuse_is_not_written(
    world: tuple[Copy, Copy, Copy], monkeypatch: pytest.MonkeyPatch
) -> None:
    sec, north, _ = world
    person = sec.edit("create", "person", name="Ana")
    _edit_many(sec, person, 5)
    # A receiver whose cap on the changes is 300 bytes, so that two changes already cross it.
    monkeypatch.setattr(bundle, "_CHANGE_LIMITS", canonical.Limits(max_bytes=300))
    target = sec.folder / "too-large.sicbundle"
    with pytest.raises(SicError, match=r"too large.*its receiver would refuse it, so it was not written"):
        export(sec.store, target, for_site=north.site_id)
    assert not target.exists()
    with sec.store.session() as session:
        assert state.last_export(session) is None
