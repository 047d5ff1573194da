"""The concept note as plain typed data: what the workbook holds and the Word document shows.

Each field's label, whether it is required and its kind come from the models (the one description of
a record's fields); the workbook adds its sections, hints, lists of choices, and a kind of its own
where it types a value differently (a region chosen by name, a change that may be negative).
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import Text

from sic_desktop.db import models as m
from sic_desktop.db.base import Record
from sic_desktop.db.values import value_kind

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


def _described(model: type[Record], name: str, kind: Kind | None = None, *, hint: str = "",
               choices: str = "") -> Field:
    """The field `name` of `model` as the model describes it; a link is typed as the linked name."""
    columns: Any = model.__table__.columns
    column = columns.get(name)
    if column is None:
        column = columns[f"{name}_id"]
    if kind is None:
        long = column.info.get("long") or isinstance(column.type, Text)
        kind = "choice" if choices else "long" if long else _KINDS.get(value_kind(column), "text")
    return Field(name, str(column.info["label"]), kind, bool(column.info.get("required")), hint, choices)


def _note(name: str, kind: Kind | None = None, *, hint: str = "", choices: str = "") -> Field:
    return _described(m.ConceptNote, name, kind, hint=hint, choices=choices)


_KINDS: dict[str, Kind] = {"whole": "whole", "number": "number", "date": "date"}


@dataclass(frozen=True)
class Section:
    """A titled group of fields on the "Concept note" sheet."""

    title: str
    fields: tuple[Field, ...]


SECTIONS: tuple[Section, ...] = (
    Section("Identification", (
        Field("id", "ID", hint="Filled by SIC Desktop on export; leave empty for a new note."),
        _note("title", hint="The full title of the project."),
        _note("acronym"),
        _note("objectives_served", hint="Objective codes served, separated by commas, e.g. A2, A5."),
        _note("region", choices="regions"),
        _note("countries", hint="Countries where the project works."),
        _note("lead_organisation"),
    )),
    Section("Context and rationale", (
        _note("context"),
        _note("baseline", hint="The situation without the project."),
        _note("problem"),
    )),
    Section("Objectives and results", (
        _note("objectives"),
        _note("outcomes"),
        _note("outputs"),
        _note("activities", hint="Detail them on the Work plan sheet."),
        _note("theory_of_change"),
    )),
    Section("Soil carbon", (
        _note("soil_carbon_actions"),
        _note("soc_change", "signed",
              hint="Soil organic carbon change per hectare and year; may be negative."),
        _note("area_ha", hint="Area where the change is expected."),
    )),
    Section("Co-benefits and safeguards", (
        _note("food_security"),
        _note("adaptation"),
        _note("safeguards", hint="Human rights, land tenure rights, poverty alleviation, gender."),
        _note("mrv", hint="How the indicators are measured (MRV)."),
        _note("beneficiaries"),
    )),
    Section("Duration and financing", (
        _note("duration_months"),
        _note("currency", choices="currencies"),
        _note("amount_requested"),
        _note("candidate_funders"),
    )),
    Section("Risks and sustainability", (
        _note("risks"),
        _note("sustainability"),
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
        _described(m.ConceptNotePartner, "organisation"),
        _described(m.ConceptNotePartner, "role", choices="partner_roles"),
        _described(m.ConceptNotePartner, "contribution"),
    )),
    "work_plan": Part("Work plan", (
        _described(m.WorkPlanItem, "activity"),
        _described(m.WorkPlanItem, "output"),
        _described(m.WorkPlanItem, "responsible"),
        _described(m.WorkPlanItem, "start"),
        _described(m.WorkPlanItem, "end"),
    )),
    "budget": Part("Budget", (
        _described(m.BudgetLine, "category", choices="budget_categories"),
        _described(m.BudgetLine, "item"),
        _described(m.BudgetLine, "requested"),
        _described(m.BudgetLine, "cofinancing_cash"),
        _described(m.BudgetLine, "cofinancing_in_kind"),
        _described(m.BudgetLine, "source"),
    )),
    "indicators": Part("Indicators", (
        _described(m.ConceptNoteIndicator, "name"),
        _described(m.ConceptNoteIndicator, "unit"),
        _described(m.ConceptNoteIndicator, "baseline"),
        _described(m.ConceptNoteIndicator, "target"),
        _described(m.ConceptNoteIndicator, "measurement"),
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
