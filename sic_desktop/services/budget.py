"""A concept note's budget: its totals to the cent and the warning when more is asked than it costs."""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.models import BudgetLine, ConceptNote
from sic_desktop.text import Text
from sic_desktop.words import ENGLISH, Reader, money


@dataclass(frozen=True)
class Budget:
    """What the budget lines add up to (in cents, then back to amounts), in the note's currency."""

    requested: float
    cash: float
    in_kind: float
    currency: str | None
    amount_requested: float | None  # the note's own figure, None when not given

    @property
    def total(self) -> float:
        return round(self.requested + self.cash + self.in_kind, 2)

    @property
    def asked(self) -> float:
        """The amount requested: the note's own figure, or else what its budget lines request."""
        return self.requested if self.amount_requested is None else self.amount_requested


def add_up(amounts: Sequence[float | None]) -> float:
    """A sum of money without floating-point crumbs: added in whole cents."""
    return sum(round((a or 0) * 100) for a in amounts) / 100


def budget_of(lines: list[tuple[float | None, float | None, float | None]], currency: str | None,
              amount_requested: float | None) -> Budget:
    """The totals of (requested, cash, in kind) lines."""
    return Budget(add_up([r for r, _, _ in lines]), add_up([c for _, c, _ in lines]),
                  add_up([k for _, _, k in lines]), currency or None, amount_requested)


def read_budget(session: Session, note_id: str) -> Budget | None:
    """A concept note's budget from the database, or None when there is no such note."""
    note = session.get(ConceptNote, note_id)
    if note is None:
        return None
    lines = session.execute(select(BudgetLine.requested, BudgetLine.cofinancing_cash,
                                   BudgetLine.cofinancing_in_kind)
                            .where(BudgetLine.concept_note_id == note_id, BudgetLine.deleted.is_(False)))
    return budget_of([(r, c, k) for r, c, k in lines], note.currency, note.amount_requested)


def over_budget(budget: Budget, reader: Reader = ENGLISH) -> Text | None:
    """Why the amount requested does not fit the budget (more than the total budget), or None."""
    if budget.amount_requested is None or budget.total <= 0:
        return None
    if round(budget.amount_requested * 100) > round(budget.total * 100):
        return Text("%1 is more than the total budget (%2)",
                    money(budget.amount_requested, budget.currency, reader),
                    money(budget.total, budget.currency, reader))
    return None
