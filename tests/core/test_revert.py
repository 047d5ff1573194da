"""Undoing and redoing a whole import: records added go to the trash, changed fields come back."""

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sic_desktop.db import models as m
from sic_desktop.db.models import Activity, Change, Membership, Organisation, Person
from sic_desktop.db.store import Store
from sic_desktop.documents import samples
from sic_desktop.documents.form import Partner
from sic_desktop.documents.note_records import choices, form_from_note, save_form
from sic_desktop.errors import InputRefused
from sic_desktop.services import records, revert
from sic_desktop.services.reference import reference_id
from sic_desktop.sheets.common import task_force_by_code
from sic_desktop.sheets.inventory import import_inventory
from sic_desktop.sheets.members import import_members
from sic_desktop.sheets.note_read import read_workbook
from sic_desktop.sheets.note_workbook import write_workbook
from tests.sheets import INVENTORY_TITLES, MEMBER_TITLES, write_sheet

A2 = reference_id("task_force", "A2")


def change_ids(store: Store) -> set[str]:
    with store.session() as session:
        return set(session.scalars(select(Change.change_id)))


def change_count(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Change)) or 0)


def live(store: Store, model: type[Any]) -> list[Any]:
    with store.session() as session:
        return list(session.scalars(select(model).where(model.deleted.is_(False)).order_by(model.id)))


@pytest.fixture
def ana(store: Store) -> tuple[str, str]:
    """A member of A2 before any import: Ana, TFM in Africa; returns (person id, membership id)."""
    with store.session() as session, session.begin():
        person = records.create(session, Person, name="Ana Silva", email="ana@example.org",
                                country="Senegal").record_id
        membership = records.create(session, Membership, task_force_id=A2, person_id=person,
                                    role="TFM", region_id=reference_id("region", "Africa")).record_id
    return person, membership


def test_a_members_import_is_undone_and_redone(store: Store, tmp_path: Path,
                                               ana: tuple[str, str]) -> None:
    person_id, membership_id = ana
    sheet = write_sheet(tmp_path / "members.xlsx", MEMBER_TITLES, title="Members", rows=[
        [membership_id, "Ana Silva Costa", "ana@example.org", None, "Senegal", "Africa", "TFRR",
         None, None, None, "Soil carbon", None],
        [None, "Bo Chen", "bo@example.org", "Soil Institute", "China", "Asia", "TFM", None, None, None, None,
         None],
        [None, "Chidi Okafor", None, None, "Nigeria", "Africa", "TFM", None, None, None, None, None],
    ])
    with store.session() as session, session.begin():
        result = import_members(session, sheet, task_force="A2")
    assert (result.added, result.updated) == (2, 1)
    batch = revert.Batch.of(result.outcome.changes)
    assert len(batch.added) == 5  # two people, their memberships, the new organisation
    before_undo = change_ids(store)

    with store.session() as session, session.begin():
        outcomes = revert.undo(session, batch)
    assert sum(len(o.changes) for o in outcomes) > 0
    assert [p.name for p in live(store, Person)] == ["Ana Silva"]
    assert [(x.id, x.role) for x in live(store, Membership)] == [(membership_id, "TFM")]
    assert "Soil Institute" not in {o.name for o in live(store, Organisation)}
    with store.session() as session:
        ana_now = session.get(Person, person_id)
        assert ana_now is not None and ana_now.expertise is None
        logged = session.execute(select(Change.table_name, Change.field, Change.kind, Change.new_value)
                                 .where(Change.change_id.not_in(before_undo))).all()
    assert ("person", "name", "update", '"Ana Silva"') in logged
    assert ("membership", "role", "update", '"TFM"') in logged
    assert sum(1 for row in logged if row.kind == "delete") == 5  # the undo is in the change log

    with store.session() as session, session.begin():
        revert.redo(session, batch)
    assert sorted(p.name for p in live(store, Person)) == ["Ana Silva Costa", "Bo Chen", "Chidi Okafor"]
    assert sorted(x.role for x in live(store, Membership)) == ["TFM", "TFM", "TFRR"]
    with store.session() as session:
        bo = session.scalars(select(Person).where(Person.name == "Bo Chen")).one()
        organisation = session.get(Organisation, bo.organisation_id)
        assert organisation is not None and organisation.name == "Soil Institute" and not organisation.deleted
        assert session.get(Person, person_id).expertise == "Soil carbon"  # type: ignore[union-attr]

    with store.session() as session, session.begin():  # and once more: undo after redo
        revert.undo(session, batch)
    assert [p.name for p in live(store, Person)] == ["Ana Silva"]


def inventory_sheet(tmp_path: Path, existing_id: str) -> Path:
    return write_sheet(tmp_path / "inventory.xlsx", INVENTORY_TITLES, title="Inventory", rows=[
        [existing_id, "Soil mapping, phase 2", None, "Africa", "Kenya", None, None, None, "ongoing",
         date(2024, 1, 1), date(2025, 6, 30), 120000, "EUR"],
        [None, "Compost trials", "Trials on 40 farms", "Africa", "Ghana", "FAO", "CIRAD",
         "https://example.org/compost", "planned", date(2025, 3, 1), None, 5000.5, "USD"],
        [None, "Farmer schools", None, None, None, None, None, None, "planned", None, None, None, None],
    ])


@pytest.fixture
def mapping(store: Store) -> str:
    with store.session() as session, session.begin():
        return records.create(session, Activity, task_force_id=A2, title="Soil mapping", status="planned",
                              start=date(2024, 1, 1), budget=100000.0).record_id


