"""Records named as `dump` names them, and field values read from text (the `records` command)."""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.base import Record, record_class, record_classes
from sic_desktop.db.values import to_plain, value_kind
from sic_desktop.errors import InputRefused, NotFound, ReadOnly, UsageError
from sic_desktop.services.records import get
from sic_desktop.text import Text, joined

YES = ("yes", "y", "true", "1")
NO = ("no", "n", "false", "0")
WHOLE = re.compile(r"^[+-]?\d+$")


def kind_of(name: str) -> type[Record]:
    """The record class of a table name as `dump` prints it."""
    try:
        return record_class(name.strip())
    except KeyError:
        kinds = [model.__tablename__ for model in record_classes()]
        raise UsageError(Text("No kind of record %1; known: %2", repr(name), joined(kinds))) from None


def row_of(record: Record) -> dict[str, Any]:
    """A record's values keyed by column name, as `dump` prints them (the id first)."""
    keys = ["id", *(c.key for c in type(record).__table__.columns if c.key != "id")]
    return {key: to_plain(getattr(record, key)) for key in keys}


def title_of(model: type[Record], row: dict[str, Any]) -> str:
    value = row.get(model.__title_field__)
    return "" if value is None else str(value)


def list_rows(session: Session, model: type[Record], *,
              task_force: str | None = None) -> list[dict[str, Any]]:
    """The records of a kind that are not in the trash, sorted by id; optionally of one task force."""
    query = select(model).where(model.deleted.is_(False)).order_by(model.id)
    if task_force is not None:
        from sic_desktop.sheets.common import task_force_by_code

        column = model.__table__.columns.get("task_force_id")
        if column is None:
            raise UsageError(Text("%1 records do not belong to a task force", model.__tablename__))
        query = query.where(column == task_force_by_code(session, task_force).id)
    return [row_of(record) for record in session.scalars(query)]


def show_row(session: Session, model: type[Record], record_id: str) -> dict[str, Any]:
    """One record (also from the trash: its `deleted` field says so)."""
    return row_of(get(session, model, record_id, include_deleted=True))


def parse_values(model: type[Record], pairs: list[str]) -> dict[str, Any]:
    """FIELD=VALUE words as typed values. A value that does not read as its field's type is passed on as
    text, so the services' validation names the field and the reason, as the window does."""
    values: dict[str, Any] = {}
    for pair in pairs:
        field, equals, text = pair.partition("=")
        field = field.strip()
        if not equals or not field:
            raise UsageError(Text("%1: write FIELD=VALUE (an empty value clears the field)", repr(pair)))
        if field in values:
            raise UsageError(Text("%1 is given twice", repr(field)))
        values[field] = read_value(model, field, text)
    return values


def read_value(model: type[Record], field: str, text: str) -> Any:
    """The value `text` stands for in `field` of `model`; empty text clears the field."""
    if not text.strip():
        return None
    column = model.__table__.columns.get(field)
    if column is None:
        return text
    kind = value_kind(column)
    word = text.strip()
    if kind == "flag":
        if word.lower() in YES:
            return True
        if word.lower() in NO:
            return False
        return word
    if kind == "whole":
        return int(word) if WHOLE.match(word) else word
    if kind == "number":
        try:
            return float(word)
        except ValueError:
            return word
    if kind == "date":
        try:
            return date.fromisoformat(word)
        except ValueError:
            return word
    return text


@contextmanager
def refused_as_input() -> Iterator[None]:
    """A write the services refuse (someone else's record, an unknown id) exits as refused input (4)."""
    try:
        yield
    except (ReadOnly, NotFound) as error:
        raise InputRefused(error.message) from error
