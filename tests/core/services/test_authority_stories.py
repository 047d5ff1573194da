"""The stories of issue 13, one by one, in a regional copy: what is not the copy's own is refused.

A TFRR of A2 for Africa and a TFL of A1 try what a first tester did; an STC assessor's copy writes its
assessments and nothing else. The records they aim at arrive as from a master bundle (seeded), so
each attempt is the copy's own edit of a record it really holds.
"""

from datetime import date
from typing import Any

import pytest

from sic_desktop.db import models as m
from sic_desktop.db.base import Record
from sic_desktop.db.changelog import seeding
from sic_desktop.db.store import Store
from sic_desktop.errors import ReadOnly
from sic_desktop.services import records
from sic_desktop.services.authority import SECRETARIAT_FIELDS, rules
from sic_desktop.services.reference import reference_id
from tests.core.services.test_records import trust_this_copy_with

A1, A2 = reference_id("task_force", "A1"), reference_id("task_force", "A2")
AFRICA = reference_id("region", "Africa")
N = "30000000-0000-4000-8000-0000000000"


def _arrived(store: Store, *objects: Record) -> None:
    """Records as a master bundle brings them: not this copy's edits, so not judged as such."""
    with store.session() as session, session.begin(), seeding(session):
        session.add_all(objects)


def _refused(store: Store, words: str, write: Any, *args: Any, **values: Any) -> None:
    with store.session() as session, session.begin(), pytest.raises(ReadOnly, match=words):
        write(session, *args, **values)


def _note(task_force: str = A2) -> m.ConceptNote:
    return m.ConceptNote(id=N + "01", task_force_id=task_force, title="Sahel residues", version=1,
                         status="submitted", region_id=AFRICA)


def test_the_table_gives_the_secretariat_funders_calls_and_its_decision_fields() -> None:
    table = rules()
    assert table["funder"].owner == table["funding_opportunity"].owner == "secretariat"
    assert table["organisation"].decisions == ("partner",)
    assert set(table["candidacy"].decisions) == {"exsec_proposal", "board_decision", "decided_on"}
    assert set(SECRETARIAT_FIELDS) == {"organisation", "candidacy"}


def test_a_tfrr_copy_cannot_record_an_stc_assessment_or_a_score(regional_store: Store) -> None:
    _arrived(regional_store, _note(), m.Assessment(id=N + "02", task_force_id=A2, concept_note_id=N + "01",
                                                   assessor="STC member", recommendation="recommended"))
    trust_this_copy_with(regional_store, "A2", role="tfrr", region="Africa")
    owner = {"task_force_id": A2, "concept_note_id": N + "01"}
    _refused(regional_store, "STC assessment records are written by the STC or the Executive Secretariat",
             records.create, m.Assessment, assessor="Me", recommendation="recommended", **owner)
    _refused(regional_store, "written by the STC", records.update, m.Assessment, N + "02",
             recommendation="not recommended")
    criterion = reference_id("criterion", "1.1")
    _refused(regional_store, "criterion score records are written by the STC", records.create,
             m.AssessmentScore, task_force_id=A2, assessment_id=N + "02", criterion_id=criterion, score=5)


def test_a_tfrr_copy_cannot_approve_a_candidacy_but_may_put_one_forward(regional_store: Store) -> None:
    person = m.Person(id=N + "03", name="Amina Diallo")
    _arrived(regional_store, person, m.Candidacy(id=N + "04", task_force_id=A2, person_id=N + "03",
                                                 role="TFL"))
    trust_this_copy_with(regional_store, "A2", role="tfrr", region="Africa")
    _refused(regional_store,
             "\"Governing Board decision\" of the candidacy is the Executive Secretariat's decision",
             records.update, m.Candidacy, N + "04", board_decision="approved")
    _refused(regional_store, "Secretariat proposal", records.update, m.Candidacy, N + "04",
             exsec_proposal="proposed")
    _refused(regional_store, "Governing Board decision", records.create, m.Candidacy, task_force_id=A2,
             person_id=N + "03", role="TFRR", board_decision="approved", decided_on=date(2026, 3, 1))
    with regional_store.session() as session, session.begin():
        records.update(session, m.Candidacy, N + "04", motivation="Ten years of soil work in the Sahel")
        records.create(session, m.Candidacy, task_force_id=A2, person_id=N + "03", role="TFRR")


def test_a_tfrr_copy_cannot_turn_the_secretariats_not_validated_into_validated(
    regional_store: Store,
) -> None:
    _arrived(regional_store, _note(), m.Validation(id=N + "05", task_force_id=A2, concept_note_id=N + "01",
                                                   decision="not validated", decided_on=date(2026, 11, 20)))
    trust_this_copy_with(regional_store, "A2", role="tfrr", region="Africa")
    _refused(regional_store, "Bureau validation records are the Executive Secretariat's", records.update,
             m.Validation, N + "05", decision="validated")
    _refused(regional_store, "Executive Secretariat", records.delete, m.Validation, N + "05")


def test_a_tfrr_copy_cannot_issue_a_letter_of_support(regional_store: Store) -> None:
    _arrived(regional_store, _note())
    trust_this_copy_with(regional_store, "A2", role="tfrr", region="Africa")
    _refused(regional_store, "letter of support records are the Executive Secretariat's", records.create,
             m.LetterOfSupport, task_force_id=A2, concept_note_id=N + "01", reference="LoS-2026-001",
             issued_on=date(2026, 11, 21))


