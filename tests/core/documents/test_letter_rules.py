"""Letters of support: issued at the Secretariat only, for a validated note with a current assessment,
numbered once (never reused) and signed by the signatory named in the settings."""

import io
from datetime import date

import pytest
from docx import Document
from sqlalchemy import select

from sic_desktop.db import models as m
from sic_desktop.db.store import Store
from sic_desktop.documents.letters import issue_letter
from sic_desktop.errors import InputRefused, ReadOnly
from sic_desktop.services import records
from sic_desktop.services.note_rules import NoteLocked
from sic_desktop.services.settings import set_signatory, signatory
from tests.notes import advance, name_signatory, sample_note


def validated(store: Store) -> str:
    with store.session() as session, session.begin():
        note_id = sample_note(session)
        advance(session, note_id, "validated")
        return note_id


def text_of(document: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(document)).paragraphs)


def test_a_letter_is_signed_by_the_named_signatory_of_the_settings(store: Store) -> None:
    note_id = validated(store)
    with pytest.raises(InputRefused, match="settings signatory NAME"), store.session() as session, \
            session.begin():
        issue_letter(session, concept_note_id=note_id)
    with store.session() as session, session.begin():
        set_signatory(session, name="  Paul Luu ", title="Executive Secretary")
        issued = issue_letter(session, concept_note_id=note_id, issued_on=date(2025, 10, 1))
    text = text_of(issued.document)
    assert "Paul Luu" in text and "Executive Secretary" in text
    with store.session() as session:
        found = signatory(session)
        assert found is not None and (found.name, found.title) == ("Paul Luu", "Executive Secretary")


def test_letter_numbers_are_given_once_and_never_reused(store: Store) -> None:
    note_id = validated(store)
    with store.session() as session, session.begin():
        name_signatory(session)
        first = issue_letter(session, concept_note_id=note_id, issued_on=date(2025, 10, 1))
        records.delete(session, m.LetterOfSupport, first.letter_id)  # a letter withdrawn to the trash
        second = issue_letter(session, concept_note_id=note_id, issued_on=date(2025, 10, 2))
    assert (first.reference, second.reference) == ("LoS-2025-001", "LoS-2025-002")
    note = {"task_force_id": records_of(store)[0].task_force_id, "concept_note_id": note_id}
    with pytest.raises(InputRefused, match="never reused"), store.session() as session, session.begin():
        records.create(session, m.LetterOfSupport, reference="LoS-2025-001", issued_on=date(2025, 10, 3),
                       **note)
    with pytest.raises(InputRefused, match="set once"), store.session() as session, session.begin():
        records.update(session, m.LetterOfSupport, second.letter_id, reference="LoS-2025-009")


def records_of(store: Store) -> list[m.LetterOfSupport]:
    with store.session() as session:
        return list(session.scalars(select(m.LetterOfSupport)))


def test_a_stale_assessment_blocks_the_letter(store: Store) -> None:
    note_id = validated(store)
    with store.session() as session, session.begin():
        name_signatory(session)
        records.update(session, m.ConceptNote, note_id, risks="A new risk, written after the assessment")
    with pytest.raises(InputRefused, match=r"assessment of .* is stale"), store.session() as session, \
            session.begin():
        issue_letter(session, concept_note_id=note_id)
    assert records_of(store) == []


def test_a_note_the_bureau_did_not_validate_gets_no_letter(store: Store) -> None:
    with store.session() as session, session.begin():
        note_id = sample_note(session)
        advance(session, note_id, "assessed")
        records.create(session, m.Validation, task_force_id=records.get(session, m.ConceptNote, note_id)
                       .task_force_id, concept_note_id=note_id, decision="not validated",
                       decided_on=date(2025, 9, 25))
        name_signatory(session)
    with pytest.raises(InputRefused, match="not been validated"), store.session() as session, \
            session.begin():
        issue_letter(session, concept_note_id=note_id)


def test_a_regional_copy_issues_no_letter(regional_store: Store) -> None:
    with regional_store.session() as session, session.begin():
        note_id = sample_note(session)
        note = records.get(session, m.ConceptNote, note_id)
        task_force = note.task_force_id
    with pytest.raises(NoteLocked, match="issued by the Secretariat"), regional_store.session() as session, \
            session.begin():
        issue_letter(session, concept_note_id=note_id)
    # The authority table refuses it before the concept-note rules see it: either says whose it is.
    with pytest.raises(ReadOnly, match="Secretariat"), regional_store.session() as session, session.begin():
        records.create(session, m.LetterOfSupport, task_force_id=task_force, concept_note_id=note_id,
                       reference="LoS-2026-001", issued_on=date(2026, 1, 1))
