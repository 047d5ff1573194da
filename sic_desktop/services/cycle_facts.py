"""What the records of one cycle hold, task force by task force: the facts the overview's rules read.

A record belongs to a cycle through its own `cycle_id` (activities, action plans, concept notes,
meetings, candidacies, progress reports); a meeting without one belongs to the cycle whose span holds
its date; ideas and teams follow their meeting, and assessments, decisions, expressions of interest,
proposals and agreements follow their concept note. Each table is read once, grouped by task force.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Date, String, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from sic_desktop.db.models import (
    ActionPlan,
    Activity,
    Agreement,
    Candidacy,
    ConceptNote,
    ExpressionOfInterest,
    FullProposal,
    Indicator,
    Meeting,
    Membership,
    ProgressReport,
    ProjectIdea,
    ProjectTeam,
)
from sic_desktop.initiative import INITIATIVE_MEETING
from sic_desktop.services import prepared
from sic_desktop.services.prepared import day

# How far along a concept note is; the statuses a note passes through, in order.
NOTE_STAGES = {"draft": 0, "complete": 1, "submitted": 2, "assessed": 3, "validated": 4,
               "not validated": 4, "expression of interest": 5, "full proposal": 6, "funded": 7}


@dataclass(frozen=True)
class MeetingFact:
    id: str
    kind: str
    title: str
    held_on: date
    step_id: str | None
    ideas: int = 0
    teams: int = 0


@dataclass
class TaskForceFacts:
    """One task force's records of the cycle, counted."""

    members: Counter[str] = field(default_factory=Counter)  # by role
    approved: int = 0  # candidacies the Governing Board approved
    pending: int = 0  # candidacies without a Board decision
    plans: list[tuple[str, int]] = field(default_factory=list)  # action plan title, its indicators
    activities: int = 0
    meetings: list[MeetingFact] = field(default_factory=list)
    notes: Counter[str] = field(default_factory=Counter)  # by status
    interests: int = 0
    full_requested: int = 0  # expressions of interest answered "full proposal requested" or "interested"
    proposals: int = 0
    agreements: int = 0
    started: int = 0  # agreements signed whose project has started
    reports: int = 0

    def notes_at_least(self, status: str) -> int:
        """How many of the cycle's notes reached `status` or went further."""
        if not self.notes:  # most task forces, most of the cycle: asked by five rules and the counts
            return 0
        stage = NOTE_STAGES[status]
        return sum(n for s, n in self.notes.items() if NOTE_STAGES.get(s, -1) >= stage)


@dataclass
class CycleFacts:
    leaders_meetings: list[MeetingFact]  # TF leaders' meetings: the whole Initiative's
    by_task_force: defaultdict[str, TaskForceFacts]
    shared: dict[int, object] = field(default_factory=dict)  # findings that hold for every task force


CYCLE = bindparam("cycle", type_=String)
FIRST = bindparam("first", type_=Date)
LAST = bindparam("last", type_=Date)
_INDICATORS = (select(Indicator.action_plan_id, func.count().label("n"))
               .where(Indicator.deleted.is_(False)).group_by(Indicator.action_plan_id).subquery())
