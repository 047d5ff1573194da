"""Killing the importing process at random moments leaves the master before or after, never between."""

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_sync_helpers import World, environment

ROUNDS = 10


def _copy_database(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    shutil.copyfile(source.with_name(source.name + ".key.pem"), target.with_name(target.name + ".key.pem"))


@pytest.mark.slow
def test_killed_import_leaves_before_or_after(tmp_path: Path) -> None:
    (tmp_path / "home").mkdir(exist_ok=True)
    world = World(tmp_path)
    sec = world.secretariat()
    north = world.region("north", sec)
    north.create_many(
        "person",
        [
            {"name": f"Person {n}", "email": f"p{n}@example.org", "expertise": "soil " * 40}
            for n in range(1500)
        ],
    )
    bundle = north.export()
    pristine = tmp_path / "pristine.sqlite"
    _copy_database(sec.db, pristine)
    before = sec.dump()
    started = time.perf_counter()
    sec.import_(bundle)
    duration = time.perf_counter() - started
    after = sec.dump()
    assert before != after

    rng = random.Random(1)
    outcomes = []
    target = tmp_path / "victim.sqlite"
    for round_ in range(ROUNDS):
        _copy_database(pristine, target)
        process = subprocess.Popen(
            [sys.executable, "-m", "sic_desktop", "--db", str(target), "bundle", "import", str(bundle)],
            cwd=tmp_path,
            env=environment(tmp_path / "home"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # Spread over the whole run, from before the transaction to past the commit, with jitter.
        share = (round_ + rng.uniform(0, 1)) / ROUNDS
        time.sleep(0.05 + share * duration * 1.4)
        process.send_signal(signal.SIGKILL)
        process.wait()
        with sqlite3.connect(target) as check:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()
        state = world.run("--db", target, "dump").stdout
        assert state in (before, after)
        outcomes.append("after" if state == after else "before")
    # The kills landed on both sides of the commit at least once (else the test proves little).
    assert set(outcomes) == {"before", "after"}, outcomes
