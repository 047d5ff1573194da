"""Create, edit, delete (to the trash), restore and duplicate any record; each returns what changed."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.base import Record
from sic_desktop.db.changelog import RecordedChange, take_recorded
from sic_desktop.db.models import Site
from sic_desktop.errors import NotFound, ReadOnly
from sic_desktop.services import authority
from sic_desktop.services.validation import clean, columns_of, validate
from sic_desktop.text import Text, word

R = TypeVar("R", bound=Record)
PLACED_BY_DATE = frozenset({"meeting"})


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


def check_writable(session: Session, model: type[Record], *states: dict[str, Any],
                   record_id: str | None = None) -> None:
    """A regional copy edits only what its key may sign for; the rest arrives with master bundles.

    The authority table (services/authority.py) decides: reference data and the Secretariat's
    decisions are read-only here; a task force's record may be changed only within the task forces
    (and, for a TFRR, the region) the Secretariat trusted this copy with, and a child record only
    within its parent's. `states` are the record's values before and after the edit (one: both).
    The Secretariat would otherwise refuse the copy's whole next bundle, so the refusal comes here,
    at the keyboard - and again when the write is flushed, whatever path made it (services/gate.py).
    """
    from sic_desktop.services import gate

    before, after = (None, states[0]) if len(states) == 1 else (states[0], states[-1])
    if record_id is not None:  # whose record it is may depend on others (a person's memberships)
        after = after | {"id": record_id}
        before = after if len(states) == 1 else (before or {}) | {"id": record_id}  # one: as it is
    reason = authority.refusal(authority.rules()[model.__tablename__], before, after,
                               local_signer(session), gate.session_lookup(session))
    if reason is not None:
        raise ReadOnly(Text("Read-only here: %1", reason))


def kind_refusal(session: Session, table: str) -> Text | None:
    """Why this copy may add no record of `table` at all (None when it may add some)."""
    return authority.kind_refusal(authority.rules()[table], local_signer(session))


def local_signer(session: Session) -> authority.Signer | None:
    """What this copy may write: None in the Secretariat's copy."""
    if site_role(session) != "regional":
        return None
    scope = own_scope(session)
    if scope is None:  # not yet told its scope by a master bundle: only reference data is refused
        return authority.Signer(None, "", None, None, regional_copy=True)
    task_forces, region_id, names, region_name = scope
    return authority.Signer(frozenset(task_forces), names, region_id, region_name, regional_copy=True,
                            role=own_role(session) or "tfl", memberships=memberships(session),
                            origin=origin(session),
                            site_id=session.execute(select(Site.site_id)).scalar_one())


def origin(session: Session) -> Callable[[str, str], str | None]:
    """The site whose change created a record, as this copy's change log says (None: not logged yet)."""
    from sic_desktop.db.models import Change

    def made_by(table: str, record_id: str) -> str | None:
        with session.no_autoflush:
            return session.scalars(select(Change.site_id).where(
                Change.table_name == table, Change.record_id == record_id, Change.kind == "insert")).first()

    return made_by


def decision_fields(session: Session, model: type[Record]) -> dict[str, Text]:
    """The fields of a record that are the Secretariat's decision, read-only in a regional copy, and why."""
    rule = authority.rules()[model.__tablename__]
    if not rule.decisions or local_signer(session) is None:
        return {}
    return {field: Text("Read-only here: %1 is the Executive Secretariat's decision",
                        authority.field_word(rule, field)) for field in rule.decisions}


def own_role(session: Session) -> str | None:
    """The role the Secretariat trusted this copy's key with (tfl, tfrr, stc), None if not yet told."""
    from sic_desktop.sync import trust

    entry = trust.for_site(session, session.execute(select(Site.site_id)).scalar_one())
    return None if entry is None else entry.role


def memberships(session: Session) -> Callable[[str], frozenset[str]]:
    """The task forces a person is a member of (live memberships), as this session sees them."""
    from sic_desktop.db.models import Membership

    def task_forces_of(person_id: str) -> frozenset[str]:
        with session.no_autoflush:
            return frozenset(session.scalars(select(Membership.task_force_id).where(
                Membership.person_id == person_id, Membership.deleted.is_(False))))

    return task_forces_of


def own_scope(session: Session) -> tuple[set[str], str | None, str, str | None] | None:
    """This regional copy's task force ids, region id, task force codes and region name, as trusted."""
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
    return ids, region_id, ", ".join(entry.task_forces), entry.region if region_id else None


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
    if takes_current_cycle(model) and "cycle_id" not in values:
        values["cycle_id"] = current_cycle_id(session)
    complete = {key: values.get(key) for key in columns_of(model)} | values
    check_writable(session, model, complete)
    validate(session, model, complete)
    record = model(**values)
    session.add(record)
    session.flush()
    return Outcome(record.id, take_recorded(session))


def takes_current_cycle(model: type[Record]) -> bool:
    """Whether new records of `model` belong to the current cycle unless the caller names one (or
    none, as None): every kind with a cycle it may leave empty - a membership, an activity, a plan,
    a candidacy, a concept note - so the overview counts what is recorded today. A meeting is not:
    with no cycle named, its date places it (a meeting of 2021 recorded today is not today's)."""
    column = model.__table__.columns.get("cycle_id")
    return column is not None and bool(column.nullable) and model.__tablename__ not in PLACED_BY_DATE


def current_cycle_id(session: Session) -> str | None:
    """The id of the cycle new records belong to (None when there is no cycle yet)."""
    from sic_desktop.services.cycles import current_cycle

    cycle = current_cycle(session)
    return cycle.id if cycle else None


def update(session: Session, model: type[R], record_id: str, /, **values: Any) -> Outcome:
    """Change some fields of a record; the others stay as they are."""
    record = get(session, model, record_id)
    values = {key: clean(value) for key, value in values.items()}
    check_writable(session, model, values_of(record), values_of(record) | values, record_id=record.id)
    validate(session, model, values_of(record) | values)
    for key, value in values.items():
        setattr(record, key, value)
    session.flush()
    return Outcome(record.id, take_recorded(session))


def delete(session: Session, model: type[R], record_id: str) -> Outcome:
    """Move a record to the trash (a soft delete that travels to the other copies)."""
    record = get(session, model, record_id)
    check_writable(session, model, values_of(record), record_id=record.id)
    record.deleted = True
    session.flush()
    return Outcome(record.id, take_recorded(session))


def restore(session: Session, model: type[R], record_id: str) -> Outcome:
    """Bring a record back from the trash."""
    record = get(session, model, record_id, include_deleted=True)
    check_writable(session, model, values_of(record), record_id=record.id)
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
