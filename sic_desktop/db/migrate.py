"""Schema migrations at start-up (Alembic inside the package), the Taguette way.

A new file gets `create_all` and is stamped at head; an older one is copied aside, then upgraded;
one written by a newer SIC Desktop is refused before anything touches it.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from sic_desktop.db.backup import backup_to
from sic_desktop.db.base import Base, record_classes
from sic_desktop.db.changelog import guard_statements
from sic_desktop.errors import DatabaseTooNew, SicError
from sic_desktop.text import Text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions; a test checks it. Knowing it without loading Alembic
# keeps the start-up of an up-to-date database fast.
HEAD_REVISION = "0004_cycle_data"


def alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision, as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def install_guards(connection: Connection) -> None:
    """The triggers that keep every write to a synced table inside the change log."""
    for statement in guard_statements([cls.__tablename__ for cls in record_classes()]):
        connection.exec_driver_sql(statement)


def prepare_database(engine: Engine, path: Path) -> None:
    """Create, check or upgrade the schema of the file behind `engine`."""
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        current = None
        if "alembic_version" in tables:
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if current == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    has_tables = bool(tables)
    if current is None and not has_tables:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            install_guards(connection)
            command.stamp(alembic_config(connection), "head")
        return
    if current is None:
        raise SicError(Text("%1 is not a SIC Desktop database", str(path)))
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise DatabaseTooNew(
            Text("%1 was written by a newer version of SIC Desktop (schema %2); update SIC Desktop to "
                 "open it", str(path), current))
    backup_to(path, path.with_name(f"{path.name}.before-{head}.bak"))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
