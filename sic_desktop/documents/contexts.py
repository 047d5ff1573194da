"""What each Word template is given: one TypedDict per document, plain strings ready to print."""

from typing import Any, TypedDict

from sic_desktop.documents import languages


class PartnerRow(TypedDict):
    organisation: str
    country: str
    role: str
    contribution: str


class WorkPlanRow(TypedDict):
    activity: str
    output: str
    responsible: str
    start: str
    end: str


class BudgetRow(TypedDict):
    category: str
    item: str
    requested: str
    cash: str
    in_kind: str
    total: str
    source: str


class BudgetTotals(TypedDict):
    requested: str
    cash: str
    in_kind: str
    total: str
    cofinancing_share: str


class IndicatorRow(TypedDict):
    name: str
    unit: str
    baseline: str
    target: str
    measurement: str


class SoilCarbon(TypedDict):
    soc_change: str
    area: str
    annual_gain: str
    annual_co2e: str
    total_gain: str


class ConceptNoteContext(TypedDict):
    """The concept note; every long text is a list of paragraphs (empty when not written)."""

    doc_label: str
    title: str
    acronym: str
    version: str
    status: str
    issued: str
    cycle: str
    task_force: str
    objectives_served: str
    region: str
    countries: str
    lead_organisation: str
    team: str
    team_leader: str
    duration: str
    currency: str
    currency_note: str  # "Amounts in EUR.", or that no currency is stated
    amount_requested: str  # with its currency; what the budget lines request when not given
    budget_warning: str  # when more is requested than the whole budget costs
    context: list[str]
    baseline: list[str]
    problem: list[str]
    objectives: list[str]
    outcomes: list[str]
    outputs: list[str]
    activities: list[str]
    theory_of_change: list[str]
    soil_carbon_actions: list[str]
    food_security: list[str]
    adaptation: list[str]
    safeguards: list[str]
    mrv: list[str]
    beneficiaries: list[str]
    candidate_funders: list[str]
    risks: list[str]
    sustainability: list[str]
    soil: SoilCarbon
    partners: list[PartnerRow]
    work_plan: list[WorkPlanRow]
    budget: list[BudgetRow]
    budget_totals: BudgetTotals
    indicators: list[IndicatorRow]


class Addressee(TypedDict):
    name: str
    organisation: str
    email: str


class LetterContext(TypedDict):
    """The letter of support for a concept note the Bureau validated."""

    doc_label: str
    reference: str
    issued: str
    title: str
    acronym: str
    version: str
    task_force: str
    lead_organisation: str
    addressee: Addressee
    greeting: str
    decision: str
    decided_on: str
    assessed_on: str
    recommendation: str
    notes: list[str]
    signatory_name: str
    signatory_title: str


class Attendee(TypedDict):
    name: str
    organisation: str
    role: str


class AgendaRow(TypedDict):
    number: str
    title: str
    notes: list[str]


class DecisionRow(TypedDict):
    number: str
    text: str


class ActionRow(TypedDict):
    number: str
    what: str
    owner: str
    due: str
    status: str


class IdeaRow(TypedDict):
    """A project idea raised at the meeting and the teams formed on it ("" when none yet)."""

    title: str
    teams: str


class MinutesContext(TypedDict):
    """The minutes of one meeting."""

    doc_label: str
    title: str
    kind: str
    task_force: str
    held_on: str
    place: str
    cycle: str
    step: str
    issued: str
    attendance: str  # "1 present, 3 invited (attendance not recorded)"; "" with no participants
    present: list[Attendee]
    apologies: list[Attendee]
    absent: list[Attendee]
    invited: list[Attendee]  # invited, their attendance not recorded
    agenda: list[AgendaRow]
    decisions: list[DecisionRow]
    actions: list[ActionRow]
    notes: list[str]
    ideas: list[IdeaRow]  # step 6's named output: the project ideas and the teams formed there
    teams: str  # a project-team meeting: the team(s) whose meeting it is


class Figure(TypedDict):
    label: str
    value: str


class MemberRow(TypedDict):
    region: str
    tfl: str
    tfrr: str
    tfm: str
    total: str


class InventoryRow(TypedDict):
    status: str
    baseline: str
    now: str
    change: str


class ProgressRow(TypedDict):
    number: str
    task_force: str
    name: str
    unit: str
    baseline: str
    target: str
    latest: str
    progress: str


class StageRow(TypedDict):
    stage: str
    count: str


class MeetingRow(TypedDict):
    held_on: str
    kind: str
    task_force: str
    title: str
    participants: str


class TaskForceRow(TypedDict):
    """What the cycle overview counts for one task force (or the total)."""

    task_force: str
    members: str
    activities: str
    meetings: str
    ideas: str
    teams: str
    notes: str
    assessed: str
    validated: str


class ReportText(TypedDict):
    """A progress report's text: whose, its title, when it was submitted, its paragraphs."""

    task_force: str
    title: str
    submitted: str
    paragraphs: list[str]


class AnnualReportContext(TypedDict):
    """The annual progress report of one cycle, whole or for one task force."""

    doc_label: str
    title: str
    cycle: str
    scope: str
    issued: str
    summary: list[Figure]
    members: list[MemberRow]
    members_total: MemberRow
    inventory: list[InventoryRow]
    inventory_total: InventoryRow
    indicators: list[ProgressRow]
    chart: Any  # an image placed by the renderer; None when there is nothing to draw
    pipeline: list[StageRow]
    meetings: list[MeetingRow]
    baseline_note: str
    trend: Any  # the indicators' values over time, placed by the renderer; None when none were measured
    task_forces: list[TaskForceRow]
    task_forces_total: TaskForceRow
    reports: list[ReportText]
    no_cycle: list[Figure]
    no_cycle_note: str


class OfficialRow(TypedDict):
    role: str
    name: str
    organisation: str
    country: str
    region: str
    approved: str


class OfficialTaskForce(TypedDict):
    heading: str
    people: list[OfficialRow]


class OfficialListContext(TypedDict):
    """The official list of a cycle's TF leaders and regional representatives, task force by task force."""

    doc_label: str
    title: str
    cycle: str
    scope: str
    issued: str
    task_forces: list[OfficialTaskForce]
    count: str


def paragraphs(text: str | None) -> list[str]:
    """Long text as its paragraphs (blank lines or single line breaks separate them)."""
    if not text:
        return []
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def decimal(value: float | None, places: int = 2) -> str:
    return languages.number(value, places)
