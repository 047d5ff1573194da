"""The first screen read with plain sqlite3 while SQLAlchemy and the store load on the worker thread.

Only reads, only what the first paint needs: the site, the task forces, the first rows of the
list that opens. Anything unexpected (a database that needs migrating, a new file) gives None and
the window simply waits for the worker's full read.
"""

import sqlite3
from pathlib import Path
from typing import NamedTuple

from ui.rows import GoalNode, Row, TaskForceNode, list_specs, make_row, reader
from ui.schema import TABLES

FIRST_ROWS = 150  # more than a tall screen holds


class FirstScreen(NamedTuple):
    site_name: str
    role: str
    goals: list[GoalNode]
    rows: list[Row]


def _rows(connection: sqlite3.Connection, table: str, task_force_id: str | None) -> list[Row]:
    specs = list_specs(table)
    columns, joins = [], []
    for at, spec in enumerate(specs):
        target = TABLES.get(spec.link or "")
        if target is not None and target.title_field != "id":
            joins.append(f'LEFT JOIN "{target.table}" AS j{at} ON j{at}.id = t."{spec.name}"')
            columns.append(f'j{at}."{target.title_field}"')
        else:
            columns.append(f't."{spec.name}"')
    where, params = "t.deleted = 0", []
    if task_force_id is not None and any(s.name == "task_force_id" for s in TABLES[table].fields):
        where += " AND t.task_force_id = ?"
        params.append(task_force_id)
    sql = (f'SELECT t.id, {", ".join(columns)} FROM "{table}" AS t {" ".join(joins)} '
           f"WHERE {where} LIMIT {FIRST_ROWS}")
    titles: list[dict[str, str] | None] = [None] * len(specs)  # link cells already hold titles
    words = reader()
    return [make_row(record_id, tuple(values), specs, titles, table=table, words=words)
            for record_id, *values in connection.execute(sql, params)]


def first_screen(path: Path, table: str | None, task_force_id: str | None) -> FirstScreen | None:
    """What the window shows first, or None when the quick read cannot be trusted."""
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
        rows = _rows(connection, table, task_force_id) if table else []
    except sqlite3.Error:  # an older or damaged file: the worker's migration and read will tell
        return None
    finally:
        connection.close()
    if site is None:
        return None
    return FirstScreen(site[0], site[1], [GoalNode(c, t, tuple(n)) for c, (t, n) in goals.items()], rows)
