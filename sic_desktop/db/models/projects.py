"""Project ideas, project teams and concept notes with their repeating parts."""

from datetime import date
from typing import Any, ClassVar

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sic_desktop.db.base import Record, Scope
from sic_desktop.db.columns import day, link, number, text, whole

# The stages of a concept note in order (services/note_status.py derives them from the records).
NOTE_STATUSES = ("draft", "complete", "submitted", "assessed", "validated", "not validated",
                 "expression of interest", "full proposal", "funded", "withdrawn")
# What a task force or the Secretariat does to a note by hand; every other stage follows the records.
NOTE_ACTIONS = ("submitted", "returned")


def derived(label: str, default: object, *, choices: tuple[str, ...] | None = None,
            kind: type[String] | type[Integer] = String) -> Any:
    """A field the services fill in from other records: never typed, so never required of a person."""
    info: dict[str, object] = {"label": label, "derived": True}
    if choices:
        info["choices"] = choices
    return mapped_column(kind, nullable=False, default=default, info=info, active_history=True)


class ProjectIdea(Record):
    __tablename__ = "project_idea"
    __label__ = "project idea"
    __title_field__ = "title"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    meeting_id: Mapped[str | None] = link("meeting", "From meeting")
    title: Mapped[str] = text("Title", required=True)
    description: Mapped[str | None] = text("Description", long=True)
    region_id: Mapped[str | None] = link("region", "Region")


class ProjectTeam(Record):
    __tablename__ = "project_team"
    __label__ = "project team"
    __title_field__ = "name"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    idea_id: Mapped[str | None] = link("project_idea", "Project idea")
    name: Mapped[str] = text("Name", required=True)
    leader_id: Mapped[str | None] = link("person", "Project team leader")
    region_id: Mapped[str | None] = link("region", "Region")
    theme: Mapped[str | None] = text("Theme")


class ProjectTeamMember(Record):
    __tablename__ = "project_team_member"
    __label__ = "team member"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    team_id: Mapped[str] = link("project_team", "Project team", required=True)
    person_id: Mapped[str] = link("person", "Person", required=True)
    organisation_id: Mapped[str | None] = link("organisation", "Organisation")
    role: Mapped[str | None] = text("Role in the team")


class ConceptNote(Record):
    __tablename__ = "concept_note"
    __label__ = "concept note"
    __title_field__ = "title"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    team_id: Mapped[str | None] = link("project_team", "Project team")
    cycle_id: Mapped[str | None] = link("cycle", "Cycle")
    title: Mapped[str] = text("Title", required=True)
    acronym: Mapped[str | None] = text("Acronym")
    version: Mapped[int] = derived("Version", 1, kind=Integer)
    status: Mapped[str] = derived("Status", "draft", choices=NOTE_STATUSES)
    objectives_served: Mapped[str | None] = text("Task force objective(s)")
    countries: Mapped[str | None] = text("Countries")
    region_id: Mapped[str | None] = link("region", "Region")
    lead_organisation_id: Mapped[str | None] = link("organisation", "Lead organisation")
    context: Mapped[str | None] = text("Context", long=True)
    baseline: Mapped[str | None] = text("Baseline", long=True)
    problem: Mapped[str | None] = text("Problem and barriers", long=True)
    objectives: Mapped[str | None] = text("Objectives", long=True)
    outcomes: Mapped[str | None] = text("Outcomes", long=True)
    outputs: Mapped[str | None] = text("Outputs", long=True)
    activities: Mapped[str | None] = text("Activities", long=True)
    theory_of_change: Mapped[str | None] = text("Theory of change", long=True)
    soil_carbon_actions: Mapped[str | None] = text("Soil-carbon actions", long=True)
    soc_change: Mapped[float | None] = number("Expected SOC change (t C/ha/yr)", positive=False)
    area_ha: Mapped[float | None] = number("Area (ha)")
    food_security: Mapped[str | None] = text("Food security co-benefits", long=True)
    adaptation: Mapped[str | None] = text("Adaptation co-benefits", long=True)
    safeguards: Mapped[str | None] = text("Safeguards", long=True)
    mrv: Mapped[str | None] = text("Measurement, reporting and verification", long=True)
    beneficiaries: Mapped[str | None] = text("Beneficiaries", long=True)
    duration_months: Mapped[int | None] = whole("Duration (months)")
    currency: Mapped[str | None] = text("Currency")
    amount_requested: Mapped[float | None] = number("Amount requested")
    candidate_funders: Mapped[str | None] = text("Candidate funders", long=True)
    risks: Mapped[str | None] = text("Risks and mitigation", long=True)
    sustainability: Mapped[str | None] = text("Sustainability and scaling", long=True)


class ConceptNotePartner(Record):
    __tablename__ = "concept_note_partner"
    __label__ = "partner"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    concept_note_id: Mapped[str] = link("concept_note", "Concept note", required=True)
    organisation_id: Mapped[str] = link("organisation", "Organisation", required=True)
    role: Mapped[str | None] = text("Role")
    contribution: Mapped[str | None] = text("Contribution", long=True)


