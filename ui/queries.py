"""Reads the window needs, run on the database thread; they return plain data, never ORM objects."""

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sic_desktop.db.base import Record, record_class
from sic_desktop.db.models import BundleImport, Goal, Membership, Objective, Site, TaskForce
from sic_desktop.services import naming
from sic_desktop.services.words import money_currency
from ui.fields import fields_of
from ui.fieldspec import FieldSpec
from ui.rows import GoalNode, Row, Status, TaskForceNode, list_specs, make_row, reader


def list_fields(model: type[Record]) -> tuple[FieldSpec, ...]:
    """The columns a list of this kind has, in the order it shows them."""
    return list_specs(model.__tablename__)


class Titles(naming.Titles):
    """Names of records by id for link cells and link pickers, in the person's words (the core's)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session, reader())


def load_rows(session: Session, model: type[Record], *, task_force_id: str | None = None,
              ids: list[str] | None = None, deleted: bool = False,
              parent: tuple[str, str] | None = None) -> list[Row]:
    """The records of a kind (of one task force, or some ids), ready for a list model."""
    specs = list_fields(model)
    titles = Titles(session)
    link_titles: list[dict[str, str] | None] = [titles.of(s.link) if s.link else {} for s in specs]
    query = select(model.id, *[getattr(model, s.name) for s in specs]).where(model.deleted.is_(deleted))
    if ids is not None:
        query = query.where(model.id.in_(ids))
    if parent is not None:
        query = query.where(getattr(model, parent[0]) == parent[1])
    if task_force_id is not None:
        if hasattr(model, "task_force_id"):
            query = query.where(model.task_force_id == task_force_id)
        elif model.__tablename__ == "person":
            members = select(Membership.person_id).where(
                Membership.task_force_id == task_force_id, Membership.deleted.is_(False))
            query = query.where(model.id.in_(members))
    words = reader()
    currencies = linked_currencies(session, model)
    return [make_row(record_id, tuple(values), specs, link_titles, table=model.__tablename__,
                     currencies=currencies, words=words)
            for record_id, *values in session.execute(query)]


def linked_currencies(session: Session, model: type[Record]) -> dict[str, str] | None:
    """For amounts whose currency is another record's (a budget line's is its concept note's):
    that record's id -> its currency."""
    for spec in fields_of(model):
        source = money_currency(model.__tablename__, spec.name) or ""
        if "." in source:
            link, field = source.split(".", 1)
            target = record_class(str(next(s.link for s in fields_of(model) if s.name == link)))
            return {i: c for i, c in session.execute(select(target.id, getattr(target, field))) if c}
    return None


def link_choices(session: Session, table: str, *, task_force_id: str | None = None) -> list[tuple[str, str]]:
    """(title, id) pairs to pick a linked record from, sorted by title."""
    titles = Titles(session).of(table)
    if task_force_id is not None and table == "person":
        members = set(session.scalars(select(Membership.person_id).where(
            Membership.task_force_id == task_force_id, Membership.deleted.is_(False))))
        return sorted((t, i) for i, t in titles.items() if i in members)
    model = record_class(table)
    if task_force_id is not None and hasattr(model, "task_force_id"):
        allowed = set(session.scalars(select(model.id).where(model.task_force_id == task_force_id)))
        return sorted((t, i) for i, t in titles.items() if i in allowed)
    return sorted((t, i) for i, t in titles.items())


def record_values(session: Session, model: type[Record], record_id: str) -> dict[str, Any]:
    """A record's editable values (also from the trash), or an empty dict if it does not exist."""
    record = session.get(model, record_id)
    if record is None:
        return {}
    return {spec.name: getattr(record, spec.name) for spec in fields_of(model)} | {"deleted": record.deleted}


def task_force_tree(session: Session) -> list[GoalNode]:
    """Goals with their task forces, in code order."""
    query = (select(Goal.code, Goal.title, TaskForce.id, TaskForce.code, TaskForce.name)
             .join(Objective, Objective.goal_id == Goal.id)
             .join(TaskForce, TaskForce.objective_id == Objective.id)
             .where(TaskForce.deleted.is_(False), Goal.deleted.is_(False))
             .order_by(Goal.code, TaskForce.code))
    goals: dict[str, tuple[str, list[TaskForceNode]]] = {}
    for goal_code, goal_title, tf_id, tf_code, tf_name in session.execute(query):
        goals.setdefault(goal_code, (goal_title, []))[1].append(TaskForceNode(tf_id, tf_code, tf_name))
    return [GoalNode(code, title, tuple(nodes)) for code, (title, nodes) in goals.items()]


def waiting_changes(session: Session) -> int:
    """Changes made here since the last bundle written for the Secretariat (and not acknowledged).

    An export still carries every change the Secretariat has not acknowledged (a lost e-mail heals
    itself), but the ones already written are no longer waiting for the person to export them.
    """
    from sic_desktop.sync.state import pending_count

    pending = int(pending_count(session))
    last_seq = int(session.scalar(select(Site.last_seq)) or 0)
    exported = session.scalar(select(func.max(BundleImport.seq_to)).where(
        BundleImport.verdict == "exported", BundleImport.kind == "changes"))
    return min(pending, max(last_seq - int(exported or 0), 0))


def status(session: Session) -> Status:
    site = session.execute(select(Site.site_id, Site.name, Site.role)).one()
    last = session.scalar(select(func.max(BundleImport.imported_at)))
    return Status(site.name, site.role, waiting_changes(session), last)
