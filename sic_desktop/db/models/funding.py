"""Funders, funding opportunities, expressions of interest, proposals, agreements and reports."""

from datetime import date
from typing import ClassVar

from sqlalchemy.orm import Mapped

from sic_desktop.db.base import Record, Scope
from sic_desktop.db.columns import day, link, number, text

EOI_ANSWERS = ("pending", "interested", "declined", "full proposal requested")


class Funder(Record):
    __tablename__ = "funder"
    __scope__: ClassVar[Scope] = "shared"
    __label__ = "funder"
    __title_field__ = "name"
    name: Mapped[str] = text("Name", required=True)
    kind: Mapped[str | None] = text("Kind")
    url: Mapped[str | None] = text("Web site", check="url")
    notes: Mapped[str | None] = text("Notes", long=True)


class FundingOpportunity(Record):
    __tablename__ = "funding_opportunity"
    __scope__: ClassVar[Scope] = "shared"
    __label__ = "funding opportunity"
    __title_field__ = "title"
    funder_id: Mapped[str] = link("funder", "Funder", required=True)
    title: Mapped[str] = text("Call", required=True)
    deadline: Mapped[date | None] = day("Deadline")
    url: Mapped[str | None] = text("Link", check="url")
    notes: Mapped[str | None] = text("Notes", long=True)


class ExpressionOfInterest(Record):
    __tablename__ = "expression_of_interest"
    __label__ = "expression of interest"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    concept_note_id: Mapped[str] = link("concept_note", "Concept note", required=True)
    funder_id: Mapped[str] = link("funder", "Funder", required=True)
    opportunity_id: Mapped[str | None] = link("funding_opportunity", "Opportunity")
    sent_on: Mapped[date | None] = day("Sent on")
    answer: Mapped[str | None] = text("Answer", choices=EOI_ANSWERS)
    answered_on: Mapped[date | None] = day("Answered on")


class FullProposal(Record):
    __tablename__ = "full_proposal"
    __label__ = "full proposal"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    concept_note_id: Mapped[str] = link("concept_note", "Concept note", required=True)
    funder_id: Mapped[str] = link("funder", "Funder", required=True)
    submitted_on: Mapped[date | None] = day("Submitted on")
    amount: Mapped[float | None] = number("Amount")
    currency: Mapped[str | None] = text("Currency")
    status: Mapped[str | None] = text(
        "Status", choices=("in preparation", "submitted", "accepted", "rejected"))


class Agreement(Record):
    __tablename__ = "agreement"
    __label__ = "agreement"
    task_force_id: Mapped[str] = link("task_force", "Task force", required=True)
    concept_note_id: Mapped[str] = link("concept_note", "Concept note", required=True)
    funder_id: Mapped[str] = link("funder", "Funder", required=True)
    full_proposal_id: Mapped[str | None] = link("full_proposal", "Full proposal")
    signed_on: Mapped[date | None] = day("Signed on")
    amount: Mapped[float | None] = number("Amount")
    currency: Mapped[str | None] = text("Currency")
    start: Mapped[date | None] = day("Start")
    end: Mapped[date | None] = day("End")


class ProgressReport(Record):
    __tablename__ = "progress_report"
    __label__ = "progress report"
    __title_field__ = "title"
    # No task force means the report covers the whole cycle (the Secretariat's).
    task_force_id: Mapped[str | None] = link("task_force", "Task force")
    cycle_id: Mapped[str] = link("cycle", "Cycle", required=True)
    title: Mapped[str] = text("Title", required=True)
    summary: Mapped[str | None] = text("Summary", long=True)
    submitted_on: Mapped[date | None] = day("Submitted on")
