"""The cycle overview: task forces x steps, each state derived from the cycle's records, with why.

A step is done when the records prove its output (the rule for each step is written once, below);
otherwise its planned window and today decide: late after the window, due within it, not started
before it (or when no window is planned). A step whose input never came (no validated note, so no
funding to search) is not applicable.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Date, Integer, String, bindparam, select
from sqlalchemy.orm import Session

from sic_desktop.db.models import Cycle, Funder, FundingOpportunity, Step, StepWindow, TaskForce
from sic_desktop.services import prepared
from sic_desktop.services.cycle_facts import CycleFacts, MeetingFact, TaskForceFacts, gather
from sic_desktop.services.cycles import Window, cycle_by_year, span
from sic_desktop.services.prepared import day
from sic_desktop.text import Text

STATES = ("done", "due", "late", "not_started", "not_applicable")


@dataclass(frozen=True)
class Finding:
    """What a rule found: done (with the proof), not applicable (with the reason), or nothing yet."""

    done: bool
    why: Text
    applicable: bool = True


@dataclass(frozen=True)
class Cell:
    task_force: str  # the code
    step: int
    state: str
    why: Text

    def as_json(self) -> dict[str, object]:
        return {"task_force": self.task_force, "step": self.step, "state": self.state, "why": str(self.why)}


@dataclass(frozen=True)
class Counts:
    """One task force's records of the chosen cycle."""

    task_force: str
    members: int
    activities: int
    meetings: int
    ideas: int
    teams: int
    concept_notes: int
    assessed: int
    validated: int


@dataclass(frozen=True)
class Deadline:
    """A funding call closing within the cycle."""

    on: date
    funder: str
    call: str


@dataclass(frozen=True)
class Overview:
    year: int
    steps: list[tuple[int, str]]
    cells: list[Cell]
    counts: list[Counts]
    deadlines: list[Deadline]


Rule = Callable[[TaskForceFacts, CycleFacts, Window | None], Finding]


# What a rule finds when the task force has none of the step's records: made once, shared by every
# task force without them (most of them, most of the cycle).
NO_MEMBERS = Finding(False, Text("no members recorded"))
NO_CANDIDACY = Finding(False, Text("no candidacy for TFL or TFRR recorded in this cycle"))
NO_PLAN = Finding(False, Text("no action plan recorded in this cycle"))
NO_ACTIVITY = Finding(False, Text("no activity recorded in this cycle's inventory"))
NO_TF_MEETING = Finding(False, Text("no TF meeting recorded in this cycle"))
NO_TEAM_MEETING = Finding(False, Text("no project team meeting or draft concept note in this cycle"))
NO_NOTE = Finding(False, Text("no concept note recorded in this cycle"))
NOTHING_TO_FUND = Finding(False, Text("no concept note validated by the Bureau: nothing to seek funding for"),
                          applicable=False)
NO_INTEREST = Finding(False, Text("no expression of interest sent yet"))
NO_PROPOSAL_ASKED = Finding(False, Text("no funder asked for a full proposal"), applicable=False)
NOTHING_TO_NEGOTIATE = Finding(False, Text("no full proposal to negotiate"), applicable=False)
NOTHING_TO_IMPLEMENT = Finding(False, Text("no agreement signed: no project to implement"), applicable=False)
NO_EXCHANGE = Finding(False, Text("no exchange with the Secretariat recorded for this step"))
NO_REPORT = Finding(False, Text("no progress report for this cycle"))


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_words(day: date) -> str:
    # Not strftime: its month names follow the C locale, which the window sets to the person's.
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _meeting_done(meeting: MeetingFact, what: str) -> Finding:
    return Finding(True, Text("done: %1 \"%2\" of %3", what, meeting.title, day_words(meeting.held_on)))


