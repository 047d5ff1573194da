"""The cycle overview: each step's state follows the records of the cycle, late after its window."""

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy.orm import Session

from sic_desktop.db.models import (
    ActionPlan,
    Activity,
    Agreement,
    Candidacy,
    ConceptNote,
    Cycle,
    ExpressionOfInterest,
    FullProposal,
    Funder,
    FundingOpportunity,
    Indicator,
    Meeting,
    Membership,
    Organisation,
    Person,
    ProgressReport,
    ProjectIdea,
    ProjectTeam,
)
from sic_desktop.db.store import Store
from sic_desktop.services import records
from sic_desktop.services.cycle_overview import Cell, cycle_overview
from sic_desktop.services.reference import reference_id
from tests.notes import advance, sample_note

A1, A2, A3 = (reference_id("task_force", code) for code in ("A1", "A2", "A3"))
CYCLE = reference_id("cycle", "2022")
AFTER_THE_CYCLE = date(2024, 1, 15)


def add(session: Session, model: type, **values: object) -> str:
    return records.create(session, model, **values).record_id


def note(session: Session, status: str, task_force: str = A1) -> str:
    """A note of the cycle taken to `status` the legal way: its status follows its records."""
    if status == "draft":
        return add(session, ConceptNote, task_force_id=task_force, cycle_id=CYCLE, title="A draft note",
                   version=1)
    code = next(code for code in ("A1", "A2", "A3") if reference_id("task_force", code) == task_force)
    note_id = sample_note(session, code)
    records.update(session, ConceptNote, note_id, cycle_id=CYCLE, title=f"A {status} note")
    if status != "complete":
        advance(session, note_id, status)
    return note_id


def funded_note(session: Session, *, proposal: bool = True, agreement: bool = False,
                started: bool = False) -> None:
    note_id = note(session, "validated")
    funder = add(session, Funder, name="Green Climate Fund")
    add(session, ExpressionOfInterest, task_force_id=A1, concept_note_id=note_id, funder_id=funder,
        answer="full proposal requested")
    if proposal:
        add(session, FullProposal, task_force_id=A1, concept_note_id=note_id, funder_id=funder)
    if agreement:
        add(session, Agreement, task_force_id=A1, concept_note_id=note_id, funder_id=funder,
            signed_on=date(2023, 11, 1), start=date(2023, 12, 1) if started else date(2099, 1, 1))


def members(session: Session) -> None:
    person = add(session, Person, name="Amina Diallo")
    add(session, Membership, task_force_id=A1, person_id=person, role="TFL", status="active")


def candidacy(session: Session) -> None:
    partner = add(session, Organisation, name="CIRAD", partner=True)
    person = add(session, Person, name="Amina Diallo", organisation_id=partner)
    add(session, Candidacy, task_force_id=A1, person_id=person, cycle_id=CYCLE, role="TFL",
        exsec_proposal="proposed", board_decision="approved")


def leaders_meeting(session: Session) -> None:  # recorded by another task force: the Initiative's
    add(session, Meeting, task_force_id=A3, kind="TFL meeting", title="1st TF leaders",
        held_on=date(2022, 12, 8))


def plan(session: Session) -> None:
    plan_id = add(session, ActionPlan, task_force_id=A1, cycle_id=CYCLE, title="A1 plan 2022")
    add(session, Indicator, task_force_id=A1, action_plan_id=plan_id, name="Hectares restored")


def inventory(session: Session) -> None:
    add(session, Activity, task_force_id=A1, cycle_id=CYCLE, title="Soil maps of Senegal")


def ideas_and_teams(session: Session) -> None:
    meeting = add(session, Meeting, task_force_id=A1, kind="TF meeting", title="Ideation",
                  held_on=date(2023, 3, 12))
    for n in range(2):
        idea = add(session, ProjectIdea, task_force_id=A1, meeting_id=meeting, title=f"Idea {n}")
        add(session, ProjectTeam, task_force_id=A1, idea_id=idea, name=f"Team {n}")
    add(session, ProjectTeam, task_force_id=A1, idea_id=idea, name="Team 2")


def team_meeting(session: Session) -> None:
    add(session, Meeting, task_force_id=A1, kind="project team meeting", title="Drafting",
        held_on=date(2023, 4, 4))


def report(session: Session) -> None:
    add(session, ProgressReport, task_force_id=A1, cycle_id=CYCLE, title="A1 report 2022")


STEPS: list[tuple[int, Callable[[Session], object], str]] = [
    (1, members, "done: 1 member (1 TFL)"),
    (2, candidacy, "done: 1 candidate approved by the Governing Board"),
    (3, leaders_meeting, 'done: TF leaders\' meeting "1st TF leaders" of 8 Dec 2022'),
    (4, plan, 'done: action plan "A1 plan 2022" with 1 indicator'),
    (5, inventory, "done: 1 inventory item recorded in this cycle"),
    (6, ideas_and_teams, "done: 2 ideas, 3 teams recorded at the TF meeting of 12 Mar 2023"),
    (7, team_meeting, 'done: project team meeting "Drafting" of 4 Apr 2023'),
    (8, lambda s: (note(s, "complete"), note(s, "draft")), "done: 1 of 2 concept notes complete"),
    (9, lambda s: note(s, "submitted"), "done: 1 of 1 concept notes submitted for assessment"),
    (10, lambda s: note(s, "assessed"), "done: 1 of 1 concept notes assessed by the STC"),
    (11, lambda s: funded_note(s, proposal=False), "done: 1 expression of interest sent to funders"),
    (13, funded_note, "done: 1 full proposal"),
    (14, lambda s: funded_note(s, agreement=True), "done: 1 agreement"),
    (15, lambda s: funded_note(s, agreement=True, started=True), "done: 1 project under way"),
    (17, report, "done: 1 progress report for this cycle"),
]


