"""Reads for the window's lists, pickers and status bar: plain values, never ORM objects."""

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from sic_desktop.db.base import record_class
from sic_desktop.db.models import (
    BundleImport,
    Cycle,
    Goal,
    Membership,
    Objective,
    Region,
    Site,
    Step,
    TaskForce,
)
from sic_desktop.initiative import INITIATIVE_WIDE_RECORDS
from sic_desktop.listing import GoalNode, Status, TaskForceNode, scope_of
from sic_desktop.services.naming import Titles
from sic_desktop.services.validation import columns_of
from sic_desktop.words import money_currency


def list_values(session: Session, table: str, fields: Sequence[str], *, task_force_id: str | None = None,
                ids: list[str] | None = None, deleted: bool = False,
                parent: tuple[str, str] | None = None) -> list[tuple[str, tuple[Any, ...]]]:
    """(id, values of `fields`) of the records of a kind: of one task force, some ids or one parent."""
    model = record_class(table)
    query = select(model.id, *[getattr(model, name) for name in fields]).where(model.deleted.is_(deleted))
    if ids is not None:
        query = query.where(model.id.in_(ids))
    if parent is not None:
        query = query.where(getattr(model, parent[0]) == parent[1])
    scope = scope_of(table, columns_of(model))
    if task_force_id is not None:
        if scope == "task_force_id":
            query = query.where(of_task_force(model, task_force_id))
        elif scope == "membership":
            members = select(Membership.person_id).where(
                Membership.task_force_id == task_force_id, Membership.deleted.is_(False))
            query = query.where(model.id.in_(members))
    return [(record_id, tuple(values)) for record_id, *values in session.execute(query)]


def of_task_force(model: Any, task_force_id: str) -> ColumnElement[bool]:
    """A task force's records of a kind, with the whole Initiative's (its TF leaders' meetings)."""
    mine = model.__table__.c.task_force_id == task_force_id
    wide = INITIATIVE_WIDE_RECORDS.get(model.__tablename__)
    return mine if wide is None else or_(mine, model.__table__.c[wide[0]] == wide[1])


def linked_currencies(session: Session, table: str) -> dict[str, str] | None:
    """For amounts whose currency is another record's (a budget line's is its concept note's):
    that record's id -> its currency."""
    columns = columns_of(record_class(table))
    for name in columns:
        source = money_currency(table, name) or ""
        if "." in source:
            link, field = source.split(".", 1)
            target = record_class(str(columns[link].info["link"]))
            return {i: c for i, c in session.execute(select(target.id, getattr(target, field))) if c}
    return None


def natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key reading the numbers in a text as numbers: "A2" before "A10", "Step 2" before "Step 10"."""
    return tuple((0, int(part)) if part.isdigit() else (1, part.casefold())
                 for part in re.split(r"(\d+)", text) if part)


def _steps(session: Session) -> list[tuple[str, str]]:
    """The cycle's steps in their order, 1 to 17, each with its number: how the cycle names them."""
    rows = session.execute(select(Step.id, Step.number, Step.title).where(Step.deleted.is_(False))
                           .order_by(Step.number))
    return [(f"{number}. {title}", step_id) for step_id, number, title in rows]


def link_choices(session: Session, titles: Titles, table: str, *,
                 task_force_id: str | None = None) -> list[tuple[str, str]]:
    """(title, id) pairs to pick a linked record from, in the order people look for them."""
    if table == "step":
        return _steps(session)
    named = titles.of(table)

    def ordered(pairs: Any) -> list[tuple[str, str]]:
        return sorted(pairs, key=lambda pair: (natural(pair[0]), pair[1]))

    if task_force_id is not None and table == "person":
        members = set(session.scalars(select(Membership.person_id).where(
            Membership.task_force_id == task_force_id, Membership.deleted.is_(False))))
        return ordered((t, i) for i, t in named.items() if i in members)
    model = record_class(table)
    if task_force_id is not None and hasattr(model, "task_force_id"):
        allowed = set(session.scalars(select(model.id).where(of_task_force(model, task_force_id))))
        return ordered((t, i) for i, t in named.items() if i in allowed)
    return ordered((t, i) for i, t in named.items())


def record_values(session: Session, table: str, record_id: str) -> dict[str, Any]:
    """A record's editable values (also from the trash), or an empty dict if it does not exist."""
    model = record_class(table)
    record = session.get(model, record_id)
    if record is None:
        return {}
    return {name: getattr(record, name) for name in columns_of(model)} | {"deleted": record.deleted}


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
    """This site's name and role, the changes waiting for an export and when a bundle last came in."""
    from sic_desktop.services.records import own_role

    site = session.execute(select(Site.site_id, Site.name, Site.role)).one()
    last = session.scalar(select(func.max(BundleImport.imported_at)))
    # An STC assessor's copy is a regional copy the Secretariat trusted with the role "stc".
    role = "stc" if site.role == "regional" and own_role(session) == "stc" else site.role
    return Status(site.name, role, waiting_changes(session), last)


def task_force_codes(session: Session) -> list[str]:
    """The codes of the task forces, in order."""
    return list(session.scalars(
        select(TaskForce.code).where(TaskForce.deleted.is_(False)).order_by(TaskForce.code)))


def region_names(session: Session) -> list[str]:
    """The names of the regions, in order."""
    return list(session.scalars(select(Region.name).where(Region.deleted.is_(False)).order_by(Region.name)))


def task_forces(session: Session) -> list[tuple[str, str]]:
    """(code, id) of the task forces, in code order."""
    rows = session.execute(select(TaskForce.code, TaskForce.id).where(TaskForce.deleted.is_(False))
                           .order_by(TaskForce.code))
    return [(code, tf_id) for code, tf_id in rows]


def task_force_code(session: Session, task_force_id: str) -> str | None:
    """The code of one task force, or None if there is no such task force."""
    return session.scalar(select(TaskForce.code).where(TaskForce.id == task_force_id))


def cycle_years(session: Session) -> list[int]:
    """The years of the cycles, newest first."""
    query = select(Cycle.year).where(Cycle.deleted.is_(False)).order_by(Cycle.year.desc())
    return list(session.scalars(query))
