"""Reading one spreadsheet cell as text, a date or a number, with a reason when it cannot be."""

from datetime import date, datetime
from typing import Any


class CellProblem(ValueError):
    """The cell's value cannot be read as asked; the message is the reason for a person."""


def as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def as_date(value: Any) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise CellProblem(f"{text!r} is not a date (write it as YYYY-MM-DD)") from None


def as_number(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellProblem(f"{value!r} is not a number")
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    try:
        number = float(text.replace(",", "")) if text.count(",") and "." in text else float(text)
    except ValueError:
        raise CellProblem(f"{value!r} is not a number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise CellProblem(f"{value!r} is not a number")
    return number
