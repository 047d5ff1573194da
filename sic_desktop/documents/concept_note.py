"""The concept note's Word context from its form: texts as paragraphs, budget totals, soil figures."""

from dataclasses import dataclass, field
from datetime import date

from sic_desktop.documents.contexts import (
    BudgetRow,
    BudgetTotals,
    ConceptNoteContext,
    IndicatorRow,
    PartnerRow,
    SoilCarbon,
    WorkPlanRow,
    decimal,
    paragraphs,
)
from sic_desktop.documents.form import ConceptNoteForm
from sic_desktop.services.budget import Budget, add_up, budget_of, over_budget
from sic_desktop.words import money

CO2_PER_C = 44 / 12  # t CO2 per t C: the molar mass ratio


@dataclass(frozen=True)
class NoteFacts:
    """What the document shows that the form does not hold (it lives elsewhere in the database)."""

    version: int = 1
    status: str = "draft"
    issued: date | None = None
    cycle: str = ""
    task_force: str = ""
    team: str = ""
    team_leader: str = ""
    partner_countries: dict[str, str] = field(default_factory=dict)


def concept_note_context(form: ConceptNoteForm, facts: NoteFacts | None = None
                         ) -> ConceptNoteContext:
    """Everything the concept-note template prints, as strings ready for the page."""
    facts = facts or NoteFacts()
    currency = (form.currency or "").strip()
    budget = budget_of([(b.requested, b.cofinancing_cash, b.cofinancing_in_kind) for b in form.budget],
                       currency, form.amount_requested)
    warning = over_budget(budget)
    return ConceptNoteContext(
        doc_label="Concept note",
        title=form.title,
        acronym=form.acronym or "",
        version=str(facts.version),
        status=facts.status.capitalize(),
        issued=(facts.issued or date.today()).strftime("%d %B %Y").lstrip("0"),
        cycle=facts.cycle,
        task_force=facts.task_force,
        objectives_served=form.objectives_served or "",
        region=form.region or "",
        countries=form.countries or "",
        lead_organisation=form.lead_organisation or "",
        team=facts.team,
        team_leader=facts.team_leader,
        duration=f"{form.duration_months} months" if form.duration_months else "",
        currency=currency,
        currency_note=f"Amounts in {currency}." if currency else "No currency is stated for these amounts.",
        amount_requested=money(budget.asked, currency) if form.amount_requested is not None or form.budget
        else "",
        budget_warning=f"The amount requested ({warning.args[0]}) is more than the total budget "
                       f"({warning.args[1]})." if warning else "",
        context=paragraphs(form.context),
        baseline=paragraphs(form.baseline),
        problem=paragraphs(form.problem),
        objectives=paragraphs(form.objectives),
        outcomes=paragraphs(form.outcomes),
        outputs=paragraphs(form.outputs),
        activities=paragraphs(form.activities),
        theory_of_change=paragraphs(form.theory_of_change),
        soil_carbon_actions=paragraphs(form.soil_carbon_actions),
        food_security=paragraphs(form.food_security),
        adaptation=paragraphs(form.adaptation),
        safeguards=paragraphs(form.safeguards),
        mrv=paragraphs(form.mrv),
        beneficiaries=paragraphs(form.beneficiaries),
        candidate_funders=paragraphs(form.candidate_funders),
        risks=paragraphs(form.risks),
        sustainability=paragraphs(form.sustainability),
        soil=_soil(form),
        partners=[PartnerRow(organisation=p.organisation,
                             country=facts.partner_countries.get(p.organisation, ""),
                             role=p.role or "", contribution=p.contribution or "")
                  for p in form.partners],
        work_plan=[WorkPlanRow(activity=w.activity, output=w.output or "",
                               responsible=w.responsible or "",
                               start=_month(w.start), end=_month(w.end))
                   for w in form.work_plan],
        budget=[BudgetRow(category=b.category or "", item=b.item, requested=money(b.requested),
                          cash=money(b.cofinancing_cash), in_kind=money(b.cofinancing_in_kind),
                          total=money(_sum(b.requested, b.cofinancing_cash,
                                           b.cofinancing_in_kind)),
                          source=b.source or "")
                for b in form.budget],
        budget_totals=_totals(budget),
        indicators=[IndicatorRow(name=i.name, unit=i.unit or "", baseline=i.baseline or "",
                                 target=i.target or "", measurement=i.measurement or "")
                    for i in form.indicators],
    )


def _month(day: date | None) -> str:
    return day.strftime("%b %Y") if day else ""


def _sum(*values: float | None) -> float | None:
    present = [v for v in values if v is not None]
    return add_up(present) if present else None


def _totals(budget: Budget) -> BudgetTotals:
    share = f"{(budget.cash + budget.in_kind) / budget.total:.0%}" if budget.total else ""
    return BudgetTotals(requested=money(budget.requested), cash=money(budget.cash),
                        in_kind=money(budget.in_kind), total=money(budget.total), cofinancing_share=share)


def _soil(form: ConceptNoteForm) -> SoilCarbon:
    annual = (form.soc_change * form.area_ha
              if form.soc_change is not None and form.area_ha is not None else None)
    years = (form.duration_months or 0) / 12
    return SoilCarbon(
        soc_change=decimal(form.soc_change),
        area=decimal(form.area_ha, 0),
        annual_gain=decimal(annual, 0),
        annual_co2e=decimal(annual * CO2_PER_C if annual is not None else None, 0),
        total_gain=decimal(annual * years if annual is not None and years else None, 0),
    )
