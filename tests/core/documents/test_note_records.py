"""A concept note saved from its form and read back; parts matched in order; versions on edit."""

from datetime import date

import pytest
from sqlalchemy import select

from sic_desktop.db import models as m
from sic_desktop.db.store import Store
from sic_desktop.documents import samples
from sic_desktop.documents.form import Partner
from sic_desktop.documents.note_records import form_from_note, note_facts, save_form
from sic_desktop.errors import InputRefused, RowError
from sic_desktop.sheets.common import task_force_by_code
from tests.notes import advance


def save(store: Store, form: object, code: str = "A2") -> str:
    with store.session() as session, session.begin():
        saved = save_form(session, form, task_force=task_force_by_code(session, code))  # type: ignore[arg-type]
        return saved.note_id


def test_form_saved_and_read_back_is_the_same(store: Store) -> None:
    note_id = save(store, samples.concept_note_form())
    with store.session() as session:
        form = form_from_note(session, note_id)
        note = session.get(m.ConceptNote, note_id)
        # Every required part is filled in: its status follows (services/note_status.py).
        assert note is not None and note.status == "complete" and note.version == 1
        facts = note_facts(session, note)
    expected = samples.concept_note_form()
    expected.id = note_id
    assert form == expected
    assert facts.task_force.startswith("A2 · ")


def test_update_matches_parts_in_order_and_logs_only_real_changes(store: Store) -> None:
    note_id = save(store, samples.concept_note_form())
    with store.session() as session:
        form = form_from_note(session, note_id)
    with store.session() as session, session.begin():
        unchanged = save_form(session, form, task_force=task_force_by_code(session, "A2"))
    assert unchanged.changes == [] and not unchanged.created
    form.partners = [Partner("FAO", "Partner")]
    form.title = "A new title"
    with store.session() as session, session.begin():
        saved = save_form(session, form, task_force=task_force_by_code(session, "A2"))
    assert saved.version == 1  # not assessed yet: the same version
    with store.session() as session:
        again = form_from_note(session, note_id)
        live = session.scalars(select(m.ConceptNotePartner).where(
            m.ConceptNotePartner.concept_note_id == note_id,
            m.ConceptNotePartner.deleted.is_(False))).all()
    assert again.title == "A new title" and [p.organisation for p in again.partners] == ["FAO"]
    assert len(live) == 1


def test_editing_an_assessed_note_makes_a_new_version(store: Store) -> None:
    note_id = save(store, samples.concept_note_form())
    with store.session() as session, session.begin():
        advance(session, note_id, "assessed", on=date(2025, 9, 1))
    with store.session() as session:
        form = form_from_note(session, note_id)
    form.budget[0].requested = 1.0
    with store.session() as session, session.begin():
        saved = save_form(session, form, task_force=task_force_by_code(session, "A2"))
    assert saved.version == 2


def test_an_id_of_another_task_force_is_refused(store: Store) -> None:
    note_id = save(store, samples.concept_note_form())
    form = samples.concept_note_form()
    form.id = note_id
    with pytest.raises(InputRefused, match=r"no concept note .* in task force A1"):
        save(store, form, "A1")


def test_an_unknown_region_is_refused(store: Store) -> None:
    form = samples.concept_note_form()
    form.region = "Atlantis"
    with pytest.raises(InputRefused, match="unknown region 'Atlantis'"):
        save(store, form)


def test_objective_codes_are_checked_and_tidied(store: Store) -> None:
    form = samples.concept_note_form()
    form.objectives_served = "a2;A5 a2"
    note_id = save(store, form)
    with store.session() as session:
        assert form_from_note(session, note_id).objectives_served == "A2, A5"
    form.objectives_served = "A2, Z9"
    with pytest.raises(InputRefused, match="unknown objective 'Z9'; known: A1, A2"):
        save(store, form)


def test_a_value_the_model_refuses_names_sheet_and_column(store: Store) -> None:
    form = samples.concept_note_form()
    form.duration_months = -3
    with pytest.raises(InputRefused, match=r"Concept note, Duration \(months\): cannot be negative"):
        save(store, form)
    form = samples.concept_note_form()
    form.budget[1].requested = -1
    with pytest.raises(RowError, match="Budget, row 3, column 'Requested': cannot be negative"):
        save(store, form)
