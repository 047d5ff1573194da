"""Reading one spreadsheet cell as text, a number or a date, whichever program saved the file."""

import math
from datetime import date, datetime, timedelta
from typing import Any

from sic_desktop.text import Text

EXCEL_EPOCH = date(1899, 12, 30)
_LAST_EXCEL_DAY = 2958466  # 9999-12-31


class CellProblem(ValueError):
    """The cell holds something the field cannot take; the message (a Text) is the reason for a person."""

    @property
    def reason(self) -> str:
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


def show(value: Any) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: Any) -> str | None:
    """Text as a person typed it (a whole number typed in a text column loses its '.0')."""
    if is_empty(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").strip()


def as_number(value: Any) -> float | None:
    """A number, also when typed as text with spaces, thousands separators or a decimal comma."""
    if is_empty(value):
        return None
    if isinstance(value, bool | datetime | date):
        raise CellProblem(Text("must be a number (found %1)", show(value)))
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
            raise CellProblem(Text("must be a number (found %1)", show(value))) from None
    if not math.isfinite(number):
        raise CellProblem(Text("must be a number (found %1)", show(value)))
    return number


def as_date(value: Any) -> date | None:
    """A date: a date cell, ISO text, or Excel's serial day number of a cell that lost its format."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < _LAST_EXCEL_DAY:
        return EXCEL_EPOCH + timedelta(days=int(value))
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise CellProblem(Text("must be a date such as 2025-03-31 (found %1)", show(value)))
