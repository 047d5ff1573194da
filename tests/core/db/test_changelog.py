"""Every write of a synced record leaves its field-level changes, and no write path can skip them."""

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from sic_desktop.db.base import record_classes
from sic_desktop.db.changelog import SEED_SITE_ID, HardDeleteRefused
from sic_desktop.db.models import (
    Activity,
    Change,
    Meeting,
    MeetingParticipant,
    Membership,
    Person,
    Site,
    TaskForce,
)
from sic_desktop.db.store import Store
from sic_desktop.errors import SicError
from sic_desktop.services import records
from sic_desktop.services.dump import dump_records
from sic_desktop.services.reference import reference_id
from sic_desktop.services.site import init_database

A1 = reference_id("task_force", "A1")
A2 = reference_id("task_force", "A2")


def local_changes(store: Store) -> list[Change]:
    with store.session() as session:
        site_id = session.scalar(select(Site.site_id))
        return list(session.scalars(select(Change).where(Change.site_id == site_id).order_by(Change.seq)))


def add_person(store: Store, **values: Any) -> str:
    with store.session() as session, session.begin():
        return records.create(session, Person, **({"name": "Amina Diallo"} | values)).record_id


def test_insert_update_delete_undelete_are_logged_field_by_field(store: Store) -> None:
    person_id = add_person(store, email="amina@example.org")
    with store.session() as session, session.begin():
        records.update(session, Person, person_id, email="amina@soils.org", country="Senegal")
        records.delete(session, Person, person_id)
        records.restore(session, Person, person_id)
    changes = local_changes(store)
    assert [(c.kind, c.field) for c in changes] == [
        ("insert", "*"), ("update", "email"), ("update", "country"), ("delete", "deleted"),
        ("undelete", "deleted"),
    ]
    insert_change, email, _country, deletion, undeletion = changes
    assert json.loads(insert_change.new_value or "") == {"name": "Amina Diallo", "email": "amina@example.org",
                                                        "deleted": False}
    assert (json.loads(email.old_value or ""), json.loads(email.new_value or "")) == (
        "amina@example.org", "amina@soils.org")
    assert email.based_on == insert_change.change_id
    assert deletion.based_on == insert_change.change_id
    assert undeletion.based_on == deletion.change_id
    assert [c.seq for c in changes] == [1, 2, 3, 4, 5]
    assert [c.hlc for c in changes] == sorted(c.hlc for c in changes)
    assert len({c.hlc for c in changes}) == len(changes)
    assert {c.author for c in changes} == {"Test Secretariat"}
    assert all(c.table_name == "person" and c.record_id == person_id for c in changes)


def test_the_sequence_goes_on_across_sessions_without_gaps(store: Store) -> None:
    for name in ("One", "Two", "Three"):
        add_person(store, name=name)
    with store.session() as session:
        assert session.scalar(select(Site.last_seq)) == 3
    assert [c.seq for c in local_changes(store)] == [1, 2, 3]


def test_a_rolled_back_edit_leaves_no_change(store: Store) -> None:
    person_id = add_person(store)
    with pytest.raises(RuntimeError), store.session() as session, session.begin():
        records.update(session, Person, person_id, name="Changed")
        raise RuntimeError("the user cancelled")
    assert len(local_changes(store)) == 1
    with store.session() as session:
        assert session.get(Person, person_id).name == "Amina Diallo"  # type: ignore[union-attr]


def test_a_link_reassigned_through_the_orm_is_logged(store: Store) -> None:
    first, second = add_person(store, name="First"), add_person(store, name="Second")
    with store.session() as session, session.begin():
        membership_id = records.create(session, Membership, task_force_id=A1, person_id=first,
                                       role="TFM").record_id
    with store.session() as session, session.begin():
        membership = session.get(Membership, membership_id)
        assert membership is not None
        membership.person_id = second
        membership.task_force_id = A2
    changes = [c for c in local_changes(store) if c.table_name == "membership" and c.kind == "update"]
    assert {(c.field, json.loads(c.old_value or ""), json.loads(c.new_value or "")) for c in changes} == {
        ("person_id", first, second), ("task_force_id", A1, A2)}


def test_many_to_many_links_are_records_whose_removal_is_logged(store: Store) -> None:
    person_id = add_person(store)
    with store.session() as session, session.begin():
        meeting_id = records.create(session, Meeting, task_force_id=A1, kind="TF meeting", title="Kick-off",
                                    held_on=date(2023, 2, 1)).record_id
        link_id = records.create(session, MeetingParticipant, task_force_id=A1, meeting_id=meeting_id,
                                 person_id=person_id, attendance="present").record_id
        records.delete(session, MeetingParticipant, link_id)
    kinds = [(c.table_name, c.kind) for c in local_changes(store)]
    assert kinds[-2:] == [("meeting_participant", "insert"), ("meeting_participant", "delete")]


def test_erasing_a_record_through_the_session_is_refused(store: Store) -> None:
    person_id = add_person(store)
    with pytest.raises(HardDeleteRefused, match="trash"), store.session() as session, session.begin():
        session.delete(session.get(Person, person_id))
    with store.session() as session:
        assert session.get(Person, person_id) is not None


