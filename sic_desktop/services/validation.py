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
from sic_desktop.text import Text, fill, joined, word

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
# Every reason's English template (the window translates these; ui/wordlist.py lists them for lupdate).
TEMPLATES = ("is required", "must be yes or no", "must be a whole number", "must be a number",
             "must be a date", "must be text", "cannot be negative", "%1 is not an e-mail address",
             "%1 is not a web link (http:// or https://)", "%1 is not one of: %2",
             "is not a field of this record", "refers to a record that does not exist",
             "is before the start")

__all__ = ["TEMPLATES", "InvalidRecord", "Reason", "fill"]


class Reason(Text):
    """Why a value was refused: a Text whose template the window finds in the "validation" context.

    `template` is the English text with %1, %2 where `args` go; an argument that is a tuple is a list
    of choices (each a Text in the "choices" context), shown joined by commas. The window translates
    the template and the choices, so a reason quoting the value still reads in the person's language.
    """

    context = "validation"


class InvalidRecord(InputRefused):
    """Some fields of a record hold values that cannot be accepted; `problems` maps field to reason."""

    def __init__(self, label: str, problems: dict[str, str], columns: dict[str, str]) -> None:
        self.problems = problems
        words = joined((Text("%1: %2", word(columns.get(field, field), "fields"), reason)
                        for field, reason in problems.items()), "; ")
        super().__init__(Text("The %1 cannot be saved - %2", word(label, "records"), words))


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


def check_value(column: Column[Any], value: Any) -> Reason | None:
    """Why `value` does not fit `column`, or None when it does."""
    info = column.info
    if value is None:
        return Reason("is required") if info.get("required") else None
    kind = column.type
    if isinstance(kind, Boolean):
        return None if isinstance(value, bool) else Reason("must be yes or no")
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            return Reason("must be a whole number")
    elif isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            return Reason("must be a number")
    elif isinstance(kind, Date):
        if not isinstance(value, date):
            return Reason("must be a date")
    elif not isinstance(value, str):
        return Reason("must be text")
    check = info.get("check")
    if check == "positive" and value < 0:
        return Reason("cannot be negative")
    if check == "email" and not EMAIL.match(value):
        return Reason("%1 is not an e-mail address", repr(value))
    if check == "url":
        parsed = urlparse(value)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            return Reason("%1 is not a web link (http:// or https://)", repr(value))
    choices = info.get("choices")
    if choices and value not in choices:
        return Reason("%1 is not one of: %2", repr(value),
                      tuple(word(choice, "choices") for choice in choices))
    return None


def find_problems(session: Session, model: type[Record], values: dict[str, Any]) -> dict[str, str]:
    """Every problem of a record's complete set of values, by field."""
    columns = columns_of(model)
    problems: dict[str, str] = {}
    for field, value in values.items():
        column = columns.get(field)
        if column is None:
            problems[field] = Reason("is not a field of this record")
            continue
        reason = check_value(column, value)
        if reason is None and value is not None and "link" in column.info:
            target = session.get(record_class(column.info["link"]), value)
            if target is None or target.deleted:
                reason = Reason("refers to a record that does not exist")
        if reason:
            problems[field] = reason
    start, end = values.get("start"), values.get("end")
    if isinstance(start, date) and isinstance(end, date) and end < start and "end" not in problems:
        problems["end"] = Reason("is before the start")
    return problems


def validate(session: Session, model: type[Record], values: dict[str, Any]) -> None:
    """Raise InvalidRecord naming every field that is wrong."""
    problems = find_problems(session, model, values)
    if problems:
        labels = {field: label_of(model, field) for field in problems}
        raise InvalidRecord(model.__label__, problems, labels)
