"""One spreadsheet cell's value read as the field's kind, whichever program saved the file."""

import math
from datetime import date, datetime, timedelta
from typing import Any

from sic_desktop.documents.form import Choices, Field

EXCEL_EPOCH = date(1899, 12, 30)


class CellProblem(ValueError):
    """The cell holds something the field cannot take; the message is the reason."""


def read_cell(value: Any, f: Field, choices: Choices) -> Any:
    """The typed value (None when empty); raises CellProblem with a reason fit to show."""
    if isinstance(value, str):
        value = value.strip()
    if value is None or value == "":
        if f.required:
            raise CellProblem("is required")
        return None
    if f.kind in ("number", "signed"):
        number = _number(value)
        if f.kind == "number" and number < 0:
            raise CellProblem(f"may not be negative (found {_show(value)})")
        return number
    if f.kind == "whole":
        number = _number(value)
        if not number.is_integer():
            raise CellProblem(f"must be a whole number (found {_show(value)})")
        if number < 1:
            raise CellProblem(f"must be at least 1 (found {_show(value)})")
        return int(number)
    if f.kind == "date":
        return _date(value)
    text = _text(value)
    if f.choices:
        allowed = choices.get(f.choices)
        for option in allowed:
            if option.casefold() == text.casefold():
                return option
        raise CellProblem(f"{text!r} is not in the list ({', '.join(allowed)})")
    return text


def _show(value: Any) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def _number(value: Any) -> float:
    if isinstance(value, bool | datetime | date):
        raise CellProblem(f"must be a number (found {_show(value)})")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        # A lone comma is a decimal comma, as typed in much of the world; else a separator.
        lone_comma = text.count(",") == 1 and "." not in text
        text = text.replace(",", "." if lone_comma else "")
        try:
            number = float(text)
        except ValueError:
            raise CellProblem(f"must be a number (found {_show(value)})") from None
    if not math.isfinite(number):
        raise CellProblem(f"must be a number (found {_show(value)})")
    return number


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    # A date cell that lost its format arrives as Excel's serial day number.
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        return EXCEL_EPOCH + timedelta(days=int(value))
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise CellProblem(f"must be a date such as 2025-03-31 (found {_show(value)})")


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n")
