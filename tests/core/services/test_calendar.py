"""The cycle in people's calendars: an .ics read back with icalendar, its UIDs stable across exports."""

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from sic_desktop.db.models import Funder, FundingOpportunity, Meeting, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.errors import UsageError
from sic_desktop.services import records
from sic_desktop.services.calendar import write_cycle_calendar
from sic_desktop.services.reference import reference_id

A1 = reference_id("task_force", "A1")
A2 = reference_id("task_force", "A2")


def events(path: Path) -> dict[str, tuple[str, date, date]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): (str(e["SUMMARY"]), e.decoded("DTSTART"), e.decoded("DTEND"))
            for e in calendar.walk("VEVENT")}


def sequences(path: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
        sequence = e["SEQUENCE"]
        assert isinstance(sequence, int)  # icalendar's vInt
        found[str(e["UID"])] = int(sequence)
    return found


@pytest.fixture
def planned(store: Store) -> dict[str, str]:
    with store.session() as session, session.begin():
        ids = {
            "a1": records.create(session, Meeting, task_force_id=A1, kind="TF meeting",
                                 title="Ideas for drylands", held_on=date(2023, 3, 12)).record_id,
            "a2": records.create(session, Meeting, task_force_id=A2, kind="TF meeting",
                                 title="Team building", held_on=date(2023, 4, 2), place="Dakar").record_id,
            "old": records.create(session, Meeting, task_force_id=A1, kind="other",
                                  title="Before the cycle", held_on=date(2021, 5, 5)).record_id,
        }
        funder = records.create(session, Funder, name="Green Climate Fund").record_id
        ids["call"] = records.create(session, FundingOpportunity, funder_id=funder, title="Readiness call",
                                     deadline=date(2023, 10, 15)).record_id
        records.create(session, FundingOpportunity, funder_id=funder, title="Next year's call",
                       deadline=date(2025, 1, 31))
    return ids


def test_the_cycle_calendar_holds_windows_meetings_and_deadlines(
        store: Store, planned: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "cycle.ics"
    with store.session() as session:
        assert write_cycle_calendar(session, 2022, path) == 13 + 2 + 1
    found = events(path)
    step6 = found[f"step-window-{reference_id('step_window', '2022:6')}@sic-desktop.4p1000.org"]
    # Feb-May 2023; an all-day event ends the day after its last day.
    assert step6[1:] == (date(2023, 2, 1), date(2023, 6, 1))
    assert step6[0].startswith("Step 6: ") and step6[0].endswith("(cycle 2022)")
    summaries = {summary: (start, end) for summary, start, end in found.values()}
    assert summaries["A1 TF meeting: Ideas for drylands"] == (date(2023, 3, 12), date(2023, 3, 13))
    assert summaries["A2 TF meeting: Team building"] == (date(2023, 4, 2), date(2023, 4, 3))
    deadline = summaries["Deadline: Green Climate Fund, Readiness call"]
    assert deadline == (date(2023, 10, 15), date(2023, 10, 16))
    assert not any("Before the cycle" in s or "Next year" in s for s in summaries)


def test_a_second_export_keeps_every_uid_so_a_calendar_updates_its_events(
        store: Store, planned: dict[str, str], tmp_path: Path) -> None:
    with store.session() as session:
        write_cycle_calendar(session, 2022, tmp_path / "first.ics")
    with store.session() as session, session.begin():
        records.update(session, Meeting, planned["a1"], title="Ideas for drylands (moved)",
                       held_on=date(2023, 3, 19))
    with store.session() as session:
        write_cycle_calendar(session, 2022, tmp_path / "second.ics")
    first, second = events(tmp_path / "first.ics"), events(tmp_path / "second.ics")
    assert set(first) == set(second)
    moved = f"meeting-{planned['a1']}@sic-desktop.4p1000.org"
    # The edited event says it is a later revision (calendars that import files keep the higher one).
    first_sequence, second_sequence = sequences(tmp_path / "first.ics"), sequences(tmp_path / "second.ics")
    assert second_sequence[moved] > first_sequence[moved]
    assert {u: n for u, n in second_sequence.items() if u != moved} == {
        u: n for u, n in first_sequence.items() if u != moved}
    assert second[moved] == ("A1 TF meeting: Ideas for drylands (moved)",
                             date(2023, 3, 19), date(2023, 3, 20))


def test_one_task_force_gets_its_meetings_only_and_an_unknown_year_is_named(
        store: Store, planned: dict[str, str], tmp_path: Path) -> None:
    with store.session() as session:
        a1 = session.scalars(select(TaskForce).where(TaskForce.id == A1)).one()
        write_cycle_calendar(session, 2022, tmp_path / "a1.ics", task_force=a1)
        with pytest.raises(UsageError, match="No cycle 2031; known: 2022"):
            write_cycle_calendar(session, 2031, tmp_path / "none.ics")
    uids = set(events(tmp_path / "a1.ics"))
    assert f"meeting-{planned['a1']}@sic-desktop.4p1000.org" in uids
    assert f"meeting-{planned['a2']}@sic-desktop.4p1000.org" not in uids
    assert f"funding-deadline-{planned['call']}@sic-desktop.4p1000.org" in uids
    assert not (tmp_path / "none.ics").exists()
