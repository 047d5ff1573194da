"""Field values to and from JSON, typed by the model's columns (for the change log, bundles, dump)."""

import json
import math
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import Boolean, Column, ColumnElement, Date, DateTime, Float, Integer

from sic_desktop.errors import InputRefused
from sic_desktop.text import Text

JsonValue = str | int | float | bool | None

ValueKind = Literal["flag", "whole", "number", "date", "datetime", "text"]


def value_kind(column: ColumnElement[Any]) -> ValueKind:
    """The one ladder from a column's SQL type to the kind of value it holds.

    Validation, the change log, bundles and the names shown to people all dispatch on this;
    services/naming.kind_of adds what the model's info says (links, choices, long texts).
    """
    kind = column.type
    if isinstance(kind, Boolean):
        return "flag"
    if isinstance(kind, Integer):
        return "whole"
    if isinstance(kind, Float):
        return "number"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    return "text"


def to_plain(value: Any) -> JsonValue:
    """A value as JSON can hold it: dates become ISO text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value  # type: ignore[no-any-return]


def encode(value: Any) -> str:
    """One value as compact JSON text."""
    return json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":"))


def decode(text: str | None) -> JsonValue:
    """JSON text back to a plain value (None stays None)."""
    if text is None:
        return None
    return json.loads(text)  # type: ignore[no-any-return]


def from_plain(column: Column[Any], value: JsonValue) -> Any:
    """A plain JSON value checked against the column's type and turned into the Python value."""
    if value is None:
        if not column.nullable:
            raise InputRefused(Text("%1.%2 may not be empty", column.table.name, column.key))
        return None
    kind = value_kind(column)
    wrong = InputRefused(Text("%1.%2: %3 is not a valid %4", column.table.name, column.key, repr(value),
                              str(column.type)))
    if kind == "flag":
        if not isinstance(value, bool):
            raise wrong
        return value
    if kind == "whole":
        if isinstance(value, bool) or not isinstance(value, int):
            raise wrong
        return value
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise wrong
        return float(value)
    if kind in ("date", "datetime"):
        if not isinstance(value, str):
            raise wrong
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise wrong from None
        result = parsed if kind == "datetime" else parsed.date()
        if result.isoformat() != value:  # only the form to_plain writes: one text for one date
            raise wrong
        return result
    if not isinstance(value, str):
        raise wrong
    return value