def cells(store: Store, today: date, year: int = 2022) -> dict[tuple[str, int], Cell]:
    with store.session() as session:
        grid = cycle_overview(session, year, today=today)
    return {(cell.task_force, cell.step): cell for cell in grid.cells}


@pytest.mark.parametrize(("step", "records_of_the_step", "why"), STEPS, ids=[str(s[0]) for s in STEPS])
def test_a_task_force_with_the_records_of_a_step_has_it_done(
        store: Store, step: int, records_of_the_step: Callable[[Session], object], why: str) -> None:
    before = cells(store, AFTER_THE_CYCLE)[("A1", step)]
    assert before.state in ("late", "not_applicable", "not_started")
    with store.session() as session, session.begin():
        records_of_the_step(session)
    found = cells(store, AFTER_THE_CYCLE)
    assert (found[("A1", step)].state, str(found[("A1", step)].why)) == ("done", why)
    if step != 3:  # the TF leaders' meeting is the whole Initiative's; every other step is A1's own
        assert found[("A2", step)].state != "done"


def test_without_records_a_step_is_late_after_its_window_and_not_applicable_without_its_input(
        store: Store) -> None:
    found = cells(store, AFTER_THE_CYCLE)
    assert {n: found[("A1", n)].state for n in range(1, 18)} == {
        1: "late", 2: "late", 3: "late", 4: "late", 5: "late", 6: "late", 7: "late", 8: "late",
        9: "late", 10: "late", 11: "not_applicable", 12: "late", 13: "not_applicable",
        14: "not_applicable", 15: "not_applicable", 16: "not_started", 17: "not_started"}
    assert str(found[("A1", 5)].why) == (
        "no activity recorded in this cycle's inventory; the window ended on 31 Jan 2023")
    assert str(found[("A1", 16)].why).endswith("no window planned")


def test_within_its_window_a_step_is_due_and_before_it_not_started(store: Store) -> None:
    found = cells(store, date(2023, 3, 15))
    assert found[("A1", 6)].state == "due"  # Feb-May 2023
    assert str(found[("A1", 6)].why) == "no TF meeting recorded in this cycle; due by 31 May 2023"
    assert found[("A1", 10)].state == "not_started"  # September 2023
    assert str(found[("A1", 10)].why).endswith("the window opens on 1 Sep 2023")
    assert found[("A1", 1)].state == "late"


def test_a_plan_without_indicators_does_not_make_step_4_done(store: Store) -> None:
    with store.session() as session, session.begin():
        add(session, ActionPlan, task_force_id=A1, cycle_id=CYCLE, title="Bare plan")
    cell = cells(store, AFTER_THE_CYCLE)[("A1", 4)]
    assert cell.state == "late" and str(cell.why).startswith('action plan "Bare plan" has no indicators yet')


def test_counts_and_states_belong_to_the_chosen_cycle(store: Store) -> None:
    with store.session() as session, session.begin():
        next_cycle = add(session, Cycle, year=2023, title="Second cycle")
        inventory(session)
        add(session, Activity, task_force_id=A1, cycle_id=next_cycle, title="Compost hubs")
        add(session, Activity, task_force_id=A1, cycle_id=next_cycle, title="Biochar trials")
        note(session, "complete")
    with store.session() as session:
        first = cycle_overview(session, 2022, task_force_id=A1, today=AFTER_THE_CYCLE)
        second = cycle_overview(session, 2023, task_force_id=A1, today=AFTER_THE_CYCLE)
    assert [c.task_force for c in first.counts] == ["A1"] and {c.task_force for c in first.cells} == {"A1"}
    assert (first.counts[0].activities, first.counts[0].concept_notes) == (1, 1)
    assert (second.counts[0].activities, second.counts[0].concept_notes) == (2, 0)
    assert str(next(c for c in second.cells if c.step == 5).why).startswith("done: 2 inventory items")
    assert next(c for c in second.cells if c.step == 8).state == "not_started"  # no windows planned yet


def test_the_funding_deadlines_of_the_cycle_appear_in_the_overview(store: Store) -> None:
    with store.session() as session, session.begin():
        funder = add(session, Funder, name="Green Climate Fund")
        add(session, FundingOpportunity, funder_id=funder, title="Readiness call",
            deadline=date(2023, 10, 15))
        add(session, FundingOpportunity, funder_id=funder, title="Long after", deadline=date(2026, 1, 1))
    with store.session() as session:
        grid = cycle_overview(session, 2022, today=AFTER_THE_CYCLE)
    assert [(d.on, d.funder, d.call) for d in grid.deadlines] == [
        (date(2023, 10, 15), "Green Climate Fund", "Readiness call")]
