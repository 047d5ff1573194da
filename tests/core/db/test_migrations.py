"""Start-up migrations: a new file, the upgrade path matching the models, a newer file refused."""

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from sic_desktop.db.base import Base
from sic_desktop.db.migrate import HEAD_REVISION, alembic_config, head_revision
from sic_desktop.db.store import open_store
from sic_desktop.errors import DatabaseTooNew, SicError


def schema(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name != 'alembic_version'")
        return {name: " ".join(sql.split()) for name, sql in rows}


def test_migrating_an_empty_database_to_head_matches_the_models(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite"
    engine = create_engine(f"sqlite:///{migrated}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []
    created = tmp_path / "created.sqlite"
    open_store(created, create=True).close()
    migrated_schema, created_schema = schema(migrated), schema(created)
    assert set(migrated_schema) == set(created_schema)
    triggers = {name for name in created_schema if name.startswith("guard_")}
    assert "guard_person_update" in triggers and "guard_activity_delete" in triggers


def test_a_new_file_is_stamped_at_head(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_store(path, create=True).close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_store(path, create=True).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="update SIC Desktop"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_missing_file_is_not_created_by_accident(tmp_path: Path) -> None:
    with pytest.raises(SicError, match="init"):
        open_store(tmp_path / "absent.sqlite")
    assert not (tmp_path / "absent.sqlite").exists()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("shopping list")
    with pytest.raises(SicError, match="not a SIC Desktop database"):
        open_store(path)


def test_the_head_known_at_start_up_is_the_newest_migration() -> None:
    assert head_revision() == HEAD_REVISION


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(SicError, match="not a SIC Desktop database"):
        open_store(path)


def test_migrations_are_frozen_and_import_nothing_of_the_live_code() -> None:
    """A revision holds the SQL it ran: changing the models or the change-log guards later must
    come as a new revision, never silently change what an old one did to existing databases."""
    import ast

    versions = Path(__file__).resolve().parents[3] / "sic_desktop" / "db" / "migrations" / "versions"
    found = []
    for path in sorted(versions.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            found += [f"{path.name}: {name}" for name in names if name.split(".")[0] == "sic_desktop"]
    assert len(list(versions.glob("*.py"))) >= 2
    assert found == []
