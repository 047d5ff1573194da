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
from sic_desktop.text import Text, word

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


def check_writable(session: Session, model: type[Record], *states: dict[str, Any]) -> None:
    """A regional copy edits only what its key may sign for; the rest arrives with master bundles.

    Reference data is the Secretariat's alone. A task force's records may be changed only within
    the task forces (and, for a TFRR, the region) the Secretariat trusted this copy with: `states`
    are the record's values before and after the edit. The Secretariat would otherwise refuse the
    copy's whole next bundle, so the refusal comes here, at the keyboard.
    """
    if site_role(session) != "regional":
        return
    if model.__scope__ == "reference":
        raise ReadOnly(
            Text("The %1 list belongs to the Executive Secretariat: it is read-only in a regional copy "
                 "and arrives with the master bundle", word(model.__label__, "records")))
    if model.__scope__ != "task_force":
        return
    scope = own_scope(session)
    if scope is None:  # not yet told its scope by a master bundle
        return
    task_forces, region_id, names = scope
    for state in states:
        if state.get("task_force_id") not in task_forces:
            raise ReadOnly(
                Text("This %1 belongs to a task force outside this copy's (%2): it is read-only here, "
                     "and only the Secretariat or that task force can change it",
                     word(model.__label__, "records"), names))
        region = state.get("region_id")
        if region_id is not None and region is not None and region != region_id:
            raise ReadOnly(Text("This %1 belongs to another region: it is read-only here",
                                word(model.__label__, "records")))


def own_scope(session: Session) -> tuple[set[str], str | None, str] | None:
    """This regional copy's task force ids, region id and task force codes, as the Secretariat trusts it."""
    from sic_desktop.db.models import Region, TaskForce
    from sic_desktop.sync import trust

    site_id = session.execute(select(Site.site_id)).scalar_one()
    entry = trust.for_site(session, site_id)
    if entry is None:
        return None
    ids = set(session.scalars(select(TaskForce.id).where(TaskForce.code.in_(entry.task_forces))))
    region_id = None
    if entry.role == "tfrr" and entry.region:
        region_id = session.scalars(select(Region.id).where(Region.name == entry.region)).first()
    return ids, region_id, ", ".join(entry.task_forces)


def get(session: Session, model: type[R], record_id: str, *, include_deleted: bool = False) -> R:
    record = session.get(model, record_id)
    if record is None or (record.deleted and not include_deleted):
        raise NotFound(Text("No %1 with id %2", word(model.__label__, "records"), record_id))
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
    values = {key: clean(value) for key, value in values.items()}
    complete = {key: values.get(key) for key in columns_of(model)} | values
    check_writable(session, model, complete)
    validate(session, model, complete)
    record = model(**values)
    session.add(record)
    session.flush()
    return Outcome(record.id, take_recorded(session))


def update(session: Session, model: type[R], record_id: str, /, **values: Any) -> Outcome:
    """Change some fields of a record; the others stay as they are."""
    record = get(session, model, record_id)
    values = {key: clean(value) for key, value in values.items()}
    check_writable(session, model, values_of(record), values_of(record) | values)
    validate(session, model, values_of(record) | values)
    for key, value in values.items():
        setattr(record, key, value)
    session.flush()
    return Outcome(record.id, take_recorded(session))


def delete(session: Session, model: type[R], record_id: str) -> Outcome:
    """Move a record to the trash (a soft delete that travels to the other copies)."""
    record = get(session, model, record_id)
    check_writable(session, model, values_of(record))
    record.deleted = True
    session.flush()
    return Outcome(record.id, take_recorded(session))


def restore(session: Session, model: type[R], record_id: str) -> Outcome:
    """Bring a record back from the trash."""
    record = get(session, model, record_id, include_deleted=True)
    check_writable(session, model, values_of(record))
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
