"""What the list imports share: the task force named on the command line, IDs, cycles, and the result."""

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sic_desktop.db.models import TaskForce
from sic_desktop.errors import UsageError
from sic_desktop.services.cycles import current_cycle, year_of_cycles
from sic_desktop.services.records import Outcome
from sic_desktop.sheets.cells import as_text
from sic_desktop.sheets.rows import RowChecker
from sic_desktop.text import Text, joined


@dataclass
class ImportResult:
    """What an import did (or, in a preview, would do): counts, the changes, and what a person should know."""

    added: int
    updated: int
    outcome: Outcome
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)  # columns left out, defaults applied
    matches: list[str] = field(default_factory=list)  # rows without ID that are a known person

    def summary(self) -> str:
        return Text("%1, %2, %3, %4", Text("%n added", count=self.added),
                    Text("%n updated", count=self.updated), Text("%n unchanged", count=self.unchanged),
                    Text("%n field change(s) logged", count=len(self.outcome.changes)))


def task_force_by_code(session: Session, code: str) -> TaskForce:
    found = session.scalars(
        select(TaskForce).where(func.upper(TaskForce.code) == code.strip().upper(),
                                TaskForce.deleted.is_(False))).one_or_none()
    if found is None:
        codes = sorted(session.scalars(select(TaskForce.code).where(TaskForce.deleted.is_(False))))
        raise UsageError(Text("No task force %1; known: %2", repr(code), joined(codes)))
    return found


def check_ids(checker: RowChecker, row: int, cells: dict[str, Any], existing: dict[str, Any],
              what: str, task_force: str) -> str | None:
    """The row's ID if it names a record of this task force; None for a new row."""
    record_id = as_text(cells.get("ID"))
    if record_id is None:
        return None
    if record_id not in existing:
        checker.fail(row, "ID", Text("no %1 with this ID in task force %2", what, task_force))
        return None
    if record_id in checker.seen_ids:
        checker.fail(row, "ID", Text("this ID appears on an earlier row too"))
        return None
    checker.seen_ids.add(record_id)
    return record_id


# "2023", or the cycle as its title spans it: "2023-2024", "2023/24".
_CYCLE_YEAR = re.compile(r"(\d{4})(?:\s*[-/\u2013]\s*(?:\d{2}|\d{4}))?")


class Cycles:
    """The cycles a Cycle column may name, by year; `current` is the one a new row belongs to."""

    def __init__(self, session: Session) -> None:
        self.ids = year_of_cycles(session)
        self.years = {cycle_id: year for year, cycle_id in self.ids.items()}
        found = current_cycle(session)
        self.current = found.id if found else None

    def read(self, checker: RowChecker, row: int, cells: dict[str, Any]) -> str | None:
        """The id of the cycle the row's Cycle cell names; None when empty or unknown (a problem)."""
        typed = as_text(cells.get("Cycle"))
        if typed is None:
            return None
        match = _CYCLE_YEAR.fullmatch(typed)
        found = self.ids.get(int(match.group(1))) if match else None
        if found is None:
            checker.fail(row, "Cycle", Text("cell %1: no cycle %2; known: %3",
                                            f"{checker.letters.get('Cycle', '')}{row}", repr(typed),
                                            joined(str(year) for year in sorted(self.ids)) or "none"))
        return found
