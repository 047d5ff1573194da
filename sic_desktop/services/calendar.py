"""A cycle's step windows, meetings and funding calls' deadlines as an iCalendar (.ics) file.

Each event's UID is derived from its record's id, so importing a later export into the same calendar
updates the events instead of adding copies. Events are all-day: the records hold days, not hours.
"""

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sic_desktop.db.models import Change, Funder, FundingOpportunity, Meeting, TaskForce
from sic_desktop.errors import SicError
from sic_desktop.files import write_atomic
from sic_desktop.services.cycles import cycle_by_year, span, windows
from sic_desktop.text import Text

PRODUCT = "-//4 per 1000 Initiative//SIC Desktop//EN"
UID_DOMAIN = "sic-desktop.4p1000.org"


@dataclass(frozen=True)
class CalendarEntry:
    """One all-day event: `end` is the last day it covers (inclusive)."""

    uid: str
    record_id: str
    summary: str
    start: date
    end: date
    description: str = ""
    location: str = ""
    sequence: int = 0  # grows with each change of the record, so a calendar takes the newer version


def uid(kind: str, record_id: str) -> str:
    return f"{kind}-{record_id}@{UID_DOMAIN}"


def cycle_entries(session: Session, year: int, *, task_force_id: str | None = None) -> list[CalendarEntry]:
    """The cycle's events: every step window, the meetings (of one task force if given), the deadlines."""
    cycle = cycle_by_year(session, year)
    cycle_windows = windows(session, cycle.id)
    first, last = span(cycle, cycle_windows)
    entries = []
    for window in cycle_windows:
        start = window.start or window.end
        if start is None:
            continue
        entries.append(CalendarEntry(
            uid=uid("step-window", window.id), record_id=window.id, start=start, end=window.end or start,
            summary=f"Step {window.number}: {window.title} (cycle {year})",
            description=f"Planned window of step {window.number} of the {year} cycle."))
    meetings = (
        select(Meeting, TaskForce.code).join(TaskForce, TaskForce.id == Meeting.task_force_id)
        .where(Meeting.deleted.is_(False),
               or_(Meeting.cycle_id == cycle.id,
                   Meeting.cycle_id.is_(None) & Meeting.held_on.between(first, last))))
    if task_force_id is not None:
        meetings = meetings.where(Meeting.task_force_id == task_force_id)
    for meeting, code in session.execute(meetings):
        entries.append(CalendarEntry(
            uid=uid("meeting", meeting.id), record_id=meeting.id, start=meeting.held_on, end=meeting.held_on,
            summary=f"{code} {meeting.kind}: {meeting.title}",
            location="Online" if meeting.online and not meeting.place else meeting.place or ""))
    calls = (
        select(FundingOpportunity, Funder.name).join(Funder, Funder.id == FundingOpportunity.funder_id)
        .where(FundingOpportunity.deleted.is_(False), FundingOpportunity.deadline.between(first, last)))
    for call, funder in session.execute(calls):
        assert call.deadline is not None  # between() leaves out calls without one
        entries.append(CalendarEntry(
            uid=uid("funding-deadline", call.id), record_id=call.id, start=call.deadline, end=call.deadline,
            summary=f"Deadline: {funder}, {call.title}", description=call.url or ""))
    return _sequenced(session, sorted(entries, key=lambda e: (e.start, e.summary, e.uid)))


def _sequenced(session: Session, entries: list[CalendarEntry]) -> list[CalendarEntry]:
    """Each entry with SEQUENCE: its record's changes in the log beyond the first (the log only grows).

    Calendars that import a file (rather than subscribe) keep the event they have unless the new one
    says it is a later revision.
    """
    ids = {entry.record_id for entry in entries}
    counts = {record_id: count for record_id, count in session.execute(
        select(Change.record_id, func.count()).where(Change.record_id.in_(ids)).group_by(Change.record_id))}
    return [replace(entry, sequence=max(0, counts.get(entry.record_id, 1) - 1)) for entry in entries]


def to_ical(entries: list[CalendarEntry], *, name: str, stamp: datetime | None = None) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamped = stamp or datetime.now(UTC).replace(microsecond=0)
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("sequence", entry.sequence)
        event.add("dtstamp", stamped)
        event.add("summary", entry.summary)
        event.add("dtstart", entry.start)
        event.add("dtend", entry.end + timedelta(days=1))  # iCalendar's all-day end is the day after
        event.add("transp", "TRANSPARENT")  # a window of months must not show people as busy
        if entry.description:
            event.add("description", entry.description)
        if entry.location:
            event.add("location", entry.location)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def write_cycle_calendar(session: Session, year: int, path: Path, *,
                         task_force: TaskForce | None = None) -> int:
    """Write the cycle's .ics to `path`; returns how many events it holds."""
    entries = cycle_entries(session, year, task_force_id=task_force.id if task_force else None)
    name = f"SIC {year}" + (f" - task force {task_force.code}" if task_force else "")
    data = to_ical(entries, name=name)
    try:
        write_atomic(path, data)
    except OSError as error:
        raise SicError(Text("Cannot write %1: %2", str(path), error.strerror or str(error))) from error
    return len(entries)
