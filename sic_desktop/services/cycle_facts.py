"""What the records of one cycle hold, task force by task force: the facts the overview's rules read.

A record belongs to a cycle through its own `cycle_id` (activities, action plans, concept notes,
meetings, candidacies, progress reports); a meeting without one belongs to the cycle whose span holds
its date; ideas and teams follow their meeting, and assessments, decisions, expressions of interest,
proposals and agreements follow their concept note. Each table is read once, grouped by task force.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, func, or_, select
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
    Indicator,
    Meeting,
    Membership,
    ProgressReport,
    ProjectIdea,
    ProjectTeam,
)

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
        stage = NOTE_STAGES[status]
        return sum(n for s, n in self.notes.items() if NOTE_STAGES.get(s, -1) >= stage)


@dataclass
class CycleFacts:
    leaders_meetings: list[MeetingFact]  # TF leaders' meetings: the whole Initiative's
    by_task_force: defaultdict[str, TaskForceFacts]


def gather(session: Session, cycle: Cycle, first: date, last: date, today: date) -> CycleFacts:
    """Every task force's facts for `cycle`, whose windows run from `first` to `last`."""
    facts: defaultdict[str, TaskForceFacts] = defaultdict(TaskForceFacts)
    live_members = (
        select(Membership.task_force_id, Membership.role, func.count())
        .where(Membership.deleted.is_(False), func.coalesce(Membership.status, "active") != "left",
               or_(Membership.start.is_(None), Membership.start <= last),
               or_(Membership.end.is_(None), Membership.end >= first))
        .group_by(Membership.task_force_id, Membership.role))
    for task_force, role, count in session.execute(live_members):
        facts[task_force].members[role] = count
    for task_force, decision, count in session.execute(
            select(Candidacy.task_force_id, Candidacy.board_decision, func.count())
            .where(Candidacy.deleted.is_(False), Candidacy.cycle_id == cycle.id)
            .group_by(Candidacy.task_force_id, Candidacy.board_decision)):
        if decision == "approved":
            facts[task_force].approved += count
        elif decision in (None, "pending"):
            facts[task_force].pending += count
    indicators = (select(Indicator.action_plan_id, func.count().label("n"))
                  .where(Indicator.deleted.is_(False)).group_by(Indicator.action_plan_id).subquery())
    for task_force, title, count in session.execute(
            select(ActionPlan.task_force_id, ActionPlan.title, func.coalesce(indicators.c.n, 0))
            .outerjoin(indicators, indicators.c.action_plan_id == ActionPlan.id)
            .where(ActionPlan.deleted.is_(False), ActionPlan.cycle_id == cycle.id)):
        facts[task_force].plans.append((title, count))
    for task_force, count in session.execute(
            select(Activity.task_force_id, func.count())
            .where(Activity.deleted.is_(False), Activity.cycle_id == cycle.id)
            .group_by(Activity.task_force_id)):
        facts[task_force].activities = count
    leaders = _meetings(session, cycle, first, last, facts)
    _notes(session, cycle, today, facts)
    for task_force_or_none, count in session.execute(
            select(ProgressReport.task_force_id, func.count())
            .where(ProgressReport.deleted.is_(False), ProgressReport.cycle_id == cycle.id,
                   ProgressReport.task_force_id.is_not(None))
            .group_by(ProgressReport.task_force_id)):
        if task_force_or_none is not None:
            facts[task_force_or_none].reports = count
    return CycleFacts(leaders_meetings=leaders, by_task_force=facts)


def _meetings(session: Session, cycle: Cycle, first: date, last: date,
              facts: defaultdict[str, TaskForceFacts]) -> list[MeetingFact]:
    ideas: Counter[str] = Counter()
    teams: Counter[str] = Counter()
    for idea_meeting, team_id in session.execute(
            select(ProjectIdea.meeting_id, ProjectTeam.id)
            .outerjoin(ProjectTeam,
                       and_(ProjectTeam.idea_id == ProjectIdea.id, ProjectTeam.deleted.is_(False)))
            .where(ProjectIdea.deleted.is_(False), ProjectIdea.meeting_id.is_not(None))
            .distinct()):
        teams[str(idea_meeting)] += team_id is not None
    for idea_meeting, count in session.execute(
            select(ProjectIdea.meeting_id, func.count())
            .where(ProjectIdea.deleted.is_(False), ProjectIdea.meeting_id.is_not(None))
            .group_by(ProjectIdea.meeting_id)):
        ideas[str(idea_meeting)] = count
    leaders = []
    rows = session.execute(
        select(Meeting.task_force_id, Meeting.id, Meeting.kind, Meeting.title, Meeting.held_on,
               Meeting.step_id)
        .where(Meeting.deleted.is_(False),
               or_(Meeting.cycle_id == cycle.id,
                   Meeting.cycle_id.is_(None) & Meeting.held_on.between(first, last)))
        .order_by(Meeting.held_on))
    for task_force, meeting_id, kind, title, held_on, step_id in rows:
        fact = MeetingFact(meeting_id, kind, title, held_on, step_id, ideas[meeting_id], teams[meeting_id])
        facts[task_force].meetings.append(fact)
        if kind == "TFL meeting":
            leaders.append(fact)
    return leaders


def _notes(session: Session, cycle: Cycle, today: date, facts: defaultdict[str, TaskForceFacts]) -> None:
    in_cycle = (select(ConceptNote.id).where(ConceptNote.deleted.is_(False), ConceptNote.cycle_id == cycle.id)
                .scalar_subquery())
    for task_force, status, count in session.execute(
            select(ConceptNote.task_force_id, ConceptNote.status, func.count())
            .where(ConceptNote.deleted.is_(False), ConceptNote.cycle_id == cycle.id,
                   ConceptNote.status != "withdrawn")
            .group_by(ConceptNote.task_force_id, ConceptNote.status)):
        facts[task_force].notes[status] = count
    for task_force, answer, count in session.execute(
            select(ExpressionOfInterest.task_force_id, ExpressionOfInterest.answer, func.count())
            .where(ExpressionOfInterest.deleted.is_(False),
                   ExpressionOfInterest.concept_note_id.in_(in_cycle))
            .group_by(ExpressionOfInterest.task_force_id, ExpressionOfInterest.answer)):
        facts[task_force].interests += count
        if answer in ("interested", "full proposal requested"):
            facts[task_force].full_requested += count
    for task_force, count in session.execute(
            select(FullProposal.task_force_id, func.count())
            .where(FullProposal.deleted.is_(False), FullProposal.concept_note_id.in_(in_cycle))
            .group_by(FullProposal.task_force_id)):
        facts[task_force].proposals = count
    for task_force, signed_on, start in session.execute(
            select(Agreement.task_force_id, Agreement.signed_on, Agreement.start)
            .where(Agreement.deleted.is_(False), Agreement.concept_note_id.in_(in_cycle))):
        facts[task_force].agreements += 1
        began = start or signed_on
        facts[task_force].started += began is not None and began <= today
