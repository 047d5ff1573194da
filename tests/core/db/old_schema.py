"""A database at an older revision with a Secretariat site and task force A2, for upgrade tests."""

from alembic import command
from sqlalchemy import Connection, text

from sic_desktop.db.migrate import alembic_config


def older_database(connection: Connection, revision: str) -> None:
    """Migrate to `revision` only and write, as that version would have, the site and task force A2
    ('tf') under goal 'g' and objective 'o'; the write permit is left open for the test's rows."""
    command.upgrade(alembic_config(connection), revision)
    connection.execute(text("UPDATE write_permit SET open = 1"))
    connection.execute(text(
        "INSERT INTO site (singleton, site_id, name, role, author, last_seq, last_hlc, created_at) "
        "VALUES (1, 's', 'Executive Secretariat', 'secretariat', 'ExSec', 0, '', '2026-01-01')"))
    connection.execute(text("INSERT INTO goal (id, deleted, code, title) VALUES ('g', 0, 'A', 'A')"))
    connection.execute(text(
        "INSERT INTO objective (id, deleted, goal_id, code, title) VALUES ('o', 0, 'g', 'A2', 'A2')"))
    connection.execute(text("INSERT INTO task_force (id, deleted, objective_id, code, name) "
                            "VALUES ('tf', 0, 'o', 'A2', 'A2')"))
