"""The areas of work the navigation offers, and which kinds of record each one lists."""

from typing import NamedTuple


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark a string for translation where it is defined; it is translated where it is shown."""
    return text


class Area(NamedTuple):
    key: str
    title: str  # translated at display time, context "areas"
    kinds: tuple[str, ...] = ()  # table names: the window starts without importing the models


AREAS: tuple[Area, ...] = (
    Area("overview", QT_TRANSLATE_NOOP("areas", "Cycle overview")),
    Area("members", QT_TRANSLATE_NOOP("areas", "Members and candidacies"),
         ("membership", "candidacy", "person", "organisation")),
    Area("players", QT_TRANSLATE_NOOP("areas", "Key players"), ("player",)),
    Area("inventory", QT_TRANSLATE_NOOP("areas", "Inventory"), ("activity", "activity_task_force")),
    Area("plans", QT_TRANSLATE_NOOP("areas", "Action plan and indicators"),
         ("action_plan", "action_item", "indicator", "indicator_value")),
    Area("meetings", QT_TRANSLATE_NOOP("areas", "Meetings and minutes"), ("meeting",)),
    Area("projects", QT_TRANSLATE_NOOP("areas", "Project ideas and teams"),
         ("project_idea", "project_team")),
    Area("notes", QT_TRANSLATE_NOOP("areas", "Concept notes"), ("concept_note",)),
    Area("assessments", QT_TRANSLATE_NOOP("areas", "Assessments and validations"),
         ("assessment", "validation", "letter_of_support")),
    Area("overlaps", QT_TRANSLATE_NOOP("areas", "Overlaps between notes")),
    Area("funding", QT_TRANSLATE_NOOP("areas", "Funding"),
         ("funder", "funding_opportunity", "expression_of_interest", "full_proposal", "agreement",
          "progress_report")),
    Area("reference", QT_TRANSLATE_NOOP("areas", "Reference data"),
         ("goal", "objective", "task_force", "region", "organisation_type", "criterion", "cycle",
          "step", "step_window", "role")),
    Area("sync", QT_TRANSLATE_NOOP("areas", "Sync")),
)

# Repeating parts shown as editable tables inside a record's editor: (child kind, link field).
PARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "concept_note": (("concept_note_partner", "concept_note_id"), ("work_plan_item", "concept_note_id"),
                    ("budget_line", "concept_note_id"), ("concept_note_indicator", "concept_note_id")),
    "meeting": (("meeting_participant", "meeting_id"), ("agenda_item", "meeting_id"),
                ("decision", "meeting_id"), ("meeting_action", "meeting_id"), ("meeting_team", "meeting_id")),
    "project_team": (("project_team_member", "team_id"),),
    "assessment": (("assessment_score", "assessment_id"),),
    "action_plan": (("action_item", "action_plan_id"), ("indicator", "action_plan_id")),
    "indicator": (("indicator_value", "indicator_id"),),
}

# What a new record holds before the person types anything: the usual case, never a silent guess at
# something that matters (a new membership is a member's; a task force leader is chosen on purpose).
NEW_RECORD_DEFAULTS: dict[str, dict[str, object]] = {
    "activity": {"status": "ongoing"},  # the inventory records past and ongoing work (step 5)
    "membership": {"role": "TFM", "status": "active"},
    "candidacy": {"board_decision": "pending"},
    "action_item": {"status": "open"},
    "meeting_action": {"status": "open"},
    "meeting_participant": {"attendance": "invited"},
    "concept_note": {"status": "draft", "version": 1},
    "expression_of_interest": {"answer": "pending"},
    "full_proposal": {"status": "in preparation"},
}

# What a list shows at first (others can be switched on); kinds not named show their short fields.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "activity": ("title", "task_force_id", "region_id", "countries", "sponsor", "status", "start",
                 "end", "budget", "currency"),
    "membership": ("person_id", "task_force_id", "cycle_id", "role", "region_id", "status"),
    "person": ("name", "email", "organisation_id", "country"),
    "concept_note": ("title", "acronym", "task_force_id", "version", "status", "region_id",
                    "amount_requested", "currency"),
    "meeting": ("held_on", "title", "kind", "task_force_id", "place"),
}

KIND_TITLES: dict[str, str] = {
    # Plural names of the tabs; the singular __label__ of each model names one record.
    "membership": QT_TRANSLATE_NOOP("kinds", "Memberships"),
    "candidacy": QT_TRANSLATE_NOOP("kinds", "Candidacies"),
    "person": QT_TRANSLATE_NOOP("kinds", "People"),
    "organisation": QT_TRANSLATE_NOOP("kinds", "Organisations"),
    "player": QT_TRANSLATE_NOOP("kinds", "Key players"),
    "activity": QT_TRANSLATE_NOOP("kinds", "Activities"),
    "activity_task_force": QT_TRANSLATE_NOOP("kinds", "Further task forces served"),
    "action_plan": QT_TRANSLATE_NOOP("kinds", "Action plans"),
    "action_item": QT_TRANSLATE_NOOP("kinds", "Action items"),
    "indicator": QT_TRANSLATE_NOOP("kinds", "Indicators"),
    "indicator_value": QT_TRANSLATE_NOOP("kinds", "Measured values"),
    "meeting": QT_TRANSLATE_NOOP("kinds", "Meetings"),
    "project_idea": QT_TRANSLATE_NOOP("kinds", "Project ideas"),
    "project_team": QT_TRANSLATE_NOOP("kinds", "Project teams"),
    "concept_note": QT_TRANSLATE_NOOP("kinds", "Concept notes"),
    "assessment": QT_TRANSLATE_NOOP("kinds", "STC assessments"),
    "validation": QT_TRANSLATE_NOOP("kinds", "Bureau validations"),
    "letter_of_support": QT_TRANSLATE_NOOP("kinds", "Letters of support"),
    "funder": QT_TRANSLATE_NOOP("kinds", "Funders"),
    "funding_opportunity": QT_TRANSLATE_NOOP("kinds", "Funding opportunities"),
    "expression_of_interest": QT_TRANSLATE_NOOP("kinds", "Expressions of interest"),
    "full_proposal": QT_TRANSLATE_NOOP("kinds", "Full proposals"),
    "agreement": QT_TRANSLATE_NOOP("kinds", "Agreements"),
    "progress_report": QT_TRANSLATE_NOOP("kinds", "Progress reports"),
    "goal": QT_TRANSLATE_NOOP("kinds", "Goals"),
    "objective": QT_TRANSLATE_NOOP("kinds", "Objectives"),
    "task_force": QT_TRANSLATE_NOOP("kinds", "Task forces"),
    "region": QT_TRANSLATE_NOOP("kinds", "Regions"),
    "organisation_type": QT_TRANSLATE_NOOP("kinds", "Organisation types"),
    "criterion": QT_TRANSLATE_NOOP("kinds", "STC criteria"),
    "cycle": QT_TRANSLATE_NOOP("kinds", "Cycles"),
    "step": QT_TRANSLATE_NOOP("kinds", "Steps"),
    "step_window": QT_TRANSLATE_NOOP("kinds", "Step windows"),
    "role": QT_TRANSLATE_NOOP("kinds", "Roles"),
    "concept_note_partner": QT_TRANSLATE_NOOP("kinds", "Partners"),
    "work_plan_item": QT_TRANSLATE_NOOP("kinds", "Work plan"),
    "budget_line": QT_TRANSLATE_NOOP("kinds", "Budget"),
    "concept_note_indicator": QT_TRANSLATE_NOOP("kinds", "Indicators"),
    "meeting_participant": QT_TRANSLATE_NOOP("kinds", "Participants"),
    "agenda_item": QT_TRANSLATE_NOOP("kinds", "Agenda"),
    "decision": QT_TRANSLATE_NOOP("kinds", "Decisions"),
    "meeting_action": QT_TRANSLATE_NOOP("kinds", "Action items"),
    "project_team_member": QT_TRANSLATE_NOOP("kinds", "Team members"),
    "assessment_score": QT_TRANSLATE_NOOP("kinds", "Scores per criterion"),
}


def area(key: str) -> Area:
    for candidate in AREAS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
