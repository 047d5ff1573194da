"""The areas of work the navigation offers, and which kinds of record each one lists."""

from dataclasses import dataclass

from sic_desktop.db import models as m
from sic_desktop.db.base import Record


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark a string for translation where it is defined; it is translated where it is shown."""
    return text


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # translated at display time, context "areas"
    kinds: tuple[type[Record], ...] = ()


AREAS: tuple[Area, ...] = (
    Area("overview", QT_TRANSLATE_NOOP("areas", "Cycle overview")),
    Area("members", QT_TRANSLATE_NOOP("areas", "Members and candidacies"),
         (m.Membership, m.Candidacy, m.Person, m.Organisation)),
    Area("players", QT_TRANSLATE_NOOP("areas", "Key players"), (m.Player,)),
    Area("inventory", QT_TRANSLATE_NOOP("areas", "Inventory"), (m.Activity, m.ActivityTaskForce)),
    Area("plans", QT_TRANSLATE_NOOP("areas", "Action plan and indicators"),
         (m.ActionPlan, m.ActionItem, m.Indicator, m.IndicatorValue)),
    Area("meetings", QT_TRANSLATE_NOOP("areas", "Meetings and minutes"), (m.Meeting,)),
    Area("projects", QT_TRANSLATE_NOOP("areas", "Project ideas and teams"),
         (m.ProjectIdea, m.ProjectTeam)),
    Area("notes", QT_TRANSLATE_NOOP("areas", "Concept notes"), (m.ConceptNote,)),
    Area("assessments", QT_TRANSLATE_NOOP("areas", "Assessments and validations"),
         (m.Assessment, m.Validation, m.LetterOfSupport)),
    Area("funding", QT_TRANSLATE_NOOP("areas", "Funding"),
         (m.Funder, m.FundingOpportunity, m.ExpressionOfInterest, m.FullProposal, m.Agreement,
          m.ProgressReport)),
    Area("reference", QT_TRANSLATE_NOOP("areas", "Reference data"),
         (m.Goal, m.Objective, m.TaskForce, m.Region, m.OrganisationType, m.Criterion, m.Cycle,
          m.Step, m.StepWindow, m.Role)),
    Area("sync", QT_TRANSLATE_NOOP("areas", "Sync")),
)

# Repeating parts shown as editable tables inside a record's editor: (child kind, link field).
PARTS: dict[type[Record], tuple[tuple[type[Record], str], ...]] = {
    m.ConceptNote: ((m.ConceptNotePartner, "concept_note_id"), (m.WorkPlanItem, "concept_note_id"),
                    (m.BudgetLine, "concept_note_id"), (m.ConceptNoteIndicator, "concept_note_id")),
    m.Meeting: ((m.MeetingParticipant, "meeting_id"), (m.AgendaItem, "meeting_id"),
                (m.Decision, "meeting_id"), (m.MeetingAction, "meeting_id")),
    m.ProjectTeam: ((m.ProjectTeamMember, "team_id"),),
    m.Assessment: ((m.AssessmentScore, "assessment_id"),),
    m.ActionPlan: ((m.ActionItem, "action_plan_id"), (m.Indicator, "action_plan_id")),
    m.Indicator: ((m.IndicatorValue, "indicator_id"),),
}

# What a list shows at first (others can be switched on); kinds not named show their short fields.
DEFAULT_COLUMNS: dict[type[Record], tuple[str, ...]] = {
    m.Activity: ("title", "task_force_id", "region_id", "countries", "sponsor", "status", "start",
                 "end", "budget", "currency"),
    m.Membership: ("person_id", "task_force_id", "role", "region_id", "status"),
    m.Person: ("name", "email", "organisation_id", "country"),
    m.ConceptNote: ("title", "acronym", "task_force_id", "version", "status", "region_id",
                    "amount_requested", "currency"),
    m.Meeting: ("held_on", "title", "kind", "task_force_id", "place"),
}

KIND_TITLES: dict[type[Record], str] = {
    # Plural names of the tabs; the singular __label__ of each model names one record.
    m.Membership: QT_TRANSLATE_NOOP("kinds", "Memberships"),
    m.Candidacy: QT_TRANSLATE_NOOP("kinds", "Candidacies"),
    m.Person: QT_TRANSLATE_NOOP("kinds", "People"),
    m.Organisation: QT_TRANSLATE_NOOP("kinds", "Organisations"),
    m.Player: QT_TRANSLATE_NOOP("kinds", "Key players"),
    m.Activity: QT_TRANSLATE_NOOP("kinds", "Activities"),
    m.ActivityTaskForce: QT_TRANSLATE_NOOP("kinds", "Further task forces served"),
    m.ActionPlan: QT_TRANSLATE_NOOP("kinds", "Action plans"),
    m.ActionItem: QT_TRANSLATE_NOOP("kinds", "Action items"),
    m.Indicator: QT_TRANSLATE_NOOP("kinds", "Indicators"),
    m.IndicatorValue: QT_TRANSLATE_NOOP("kinds", "Measured values"),
    m.Meeting: QT_TRANSLATE_NOOP("kinds", "Meetings"),
    m.ProjectIdea: QT_TRANSLATE_NOOP("kinds", "Project ideas"),
    m.ProjectTeam: QT_TRANSLATE_NOOP("kinds", "Project teams"),
    m.ConceptNote: QT_TRANSLATE_NOOP("kinds", "Concept notes"),
    m.Assessment: QT_TRANSLATE_NOOP("kinds", "STC assessments"),
    m.Validation: QT_TRANSLATE_NOOP("kinds", "Bureau validations"),
    m.LetterOfSupport: QT_TRANSLATE_NOOP("kinds", "Letters of support"),
    m.Funder: QT_TRANSLATE_NOOP("kinds", "Funders"),
    m.FundingOpportunity: QT_TRANSLATE_NOOP("kinds", "Funding opportunities"),
    m.ExpressionOfInterest: QT_TRANSLATE_NOOP("kinds", "Expressions of interest"),
    m.FullProposal: QT_TRANSLATE_NOOP("kinds", "Full proposals"),
    m.Agreement: QT_TRANSLATE_NOOP("kinds", "Agreements"),
    m.ProgressReport: QT_TRANSLATE_NOOP("kinds", "Progress reports"),
    m.Goal: QT_TRANSLATE_NOOP("kinds", "Goals"),
    m.Objective: QT_TRANSLATE_NOOP("kinds", "Objectives"),
    m.TaskForce: QT_TRANSLATE_NOOP("kinds", "Task forces"),
    m.Region: QT_TRANSLATE_NOOP("kinds", "Regions"),
    m.OrganisationType: QT_TRANSLATE_NOOP("kinds", "Organisation types"),
    m.Criterion: QT_TRANSLATE_NOOP("kinds", "STC criteria"),
    m.Cycle: QT_TRANSLATE_NOOP("kinds", "Cycles"),
    m.Step: QT_TRANSLATE_NOOP("kinds", "Steps"),
    m.StepWindow: QT_TRANSLATE_NOOP("kinds", "Step windows"),
    m.Role: QT_TRANSLATE_NOOP("kinds", "Roles"),
    m.ConceptNotePartner: QT_TRANSLATE_NOOP("kinds", "Partners"),
    m.WorkPlanItem: QT_TRANSLATE_NOOP("kinds", "Work plan"),
    m.BudgetLine: QT_TRANSLATE_NOOP("kinds", "Budget"),
    m.ConceptNoteIndicator: QT_TRANSLATE_NOOP("kinds", "Indicators"),
    m.MeetingParticipant: QT_TRANSLATE_NOOP("kinds", "Participants"),
    m.AgendaItem: QT_TRANSLATE_NOOP("kinds", "Agenda"),
    m.Decision: QT_TRANSLATE_NOOP("kinds", "Decisions"),
    m.MeetingAction: QT_TRANSLATE_NOOP("kinds", "Action items"),
    m.ProjectTeamMember: QT_TRANSLATE_NOOP("kinds", "Team members"),
    m.AssessmentScore: QT_TRANSLATE_NOOP("kinds", "Scores per criterion"),
}


def area(key: str) -> Area:
    for candidate in AREAS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
