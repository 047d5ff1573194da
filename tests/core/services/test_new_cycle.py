"""A second year: `new_cycle` copies every step window a year on and lists the members to review."""

from datetime import date

import pytest
from sqlalchemy import select

from sic_desktop.db.models import Cycle, Membership, Person, StepWindow
from sic_desktop.db.store import Store
from sic_desktop.errors import InputRefused, ReadOnly
from sic_desktop.services import records
from sic_desktop.services.cycles import current_cycle, cycle_by_year, new_cycle, shifted, windows
from sic_desktop.services.reference import reference_id

A1 = reference_id("task_force", "A1")


def test_the_next_cycle_gets_every_window_a_year_later_and_the_members_for_review(store: Store) -> None:
    with store.session() as session, session.begin():
        person = records.create(session, Person, name="Amina Diallo").record_id
        staying = records.create(session, Membership, task_force_id=A1, person_id=person, role="TFL",
                                 status="active").record_id
        records.create(session, Membership, task_force_id=A1, person_id=person, role="TFM", status="left")
        made = new_cycle(session, 2023)
    assert (made.year, made.source_year, made.windows, len(made.memberships)) == (2023, 2022, 13, 1)
    with store.session() as session:
        old, [new] = session.get(Membership, staying), made.memberships
        carried = session.get(Membership, new)
        assert old is not None and carried is not None
        assert (old.cycle_id, old.status) == (cycle_by_year(session, 2022).id, "active")  # kept as it was
        assert (carried.cycle_id, carried.status, carried.person_id, carried.role) == (
            made.cycle_id, "to confirm", person, "TFL")
        old = windows(session, cycle_by_year(session, 2022).id)
        new = windows(session, made.cycle_id)
        assert [(w.number, w.start, w.end) for w in new] == [
            (w.number, shifted(w.start, 1), shifted(w.end, 1)) for w in old]
        assert new[5].start == date(2024, 2, 1) and new[5].end == date(2024, 5, 31)  # step 6
        cycle = session.get(Cycle, made.cycle_id)
        assert cycle is not None and cycle.title == "Strategy Implementation Cycle 2023-2024"


def test_only_the_last_cycles_memberships_are_carried_and_an_application_stays_one(store: Store) -> None:
    with store.session() as session, session.begin():
        person = records.create(session, Person, name="Amina Diallo").record_id
        records.create(session, Membership, task_force_id=A1, person_id=person, role="TFM", status="applied")
        before_cycles = records.create(session, Membership, task_force_id=A1, person_id=person, role="TFL",
                                       status="active", cycle_id=None).record_id
        second = new_cycle(session, 2023)
        statuses = {session.get(Membership, i).status for i in second.memberships}  # type: ignore[union-attr]
        assert statuses == {"applied", "to confirm"}
        third = new_cycle(session, 2024)
    with store.session() as session:
        # 2024 carries 2023's memberships, not 2022's again; one made before cycles counts as the last one's.
        assert len(third.memberships) == 2
        assert {session.get(Membership, i).cycle_id for i in third.memberships} == {  # type: ignore[union-attr]
            third.cycle_id}
        assert session.get(Membership, before_cycles).cycle_id is None  # type: ignore[union-attr]


def test_new_memberships_belong_to_the_cycle_begun_unless_told_otherwise(store: Store) -> None:
    with store.session() as session, session.begin():
        person = records.create(session, Person, name="Amina Diallo").record_id
        first = records.create(session, Membership, task_force_id=A1, person_id=person, role="TFM").record_id
        later = new_cycle(session, 2023).cycle_id
        ahead = new_cycle(session, 2099).cycle_id  # made ahead of time: not current before it begins
        second = records.create(session, Membership, task_force_id=A1, person_id=person, role="TFM").record_id
        told = records.create(session, Membership, task_force_id=A1, person_id=person, role="TFM",
                              cycle_id=ahead).record_id
        assert current_cycle(session, date(2099, 12, 1)).id == ahead  # type: ignore[union-attr]
    with store.session() as session:
        assert session.get(Membership, first).cycle_id == cycle_by_year(session, 2022).id  # type: ignore[union-attr]
        assert session.get(Membership, second).cycle_id == later  # type: ignore[union-attr]
        assert session.get(Membership, told).cycle_id == ahead  # type: ignore[union-attr]


def test_a_cycle_that_exists_is_refused_and_nothing_changes(store: Store) -> None:
    with store.session() as session, session.begin(), pytest.raises(InputRefused, match="exists already"):
        new_cycle(session, 2022)
    with store.session() as session:
        assert len(session.scalars(select(Cycle)).all()) == 1
        assert len(session.scalars(select(StepWindow)).all()) == 13


def test_a_leap_day_moves_to_the_28th() -> None:
    assert shifted(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert shifted(None, 1) is None


def test_a_regional_copy_cannot_start_a_cycle(regional_store: Store) -> None:
    with regional_store.session() as session, session.begin(), pytest.raises(ReadOnly):
        new_cycle(session, 2023)
    with regional_store.session() as session:
        assert session.scalars(select(Cycle.year)).all() == [2022]


def test_a_member_carried_into_the_next_cycle_is_counted_once_in_each(store: Store) -> None:
    from sic_desktop.documents.annual_report import annual_report
    from sic_desktop.services.cycle_overview import cycle_overview

    with store.session() as session, session.begin():
        person = records.create(session, Person, name="Amina Diallo").record_id
        records.create(session, Membership, task_force_id=A1, person_id=person, role="TFL", status="active")
        made = new_cycle(session, 2023)
        records.update(session, Membership, made.memberships[0], status="active")  # the leader confirms
    with store.session() as session:
        for year in (2022, 2023):
            [a1] = [c for c in cycle_overview(session, year, task_force_id=A1).counts if c.task_force == "A1"]
            assert a1.members == 1, year
            assert annual_report(session, year=year).context["members_total"]["tfl"] == "1", year
