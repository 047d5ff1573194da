"""The window's reads, served by the core as plain data: lists, link choices, history, overview, status."""

from datetime import date, datetime

from sqlalchemy import select

from sic_desktop.db.models import ConceptNote, Meeting, Membership, Person, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.listing import first_read, scope_of
from sic_desktop.services import history_read, lists, records
from sic_desktop.services.naming import Titles
from sic_desktop.services.reference import reference_id
from sic_desktop.services.validation import columns_of


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


def test_every_task_force_lists_and_picks_the_leaders_meetings_whoever_recorded_them(store: Store) -> None:
    a1, a2 = reference_id("task_force", "A1"), _a2(store)
    with store.session() as session, session.begin():
        leaders = records.create(session, Meeting, task_force_id=a1, kind="TFL meeting",
                                 title="2nd TF leaders meeting", held_on=date(2023, 6, 20)).record_id
        records.create(session, Meeting, task_force_id=a1, kind="TF meeting", title="A1 ideas",
                       held_on=date(2023, 3, 14))
        own = records.create(session, Meeting, task_force_id=a2, kind="TF meeting", title="A2 ideas",
                             held_on=date(2023, 3, 15)).record_id
    with store.session() as session:
        listed = lists.list_values(session, "meeting", ["title"], task_force_id=a2)
        picked = lists.link_choices(session, Titles(session), "meeting", task_force_id=a2)
        scope = scope_of("meeting", columns_of(Meeting))
    assert {record_id for record_id, _values in listed} == {leaders, own}
    assert {record_id for _title, record_id in picked} == {leaders, own}
    quick = first_read(store.path, "meeting", ["title"], {}, scope, a2, 50)  # the first screen's read
    assert quick is not None and {record_id for record_id, _values in quick.rows} == {leaders, own}


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
