"""A region restores a backup through the command line: no quarantine, no silent divergence."""

from pathlib import Path

import pytest

from tests.e2e.test_sync_helpers import World


@pytest.fixture
def world(tmp_path: Path) -> World:
    (tmp_path / "home").mkdir(exist_ok=True)
    return World(tmp_path)


def test_a_region_restoring_a_backup_is_not_quarantined_and_converges(world: World) -> None:
    sec = world.secretariat()
    north = world.region("north", sec)
    ana = north.edit("create", "person", name="Ana")
    sec.import_(north.export())
    north.import_(sec.export(for_site=north))
    sec.import_(north.export())
    saved = world.json("--db", north.db, "backup", "create")["backup"]
    north.edit("update", "person", ana, country="Chile")  # sent after the backup
    sec.import_(north.export())
    ben = sec.edit("create", "person", name="Ben")  # received after the backup
    north.import_(sec.export(for_site=north))
    sec.import_(north.export())

    restored = world.json("--db", north.db, "backup", "restore", saved)
    assert (restored["kept_edits"], restored["last_seq"]) == (1, 2)
    north.edit("update", "person", ana, languages="Spanish")  # number 3, not 2 again
    result = sec.import_(north.export())
    assert "quarantined" not in result.stdout + result.stderr
    north.import_(sec.export(for_site=north))
    people = sec.records("person")
    assert north.records("person") == people
    assert people[ana]["country"] == "Chile" and people[ana]["languages"] == "Spanish"
    assert people[ben]["name"] == "Ben"
