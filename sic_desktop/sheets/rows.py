"""Checking the cells of imported rows against the models, collecting every problem with its place."""

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column as SqlColumn

from sic_desktop.db.base import Record
from sic_desktop.errors import RowError
from sic_desktop.services.validation import check_value, columns_of
from sic_desktop.sheets.cells import (
    UNKNOWN,
    CellProblem,
    Conventions,
    as_date,
    as_number,
    as_text,
    declared,
    seen,
)
from sic_desktop.sheets.mapping import fold
from sic_desktop.sheets.problems import SheetErrors
from sic_desktop.sheets.reader import column_letter
from sic_desktop.sheets.titles import CHOICES
from sic_desktop.text import Text, joined

if TYPE_CHECKING:
    from sic_desktop.sheets.workbook import ListRows

Row = tuple[int, dict[str, Any]]


def with_conventions(sheet: "ListRows", typed: Iterable[str],
                     language: str | None) -> tuple[list[Row], Conventions]:
    """Every row, and the sheet's conventions: the declared `language`'s, else what its values show.

    `typed` are the titles of number and date columns; only their text cells are looked at.
    """
    rows = list(sheet.rows)
    columns = [title for title in typed if title in sheet.present]
    texts = (value for _, cells in rows for title in columns if isinstance(value := cells.get(title), str))
    return rows, seen(texts, declared(language), sheet.locale)


def choice_of(text: str, allowed: Iterable[str]) -> str:
    """The allowed value meant by `text` ("Active", "actif", "activo" -> "active"); else `text` itself."""
    key = fold(text)
    for option in allowed:
        if fold(option) == key or key in CHOICES.get(option, ()):
            return option
    return text


class RowChecker:
    """Reads cells into field values; remembers each problem as sheet, row, column and reason."""

    def __init__(self, sheet: "ListRows", conventions: Conventions = UNKNOWN) -> None:
        self.sheet = sheet.sheet
        self.letters = {title: column_letter(index) for title, index in sheet.mapping.positions.items()}
        self.conventions = conventions
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
            self.fail(row, title, Text("cell %1: %2", f"{self.letters.get(title, '')}{row}", problem.reason))
            return None
        column: SqlColumn[Any] = columns_of(model)[field]
        reason = check_value(column, value)
        if reason:
            self.fail(row, title, reason)
            return None
        return value

    def number(self, row: int, cells: dict[str, Any], title: str, model: type[Record], field: str) -> Any:
        """A number typed in the sheet's conventions, checked against `model.field`."""
        return self.value(row, cells, title, model, field, lambda v: as_number(v, self.conventions))

    def date(self, row: int, cells: dict[str, Any], title: str, model: type[Record], field: str) -> Any:
        """A date in the sheet's order of day and month, checked against `model.field`."""
        return self.value(row, cells, title, model, field, lambda v: as_date(v, self.conventions))

    def choice(self, row: int, cells: dict[str, Any], title: str, model: type[Record], field: str) -> Any:
        """One of the field's choices, written in any case or as its French or Spanish word."""
        allowed = columns_of(model)[field].info.get("choices") or ()

        def convert(value: Any) -> str | None:
            text = as_text(value)
            return None if text is None else choice_of(text, allowed)

        return self.value(row, cells, title, model, field, convert)

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

