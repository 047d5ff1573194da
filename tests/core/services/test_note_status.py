"""A concept note's status follows its records: each step in order, recorded with who, when and why."""

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from sic_desktop.db.base import Record
from sic_desktop.db.store import Store
from sic_desktop.errors import InputRefused, ReadOnly
from sic_desktop.services import note_status, records
from sic_desktop.services.note_rules import NoteLocked, StepRefused
from sic_desktop.services.reference import reference_id
from tests.notes import STEPS, advance, sample_note

A2 = reference_id("task_force", "A2")


def status(store: Store, note_id: str) -> tuple[str, str]:
    with store.session() as session:
        note = session.get(m.ConceptNote, note_id)
        assert note is not None
        return note.status, note_status.status_of(session, note_id).status


def steps(store: Store, note_id: str) -> list[tuple[str | None, str]]:
    with store.session() as session:
        return [(s.from_status, s.to_status) for s in note_status.history(session, note_id)]


def test_a_new_note_is_a_draft_that_says_what_it_still_lacks(store: Store) -> None:
    with store.session() as session, session.begin():
        note_id = records.create(session, m.ConceptNote, task_force_id=A2, title="Biochar").record_id
        derived = note_status.status_of(session, note_id)
    assert derived.status == "draft" and status(store, note_id) == ("draft", "draft")
    assert "Objectives" in derived.why and "budget line" in derived.why


def test_a_complete_note_walks_the_cycle_and_each_step_says_who_when_and_why(store: Store) -> None:
    with store.session() as session, session.begin():
        note_id = sample_note(session)
    assert status(store, note_id) == ("complete", "complete")
    for step in STEPS:
        with store.session() as session, session.begin():
            advance(session, note_id, step) if step == "submitted" else _next(session, note_id, step)
        assert status(store, note_id) == (step, step)
    assert steps(store, note_id) == [
        ("draft", "complete"), ("complete", "submitted"), ("submitted", "assessed"),
        ("assessed", "validated"), ("validated", "expression of interest"),
        ("expression of interest", "full proposal"), ("full proposal", "funded")]
    with store.session() as session:
        history = note_status.history(session, note_id)
        assert all(s.changed_by == "Test Secretariat" and s.changed_at for s in history)
        assert history[1].why == "Ready for the STC"
        assert history[3].why == "the Bureau validated it on 2025-09-25"


def _next(session: object, note_id: str, step: str) -> None:
    """The one record that takes the note from the step before to `step`."""
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    note = records.get(session, m.ConceptNote, note_id)
    owner = {"task_force_id": note.task_force_id, "concept_note_id": note_id}
    funder = session.scalars(select(m.Funder.id)).first()
    if step == "assessed":
        records.create(session, m.Assessment, assessor="STC", **owner)
    elif step == "validated":
        records.create(session, m.Validation, decision="validated", decided_on=date(2025, 9, 25), **owner)
    elif step == "expression of interest":
        funder = records.create(session, m.Funder, name="GCF").record_id
        records.create(session, m.ExpressionOfInterest, funder_id=funder, **owner)
    elif step == "full proposal":
        records.create(session, m.FullProposal, funder_id=funder, **owner)
    else:
        records.create(session, m.Agreement, funder_id=funder, signed_on=date(2026, 3, 1), **owner)


def test_typing_a_status_from_draft_to_funded_is_refused_with_the_reason(store: Store) -> None:
    with store.session() as session, session.begin():
        note_id = records.create(session, m.ConceptNote, task_force_id=A2, title="Biochar").record_id
    with pytest.raises(StepRefused) as refused, store.session() as session, session.begin():
        records.update(session, m.ConceptNote, note_id, status="funded")
    assert "never typed" in str(refused.value) and "'Biochar' is draft" in str(refused.value)
    with pytest.raises(StepRefused), store.session() as session, session.begin():
        records.create(session, m.ConceptNote, task_force_id=A2, title="Straight to money", status="funded")
    assert status(store, note_id) == ("draft", "draft")


