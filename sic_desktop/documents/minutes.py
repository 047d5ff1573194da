"""The minutes of a meeting from the database: attendance, agenda, decisions and action items."""

from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from sic_desktop.documents import languages
from sic_desktop.documents.contexts import (
    ActionRow,
    AgendaRow,
    Attendee,
    DecisionRow,
    IdeaRow,
    MinutesContext,
    paragraphs,
)
from sic_desktop.documents.letters import long_date
from sic_desktop.errors import NotFound
from sic_desktop.initiative import INITIATIVE_MEETING
from sic_desktop.text import Text


def short_date(day: date | None) -> str:
    return languages.short_date(day)


def minutes_context(session: Session, meeting_id: str, *, issued: date | None = None
                    ) -> MinutesContext:
    """Everything the minutes print, people sorted by name, items in their order."""
    meeting = session.get(m.Meeting, meeting_id)
    if meeting is None or meeting.deleted:
        raise NotFound(Text("No meeting with id %1", meeting_id))
    task_force = session.get(m.TaskForce, meeting.task_force_id)
    cycle = session.get(m.Cycle, meeting.cycle_id) if meeting.cycle_id else None
    step = session.get(m.Step, meeting.step_id) if meeting.step_id else None
    initiative = meeting.kind == INITIATIVE_MEETING  # participants of every task force
    codes = {t.id: t.code for t in session.scalars(select(m.TaskForce))}
    roles = {(ms.person_id, ms.task_force_id): ms.role for ms in session.scalars(
        select(m.Membership).where(m.Membership.deleted.is_(False)))}
    groups: dict[str, list[Attendee]] = {"present": [], "apologies": [], "absent": [], "invited": []}
    participants = session.scalars(select(m.MeetingParticipant).where(
        m.MeetingParticipant.meeting_id == meeting.id, m.MeetingParticipant.deleted.is_(False)))
    for participant in participants:
        person = session.get(m.Person, participant.person_id)
        if person is None:
            continue
        organisation = session.get(m.Organisation, person.organisation_id) \
            if person.organisation_id else None
        # Only a recorded presence makes a person present: an invitation says nothing of who came.
        group = participant.attendance if participant.attendance in groups else "invited"
        groups[group].append(Attendee(name=person.name,
                                      organisation=organisation.name if organisation else "",
                                      role=_role(roles, codes, participant, initiative)))
    for people in groups.values():
        people.sort(key=lambda a: a["name"].casefold())
    agenda = _ordered(session, m.AgendaItem, meeting.id)
    decisions = _ordered(session, m.Decision, meeting.id)
    actions = session.scalars(select(m.MeetingAction).where(
        m.MeetingAction.meeting_id == meeting.id, m.MeetingAction.deleted.is_(False))
        .order_by(m.MeetingAction.due.is_(None), m.MeetingAction.due, m.MeetingAction.id)).all()
    place = meeting_place(meeting.place, meeting.online)
    return MinutesContext(
        doc_label="Minutes", title=meeting.title, kind=meeting.kind,
        task_force="All task forces" if initiative
        else f"{task_force.code} · {task_force.name}" if task_force else "",
        held_on=long_date(meeting.held_on), place=place,
        cycle=str(cycle.year) if cycle else "",
        step=f"{step.number} · {step.title}" if step else "",
        issued=long_date(issued or date.today()),
        present=groups["present"], apologies=groups["apologies"], absent=groups["absent"],
        invited=groups["invited"], attendance=attendance_summary(groups),
        agenda=[AgendaRow(number=str(n), title=a.title, notes=paragraphs(a.notes))
                for n, a in enumerate(agenda, start=1)],
        decisions=[DecisionRow(number=str(n), text=d.text)
                   for n, d in enumerate(decisions, start=1)],
        actions=[ActionRow(number=str(n), what=x.what, owner=_person(session, x.owner_id),
                           due=short_date(x.due), status=x.status or "open")
                 for n, x in enumerate(actions, start=1)],
        notes=paragraphs(meeting.minutes), ideas=_ideas(session, meeting.id),
        teams=_teams(session, meeting.id))


def _role(roles: dict[tuple[str, str], str], codes: dict[str, str], participant: m.MeetingParticipant,
          initiative: bool) -> str:
    """The participant's role in their task force; at a leaders' meeting, with that task force's code."""
    role = roles.get((participant.person_id, participant.task_force_id), "")
    if not initiative:
        return role
    code = codes.get(participant.task_force_id, "")
    return f"{role} · {code}" if role and code else role or code


def _ideas(session: Session, meeting_id: str) -> list[IdeaRow]:
    """The project ideas raised at the meeting, each with the teams formed on it."""
    ideas = session.scalars(select(m.ProjectIdea).where(
        m.ProjectIdea.meeting_id == meeting_id, m.ProjectIdea.deleted.is_(False))).all()
    rows = []
    for idea in sorted(ideas, key=lambda i: i.title.casefold()):
        teams = session.scalars(select(m.ProjectTeam).where(
            m.ProjectTeam.idea_id == idea.id, m.ProjectTeam.deleted.is_(False))).all()
        named = [f"{t.name} ({_person(session, t.leader_id)})" if t.leader_id else t.name
                 for t in sorted(teams, key=lambda t: t.name.casefold())]
        rows.append(IdeaRow(title=idea.title, teams="; ".join(named)))
    return rows


def _teams(session: Session, meeting_id: str) -> str:
    """The project teams whose meeting this is."""
    names = session.scalars(
        select(m.ProjectTeam.name).join(m.MeetingTeam, m.MeetingTeam.team_id == m.ProjectTeam.id)
        .where(m.MeetingTeam.meeting_id == meeting_id, m.MeetingTeam.deleted.is_(False),
               m.ProjectTeam.deleted.is_(False))).all()
    return ", ".join(sorted(names, key=str.casefold))


ONLINE_WORDS = ("online", "en ligne", "en línea", "virtual", "virtuel", "videoconference", "zoom", "teams")


def meeting_place(place: str | None, online: bool) -> str:
    """Where a meeting was held: "Montpellier and online", "Online"; never "Online and online"."""
    where = (place or "").strip()
    if not online:
        return where
    if not where:
        return "Online"
    if any(word in where.casefold() for word in ONLINE_WORDS):
        return where  # the place already says it was online
    return f"{where} and online"


def attendance_summary(groups: dict[str, list[Attendee]]) -> str:
    """Who came in one line: "1 present, 1 apologies, 3 invited (attendance not recorded)"."""
    parts = [f"{len(groups['present'])} present"]
    if groups["apologies"]:
        parts.append(f"{len(groups['apologies'])} sent apologies")
    if groups["absent"]:
        parts.append(f"{len(groups['absent'])} absent")
    if groups["invited"]:
        parts.append(f"{len(groups['invited'])} invited (attendance not recorded)")
    return ", ".join(parts) if any(groups.values()) else ""


Ordered = TypeVar("Ordered", m.AgendaItem, m.Decision)


def _ordered(session: Session, model: type[Ordered], meeting_id: str) -> list[Ordered]:
    return list(session.scalars(
        select(model).where(model.meeting_id == meeting_id, model.deleted.is_(False))
        .order_by(model.position.is_(None), model.position, model.id)))


def _person(session: Session, person_id: str | None) -> str:
    person = session.get(m.Person, person_id) if person_id else None
    return person.name if person else ""
