"""A second year: `new_cycle` copies every step window a year on and lists the members to review."""

from datetime import date

import pytest
from sqlalchemy import select

from sic_desktop.db.models import Cycle, Membership, Person, StepWindow
from sic_desktop.db.store import Store
from sic_desktop.errors import InputRefused, ReadOnly
from sic_desktop.services import records
from sic_desktop.services.cycles import cycle_by_year, new_cycle, shifted, windows
from sic_desktop.services.reference import reference_id

A1 = reference_id("task_force", "A1")


def test_the_next_cycle_gets_every_window_a_year_later_and_the_members_for_review(store: Store) -> None:
    with store.session() as session, session.begin():
        person = records.create(session, Person, name="Amina Diallo").record_id
        staying = records.create(session, Membership, task_force_id=A1, person_id=person, role="TFL",
                                 status="active").record_id
        records.create(session, Membership, task_force_id=A1, person_id=person, role="TFM", status="left")
        made = new_cycle(session, 2023)
    assert (made.year, made.source_year, made.windows, made.memberships) == (2023, 2022, 13, [staying])
    with store.session() as session:
        old = windows(session, cycle_by_year(session, 2022).id)
        new = windows(session, made.cycle_id)
        assert [(w.number, w.start, w.end) for w in new] == [
            (w.number, shifted(w.start, 1), shifted(w.end, 1)) for w in old]
        assert new[5].start == date(2024, 2, 1) and new[5].end == date(2024, 5, 31)  # step 6
        cycle = session.get(Cycle, made.cycle_id)
        assert cycle is not None and cycle.title == "Strategy Implementation Cycle 2023-2024"


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