_NOTES_OF_CYCLE = select(ConceptNote.id).where(ConceptNote.deleted.is_(False), ConceptNote.cycle_id == CYCLE)
# Built once: each query takes the cycle's id and first and last days as parameters.
QUERIES = {
    "members": select(Membership.task_force_id, Membership.role, func.count())
    .where(Membership.deleted.is_(False), func.coalesce(Membership.status, "active") != "left",
           or_(Membership.cycle_id.is_(None), Membership.cycle_id == CYCLE),
           or_(Membership.start.is_(None), Membership.start <= LAST),
           or_(Membership.end.is_(None), Membership.end >= FIRST))
    .group_by(Membership.task_force_id, Membership.role),
    "candidacies": select(Candidacy.task_force_id, Candidacy.board_decision, func.count())
    .where(Candidacy.deleted.is_(False), Candidacy.cycle_id == CYCLE)
    .group_by(Candidacy.task_force_id, Candidacy.board_decision),
    "plans": select(ActionPlan.task_force_id, ActionPlan.title, func.coalesce(_INDICATORS.c.n, 0))
    .outerjoin(_INDICATORS, _INDICATORS.c.action_plan_id == ActionPlan.id)
    .where(ActionPlan.deleted.is_(False), ActionPlan.cycle_id == CYCLE),
    "activities": select(Activity.task_force_id, func.count())
    .where(Activity.deleted.is_(False), Activity.cycle_id == CYCLE).group_by(Activity.task_force_id),
    "reports": select(ProgressReport.task_force_id, func.count())
    .where(ProgressReport.deleted.is_(False), ProgressReport.cycle_id == CYCLE,
           ProgressReport.task_force_id.is_not(None))
    .group_by(ProgressReport.task_force_id),
    "teams": select(ProjectIdea.meeting_id, func.count(ProjectTeam.id))
    .join(ProjectTeam, and_(ProjectTeam.idea_id == ProjectIdea.id, ProjectTeam.deleted.is_(False)))
    .where(ProjectIdea.deleted.is_(False), ProjectIdea.meeting_id.is_not(None))
    .group_by(ProjectIdea.meeting_id),
    "ideas": select(ProjectIdea.meeting_id, func.count())
    .where(ProjectIdea.deleted.is_(False), ProjectIdea.meeting_id.is_not(None))
    .group_by(ProjectIdea.meeting_id),
    "meetings": select(Meeting.task_force_id, Meeting.id, Meeting.kind, Meeting.title, Meeting.held_on,
                       Meeting.step_id)
    .where(Meeting.deleted.is_(False),
           or_(Meeting.cycle_id == CYCLE, Meeting.cycle_id.is_(None) & Meeting.held_on.between(FIRST, LAST)))
    .order_by(Meeting.held_on),
    "notes": select(ConceptNote.task_force_id, ConceptNote.status, func.count())
    .where(ConceptNote.deleted.is_(False), ConceptNote.cycle_id == CYCLE, ConceptNote.status != "withdrawn")
    .group_by(ConceptNote.task_force_id, ConceptNote.status),
    "interests": select(ExpressionOfInterest.task_force_id, ExpressionOfInterest.answer, func.count())
    .where(ExpressionOfInterest.deleted.is_(False), ExpressionOfInterest.concept_note_id.in_(_NOTES_OF_CYCLE))
    .group_by(ExpressionOfInterest.task_force_id, ExpressionOfInterest.answer),
    "proposals": select(FullProposal.task_force_id, func.count())
    .where(FullProposal.deleted.is_(False), FullProposal.concept_note_id.in_(_NOTES_OF_CYCLE))
    .group_by(FullProposal.task_force_id),
    "agreements": select(Agreement.task_force_id, Agreement.signed_on, Agreement.start)
    .where(Agreement.deleted.is_(False), Agreement.concept_note_id.in_(_NOTES_OF_CYCLE)),
}


def gather(session: Session, cycle_id: str, first: date, last: date, today: date) -> CycleFacts:
    """Every task force's facts for the cycle `cycle_id`, whose windows run from `first` to `last`."""
    def rows(name: str) -> list[Any]:
        return prepared.rows(session, QUERIES[name], cycle=cycle_id, first=first, last=last)

    facts: defaultdict[str, TaskForceFacts] = defaultdict(TaskForceFacts)
    for task_force, role, count in rows("members"):
        facts[task_force].members[role] = count
    for task_force, decision, count in rows("candidacies"):
        if decision == "approved":
            facts[task_force].approved += count
        elif decision in (None, "pending"):
            facts[task_force].pending += count
    for task_force, title, count in rows("plans"):
        facts[task_force].plans.append((title, count))
    for task_force, count in rows("activities"):
        facts[task_force].activities = count
    for task_force, count in rows("reports"):
        facts[task_force].reports = count
    ideas = {meeting: count for meeting, count in rows("ideas")}
    teams = {meeting: count for meeting, count in rows("teams")}
    leaders = []
    for task_force, meeting_id, kind, title, held_on, step_id in rows("meetings"):
        fact = MeetingFact(meeting_id, kind, title, day(held_on) or first, step_id, ideas.get(meeting_id, 0),
                           teams.get(meeting_id, 0))
        facts[task_force].meetings.append(fact)
        if kind == INITIATIVE_MEETING:
            leaders.append(fact)
    for task_force, status, count in rows("notes"):
        facts[task_force].notes[status] = count
    for task_force, answer, count in rows("interests"):
        facts[task_force].interests += count
        if answer in ("interested", "full proposal requested"):
            facts[task_force].full_requested += count
    for task_force, count in rows("proposals"):
        facts[task_force].proposals = count
    for task_force, signed_on, start in rows("agreements"):
        facts[task_force].agreements += 1
        began = day(start) or day(signed_on)
        facts[task_force].started += began is not None and began <= today
    return CycleFacts(leaders_meetings=leaders, by_task_force=facts)
