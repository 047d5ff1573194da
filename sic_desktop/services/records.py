"""Create, edit, delete (to the trash), restore and duplicate any record; each returns what changed."""

from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.base import Record
from sic_desktop.db.changelog import RecordedChange, take_recorded
from sic_desktop.db.models import Site
from sic_desktop.errors import NotFound, ReadOnly
from sic_desktop.services.validation import clean, columns_of, validate

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class Outcome:
    """What one service call changed: the record it was about and the field-level changes."""

    record_id: str
    changes: list[RecordedChange] = field(default_factory=list)

    @property
    def tables(self) -> set[str]:
        return {change.table for change in self.changes}


def site_role(session: Session) -> str | None:
    return session.execute(select(Site.role)).scalar_one_or_none()


def check_writable(session: Session, model: type[Record]) -> None:
    """Reference data belongs to the Secretariat: a regional copy reads it, never edits it."""
    if model.__scope__ == "reference" and site_role(session) == "regional":
        raise ReadOnly(
            f"The {model.__label__} list belongs to the Executive Secretariat: it is read-only "
            "in a regional copy and arrives with the master bundle")


def get(session: Session, model: type[R], record_id: str, *, include_deleted: bool = False) -> R:
    record = session.get(model, record_id)
    if record is None or (record.deleted and not include_deleted):
        raise NotFound(f"No {model.__label__} with id {record_id}")
    return record


def values_of(record: Record) -> dict[str, Any]:
    """A record's editable values by field."""
    return {key: getattr(record, key) for key in columns_of(type(record))}


def assign_changed(record: Record, values: dict[str, Any]) -> bool:
    """Set only the fields whose value differs, so re-importing unchanged data logs no change."""
    changed = False
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)
            changed = True
    return changed


def create(session: Session, model: type[R], /, **values: Any) -> Outcome:
    """Add a new record after checking every field."""
    check_writable(session, model)
    values = {key: clean(value) for key, value in values.items()}
    complete = {key: values.get(key) for key in columns_of(model)} | values
    validate(session, model, complete)
    record = model(**values)
    session.add(record)
    session.flush()
    return Outcome(record.id, take_recorded(session))


def update(session: Session, model: type[R], record_id: str, /, **values: Any) -> Outcome:
    """Change some fields of a record; the others stay as they are."""
    check_writable(session, model)
    record = get(session, model, record_id)
    values = {key: clean(value) for key, value in values.items()}
    validate(session, model, values_of(record) | values)
    for key, value in values.items():
        setattr(record, key, value)
    session.flush()
    return Outcome(record.id, take_recorded(session))


def delete(session: Session, model: type[R], record_id: str) -> Outcome:
    """Move a record to the trash (a soft delete that travels to the other copies)."""
    check_writable(session, model)
    record = get(session, model, record_id)
    record.deleted = True
    session.flush()
    return Outcome(record.id, take_recorded(session))


def restore(session: Session, model: type[R], record_id: str) -> Outcome:
    """Bring a record back from the trash."""
    check_writable(session, model)
    record = get(session, model, record_id, include_deleted=True)
    record.deleted = False
    session.flush()
    return Outcome(record.id, take_recorded(session))


def duplicate(session: Session, model: type[R], record_id: str, **overrides: Any) -> Outcome:
    """A new record that starts as a copy of another."""
    source = get(session, model, record_id)
    return create(session, model, **(values_of(source) | overrides))


def trash(session: Session, model: type[R]) -> list[R]:
    """The records of a kind that are in the trash."""
    return list(session.scalars(select(model).where(model.deleted.is_(True))))
