"""Plain data the core's list reads return, and the first screen's quick read (no SQLAlchemy here)."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sic_desktop.initiative import INITIATIVE_WIDE_RECORDS

if TYPE_CHECKING:
    from datetime import datetime


class TaskForceNode(NamedTuple):
    id: str
    code: str
    name: str


class GoalNode(NamedTuple):
    code: str
    title: str
    task_forces: tuple[TaskForceNode, ...]


class Status(NamedTuple):
    site_name: str
    role: str
    waiting: int | None
    last_bundle: datetime | None


class FirstRead(NamedTuple):
    """What the window paints first: the site, the goals with their task forces, the first list's rows."""

    site_name: str
    role: str
    goals: list[GoalNode]
    rows: list[tuple[str, tuple[Any, ...]]]  # (id, values), a link as its record's title


def scope_of(table: str, columns: Collection[str]) -> str | None:
    """How a list of `table` is narrowed to one task force: by its own column, through the memberships
    (people), or not at all. Both list reads (quick and full) narrow by this."""
    if "task_force_id" in columns:
        return "task_force_id"
    return "membership" if table == "person" else None


def first_read(path: Path, table: str | None, fields: Sequence[str], links: Mapping[str, tuple[str, str]],
               scope: str | None, task_force_id: str | None, limit: int) -> FirstRead | None:
    """The first screen read with plain sqlite3, while SQLAlchemy and the store load on the worker thread.

    Only reads, only what the first paint needs. `links` maps a link field to its table and that
    table's title field; `scope` is the table's scope_of(). Anything unexpected (a database that
    needs migrating, a new file) gives None and the window simply waits for the worker's full read.
    """
    if not path.is_file() or not path.stat().st_size:
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if len(version) != 1:
            return None
        site = connection.execute("SELECT name, role FROM site").fetchone()
        goals: dict[str, tuple[str, list[TaskForceNode]]] = {}
        for goal_code, goal_title, tf_id, tf_code, tf_name in connection.execute(
                "SELECT g.code, g.title, t.id, t.code, t.name FROM goal g "
                "JOIN objective o ON o.goal_id = g.id JOIN task_force t ON t.objective_id = o.id "
                "WHERE t.deleted = 0 AND g.deleted = 0 ORDER BY g.code, t.code"):
            goals.setdefault(goal_code, (goal_title, []))[1].append(TaskForceNode(tf_id, tf_code, tf_name))
        rows = _rows(connection, table, fields, links, scope, task_force_id, limit) if table else []
    except sqlite3.Error:  # an older or damaged file: the worker's migration and read will tell
        return None
    finally:
        connection.close()
    if site is None:
        return None
    return FirstRead(site[0], site[1], [GoalNode(c, t, tuple(n)) for c, (t, n) in goals.items()], rows)


def _rows(connection: sqlite3.Connection, table: str, fields: Sequence[str],
          links: Mapping[str, tuple[str, str]], scope: str | None, task_force_id: str | None,
          limit: int) -> list[tuple[str, tuple[Any, ...]]]:
    columns, joins = [], []
    for at, name in enumerate(fields):
        target = links.get(name)
        if target is not None and target[1] != "id":
            joins.append(f'LEFT JOIN "{target[0]}" AS j{at} ON j{at}.id = t."{name}"')
            columns.append(f'j{at}."{target[1]}"')
        else:
            columns.append(f't."{name}"')
    where, params = "t.deleted = 0", []
    if task_force_id is not None and scope == "task_force_id":
        wide = INITIATIVE_WIDE_RECORDS.get(table)
        if wide is None:
            where += " AND t.task_force_id = ?"
            params.append(task_force_id)
        else:
            where += f' AND (t.task_force_id = ? OR t."{wide[0]}" = ?)'
            params += [task_force_id, wide[1]]
    elif task_force_id is not None and scope == "membership":
        where += (" AND t.id IN (SELECT person_id FROM membership"
                  " WHERE task_force_id = ? AND deleted = 0)")
        params.append(task_force_id)
    sql = (f'SELECT t.id, {", ".join(columns)} FROM "{table}" AS t {" ".join(joins)} '
           f"WHERE {where} LIMIT {int(limit)}")
    return [(record_id, tuple(values)) for record_id, *values in connection.execute(sql, params)]
