"""Revision 0002_note_status: a database of the first schema keeps its records and gains the new fields."""

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, text

from sic_desktop.db import models as m
from sic_desktop.db.migrate import HEAD_REVISION
from sic_desktop.db.store import open_store
from sic_desktop.services import assessments, records
from tests.core.db.old_schema import older_database


def test_an_assessed_note_of_the_first_schema_upgrades_with_its_assessment_current(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        older_database(connection, "0001")
        connection.execute(text(
            "INSERT INTO concept_note (id, deleted, task_force_id, title, version, status) "
            "VALUES ('n', 0, 'tf', 'Biochar', 3, 'assessed')"))
        connection.execute(text(
            "INSERT INTO assessment (id, deleted, task_force_id, concept_note_id, concept_note_version) "
            "VALUES ('a', 0, 'tf', 'n', 3)"))
        connection.execute(text("UPDATE write_permit SET open = 0"))
    engine.dispose()

    store = open_store(path)  # upgrades, after copying the file aside
    try:
        with store.session() as session:
            assessment = records.get(session, m.Assessment, "a")
            # No fingerprint was taken then: the version it names decides whether it is current.
            assert assessment.content_sha256 is None
            assert not assessments.pinned(session, assessment).stale
    finally:
        store.close()
    assert path.with_name(f"old.sqlite.before-{HEAD_REVISION}.bak").exists()  # named after the head
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        triggers = {row[0] for row in rows}
        columns = {row[1] for row in connection.execute("PRAGMA table_info(criterion)")}
    assert {"guard_note_status_change_insert", "guard_assessment_update",
            "guard_criterion_update"} <= triggers
    assert {"scale_min", "scale_max"} <= columns
