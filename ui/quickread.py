"""The first screen from the core's quick read (plain sqlite3), put into the person's words.

SQLAlchemy and the store load on the worker thread meanwhile; the read itself, and how a list is
narrowed to a task force (the same for the full read), live in sic_desktop/listing.py.
"""

from pathlib import Path
from typing import NamedTuple

from sic_desktop.listing import GoalNode, first_read, scope_of
from ui.rows import Row, list_specs, make_row, reader
from ui.schema import TABLES

FIRST_ROWS = 150  # more than a tall screen holds


class FirstScreen(NamedTuple):
    site_name: str
    role: str
    goals: list[GoalNode]
    rows: list[Row]


def first_screen(path: Path, table: str | None, task_force_id: str | None) -> FirstScreen | None:
    """What the window shows first, or None when the quick read cannot be trusted."""
    specs = list_specs(table) if table else ()
    links = {s.name: (TABLES[s.link].table, TABLES[s.link].title_field)
             for s in specs if s.link and s.link in TABLES}
    scope = scope_of(table, [s.name for s in TABLES[table].fields]) if table else None
    found = first_read(path, table, [s.name for s in specs], links, scope, task_force_id, FIRST_ROWS)
    if found is None:
        return None
    titles: list[dict[str, str] | None] = [None] * len(specs)  # link cells already hold titles
    words = reader()
    rows = [make_row(record_id, values, specs, titles, table=table or "", words=words)
            for record_id, values in found.rows]
    return FirstScreen(found.site_name, found.role, found.goals, rows)