def test_a_tfl_edits_only_people_who_are_in_no_other_task_force(regional_store: Store) -> None:
    _arrived(regional_store,
             m.Person(id=N + "06", name="Kofi Mensah", email="kofi@example.org"),
             m.Person(id=N + "07", name="Lucia Rojas", email="lucia@example.org"),
             m.Person(id=N + "08", name="Ana Quispe", email="ana@example.org"),
             m.Membership(id=N + "09", task_force_id=A2, person_id=N + "06", role="TFM"),
             m.Membership(id=N + "10", task_force_id=A1, person_id=N + "07", role="TFM"),
             m.Membership(id=N + "11", task_force_id=A1, person_id=N + "08", role="TFM"),
             m.Membership(id=N + "12", task_force_id=A2, person_id=N + "08", role="TFM"))
    trust_this_copy_with(regional_store, "A1")
    _refused(regional_store, r"the person 'Kofi Mensah' is also a member of task force A2, outside this "
             r"copy's \(A1\)", records.update, m.Person, N + "06", email="kofi@elsewhere.org")
    # In A1 and A2 both: shared, so the Secretariat's to edit.
    _refused(regional_store, "also a member of task force A2", records.update, m.Person, N + "08",
             email="ana@elsewhere.org")
    _refused(regional_store, "also a member", records.delete, m.Person, N + "06")
    with regional_store.session() as session, session.begin():
        records.update(session, m.Person, N + "07", email="lucia@new.example.org")  # only in A1
        new = records.create(session, m.Person, name="Moussa Traore").record_id  # in none yet
        records.update(session, m.Person, new, email="moussa@example.org")
    with regional_store.session() as session:
        assert session.get(m.Person, N + "06").email == "kofi@example.org"


def test_a_tfl_cannot_set_an_organisations_partner_flag_or_touch_a_funder(regional_store: Store) -> None:
    _arrived(regional_store, m.Organisation(id=N + "13", name="CIRAD", partner=False),
             m.Funder(id=N + "14", name="Green Climate Fund"),
             m.FundingOpportunity(id=N + "15", funder_id=N + "14", title="Readiness 2027"))
    trust_this_copy_with(regional_store, "A1")
    _refused(regional_store, "\"Partner of the Initiative\" of the organisation 'CIRAD' is the Executive "
             "Secretariat's decision", records.update, m.Organisation, N + "13", partner=True)
    _refused(regional_store, "Partner of the Initiative", records.create, m.Organisation, name="New partner",
             partner=True)
    _refused(regional_store, "funder records are the Executive Secretariat's", records.update, m.Funder,
             N + "14", url="https://example.org")
    _refused(regional_store, "funder records are the Executive Secretariat's", records.create, m.Funder,
             name="A funder of our own")
    _refused(regional_store, "funding opportunity records are the Executive Secretariat's", records.update,
             m.FundingOpportunity, N + "15", title="Readiness 2028")
    with regional_store.session() as session, session.begin():
        records.update(session, m.Organisation, N + "13", country="France")  # shared: any task force
        records.create(session, m.Organisation, name="Sahel Soils Network")


def test_an_stc_copy_writes_its_assessments_and_nothing_else(regional_store: Store) -> None:
    from sic_desktop.services import note_status
    from tests.notes import sample_note

    _arrived(regional_store, m.Person(id=N + "16", name="Kofi Mensah"))
    with regional_store.session() as session, session.begin():  # as its task force's copy sent it
        note = sample_note(session, "A1")
        note_status.submit(session, note, why="Ready for the STC")
    trust_this_copy_with(regional_store, role="stc")
    owner = {"task_force_id": A1, "concept_note_id": note}
    with regional_store.session() as session, session.begin():
        assessment = records.create(session, m.Assessment, assessor="STC member",
                                    assessed_on=date(2026, 10, 1), recommendation="recommended",
                                    **owner).record_id
        [score] = [s.id for s in session.query(m.AssessmentScore).filter_by(assessment_id=assessment)
                   if s.criterion_id == reference_id("criterion", "1.1")]
        records.update(session, m.AssessmentScore, score, score=4)
    for write, args, values in (
        (records.update, (m.ConceptNote, note), {"title": "Better title"}),
        (records.create, (m.Activity,), {"task_force_id": A1, "title": "Trials"}),
        (records.update, (m.Person, N + "16"), {"email": "kofi@example.org"}),
        (records.create, (m.Validation,), {"decision": "validated", "decided_on": date(2026, 11, 2),
                                           **owner}),
    ):
        _refused(regional_store, "STC assessor's copy writes only STC assessments and their scores|Executive "
                 "Secretariat", write, *args, **values)


def test_an_stc_copy_changes_only_the_assessments_it_made(regional_store: Store) -> None:
    from sic_desktop.services import note_status
    from tests.notes import sample_note

    with regional_store.session() as session, session.begin():
        note = sample_note(session, "A1")
        note_status.submit(session, note, why="Ready for the STC")
    owner = {"task_force_id": A1, "concept_note_id": note}
    # Another assessor's, arrived from the master: logged as made by the seed, not this site.
    _arrived(regional_store, m.Assessment(id=N + "17", assessor="Another member", **owner))
    trust_this_copy_with(regional_store, role="stc")
    _refused(regional_store, "made by another assessor or the Secretariat", records.update, m.Assessment,
             N + "17", recommendation="not recommended")
    _refused(regional_store, "changes only the assessments it made", records.delete, m.Assessment, N + "17")
    with regional_store.session() as session, session.begin():
        mine = records.create(session, m.Assessment, assessor="STC member", **owner).record_id
        records.update(session, m.Assessment, mine, recommendation="revise and resubmit")
