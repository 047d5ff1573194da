"""What the list imports share: the task force named on the command line, IDs, and the result."""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sic_desktop.db.models import TaskForce
from sic_desktop.errors import UsageError
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
