"""Meetings with their participants, agenda, decisions and action items."""

from datetime import date

from sqlalchemy.orm import Mapped

from sic_desktop.db.base import Record
from sic_desktop.db.columns import day, flag, link, text, whole
from sic_desktop.initiative import INITIATIVE_MEETING

MEETING_KINDS = (INITIATIVE_MEETING, "TF meeting", "TFL-TFRR planning", "project team meeting", "other")
ATTENDANCE = ("invited", "present", "apologies", "absent")


class Meeting(Record):
    __tablename__ = "meeting"
    __label__ = "meeting"
    __title_field__ = "title"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    cycle_id: Mapped[str | None] = link("cycle", "Cycle")
    step_id: Mapped[str | None] = link("step", "Step")
    kind: Mapped[str] = text("Kind", required=True, choices=MEETING_KINDS)
    title: Mapped[str] = text("Title", required=True)
    held_on: Mapped[date] = day("Date", required=True)
    place: Mapped[str | None] = text("Place")
    online: Mapped[bool] = flag("Online")
    minutes: Mapped[str | None] = text("Minutes", long=True)


class MeetingParticipant(Record):
    __tablename__ = "meeting_participant"
    __label__ = "participant"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    meeting_id: Mapped[str] = link("meeting", "Meeting", required=True)
    person_id: Mapped[str] = link("person", "Person", required=True)
    attendance: Mapped[str | None] = text("Attendance", choices=ATTENDANCE)


class AgendaItem(Record):
    __tablename__ = "agenda_item"
    __label__ = "agenda item"
    __title_field__ = "title"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    meeting_id: Mapped[str] = link("meeting", "Meeting", required=True)
    position: Mapped[int | None] = whole("Position")
    title: Mapped[str] = text("Item", required=True)
    notes: Mapped[str | None] = text("Notes", long=True)


class Decision(Record):
    __tablename__ = "decision"
    __label__ = "decision"
    __title_field__ = "text"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    meeting_id: Mapped[str] = link("meeting", "Meeting", required=True)
    position: Mapped[int | None] = whole("Position")
    text: Mapped[str] = text("Decision", required=True, long=True)


class MeetingAction(Record):
    __tablename__ = "meeting_action"
    __label__ = "meeting action item"
    __title_field__ = "what"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    meeting_id: Mapped[str] = link("meeting", "Meeting", required=True)
    what: Mapped[str] = text("What", required=True, long=True)
    owner_id: Mapped[str | None] = link("person", "Owner")
    due: Mapped[date | None] = day("Due")
    status: Mapped[str | None] = text("Status", choices=("open", "done", "dropped"))


class MeetingTeam(Record):
    """A project team whose meeting this is (step 7): the minutes and the team's record show each other."""

    __tablename__ = "meeting_team"
    __label__ = "team at the meeting"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    meeting_id: Mapped[str] = link("meeting", "Meeting", required=True)
    team_id: Mapped[str] = link("project_team", "Project team", required=True)
