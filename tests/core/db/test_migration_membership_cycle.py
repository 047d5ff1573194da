"""Revision 0003_membership_cycle: memberships keep every field and gain a cycle; letters their language."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from sic_desktop.db import models as m
from sic_desktop.db.store import open_store
from sic_desktop.services import records
from tests.core.db.old_schema import older_database


def test_a_membership_of_the_older_schema_upgrades_without_a_cycle_and_stays_guarded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        older_database(connection, "0002_note_status")
        connection.execute(text("INSERT INTO person (id, deleted, name) VALUES ('p', 0, 'Amina Diallo')"))
        connection.execute(text(
            "INSERT INTO membership (id, deleted, task_force_id, person_id, role, status, start) "
            "VALUES ('mm', 0, 'tf', 'p', 'TFL', 'active', '2023-01-15')"))
        connection.execute(text("UPDATE write_permit SET open = 0"))
    engine.dispose()

    store = open_store(path)
    try:
        with store.session() as session:
            membership = records.get(session, m.Membership, "mm")
            assert (membership.person_id, membership.role, membership.status, str(membership.start),
                    membership.cycle_id) == ("p", "TFL", "active", "2023-01-15", None)
    finally:
        store.close()
    with sqlite3.connect(path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(membership)")}
        keys = {(row[2], row[3]) for row in connection.execute("PRAGMA foreign_key_list(membership)")}
        assert "cycle_id" in columns and ("cycle", "cycle_id") in keys
        letter = {row[1] for row in connection.execute("PRAGMA table_info(letter_of_support)")}
        assert {"language", "signatory"} <= letter
        # The table was copied to add its foreign key: the guards came back with it.
        with pytest.raises(sqlite3.IntegrityError, match="outside the change log"):
            connection.execute("UPDATE membership SET role = 'TFM'")
        with pytest.raises(sqlite3.IntegrityError, match="soft-deleted"):
            connection.execute("DELETE FROM membership")
