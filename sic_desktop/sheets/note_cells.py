"""One spreadsheet cell's value read as the field's kind, whichever program saved the file."""

from typing import Any

from sic_desktop.documents.form import Choices, Field
from sic_desktop.sheets.cells import CellProblem, as_date, as_number, as_text, show
from sic_desktop.sheets.reader import MAX_CELL_TEXT
from sic_desktop.text import Text, joined

__all__ = ["CellProblem", "read_cell"]


def read_cell(value: Any, f: Field, choices: Choices) -> Any:
    """The typed value (None when empty); raises CellProblem with a reason fit to show."""
    if isinstance(value, str):
        if len(value) > MAX_CELL_TEXT:
            raise CellProblem(Text("holds %1 characters; a cell holds at most %2", len(value), MAX_CELL_TEXT))
        value = value.strip()
    if value is None or value == "":
        if f.required:
            raise CellProblem(Text("is required"))
        return None
    if f.kind in ("number", "signed"):
        number = _number(value)
        if f.kind == "number" and number < 0:
            raise CellProblem(Text("may not be negative (found %1)", show(value)))
        return number
    if f.kind == "whole":
        number = _number(value)
        if not number.is_integer():
            raise CellProblem(Text("must be a whole number (found %1)", show(value)))
        if number < 1:
            raise CellProblem(Text("must be at least 1 (found %1)", show(value)))
        return int(number)
    if f.kind == "date":
        return as_date(value)
    text = as_text(value) or ""
    if f.choices:
        allowed = choices.get(f.choices)
        for option in allowed:
            if option.casefold() == text.casefold():
                return option
        raise CellProblem(Text("%1 is not in the list (%2)", repr(text), joined(allowed)))
    return text


def _number(value: Any) -> float:
    number = as_number(value)
    assert number is not None  # empty cells were handled above
    return number
