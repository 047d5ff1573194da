"""Field checks from the models' column info, with messages a person understands."""

import re
from datetime import date
from functools import cache
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import Boolean, Column, Date, Float, Integer, inspect
from sqlalchemy.orm import Session

from sic_desktop.db.base import Record, record_class
from sic_desktop.errors import InputRefused

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


class InvalidRecord(InputRefused):
    """Some fields of a record hold values that cannot be accepted; `problems` maps field to reason."""

    def __init__(self, label: str, problems: dict[str, str], columns: dict[str, str]) -> None:
        self.problems = problems
        words = "; ".join(f"{columns.get(field, field)}: {reason}" for field, reason in problems.items())
        super().__init__(f"The {label} cannot be saved - {words}")


@cache
def columns_of(model: type[Record]) -> dict[str, Column[Any]]:
    """The editable columns of a model by attribute name (not id, not the deleted flag)."""
    return {
        column.key: column
        for column in inspect(model).columns
        if column.key not in ("id", "deleted")
    }


def label_of(model: type[Record], field: str) -> str:
    column = columns_of(model).get(field)
    return str(column.info.get("label", field)) if column is not None else field


def clean(value: Any) -> Any:
    """Trim text; empty text means no value."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def check_value(column: Column[Any], value: Any) -> str | None:
    """Why `value` does not fit `column`, or None when it does."""
    info = column.info
    if value is None:
        return "is required" if info.get("required") else None
    kind = column.type
    if isinstance(kind, Boolean):
        return None if isinstance(value, bool) else "must be yes or no"
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be a whole number"
    elif isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            return "must be a number"
    elif isinstance(kind, Date):
        if not isinstance(value, date):
            return "must be a date"
    elif not isinstance(value, str):
        return "must be text"
    check = info.get("check")
    if check == "positive" and value < 0:
        return "cannot be negative"
    if check == "email" and not EMAIL.match(value):
        return f"{value!r} is not an e-mail address"
    if check == "url":
        parsed = urlparse(value)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            return f"{value!r} is not a web link (http:// or https://)"
    choices = info.get("choices")
    if choices and value not in choices:
        return f"{value!r} is not one of: {', '.join(choices)}"
    return None


def find_problems(session: Session, model: type[Record], values: dict[str, Any]) -> dict[str, str]:
    """Every problem of a record's complete set of values, by field."""
    columns = columns_of(model)
    problems: dict[str, str] = {}
    for field, value in values.items():
        column = columns.get(field)
        if column is None:
            problems[field] = "is not a field of this record"
            continue
        reason = check_value(column, value)
        if reason is None and value is not None and "link" in column.info:
            target = session.get(record_class(column.info["link"]), value)
            if target is None or target.deleted:
                reason = "refers to a record that does not exist"
        if reason:
            problems[field] = reason
    start, end = values.get("start"), values.get("end")
    if isinstance(start, date) and isinstance(end, date) and end < start and "end" not in problems:
        problems["end"] = "is before the start"
    return problems


def validate(session: Session, model: type[Record], values: dict[str, Any]) -> None:
    """Raise InvalidRecord naming every field that is wrong."""
    problems = find_problems(session, model, values)
    if problems:
        labels = {field: label_of(model, field) for field in problems}
        raise InvalidRecord(model.__label__, problems, labels)
