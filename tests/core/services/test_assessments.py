"""An STC assessment is pinned to the content it assessed; its scores keep to each criterion's scale."""

import pytest
from sqlalchemy import select

from sic_desktop.db import models as m
from sic_desktop.db.store import Store
from sic_desktop.errors import InputRefused
from sic_desktop.services import assessments, note_status, records
from sic_desktop.services.reference import reference_id
from tests.notes import advance, sample_note

A2 = reference_id("task_force", "A2")


def assessed_note(store: Store) -> tuple[str, str]:
    with store.session() as session, session.begin():
        note_id = sample_note(session)
        advance(session, note_id, "assessed")
        assessment = session.scalars(select(m.Assessment)).one()
        return note_id, assessment.id


def test_an_assessment_pins_the_version_and_fingerprint_of_what_it_assessed(store: Store) -> None:
    note_id, assessment_id = assessed_note(store)
    with store.session() as session:
        assessment = records.get(session, m.Assessment, assessment_id)
        note = records.get(session, m.ConceptNote, note_id)
        assert assessment.concept_note_version == note.version == 1
        assert assessment.content_sha256 == note_status.fingerprint(session, note)
        assert not assessments.pinned(session, assessment).stale
        assert "current" in assessments.pinned(session, assessment).why


def test_a_later_change_bumps_the_version_once_and_makes_the_assessment_stale(store: Store) -> None:
    note_id, assessment_id = assessed_note(store)
    with store.session() as session, session.begin():  # the Secretariat corrects the submitted note
        records.update(session, m.ConceptNote, note_id, risks="Drought in year 2")
        records.create(session, m.BudgetLine, task_force_id=A2, concept_note_id=note_id, item="Soil sampling")
    with store.session() as session:
        note = records.get(session, m.ConceptNote, note_id)
        pinned = assessments.pinned(session, records.get(session, m.Assessment, assessment_id))
        assert note.version == 2 and pinned.stale
        assert pinned.why == ("stale: it assessed version 1; the concept note has changed since "
                              "(now version 2)")
        assert [a.id for a in assessments.stale_assessments(session, note_id)] == [assessment_id]
        # A stale assessment no longer makes the note "assessed"; the step back is recorded.
        assert note.status == "submitted"
        last = note_status.history(session, note_id)[-1]
        assert (last.from_status, last.to_status) == ("assessed", "submitted")


def test_putting_the_content_back_makes_the_assessment_current_again(store: Store) -> None:
    note_id, assessment_id = assessed_note(store)
    with store.session() as session, session.begin():
        risks = records.get(session, m.ConceptNote, note_id).risks
        records.update(session, m.ConceptNote, note_id, risks="Something else")
        records.update(session, m.ConceptNote, note_id, risks=risks)
    with store.session() as session:
        assert not assessments.pinned(session, records.get(session, m.Assessment, assessment_id)).stale
        assert records.get(session, m.ConceptNote, note_id).status == "assessed"


def test_the_pin_is_never_typed(store: Store) -> None:
    _, assessment_id = assessed_note(store)
    with pytest.raises(InputRefused, match="set once"), store.session() as session, session.begin():
        records.update(session, m.Assessment, assessment_id, content_sha256="0" * 64)


def test_an_assessment_starts_with_one_score_per_criterion(store: Store) -> None:
    _, assessment_id = assessed_note(store)
    with store.session() as session:
        scores = session.scalars(select(m.AssessmentScore).where(
            m.AssessmentScore.assessment_id == assessment_id)).all()
        criteria = session.scalars(select(m.Criterion.id).where(m.Criterion.deleted.is_(False))).all()
        assert sorted(s.criterion_id for s in scores) == sorted(criteria) and len(criteria) >= 5
        assert all(s.score is None for s in scores)


def test_scores_keep_to_the_criterions_scale_and_one_per_criterion(store: Store) -> None:
    _, assessment_id = assessed_note(store)
    soc = reference_id("criterion", "2.2")
    with store.session() as session:
        score_id = session.scalars(select(m.AssessmentScore.id).where(
            m.AssessmentScore.assessment_id == assessment_id, m.AssessmentScore.criterion_id == soc)).one()
    with store.session() as session, session.begin():
        records.update(session, m.AssessmentScore, score_id, score=5)
    with pytest.raises(InputRefused, match=r"between 1 and 5 \(found 7"), store.session() as session, \
            session.begin():
        records.update(session, m.AssessmentScore, score_id, score=7)
    with store.session() as session, session.begin():  # the Secretariat widens that criterion's scale
        records.update(session, m.Criterion, soc, scale_min=0, scale_max=10)
        records.update(session, m.AssessmentScore, score_id, score=7)
    with pytest.raises(InputRefused, match=r"already scores criterion 2\.2"), store.session() as session, \
            session.begin():
        records.create(session, m.AssessmentScore, task_force_id=A2, assessment_id=assessment_id,
                       criterion_id=soc, score=3)
