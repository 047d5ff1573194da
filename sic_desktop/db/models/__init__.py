"""Every table of the store; importing this package registers them all with the metadata."""

from sic_desktop.db.models.bookkeeping import Attachment, Change, Site, WritePermit
from sic_desktop.db.models.funding import (
    Agreement,
    ExpressionOfInterest,
    FullProposal,
    Funder,
    FundingOpportunity,
    ProgressReport,
)
from sic_desktop.db.models.meetings import (
    AgendaItem,
    Decision,
    Meeting,
    MeetingAction,
    MeetingParticipant,
    MeetingTeam,
)
from sic_desktop.db.models.people import Candidacy, Membership, Organisation, Person, Player
from sic_desktop.db.models.planning import (
    ActionItem,
    ActionPlan,
    Activity,
    ActivityTaskForce,
    Indicator,
    IndicatorValue,
    InventoryBaseline,
)
from sic_desktop.db.models.projects import (
    Assessment,
    AssessmentScore,
    BudgetLine,
    ConceptNote,
    ConceptNoteIndicator,
    ConceptNotePartner,
    LetterOfSupport,
    NoteStatusChange,
    OverlapChoice,
    ProjectIdea,
    ProjectTeam,
    ProjectTeamMember,
    Validation,
    WorkPlanItem,
)
from sic_desktop.db.models.reference import (
    Criterion,
    Cycle,
    Goal,
    Objective,
    OrganisationType,
    Region,
    Role,
    Step,
    StepWindow,
    TaskForce,
)
from sic_desktop.db.models.sync_state import BundleImport, Conflict, TrustedKey

__all__ = [
    "ActionItem", "ActionPlan", "Activity", "ActivityTaskForce", "AgendaItem", "Agreement",
    "Assessment", "AssessmentScore", "Attachment", "BudgetLine", "BundleImport", "Candidacy",
    "Change", "ConceptNote", "ConceptNoteIndicator", "ConceptNotePartner", "Conflict", "Criterion",
    "Cycle", "Decision", "ExpressionOfInterest", "FullProposal", "Funder", "FundingOpportunity",
    "Goal", "Indicator", "IndicatorValue", "InventoryBaseline", "LetterOfSupport", "Meeting", "MeetingAction",
    "MeetingParticipant", "MeetingTeam", "Membership", "NoteStatusChange", "Objective", "Organisation",
    "OrganisationType", "OverlapChoice", "Person",
    "Player", "ProgressReport", "ProjectIdea", "ProjectTeam", "ProjectTeamMember", "Region",
    "Role", "Site", "Step", "StepWindow", "TaskForce", "TrustedKey", "Validation", "WorkPlanItem",
    "WritePermit",
]
