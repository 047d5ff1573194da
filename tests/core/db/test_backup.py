"""Rotating backups made while the database is open, and restoring one."""

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from sic_desktop.db import backup
from sic_desktop.db.models import Person
from sic_desktop.db.store import Store
from sic_desktop.errors import InputRefused
from sic_desktop.services import records
from sic_desktop.services.dump import dump_json


def test_backups_rotate_and_the_newest_come_first(store: Store) -> None:
    made = [backup.make_backup(store.path, keep=3) for _ in range(5)]
    assert backup.list_backups(store.path) == sorted(made[-3:], reverse=True)
    for path in made[-3:]:
        with sqlite3.connect(path) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_brings_back_the_state_of_the_backup(store: Store) -> None:
    with store.session() as session, session.begin():
        records.create(session, Person, name="Before the backup")
    with store.session() as session:
        saved = dump_json(session)
    copy = backup.make_backup(store.path)
    with store.session() as session, session.begin():
        records.create(session, Person, name="After the backup")
    store.close()
    backup.restore_backup(copy, store.path)
    with store.session() as session:
        assert dump_json(session) == saved
    assert any("before-restore" in path.name for path in backup.list_backups(store.path))


@pytest.mark.parametrize("damage", ["zero pages", "not a database"])
def test_a_damaged_backup_is_not_restored(store: Store, tmp_path: Path, damage: str) -> None:
    sound = backup.make_backup(store.path).read_bytes()
    damaged = tmp_path / "damaged.sqlite"
    if damage == "zero pages":
        damaged.write_bytes(sound[:8192] + b"\x00" * 16384 + sound[8192 + 16384:])
    else:
        damaged.write_text("a letter, not a database")
    with store.session() as session:
        before = dump_json(session)
    with pytest.raises(InputRefused, match="nothing was restored"):
        backup.restore_backup(damaged, store.path)
    with store.session() as session:
        assert dump_json(session) == before


def test_a_daily_backup_is_made_only_when_due(store: Store) -> None:
    first = backup.backup_if_due(store.path)
    assert first is not None and first.exists()
    assert backup.backup_if_due(store.path) is None
    assert backup.backup_if_due(store.path, every=timedelta(0)) is not None