class WorkPlanItem(Record):
    __tablename__ = "work_plan_item"
    __label__ = "work plan item"
    __title_field__ = "activity"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    concept_note_id: Mapped[str] = link("concept_note", "Concept note", required=True)
    position: Mapped[int | None] = whole("Position")
    activity: Mapped[str] = text("Activity", required=True)
    output: Mapped[str | None] = text("Output")
    responsible: Mapped[str | None] = text("Responsible")
    start: Mapped[date | None] = day("Start")
    end: Mapped[date | None] = day("End")


class BudgetLine(Record):
    __tablename__ = "budget_line"
    __label__ = "budget line"
    __title_field__ = "item"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    concept_note_id: Mapped[str] = link("concept_note", "Concept note", required=True)
    position: Mapped[int | None] = whole("Position")
    category: Mapped[str | None] = text("Category")
    item: Mapped[str] = text("Item", required=True)
    requested: Mapped[float | None] = number("Requested")
    cofinancing_cash: Mapped[float | None] = number("Co-financing (cash)")
    cofinancing_in_kind: Mapped[float | None] = number("Co-financing (in kind)")
    source: Mapped[str | None] = text("Co-financing source")


class ConceptNoteIndicator(Record):
    __tablename__ = "concept_note_indicator"
    __label__ = "concept-note indicator"
    __title_field__ = "name"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    concept_note_id: Mapped[str] = link("concept_note", "Concept note", required=True)
    name: Mapped[str] = text("Indicator", required=True)
    unit: Mapped[str | None] = text("Unit")
    baseline: Mapped[str | None] = text("Baseline")
    target: Mapped[str | None] = text("Target")
    measurement: Mapped[str | None] = text("How measured (MRV)", long=True)


class Assessment(Record):
    __tablename__ = "assessment"
    __label__ = "STC assessment"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    concept_note_id: Mapped[str] = link("concept_note", "Concept note", required=True)
    concept_note_version: Mapped[int] = derived("Version assessed", 1, kind=Integer)
    # The hash of the note's fields and parts when assessed: a later change makes the assessment stale.
    content_sha256: Mapped[str | None] = text("Content fingerprint")
    assessor: Mapped[str | None] = text("Assessor")
    assessed_on: Mapped[date | None] = day("Assessed on")
    sdg_alignment: Mapped[str | None] = text("SDG alignment (2, 13, 15)")
    recommendation: Mapped[str | None] = text(
        "Recommendation", choices=("recommended", "revise and resubmit", "not recommended"))
    comment: Mapped[str | None] = text("Comment", long=True)


class AssessmentScore(Record):
    __tablename__ = "assessment_score"
    __label__ = "criterion score"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    assessment_id: Mapped[str] = link("assessment", "Assessment", required=True)
    criterion_id: Mapped[str] = link("criterion", "Criterion", required=True)
    score: Mapped[int | None] = whole("Score")
    comment: Mapped[str | None] = text("Comment", long=True)


class Validation(Record):
    __tablename__ = "validation"
    __label__ = "Bureau validation"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    concept_note_id: Mapped[str] = link("concept_note", "Concept note", required=True)
    decision: Mapped[str] = text("Decision", required=True,
                                 choices=("validated", "not validated", "deferred"))
    decided_on: Mapped[date] = day("Decided on", required=True)
    notes: Mapped[str | None] = text("Notes", long=True)


class LetterOfSupport(Record):
    __tablename__ = "letter_of_support"
    __label__ = "letter of support"
    __title_field__ = "reference"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    concept_note_id: Mapped[str] = link("concept_note", "Concept note", required=True)
    validation_id: Mapped[str | None] = link("validation", "Validation")
    reference: Mapped[str] = text("Reference number", required=True)
    issued_on: Mapped[date] = day("Date", required=True)
    file_name: Mapped[str | None] = text("Document")
    document_sha256: Mapped[str | None] = text("Document hash")
    # What the filed document was written in and who signed it, to write it again in another language.
    language: Mapped[str | None] = text("Language", choices=("en", "fr", "es"))
    signatory: Mapped[str | None] = text("Signed by")


class NoteStatusChange(Record):
    """One step of a concept note's status: who, when and why (services/note_status.py writes them)."""

    __tablename__ = "note_status_change"
    __label__ = "status change"
    __title_field__ = "to_status"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    concept_note_id: Mapped[str] = link("concept_note", "Concept note", required=True)
    from_status: Mapped[str | None] = text("From")
    to_status: Mapped[str] = text("To", required=True, choices=(*NOTE_STATUSES, "returned"))
    changed_at: Mapped[str | None] = text("When")
    changed_by: Mapped[str | None] = text("Who")
    why: Mapped[str | None] = text("Why", long=True)


OVERLAP_CHOICES = ("not an overlap", "connect the teams")


class OverlapChoice(Record):
    """The Secretariat's word on a pair of alike concept notes of two task forces (step 8).

    Shared with every copy, written by the Secretariat alone (services/authority.py). The notes are
    named by id, not linked: a region holds only its own task forces' notes, and a link to a note it
    does not hold could not be kept.
    """

    __tablename__ = "overlap_choice"
    __scope__: ClassVar[Scope] = "shared"
    __label__ = "overlap choice"
    note_a: Mapped[str] = text("Concept note", required=True)
    note_b: Mapped[str] = text("Other concept note", required=True)
    choice: Mapped[str] = text("Choice", required=True, choices=OVERLAP_CHOICES)
    note: Mapped[str | None] = text("Note", long=True)
    decided_on: Mapped[date | None] = day("Decided on")