def _leaders_meeting(ordinal: int) -> Rule:
    """Steps 3, 9, 12: the whole Initiative's TF leaders' meeting, held in the step's window."""

    def rule(facts: TaskForceFacts, cycle: CycleFacts, window: Window | None) -> Finding:
        found = cycle.shared.get(ordinal)
        if not isinstance(found, Finding):  # the same for every task force: found once
            found = cycle.shared[ordinal] = find(cycle, window)
        return found

    def find(cycle: CycleFacts, window: Window | None) -> Finding:
        for meeting in cycle.leaders_meetings:
            linked = window is not None and meeting.step_id == window.step_id
            inside = (window is not None and window.start is not None and window.end is not None
                      and window.start <= meeting.held_on <= window.end)
            if linked or inside:
                return _meeting_done(meeting, "TF leaders' meeting")
        return Finding(False, Text("no TF leaders' meeting (the %1) recorded in the step's window",
                                   ("1st", "2nd", "3rd")[ordinal - 1]))
    return rule


def _members(facts: TaskForceFacts, _cycle: CycleFacts, _window: Window | None) -> Finding:
    total = sum(facts.members.values())
    if total:
        roles = tuple(f"{facts.members[r]} {r}" for r in ("TFL", "TFRR", "TFM") if facts.members[r])
        return Finding(True, Text("done: %n member(s) (%1)", roles, count=total))
    return NO_MEMBERS


def _nominations(facts: TaskForceFacts, _cycle: CycleFacts, _window: Window | None) -> Finding:
    if facts.approved:
        return Finding(True, Text("done: %n candidate(s) approved by the Governing Board",
                                  count=facts.approved))
    if facts.pending:
        return Finding(False, Text("%n candidate(s) await the Governing Board's decision",
                                   count=facts.pending))
    return NO_CANDIDACY


def _planning(facts: TaskForceFacts, _cycle: CycleFacts, _window: Window | None) -> Finding:
    for title, indicators in facts.plans:
        if indicators:
            return Finding(True, Text("done: action plan \"%1\" with %n indicator(s)", title,
                                      count=indicators))
    if facts.plans:
        return Finding(False, Text("action plan \"%1\" has no indicators yet", facts.plans[0][0]))
    return NO_PLAN


def _inventory(facts: TaskForceFacts, _cycle: CycleFacts, _window: Window | None) -> Finding:
    if facts.activities:
        return Finding(True, Text("done: %n inventory item(s) recorded in this cycle",
                                  count=facts.activities))
    return NO_ACTIVITY


def _ideation(facts: TaskForceFacts, _cycle: CycleFacts, _window: Window | None) -> Finding:
    held = [m for m in facts.meetings if m.kind == "TF meeting"]
    for meeting in held:
        if meeting.ideas and meeting.teams:
            return Finding(True, Text("done: %1, %2 recorded at the TF meeting of %3",
                                      Text("%n idea(s)", count=meeting.ideas),
                                      Text("%n team(s)", count=meeting.teams), day_words(meeting.held_on)))
    if held:
        return Finding(False, Text("the TF meeting of %1 records no project ideas with teams yet",
                                   day_words(held[-1].held_on)))
    return NO_TF_MEETING


def _team_meetings(facts: TaskForceFacts, _cycle: CycleFacts, window: Window | None) -> Finding:
    for meeting in facts.meetings:
        if meeting.kind == "project team meeting" or (window and meeting.step_id == window.step_id):
            return _meeting_done(meeting, "project team meeting")
    if facts.notes_at_least("draft"):
        return Finding(True, Text("done: %n draft concept note(s)", count=facts.notes_at_least("draft")))
    return NO_TEAM_MEETING


def _notes_at(status: str, done: str, missing: str) -> Rule:
    def rule(facts: TaskForceFacts, _cycle: CycleFacts, _window: Window | None) -> Finding:
        count, total = facts.notes_at_least(status), facts.notes_at_least("draft")
        if count:
            return Finding(True, Text(done, str(count), str(total)))
        if not total:
            return NO_NOTE
        return Finding(False, Text(missing, str(total)))
    return rule