@pytest.mark.parametrize("statement", [
    update(Person).values(name="Bulk"),
    delete(Person),
])
def test_bulk_orm_statements_are_refused(store: Store, statement: Any) -> None:
    add_person(store)
    with pytest.raises(SicError, match="one by one"), store.session() as session, session.begin():
        session.execute(statement)


@pytest.mark.parametrize("sql", [
    "UPDATE person SET name = 'Raw'",
    "DELETE FROM person",
    "INSERT INTO person (id, name, deleted) VALUES ('x', 'Raw', 0)",
    "UPDATE change SET new_value = '\"forged\"'",
    "DELETE FROM change",
])
def test_raw_sql_cannot_write_around_the_change_log(store: Store, sql: str) -> None:
    add_person(store)
    before = dump_records_and_changes(store)
    with pytest.raises(IntegrityError), store.session() as session, session.begin():
        session.execute(text(sql))
    assert dump_records_and_changes(store) == before


def test_another_program_cannot_write_around_the_change_log(store: Store) -> None:
    add_person(store)
    with sqlite3.connect(store.path) as connection, pytest.raises(sqlite3.IntegrityError, match="change log"):
        connection.execute("UPDATE person SET name = 'sqlite3 shell'")


def dump_records_and_changes(store: Store) -> tuple[Any, int]:
    with store.session() as session:
        return dump_records(session), len(session.scalars(select(Change)).all())


def test_a_bulk_insert_of_rows_is_logged_like_a_flush(store: Store) -> None:
    rows = [{"task_force_id": A1, "title": f"Activity {n}", "budget": 10.0 * n} for n in range(3)]
    with store.session() as session, session.begin():
        session.execute(insert(Activity), rows)
    changes = local_changes(store)
    assert [c.kind for c in changes] == ["insert"] * 3
    with store.session() as session:
        stored = {a.id: a for a in session.scalars(select(Activity))}
    assert {c.record_id for c in changes} == set(stored)
    assert all(json.loads(c.new_value or "")["deleted"] is False for c in changes)


def replay(changes: list[Change]) -> dict[str, dict[str, dict[str, Any]]]:
    """Rebuild every table from the change log alone."""
    tables: dict[str, dict[str, dict[str, Any]]] = {}
    for change in changes:
        rows = tables.setdefault(change.table_name, {})
        new = json.loads(change.new_value) if change.new_value is not None else None
        if change.kind == "insert":
            assert new is not None
            rows[change.record_id] = {"id": change.record_id, **new}
        else:
            rows[change.record_id][change.field] = new
    return tables


def test_the_change_log_alone_rebuilds_every_table(store: Store) -> None:
    """Whatever the write path, replaying the log gives back exactly what the tables hold."""
    person_id = add_person(store, email="a@example.org")
    with store.session() as session, session.begin():
        records.update(session, Person, person_id, expertise="Soil carbon MRV")
        membership = records.create(session, Membership, task_force_id=A1, person_id=person_id, role="TFRR")
        records.update(session, Membership, membership.record_id, role="TFL")
        records.duplicate(session, Person, person_id, name="Copy")
        records.delete(session, Person, person_id)
        session.execute(insert(Activity), [{"task_force_id": A2, "title": "Bulk"}])
        records.update(session, TaskForce, A1, name="NDCs and policy")
    with store.session() as session:
        dumped = dump_records(session)
        all_changes = list(session.scalars(select(Change).order_by(text("rowid"))))
    rebuilt = replay(all_changes)
    for model in record_classes():
        table = model.__tablename__
        columns = [c.key for c in model.__table__.columns]
        expected = {row["id"]: row for row in dumped[table]}
        got = {rid: {key: row.get(key) for key in columns} for rid, row in rebuilt.get(table, {}).items()}
        assert got == expected, table


def test_reference_data_is_the_same_in_every_copy(tmp_path: Path) -> None:
    master = init_database(tmp_path / "m.sqlite", role="secretariat", name="ExSec")
    region = init_database(tmp_path / "r.sqlite", role="regional", name="Asia")
    try:
        with master.session() as one, region.session() as other:
            assert dump_records(one) == dump_records(other)
            seed = select(Change.change_id).where(Change.site_id == SEED_SITE_ID).order_by(Change.seq)
            assert one.scalars(seed).all() == other.scalars(seed).all()
            assert one.scalar(select(Site.last_seq)) == 0  # seed changes are nobody's to export
            codes = sorted(one.scalars(select(TaskForce.code)))
            assert codes == ["A1", "A2", "A3", "A4", "A5", "A6"]
    finally:
        master.close()
        region.close()


def test_a_change_made_without_the_orm_is_logged_as_the_sites_next(store: Store) -> None:
    from sic_desktop.db.changelog import LocalChange, append_local_changes

    person_id = add_person(store, email="a@example.org")
    first = local_changes(store)[0]
    with store.session() as session, session.begin():
        connection = session.connection()
        ids = append_local_changes(connection, [
            LocalChange("person", person_id, "email", "update", "a@example.org", "b@example.org",
                        based_on=first.change_id, also_based_on="incoming-change")], author="Resolver")
    last = local_changes(store)[-1]
    assert [last.change_id] == ids
    assert (last.seq, last.author, last.also_based_on) == (2, "Resolver", "incoming-change")
    assert last.hlc > first.hlc
