"""Years of history at the Secretariat: a region that joins late still gets a first bundle it accepts."""

import json
import random
import string
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_sync_helpers import EDIT, Site, World, environment, task_force

CAP = 64 * 1024 * 1024  # what a region accepts of a bundle's changes


@pytest.fixture
def world(tmp_path: Path) -> World:
    (tmp_path / "home").mkdir(exist_ok=True)
    return World(tmp_path)


def _long_history(sec: Site, records: int, edits: int) -> list[str]:
    """Activities whose descriptions were rewritten many times: more history than a bundle carries."""
    made = sec.create_many(
        "activity", [{"task_force_id": task_force("A1"), "title": f"Trial {n}"} for n in range(records)]
    )
    draw = random.Random(17)
    letters = string.ascii_lowercase + " "
    spec = [
        {"op": "update", "table": "activity", "id": record,
         "values": {"description": "".join(draw.choices(letters, k=30_000))}}
        for _ in range(edits)
        for record in made
    ]
    result = subprocess.run(
        [sys.executable, "-c", EDIT, str(sec.db)], input=json.dumps(spec), cwd=sec.world.folder,
        env=environment(sec.world.folder / "home"), capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    return made


def _weekly(sec: Site, region: Site, activity: str, title: str) -> None:
    region.edit("update", "activity", activity, title=title)
    assert "applied" in sec.import_(region.export()).stdout
    assert sec.records("activity")[activity]["title"] == title
    sec.edit("update", "activity", activity, countries=f"{title} countries")
    region.import_(sec.export(for_site=region))
    assert region.records("activity")[activity]["countries"] == f"{title} countries"


@pytest.mark.slow
def test_a_region_enrolled_after_years_gets_a_first_bundle_it_accepts(world: World) -> None:
    sec = world.secretariat()
    made = _long_history(sec, records=12, edits=100)
    assert sec.db.stat().st_size > CAP  # the whole history could not travel in one bundle
    late = world.region("late", sec)
    first = sec.export(for_site=late)
    result = late.import_(first)
    assert "applied" in result.stdout
    master = sec.records("activity")
    assert {key: row["description"] for key, row in late.records("activity").items()} == {
        key: row["description"] for key, row in master.items()
    }
    assert first.stat().st_size < 3 * len(json.dumps(master))
    _weekly(sec, late, made[0], "Week one")
    _weekly(sec, late, made[1], "Week two")

    # The same region re-enrolled on a new laptop: a new copy, a new key, the same scope.
    world.run("--db", sec.db, "trust", "revoke", world.json("--db", late.db, "keys", "fingerprint")["key_id"])
    again = world.region("again", sec)
    assert "applied" in again.import_(sec.export(for_site=again)).stdout
    assert again.records("activity")[made[0]]["title"] == "Week one"
    _weekly(sec, again, made[2], "Week three")