def _funding(facts: TaskForceFacts, _cycle: CycleFacts, _window: Window | None) -> Finding:
    if facts.interests:
        return Finding(True, Text("done: %n expression(s) of interest sent to funders",
                                  count=facts.interests))
    if not facts.notes_at_least("validated") - facts.notes["not validated"]:
        return NOTHING_TO_FUND
    return NO_INTEREST


def _proposals(facts: TaskForceFacts, _cycle: CycleFacts, _window: Window | None) -> Finding:
    if facts.proposals:
        return Finding(True, Text("done: %n full proposal(s)", count=facts.proposals))
    if not facts.full_requested:
        return NO_PROPOSAL_ASKED
    return Finding(False, Text("%n funder(s) asked for a full proposal; none recorded yet",
                               count=facts.full_requested))


def _agreements(facts: TaskForceFacts, _cycle: CycleFacts, _window: Window | None) -> Finding:
    if facts.agreements:
        return Finding(True, Text("done: %n agreement(s)", count=facts.agreements))
    if not facts.proposals:
        return NOTHING_TO_NEGOTIATE
    return Finding(False, Text("%n full proposal(s), no agreement yet", count=facts.proposals))


def _implementation(facts: TaskForceFacts, _cycle: CycleFacts, _window: Window | None) -> Finding:
    if facts.started:
        return Finding(True, Text("done: %n project(s) under way", count=facts.started))
    if not facts.agreements:
        return NOTHING_TO_IMPLEMENT
    return Finding(False, Text("%n agreement(s), no project started yet", count=facts.agreements))


def _backstopping(facts: TaskForceFacts, _cycle: CycleFacts, window: Window | None) -> Finding:
    for meeting in facts.meetings:
        if window and meeting.step_id == window.step_id:
            return _meeting_done(meeting, "backstopping exchange")
    return NO_EXCHANGE


def _monitoring(facts: TaskForceFacts, _cycle: CycleFacts, _window: Window | None) -> Finding:
    if facts.reports:
        return Finding(True, Text("done: %n progress report(s) for this cycle", count=facts.reports))
    return NO_REPORT


RULES: dict[int, Rule] = {
    1: _members,
    2: _nominations,
    3: _leaders_meeting(1),
    4: _planning,
    5: _inventory,
    6: _ideation,
    7: _team_meetings,
    8: _notes_at("complete", "done: %1 of %2 concept notes complete",
                 "none of the %1 concept notes is complete yet"),
    9: _notes_at("submitted", "done: %1 of %2 concept notes submitted for assessment",
                 "none of the %1 concept notes is submitted yet"),
    10: _notes_at("assessed", "done: %1 of %2 concept notes assessed by the STC",
                  "none of the %1 concept notes is assessed yet"),
    11: _funding,
    12: _leaders_meeting(3),
    13: _proposals,
    14: _agreements,
    15: _implementation,
    16: _backstopping,
    17: _monitoring,
}


def state_of(finding: Finding, window: Window | None, today: date) -> tuple[str, Text]:
    """The state a rule's finding and the step's window give today, and why."""
    if finding.done:
        return "done", finding.why
    if not finding.applicable:
        return "not_applicable", finding.why
    if window is None or (window.start is None and window.end is None):
        return "not_started", Text("%1; no window planned", finding.why)
    if window.end is not None and today > window.end:
        return "late", Text("%1; the window ended on %2", finding.why, day_words(window.end))
    if window.start is None or window.start <= today:
        return "due", Text("%1; due by %2", finding.why, day_words(window.end) if window.end else "?")
    return "not_started", Text("%1; the window opens on %2", finding.why, day_words(window.start))


