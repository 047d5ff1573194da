"""The concept note as plain typed data: what the workbook holds and the Word document shows."""

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Kind = Literal["text", "long", "number", "signed", "whole", "date", "choice"]


@dataclass(frozen=True)
class Field:
    """One input of the concept note: its attribute, the label a person reads, its kind."""

    name: str
    label: str
    kind: Kind = "text"
    required: bool = False
    hint: str = ""
    choices: str = ""  # the name of the list in `Choices` the value must come from


@dataclass(frozen=True)
class Section:
    """A titled group of fields on the "Concept note" sheet."""

    title: str
    fields: tuple[Field, ...]


SECTIONS: tuple[Section, ...] = (
    Section("Identification", (
        Field("id", "ID", hint="Filled by SIC Desktop on export; leave empty for a new note."),
        Field("title", "Title", required=True, hint="The full title of the project."),
        Field("acronym", "Acronym"),
        Field("objectives_served", "Task force objective(s)",
              hint="Objective codes served, separated by commas, e.g. A2, A5."),
        Field("region", "Region", "choice", choices="regions"),
        Field("countries", "Countries", hint="Countries where the project works."),
        Field("lead_organisation", "Lead organisation"),
    )),
    Section("Context and rationale", (
        Field("context", "Context", "long"),
        Field("baseline", "Baseline", "long", hint="The situation without the project."),
        Field("problem", "Problem and barriers", "long"),
    )),
    Section("Objectives and results", (
        Field("objectives", "Objectives", "long"),
        Field("outcomes", "Outcomes", "long"),
        Field("outputs", "Outputs", "long"),
        Field("activities", "Activities", "long", hint="Detail them on the Work plan sheet."),
        Field("theory_of_change", "Theory of change", "long"),
    )),
    Section("Soil carbon", (
        Field("soil_carbon_actions", "Soil-carbon actions", "long"),
        Field("soc_change", "Expected SOC change (t C/ha/yr)", "signed",
              hint="Soil organic carbon change per hectare and year; may be negative."),
        Field("area_ha", "Area (ha)", "number", hint="Area where the change is expected."),
    )),
    Section("Co-benefits and safeguards", (
        Field("food_security", "Food security co-benefits", "long"),
        Field("adaptation", "Adaptation co-benefits", "long"),
        Field("safeguards", "Safeguards", "long",
              hint="Human rights, land tenure rights, poverty alleviation, gender."),
        Field("mrv", "Measurement, reporting and verification", "long",
              hint="How the indicators are measured (MRV)."),
        Field("beneficiaries", "Beneficiaries", "long"),
    )),
    Section("Duration and financing", (
        Field("duration_months", "Duration (months)", "whole"),
        Field("currency", "Currency", "choice", choices="currencies"),
        Field("amount_requested", "Amount requested", "number"),
        Field("candidate_funders", "Candidate funders", "long"),
    )),
    Section("Risks and sustainability", (
        Field("risks", "Risks and mitigation", "long"),
        Field("sustainability", "Sustainability and scaling", "long"),
    )),
)

FIELDS: tuple[Field, ...] = tuple(f for section in SECTIONS for f in section.fields)


@dataclass(frozen=True)
class Part:
    """A repeating part: its sheet, the row type's attributes and the column titles."""

    sheet: str
    columns: tuple[Field, ...]


PARTS: dict[str, Part] = {
    "partners": Part("Partners", (
        Field("organisation", "Organisation", required=True),
        Field("role", "Role", "choice", choices="partner_roles"),
        Field("contribution", "Contribution", "long"),
    )),
    "work_plan": Part("Work plan", (
        Field("activity", "Activity", required=True),
        Field("output", "Output"),
        Field("responsible", "Responsible"),
        Field("start", "Start", "date"),
        Field("end", "End", "date"),
    )),
    "budget": Part("Budget", (
        Field("category", "Category", "choice", choices="budget_categories"),
        Field("item", "Item", required=True),
        Field("requested", "Requested", "number"),
        Field("cofinancing_cash", "Co-financing (cash)", "number"),
        Field("cofinancing_in_kind", "Co-financing (in kind)", "number"),
        Field("source", "Co-financing source"),
    )),
    "indicators": Part("Indicators", (
        Field("name", "Indicator", required=True),
        Field("unit", "Unit"),
        Field("baseline", "Baseline"),
        Field("target", "Target"),
        Field("measurement", "How measured (MRV)", "long"),
    )),
}


@dataclass
class Partner:
    organisation: str
    role: str | None = None
    contribution: str | None = None


@dataclass
class WorkPlanItem:
    activity: str
    output: str | None = None
    responsible: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass
class BudgetLine:
    item: str
    category: str | None = None
    requested: float | None = None
    cofinancing_cash: float | None = None
    cofinancing_in_kind: float | None = None
    source: str | None = None


@dataclass
class Indicator:
    name: str
    unit: str | None = None
    baseline: str | None = None
    target: str | None = None
    measurement: str | None = None


@dataclass
class ConceptNoteForm:
    """Every input of one concept note, typed; None where nothing was entered."""

    title: str = ""
    id: str | None = None
    acronym: str | None = None
    objectives_served: str | None = None
    region: str | None = None
    countries: str | None = None
    lead_organisation: str | None = None
    context: str | None = None
    baseline: str | None = None
    problem: str | None = None
    objectives: str | None = None
    outcomes: str | None = None
    outputs: str | None = None
    activities: str | None = None
    theory_of_change: str | None = None
    soil_carbon_actions: str | None = None
    soc_change: float | None = None
    area_ha: float | None = None
    food_security: str | None = None
    adaptation: str | None = None
    safeguards: str | None = None
    mrv: str | None = None
    beneficiaries: str | None = None
    duration_months: int | None = None
    currency: str | None = None
    amount_requested: float | None = None
    candidate_funders: str | None = None
    risks: str | None = None
    sustainability: str | None = None
    partners: list[Partner] = field(default_factory=list)
    work_plan: list[WorkPlanItem] = field(default_factory=list)
    budget: list[BudgetLine] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)


ROW_TYPES: dict[str, type] = {
    "partners": Partner, "work_plan": WorkPlanItem, "budget": BudgetLine, "indicators": Indicator,
}


@dataclass(frozen=True)
class Choices:
    """The lists a workbook offers in drop-downs (reference data; editable by the Secretariat)."""

    regions: tuple[str, ...] = (
        "Africa", "Asia", "Europe", "Latin America & the Caribbean", "Near East & North Africa",
        "North America", "Oceania & Pacific",
    )
    currencies: tuple[str, ...] = ("EUR", "USD", "GBP", "CHF", "XOF", "XAF", "KES", "INR", "BRL")
    partner_roles: tuple[str, ...] = ("Lead", "Co-lead", "Partner", "Associate", "Co-financier")
    budget_categories: tuple[str, ...] = (
        "Personnel", "Travel", "Equipment", "Field work", "Training and workshops",
        "Subcontracts", "Communication", "Monitoring and evaluation", "Overheads", "Other",
    )

    def get(self, name: str) -> tuple[str, ...]:
        values: tuple[str, ...] = getattr(self, name)
        return values
