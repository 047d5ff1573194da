"""A regional copy's "what is due from me": its task forces' late steps first, then what comes soon."""

from datetime import date

from sic_desktop.db.models import Activity, Funder, FundingOpportunity
from sic_desktop.db.store import Store
from sic_desktop.services import records
from sic_desktop.services.due import due_from
from sic_desktop.services.reference import reference_id

A1, A2 = reference_id("task_force", "A1"), reference_id("task_force", "A2")


def test_late_steps_come_first_then_the_due_and_coming_ones_and_the_deadlines(store: Store) -> None:
    with store.session() as session, session.begin():
        records.create(session, Activity, task_force_id=A1, cycle_id=reference_id("cycle", "2022"),
                       title="Soil maps")
        funder = records.create(session, Funder, name="Green Climate Fund").record_id
        records.create(session, FundingOpportunity, funder_id=funder, title="Readiness call",
                       deadline=date(2023, 4, 20))
        records.create(session, FundingOpportunity, funder_id=funder, title="Far call",
                       deadline=date(2023, 9, 1))
    with store.session() as session:
        items = due_from(session, 2022, [A1], today=date(2023, 3, 15))
    listed = [(item.task_force, str(item.what).split(":")[0], item.state) for item in items]
    # Step 5 (inventory) is done for A1, so it is not listed; steps 1-4 are late, oldest window first.
    assert listed[:4] == [("A1", "step 1", "late"), ("A1", "step 2", "late"), ("A1", "step 3", "late"),
                          ("A1", "step 4", "late")]
    assert ("A1", "step 5", "late") not in listed
    rest = [(what, state) for _tf, what, state in listed[4:]]
    # By their last day: the April deadline; due now 6 (Feb-May) and 7 (Mar-Aug); 8 (May-Aug) opens
    # within 60 days; 9 (June) does not, nor does the September call.
    assert rest == [("deadline", "deadline"), ("step 6", "due"), ("step 7", "due"),
                    ("step 8", "not_started")]
    assert str(items[4].what) == "deadline: Green Climate Fund, Readiness call"
    assert all(item.task_force in ("A1", None) for item in items)


def test_only_the_copy_s_own_task_forces_are_listed(store: Store) -> None:
    with store.session() as session:
        items = due_from(session, 2022, [A2], today=date(2023, 3, 15))
    assert {item.task_force for item in items} == {"A2"}