_YEAR, _CYCLE = bindparam("year", type_=Integer), bindparam("cycle", type_=String)
_FIRST, _LAST = bindparam("first", type_=Date), bindparam("last", type_=Date)
CYCLE_OF_YEAR = select(Cycle.id).where(Cycle.year == _YEAR, Cycle.deleted.is_(False)).limit(1)
WINDOWS = (select(StepWindow.id, Step.id, Step.number, Step.title, StepWindow.start, StepWindow.end)
           .join(Step, Step.id == StepWindow.step_id)
           .where(StepWindow.cycle_id == _CYCLE, StepWindow.deleted.is_(False), Step.deleted.is_(False))
           .order_by(Step.number, StepWindow.start))
STEPS = select(Step.number, Step.title).where(Step.deleted.is_(False)).order_by(Step.number)
TASK_FORCES = (select(TaskForce.id, TaskForce.code).where(TaskForce.deleted.is_(False))
               .order_by(TaskForce.code))
ONE_TASK_FORCE = TASK_FORCES.where(TaskForce.id == bindparam("task_force", type_=String))
CALLS = (select(FundingOpportunity.deadline, Funder.name, FundingOpportunity.title)
         .join(Funder, Funder.id == FundingOpportunity.funder_id)
         .where(FundingOpportunity.deleted.is_(False), FundingOpportunity.deadline.between(_FIRST, _LAST))
         .order_by(FundingOpportunity.deadline, Funder.name))


def cycle_overview(session: Session, year: int, *, task_force_id: str | None = None,
                   today: date | None = None) -> Overview:
    """The grid of the cycle of `year` (one task force's row if given) as of `today`."""
    today = today or date.today()
    # Prepared reads (services/prepared.py): this runs on every look at the window's overview.
    known = prepared.rows(session, CYCLE_OF_YEAR, year=year)
    cycle_id = known[0][0] if known else cycle_by_year(session, year).id  # the latter says what is known
    cycle_windows = [Window(window_id, step_id, number, title, day(start), day(end)) for
                     window_id, step_id, number, title, start, end in prepared.rows(session, WINDOWS,
                                                                                     cycle=cycle_id)]
    by_step = {w.number: w for w in cycle_windows}
    first, last = span(year, cycle_windows)
    facts = gather(session, cycle_id, first, last, today)
    task_forces = (prepared.rows(session, TASK_FORCES) if task_force_id is None
                   else prepared.rows(session, ONE_TASK_FORCE, task_force=task_force_id))
    the_steps: list[tuple[int, str]] = [(number, title) for number, title in prepared.rows(session, STEPS)]
    planned = [(number, RULES.get(number), by_step.get(number)) for number, _title in the_steps]
    cells, counts = [], []
    # Task forces with the same finding share its state and sentence (most empty rows are alike); the
    # key is a plain tuple, which compares faster than the Finding it holds.
    states: dict[tuple[int, bool, bool, str], tuple[str, Text]] = {}
    for tf_id, code in task_forces:
        mine = facts.by_task_force[tf_id]
        for number, rule, window in planned:
            if rule is None:
                cells.append(Cell(code, number, "not_applicable", Text("no rule for this step")))
                continue
            finding = rule(mine, facts, window)
            key = (number, finding.done, finding.applicable, finding.why)
            found = states.get(key)
            if found is None:
                found = states[key] = state_of(finding, window, today)
            cells.append(Cell(code, number, *found))
        counts.append(Counts(
            task_force=code, members=sum(mine.members.values()), activities=mine.activities,
            meetings=len(mine.meetings), ideas=sum(m.ideas for m in mine.meetings),
            teams=sum(m.teams for m in mine.meetings), concept_notes=mine.notes_at_least("draft"),
            assessed=mine.notes_at_least("assessed"),
            validated=mine.notes_at_least("validated") - mine.notes["not validated"]))
    calls = prepared.rows(session, CALLS, first=first, last=last)
    deadlines = [Deadline(on, funder, call) for on, funder, call in
                 ((day(on), funder, call) for on, funder, call in calls) if on is not None]
    return Overview(year=year, steps=the_steps, cells=cells, counts=counts, deadlines=deadlines)
