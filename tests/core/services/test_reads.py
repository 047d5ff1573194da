"""The window's reads, served by the core as plain data: lists, link choices, history, overview, status."""

from datetime import datetime

from sqlalchemy import select

from sic_desktop.db.models import ConceptNote, Membership, Person, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.services import history_read, lists, records
from sic_desktop.services.naming import Titles


def _a2(store: Store) -> str:
    with store.session() as session:
        return session.scalars(select(TaskForce.id).where(TaskForce.code == "A2")).one()


def test_a_task_forces_people_are_its_members_in_the_list_and_the_picker(store: Store) -> None:
    a2 = _a2(store)
    with store.session() as session, session.begin():
        ana = records.create(session, Person, name="Ana Souza").record_id
        records.create(session, Person, name="Outside Person")
        records.create(session, Membership, task_force_id=a2, person_id=ana, role="TFRR")
    with store.session() as session:
        assert lists.list_values(session, "person", ["name"], task_force_id=a2) == [(ana, ("Ana Souza",))]
        assert len(lists.list_values(session, "person", ["name"])) == 2
        titles = Titles(session)
        assert lists.link_choices(session, titles, "person", task_force_id=a2) == [("Ana Souza", ana)]
        steps = [title for title, _id in lists.link_choices(session, titles, "step")]
    assert [title.split(".")[0] for title in steps] == [str(n) for n in range(1, len(steps) + 1)]


def test_a_records_history_tells_each_change_in_words(store: Store) -> None:
    a2 = _a2(store)
    with store.session() as session, session.begin():
        note = records.create(session, ConceptNote, task_force_id=a2, title="Sahel soils", version=1,
                              status="draft", currency="XOF").record_id
    with store.session() as session, session.begin():
        records.update(session, ConceptNote, note, title="Sahel soils II")
    with store.session() as session:
        logged = history_read.history(session, "concept_note", note)
    assert logged[0].field == "*" and "Sahel soils" in logged[0].new
    last = logged[-1]
    assert (last.field, last.old, last.new, last.kind, last.applied) == (
        "title", "Sahel soils", "Sahel soils II", "update", True)
    assert isinstance(last.when, datetime)


def test_the_status_bar_counts_a_regions_edit_as_waiting(regional_store: Store) -> None:
    store = regional_store
    with store.session() as session:
        before = lists.status(session)
    with store.session() as session, session.begin():
        records.create(session, Person, name="Ana Souza")
    with store.session() as session:
        after = lists.status(session)
    assert after.waiting is not None and before.waiting is not None
    assert after.waiting > before.waiting
    assert (after.site_name, after.role) == (before.site_name, before.role)
