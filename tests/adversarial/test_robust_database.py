"""A failing disk and a careless hand, through the real program (issue 11 items 11 and 15).

A damaged, empty, read-only, full or busy database gets a message in words and an exit code,
never "internal error" with SQL; a damaged one names the backup that brings the work back.
"""

import hashlib
import os
import resource
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sic_desktop.db import backup
from tests.e2e.test_sync_helpers import Site, World, environment


@pytest.fixture
def world(tmp_path: Path) -> World:
    (tmp_path / "home").mkdir(exist_ok=True)
    return World(tmp_path)


@pytest.fixture
def pair(world: World) -> tuple[Site, Site]:
    master = world.secretariat()
    return master, world.region("north", master)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plain(result: subprocess.CompletedProcess[str]) -> None:
    """What a person is never shown: a traceback, a "bug" verdict, or SQL with its bound rows."""
    for words in ("Traceback", "internal error", "Please report", "INSERT", "SELECT", "[parameters"):
        assert words not in result.stderr, result.stderr


def damage(path: Path) -> None:
    """Zero four pages in the middle of the file, as a failing disk does."""
    data = bytearray(path.read_bytes())
    start = 4096 * (len(data) // 4096 // 2)
    data[start:start + 4 * 4096] = bytes(4 * 4096)
    path.write_bytes(bytes(data))


def test_a_bundle_is_not_merged_into_a_damaged_database(world: World, pair: tuple[Site, Site]) -> None:
    master, north = pair
    north.edit("create", "person", name="Ama Owusu")
    bundle = north.export()
    world.run("--db", master.db, "backup", "create")
    good = backup.list_backups(master.db)[0]
    damage(master.db)
    before = digest(master.db)

    result = master.import_(bundle, check=None)

    assert result.returncode == 4, (result.stdout, result.stderr)
    plain(result)
    assert "is damaged" in result.stderr
    assert f"backup restore {good}" in result.stderr
    assert digest(master.db) == before
    # The backup the message names brings the work back, and the bundle then merges.
    world.run("--db", master.db, "backup", "restore", good)
    assert "Ama Owusu" in master.import_(bundle).stdout + master.dump()


def test_a_truncated_database_is_refused_with_the_backup_to_restore(world: World) -> None:
    master = world.secretariat()
    world.run("--db", master.db, "backup", "create")
    data = master.db.read_bytes()
    master.db.write_bytes(data[: len(data) // 3])

    for command in (("dump",), ("bundle", "export", world.folder / "out.sicbundle")):
        result = world.run("--db", master.db, *command, check=None)
        assert result.returncode == 4, (command, result.stderr)
        plain(result)
        assert "cut short" in result.stderr and "backup restore" in result.stderr
    assert not list(world.folder.rglob("*.partial"))


def test_a_failed_backup_of_a_damaged_file_leaves_no_partial_copy(tmp_path: Path) -> None:
    source = tmp_path / "db.sqlite"
    connection = sqlite3.connect(source)
    connection.execute("CREATE TABLE t (x)")
    connection.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    connection.commit()
    connection.close()
    source.write_bytes(source.read_bytes()[:8192])
    with pytest.raises(sqlite3.DatabaseError):
        backup.make_backup(source)
    assert not list(tmp_path.rglob("*.partial"))


def test_dump_of_an_empty_file_refuses_and_leaves_it_empty(world: World) -> None:
    empty = world.folder / "empty.sqlite"
    empty.touch()
    result = world.run("--db", empty, "dump", check=None)
    assert result.returncode == 4
    plain(result)
    assert "is empty" in result.stderr
    assert empty.stat().st_size == 0
    assert not empty.with_name("empty.sqlite-wal").exists()


def test_a_good_and_a_bad_bundle_each_get_their_outcome(world: World, pair: tuple[Site, Site]) -> None:
    master, north = pair
    north.edit("create", "person", name="Kofi Mensah")
    good = north.export()
    bad = world.folder / "bad.sicbundle"
    bad.write_bytes(b"PK\x03\x04 not really a bundle")

    result = world.run("--db", master.db, "bundle", "import", good, bad, check=None)

    assert result.returncode == 1, (result.stdout, result.stderr)
    plain(result)
    assert f"{good}: changes bundle from Region north" in result.stdout
    assert f"{bad}: refused, nothing of it was applied" in result.stdout
    assert "1 bundle of 2 refused; the others were applied" in result.stderr
    assert "Kofi Mensah" in master.dump()
    # Every file refused: nothing changed, exit 4.
    again = world.run("--db", master.db, "bundle", "import", bad, bad, check=None)
    assert again.returncode == 4


@pytest.fixture
def held_lock(pair: tuple[Site, Site]) -> Iterator[threading.Event]:
    """Another program holding the write lock (a long import) until the event is set."""
    master, _ = pair
    release, taken = threading.Event(), threading.Event()

    def hold() -> None:
        connection = sqlite3.connect(master.db, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        taken.set()
        release.wait(60)
        connection.execute("ROLLBACK")
        connection.close()

    thread = threading.Thread(target=hold)
    thread.start()
    taken.wait(10)
    yield release
    release.set()
    thread.join()


def test_an_import_while_another_holds_the_database_says_so_plainly(
        world: World, pair: tuple[Site, Site], held_lock: threading.Event) -> None:
    master, north = pair
    north.edit("create", "person", name="Awa Diallo")
    bundle = north.export()
    before = master.dump()

    started = time.monotonic()
    result = master.import_(bundle, check=None)

    assert result.returncode == 1
    assert time.monotonic() - started >= 4  # it waited for the lock before giving up
    plain(result)
    assert "is busy: another SIC Desktop (an import or export?) is writing to it" in result.stderr
    held_lock.set()
    assert master.dump() == before
    assert "Awa Diallo" in master.import_(bundle).stdout + master.dump()


def test_two_imports_at_once_both_end_in_words(world: World, pair: tuple[Site, Site]) -> None:
    master, north = pair
    north.create_many("person", [{"name": f"Member {n}"} for n in range(300)])
    bundle = north.export()
    command = [sys.executable, "-m", "sic_desktop", "--db", str(master.db), "bundle", "import", str(bundle)]
    runs = [subprocess.Popen(command, cwd=world.folder, env=environment(world.folder / "home"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = []
    for run in runs:
        with run:
            out, err = run.communicate(timeout=120)
            outcomes.append((run.returncode, out, err))
    for code, out, err in outcomes:
        assert "Traceback" not in err
        assert code == 0 or (code == 1 and "is busy" in err), (code, out, err)
    assert any(code == 0 for code, _, _ in outcomes)
    assert len([p for p in master.records("person").values() if p["name"].startswith("Member ")]) == 300


def read_only(path: Path, on: bool) -> None:
    """Make the file unwritable; for root, whom file modes do not stop, with the immutable flag."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i" if on else "-i", str(path)], check=True)
    else:
        path.chmod(0o444 if on else 0o644)


def test_a_read_only_database_is_not_called_a_bug(world: World, pair: tuple[Site, Site]) -> None:
    master, north = pair
    north.edit("create", "person", name="Read Only")
    bundle = north.export()
    before = master.dump()
    read_only(master.db, True)
    try:
        result = master.import_(bundle, check=None)
    finally:
        read_only(master.db, False)
    assert result.returncode == 1, (result.stdout, result.stderr)
    plain(result)
    assert "cannot be written (the file or its folder is read-only)" in result.stderr, result.stderr
    assert master.dump() == before


def test_a_full_disk_is_not_called_a_bug(world: World, pair: tuple[Site, Site]) -> None:
    master, north = pair
    north.create_many("person", [{"name": f"Person {n} " + "x" * 900} for n in range(1500)])
    bundle = north.export()
    before = master.dump()
    limit = master.db.stat().st_size + 8192  # the backup fits; the merge fills the disk

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [sys.executable, "-m", "sic_desktop", "--db", str(master.db), "bundle", "import", str(bundle)],
        cwd=world.folder, env=environment(world.folder / "home"), capture_output=True, text=True,
        timeout=120, check=False, preexec_fn=small_disk)

    assert result.returncode == 1, (result.stdout, result.stderr)
    plain(result)
    assert "is full" in result.stderr or "could not be read or written" in result.stderr, result.stderr
    assert master.dump() == before


def test_a_bundle_export_killed_mid_write_leaves_no_partial_after_the_next_export(
        world: World, pair: tuple[Site, Site]) -> None:
    _master, north = pair
    north.edit("create", "person", name="Efua Asante")
    target = world.folder / "week.sicbundle"
    # What `kill -9` during the write leaves: the hidden temporary file, never renamed.
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from sic_desktop import files\n"
        "def killed(*a): os.kill(os.getpid(), 9)\n"
        "os.replace = killed\n"
        "files.write_atomic(Path(sys.argv[1]), b'x' * 100000)\n")
    subprocess.run([sys.executable, "-c", script, str(target)], cwd=world.folder, check=False,
                   env=environment(world.folder / "home"), timeout=60)
    assert list(world.folder.glob(".week.sicbundle.*.partial"))

    world.run("--db", north.db, "bundle", "export", target)

    assert not list(world.folder.glob(".week.sicbundle.*.partial"))
    assert target.stat().st_size > 0


def test_a_region_re_enrols_after_its_key_was_revoked_without_touching_files(world: World) -> None:
    master = world.secretariat()
    north = world.region("north", master)
    north.edit("create", "person", name="Before the revocation")
    master.import_(north.export())
    old = world.json("--db", north.db, "keys", "fingerprint")["key_id"]
    world.run("--db", master.db, "trust", "revoke", old)
    north.edit("create", "person", name="After the revocation")

    plain_renew = world.run("--db", north.db, "keys", "renew", check=1)
    assert "keys renew --revoked" in plain_renew.stderr
    world.run("--db", north.db, "keys", "renew", "--revoked")
    new = world.json("--db", north.db, "keys", "fingerprint")["key_id"]
    assert new != old
    world.run("--db", north.db, "keys", "export", world.folder / "north-new.pub")
    world.run("--db", master.db, "trust", "add", world.folder / "north-new.pub", "--role", "tfrr",
              "--task-force", "A1", "--region", "Africa")
    master.import_(north.export())
    assert "After the revocation" in master.dump()
