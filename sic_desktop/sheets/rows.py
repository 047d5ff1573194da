"""Checking the cells of imported rows against the models, collecting every problem with its place."""

from collections.abc import Callable
from typing import Any

from sqlalchemy import Column as SqlColumn

from sic_desktop.db.base import Record
from sic_desktop.errors import RowError
from sic_desktop.services.validation import check_value, columns_of
from sic_desktop.sheets.cells import CellProblem, as_text
from sic_desktop.sheets.workbook import SheetErrors
from sic_desktop.text import Text, joined


class RowChecker:
    """Reads cells into field values; remembers each problem as sheet, row, column and reason."""

    def __init__(self, sheet: str) -> None:
        self.sheet = sheet
        self.errors: list[RowError] = []
        self.seen_ids: set[str] = set()

    def fail(self, row: int, column: str, reason: str) -> None:
        self.errors.append(RowError(sheet=self.sheet, row=row, column=column, reason=reason))

    def value(self, row: int, cells: dict[str, Any], title: str, model: type[Record], field: str,
              convert: Callable[[Any], Any] = as_text) -> Any:
        """The cell under `title` converted and checked against `model.field` (None when bad)."""
        try:
            value = convert(cells.get(title))
        except CellProblem as problem:
            self.fail(row, title, problem.reason)
            return None
        column: SqlColumn[Any] = columns_of(model)[field]
        reason = check_value(column, value)
        if reason:
            self.fail(row, title, reason)
            return None
        return value

    def lookup(self, row: int, cells: dict[str, Any], title: str, known: "Names", what: str) -> str | None:
        """The id of a named record (a region, say); unknown names are a problem."""
        name = as_text(cells.get(title))
        if name is None:
            return None
        found = known.ids.get(name.casefold())
        if found is None:
            self.fail(row, title, Text("unknown %1 %2; known: %3",
                                       what, repr(name), joined(sorted(known.names))))
        return found

    def raise_if_any(self) -> None:
        if self.errors:
            raise SheetErrors(errors=self.errors)


class Names:
    """Records found by name whatever the case: {folded name: id}, and the names as written."""

    def __init__(self, records: list[Any], attribute: str = "name") -> None:
        self.names = [str(getattr(record, attribute)) for record in records]
        self.ids = {name.casefold(): record.id for name, record in zip(self.names, records, strict=True)}
        self.by_id = {record.id: name for name, record in zip(self.names, records, strict=True)}

