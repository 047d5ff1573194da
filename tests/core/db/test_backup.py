"""Rotating backups made while the database is open, and restoring one."""

from datetime import timedelta
from pathlib import Path

import pytest
import zstandard

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
        assert path.name.endswith(".sqlite.zst")
        with backup.open_backup(path) as copy:
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
    packed = backup.make_backup(store.path).read_bytes()
    sound = zstandard.ZstdDecompressor().decompressobj().decompress(packed)
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


def _fill(store: Store, count: int) -> None:
    with store.session() as session, session.begin():
        for number in range(count):
            records.create(session, Person, name=f"Person {number}", country="Chile", languages="Spanish")


def test_backups_are_compressed_and_keep_to_their_budget_oldest_first(store: Store) -> None:
    _fill(store, 2000)
    first = backup.make_backup(store.path)
    size = first.stat().st_size
    with backup.open_backup(first) as copy:
        [(pages, page_size)] = copy.execute("SELECT * FROM pragma_page_count, pragma_page_size").fetchall()
    assert size * 3 < pages * page_size
    made = [first] + [backup.make_backup(store.path, budget=int(3.5 * size)) for _ in range(4)]
    assert backup.list_backups(store.path) == [made[4], made[3], made[2]]
    assert sum(path.stat().st_size for path in backup.list_backups(store.path)) <= 3.5 * size
    # The newest copy stays, whatever the budget.
    assert backup.list_backups(store.path)[0] == made[4]
    assert backup.make_backup(store.path, budget=1) == backup.list_backups(store.path)[0]
    assert len(backup.list_backups(store.path)) == 1


def test_a_copy_before_an_import_is_not_repeated_when_one_is_minutes_old(store: Store) -> None:
    first = backup.backup_before(store.path, reason="before-import")
    assert backup.backup_before(store.path, reason="before-import") == first
    assert len(backup.list_backups(store.path)) == 1
    later = backup.backup_before(store.path, reason="before-import", fresh=timedelta(0))
    assert later != first and len(backup.list_backups(store.path)) == 2


def test_a_damaged_compressed_backup_is_refused_in_words(store: Store, tmp_path: Path) -> None:
    packed = backup.make_backup(store.path).read_bytes()
    damaged = tmp_path / "damaged.sqlite.zst"
    damaged.write_bytes(packed[: len(packed) // 2])
    with pytest.raises(InputRefused, match=r"is not a sound SIC Desktop backup .*nothing was restored"):
        backup.restore_backup(damaged, store.path)
