"""A record's history read from the change log: who changed which field from what to what, and when."""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.clock import parse_hlc
from sic_desktop.db.models import Change
from sic_desktop.services.naming import Titles, value_words
from sic_desktop.words import ENGLISH, Reader


@dataclass(frozen=True)
class LoggedChange:
    """One logged change of a field; `when` is None for what shipped with the program."""

    when: datetime | None
    author: str
    field: str  # the column's name, "*" for the record's creation, "deleted" for the trash
    old: str  # the values in words (links by title, money with its currency)
    new: str
    kind: str
    applied: bool


def _when(hlc: str) -> datetime | None:
    millis, _ = parse_hlc(hlc)
    return datetime.fromtimestamp(millis / 1000) if millis else None


def _text(raw: str | None, table: str, field: str, record_id: str, session: Session, titles: Titles) -> str:
    """A logged value in words, the core's one way (a new record's every field by its label)."""
    if raw is None:
        return ""
    value: Any = json.loads(raw)
    return value_words(session, titles, table, field, value, record_id=record_id)


def history(session: Session, table: str, record_id: str, reader: Reader = ENGLISH) -> list[LoggedChange]:
    """Every change of one record, oldest first (received ones included)."""
    titles = Titles(session, reader)
    rows = session.scalars(select(Change).where(
        Change.table_name == table, Change.record_id == record_id).order_by(Change.hlc))
    return [LoggedChange(_when(change.hlc), change.author, change.field,
                         _text(change.old_value, table, change.field, record_id, session, titles),
                         _text(change.new_value, table, change.field, record_id, session, titles),
                         change.kind, change.applied)
            for change in rows]