@pytest.mark.parametrize(("kind", "values", "words"), [
    (m.Assessment, {"assessor": "STC"}, "the STC assesses submitted notes"),
    (m.Validation, {"decision": "validated", "decided_on": date(2025, 9, 1)}, "current STC assessment"),
    (m.ExpressionOfInterest, {}, "follows the Bureau's validation"),
    (m.FullProposal, {}, "follows an expression of interest"),
    (m.Agreement, {"signed_on": date(2026, 1, 1)}, "follows a full proposal"),
])
def test_a_step_without_the_steps_before_it_is_refused(store: Store, kind: type[Record],
                                                       values: dict[str, object], words: str) -> None:
    with store.session() as session, session.begin():
        note_id = sample_note(session)
        funder = records.create(session, m.Funder, name="GCF").record_id
    if kind in (m.ExpressionOfInterest, m.FullProposal, m.Agreement):
        values = {**values, "funder_id": funder}
    with pytest.raises(StepRefused, match=words), store.session() as session, session.begin():
        records.create(session, kind, task_force_id=A2, concept_note_id=note_id, **values)
    assert status(store, note_id) == ("complete", "complete")


def test_a_draft_cannot_be_submitted_and_only_the_secretariat_returns_a_note(store: Store) -> None:
    with store.session() as session, session.begin():
        draft = records.create(session, m.ConceptNote, task_force_id=A2, title="Half done").record_id
    with pytest.raises(StepRefused, match="still lacks"), store.session() as session, session.begin():
        note_status.submit(session, draft)
    with store.session() as session, session.begin():
        note_id = sample_note(session)
        advance(session, note_id, "validated")
    with pytest.raises(StepRefused, match="before the Bureau"), store.session() as session, session.begin():
        note_status.return_to_team(session, note_id)


def test_a_submitted_note_is_read_only_to_its_task_force(regional_store: Store) -> None:
    with regional_store.session() as session, session.begin():
        note_id = sample_note(session)
        note_status.submit(session, note_id)
    edits: tuple[Callable[[Session], object], ...] = (
        lambda s: records.update(s, m.ConceptNote, note_id, title="Quietly improved"),
        lambda s: records.create(s, m.BudgetLine, task_force_id=A2, concept_note_id=note_id, item="Extra"),
        lambda s: records.delete(s, m.ConceptNote, note_id),
    )
    for edit in edits:
        with pytest.raises(NoteLocked) as refused, regional_store.session() as session, session.begin():
            edit(session)
        assert isinstance(refused.value, ReadOnly) and refused.value.exit_code == 4
        assert "until the Secretariat returns it" in str(refused.value)
    with pytest.raises(StepRefused, match="only the Sec"), regional_store.session() as session, \
            session.begin():
        note_status.return_to_team(session, note_id)
    with regional_store.session() as session:
        assert note_status.status_of(session, note_id).status == "submitted"
        [step] = note_status.history(session, note_id)
        assert (step.from_status, step.to_status, step.changed_by) == ("complete", "submitted", "Test TFRR")
        # Its history is not the region's to take back either.
        with pytest.raises(NoteLocked):
            records.delete(session, m.NoteStatusChange, step.id)


def test_a_returned_note_is_the_task_forces_to_edit_again(store: Store) -> None:
    with store.session() as session, session.begin():
        note_id = sample_note(session)
        advance(session, note_id, "assessed")
        note_status.return_to_team(session, note_id, why="Add a gender safeguard")
    assert status(store, note_id) == ("complete", "complete")
    assert steps(store, note_id)[-1] == ("assessed", "returned")
    with store.session() as session, session.begin():
        records.update(session, m.ConceptNote, note_id, safeguards="Gender: 40% women farmers")
        note_status.submit(session, note_id)
    # The old assessment describes the old content: the resubmitted note waits for a new one.
    assert status(store, note_id) == ("submitted", "submitted")


def test_a_step_record_is_history_and_never_edited(store: Store) -> None:
    with store.session() as session, session.begin():
        note_id = sample_note(session)
        advance(session, note_id, "submitted")
        step = session.scalars(select(m.NoteStatusChange)
                               .where(m.NoteStatusChange.to_status == "submitted")).one()
    with pytest.raises(InputRefused, match="set once"), store.session() as session, session.begin():
        records.update(session, m.NoteStatusChange, step.id, why="Backdated")
