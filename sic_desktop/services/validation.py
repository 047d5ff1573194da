"""Field checks from the models' column info, with messages a person understands."""

import re
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import Column, inspect
from sqlalchemy.orm import Session

from sic_desktop.db.base import Record, record_class
from sic_desktop.db.values import value_kind
from sic_desktop.errors import InputRefused
from sic_desktop.text import Text, fill, joined, word

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
# The one set of caps, the same for the window, the command line, spreadsheets and the merge, so a
# copy never records what the Secretariat will refuse: a long text holds what one Excel cell can
# (32,767 characters), any other text (a name, a title) far less.
LONG_TEXT = 32_767
SHORT_TEXT = 2_000
# Beyond these an amount or a count is a typing error or an attack ("inf USD" totals, SQLite overflow).
LARGEST_NUMBER = 1e15
LARGEST_WHOLE = 10**15
# Control characters break spreadsheets (openpyxl refuses them) and mean nothing in a record; a long
# text keeps tab and line breaks.
CONTROL_SHORT = re.compile(r"[\x00-\x1f\x7f]")
CONTROL_LONG = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Every reason's English template (the window translates these; dev/wordlist.py lists them for lupdate).
TEMPLATES = ("is required", "must be yes or no", "must be a whole number", "must be a number",
             "must be a date", "must be text", "cannot be negative", "%1 is not an e-mail address",
             "%1 is not a web link (http:// or https://)", "%1 is not one of: %2",
             "is not a field of this record", "refers to a record that does not exist",
             "is before the start", "is longer than %1 characters",
             "holds a control character (%1), which a record cannot keep",
             "cannot hold a line break or a tab", "is too large (at most %1)")

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


def text_problem(column: Column[Any], value: str) -> Reason | None:
    """Why a text cannot be stored in `column`: blank where required, too long, control characters."""
    info = column.info
    long = bool(info.get("long"))
    limit = LONG_TEXT if long else SHORT_TEXT
    if len(value) > limit:
        return Reason("is longer than %1 characters", f"{limit:,}")
    if not value.strip():
        return Reason("is required") if info.get("required") else None
    found = (CONTROL_LONG if long else CONTROL_SHORT).search(value)
    if found is not None:
        if found.group() in "\t\n\r":
            return Reason("cannot hold a line break or a tab")
        return Reason("holds a control character (%1), which a record cannot keep",
                      f"U+{ord(found.group()):04X}")
    return None


def check_value(column: Column[Any], value: Any) -> Reason | None:
    """Why `value` does not fit `column`, or None when it does."""
    info = column.info
    if value is None:
        return Reason("is required") if info.get("required") else None
    kind = value_kind(column)
    if kind == "flag":
        return None if isinstance(value, bool) else Reason("must be yes or no")
    if kind == "whole":
        if isinstance(value, bool) or not isinstance(value, int):
            return Reason("must be a whole number")
        if abs(value) > LARGEST_WHOLE:
            return Reason("is too large (at most %1)", f"{LARGEST_WHOLE:,}")
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            return Reason("must be a number")
        if not abs(value) <= LARGEST_NUMBER:
            return Reason("is too large (at most %1)", f"{LARGEST_NUMBER:,.0f}")
    elif kind in ("date", "datetime"):
        if not isinstance(value, datetime if kind == "datetime" else date):
            return Reason("must be a date")
    elif not isinstance(value, str):
        return Reason("must be text")
    else:
        reason = text_problem(column, value)
        if reason is not None:
            return reason
    check = info.get("check")
    if check == "positive" and value < 0:
        return Reason("cannot be negative")
    if check == "email" and not EMAIL.fullmatch(value):
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
    if ends_before_start(values) and "end" not in problems:
        problems["end"] = Reason("is before the start")
    return problems


def ends_before_start(values: Mapping[str, Any]) -> bool:
    """The one rule for a span: its end may not fall before its start (dates, or the ISO texts
    bundles carry, which compare the same way)."""
    start, end = values.get("start"), values.get("end")
    if isinstance(start, date) and isinstance(end, date):
        return end < start
    return isinstance(start, str) and isinstance(end, str) and end < start


def validate(session: Session, model: type[Record], values: dict[str, Any]) -> None:
    """Raise InvalidRecord naming every field that is wrong."""
    problems = find_problems(session, model, values)
    if problems:
        labels = {field: label_of(model, field) for field in problems}
        raise InvalidRecord(model.__label__, problems, labels)
