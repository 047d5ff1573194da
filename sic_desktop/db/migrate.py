"""Schema migrations at start-up (Alembic inside the package), the Taguette way.

A new file gets `create_all` and is stamped at head; an older one is copied aside, then upgraded;
one written by a newer SIC Desktop is refused before anything touches it.
"""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from sic_desktop.db.backup import backup_to
from sic_desktop.db.base import Base, record_classes
from sic_desktop.db.changelog import guard_statements
from sic_desktop.errors import DatabaseTooNew

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def install_guards(connection: Connection) -> None:
    """The triggers that keep every write to a synced table inside the change log."""
    for statement in guard_statements([cls.__tablename__ for cls in record_classes()]):
        connection.exec_driver_sql(statement)


def prepare_database(engine: Engine, path: Path) -> None:
    """Create, check or upgrade the schema of the file behind `engine`."""
    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        has_tables = bool(inspect(connection).get_table_names())
    if current == head:
        return
    if current is None and not has_tables:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            install_guards(connection)
            command.stamp(alembic_config(connection), "head")
        return
    known = {rev.revision for rev in script.walk_revisions()}
    if current is None or current not in known:
        raise DatabaseTooNew(
            f"{path} was written by a newer version of SIC Desktop (schema {current}); "
            "update SIC Desktop to open it")
    backup_to(path, path.with_name(f"{path.name}.before-{head}.bak"))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