def test_an_inventory_import_is_undone_and_redone(store: Store, tmp_path: Path, mapping: str) -> None:
    with store.session() as session, session.begin():
        result = import_inventory(session, inventory_sheet(tmp_path, mapping), task_force="A2")
    assert (result.added, result.updated) == (2, 1)
    batch = revert.Batch.of(result.outcome.changes)

    with store.session() as session, session.begin():
        revert.undo(session, batch)
    [activity] = live(store, Activity)
    assert (activity.id, activity.title, activity.status, activity.end, activity.budget) == (
        mapping, "Soil mapping", "planned", None, 100000.0)

    with store.session() as session, session.begin():
        revert.redo(session, batch)
    by_title = {a.title: a for a in live(store, Activity)}
    assert set(by_title) == {"Soil mapping, phase 2", "Compost trials", "Farmer schools"}
    assert by_title["Soil mapping, phase 2"].end == date(2025, 6, 30)
    assert by_title["Compost trials"].budget == 5000.5


def test_undo_refuses_to_overwrite_a_later_edit_and_changes_nothing(
        store: Store, tmp_path: Path, mapping: str) -> None:
    with store.session() as session, session.begin():
        result = import_inventory(session, inventory_sheet(tmp_path, mapping), task_force="A2")
        records.update(session, Activity, mapping, status="completed")  # the person's edit, later
    batch = revert.Batch.of(result.outcome.changes)
    logged = change_count(store)
    with store.session() as session, session.begin(), pytest.raises(InputRefused) as refused:
        revert.undo(session, batch)
    words = str(refused.value)
    assert "'Soil mapping, phase 2'" in words and "Status" in words and "'completed'" in words
    assert "nothing was changed" in words
    assert change_count(store) == logged
    assert len(live(store, Activity)) == 3
    with store.session() as session:
        assert session.get(Activity, mapping).status == "completed"  # type: ignore[union-attr]

    with store.session() as session, session.begin():  # the edit undone by hand: the import can go
        records.update(session, Activity, mapping, status="ongoing")
        revert.undo(session, batch)
    assert [a.title for a in live(store, Activity)] == ["Soil mapping"]


def test_a_record_added_by_the_import_and_then_edited_or_trashed_blocks_the_undo(
        store: Store, tmp_path: Path, mapping: str) -> None:
    with store.session() as session, session.begin():
        result = import_inventory(session, inventory_sheet(tmp_path, mapping), task_force="A2")
    batch = revert.Batch.of(result.outcome.changes)
    compost = next(a.id for a in live(store, Activity) if a.title == "Compost trials")
    schools = next(a.id for a in live(store, Activity) if a.title == "Farmer schools")
    with store.session() as session, session.begin():
        records.update(session, Activity, compost, owner="IRD")
        records.delete(session, Activity, schools)
    with store.session() as session, session.begin(), pytest.raises(InputRefused) as refused:
        revert.undo(session, batch)
    assert "'Compost trials': Owner was changed since (it now holds 'IRD')" in str(refused.value)
    assert "'Farmer schools' was moved to the trash since" in str(refused.value)
    assert len(live(store, Activity)) == 2


def test_redo_refuses_when_a_record_came_back_from_the_trash_after_the_undo(
        store: Store, tmp_path: Path, mapping: str) -> None:
    with store.session() as session, session.begin():
        result = import_inventory(session, inventory_sheet(tmp_path, mapping), task_force="A2")
    batch = revert.Batch.of(result.outcome.changes)
    compost = next(a.id for a in live(store, Activity) if a.title == "Compost trials")
    with store.session() as session, session.begin():
        revert.undo(session, batch)
        records.restore(session, Activity, compost)
    logged = change_count(store)
    with store.session() as session, session.begin(), pytest.raises(InputRefused, match="Cannot redo"):
        revert.redo(session, batch)
    assert change_count(store) == logged
    assert {a.title for a in live(store, Activity)} == {"Soil mapping", "Compost trials"}


def test_a_concept_note_workbook_import_is_undone_and_redone(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "note.xlsx"
    with store.session() as session:
        write_workbook(samples.concept_note_form(), path, choices=choices(session))
    with store.session() as session, session.begin():
        added = save_form(session, read_workbook(path, choices=choices(session)),
                          task_force=task_force_by_code(session, "A2"))
    with store.session() as session:
        form = form_from_note(session, added.note_id)
    form.title = "Soil carbon in the Sahel, second draft"
    form.partners = [Partner("FAO", "Partner")]
    with store.session() as session:
        write_workbook(form, path, choices=choices(session))
    partners_before = len(live(store, m.ConceptNotePartner))
    with store.session() as session, session.begin():
        second = save_form(session, read_workbook(path, choices=choices(session)),
                           task_force=task_force_by_code(session, "A2"))
    assert len(live(store, m.ConceptNotePartner)) == 1

    with store.session() as session, session.begin():
        revert.undo(session, revert.Batch.of(second.changes), what="the concept-note workbook")
    [note] = live(store, m.ConceptNote)
    assert note.title == samples.concept_note_form().title
    assert len(live(store, m.ConceptNotePartner)) == partners_before  # the dropped partners are back
    with store.session() as session:
        assert form_from_note(session, added.note_id).partners == samples.concept_note_form().partners

    with store.session() as session, session.begin():
        revert.redo(session, revert.Batch.of(second.changes))
    [note] = live(store, m.ConceptNote)
    assert note.title == "Soil carbon in the Sahel, second draft"
    assert len(live(store, m.ConceptNotePartner)) == 1

    with store.session() as session, session.begin():  # the first import, a new note, undone whole
        revert.undo(session, revert.Batch.of(second.changes))
        revert.undo(session, revert.Batch.of(added.changes))
    assert live(store, m.ConceptNote) == [] and live(store, m.ConceptNotePartner) == []
