"""The Secretariat replaces its key; regions pin the new one only from a handover its old key signed."""

import json
import shutil
from pathlib import Path

import pytest

from tests.e2e.test_sync_helpers import Site, World, forge, lines


@pytest.fixture
def world(tmp_path: Path) -> World:
    (tmp_path / "home").mkdir(exist_ok=True)
    return World(tmp_path)


def _refused(site: Site, path: Path, *words: str, command: tuple[str, ...] = ("bundle", "import")) -> None:
    before = site.dump()
    trusted = site.world.run("--db", site.db, "trust", "list").stdout
    result = site.world.run("--db", site.db, *command, path, check=4)
    assert site.dump() == before
    assert site.world.run("--db", site.db, "trust", "list").stdout == trusted
    for word in words:
        assert word in result.stderr, result.stderr


def test_secretariat_key_handover_end_to_end(world: World) -> None:
    sec = world.secretariat()
    north = world.region("north", sec)
    other = world.secretariat("other")
    north.import_(sec.export(for_site=north))
    sec.import_(north.export())
    old_id = world.json("--db", sec.db, "keys", "fingerprint")["key_id"]
    # Keep a copy of the old key file, to play an attacker who stole it later.
    shutil.copyfile(sec.db.with_name("sec.sqlite.key.pem"), world.folder / "stolen.sqlite.key.pem")
    stolen = Site(world, world.folder / "stolen.sqlite", "stolen", sec.site_id)

    handover = world.folder / "handover.json"
    renewed = world.json("--db", sec.db, "keys", "renew", "--handover", handover)
    assert renewed["previous"] == old_id and renewed["key_id"] != old_id
    assert world.json("--db", sec.db, "keys", "fingerprint")["key_id"] == renewed["key_id"]
    person = sec.edit("create", "person", name="After the rotation")
    signed_by_new = sec.export(for_site=north)

    # Until it pins the new key, north refuses what the new key signs.
    _refused(north, signed_by_new, "unknown key")
    # Handovers it must refuse: vouched for by another Secretariat, altered, or not one at all.
    world.run("--db", other.db, "keys", "renew", "--handover", world.folder / "other.json")
    _refused(
        north,
        world.folder / "other.json",
        "not the Secretariat key pinned here",
        command=("trust", "pin-secretariat"),
    )
    altered = json.loads(handover.read_bytes())
    card = json.loads(altered["new_key"])
    altered["new_key"] = altered["new_key"].replace(card["site_name"], "Secretariat evil")
    (world.folder / "altered.json").write_text(json.dumps(altered))
    _refused(north, world.folder / "altered.json", "altered.json", command=("trust", "pin-secretariat"))
    _refused(north, world.folder / "north.pub", "handover", command=("trust", "pin-secretariat"))

    pinned = world.json("--db", north.db, "trust", "pin-secretariat", handover)
    assert (pinned["key_id"], pinned["previous"], pinned["changed"]) == (renewed["key_id"], old_id, True)
    assert world.json("--db", north.db, "trust", "pin-secretariat", handover)["changed"] is False
    statuses = {k["key_id"]: k["status"] for k in world.json("--db", north.db, "trust", "list")}
    assert (statuses[old_id], statuses[renewed["key_id"]]) == ("revoked", "active")

    north.import_(signed_by_new)
    assert north.records("person")[person]["name"] == "After the rotation"
    north.edit("update", "person", person, country="Ghana")
    sec.import_(north.export())
    assert sec.records("person")[person]["country"] == "Ghana"
    # The old key, revoked everywhere, signs nothing any more.
    fake = forge(stolen, north, lines(), manifest={"kind": "master", "seq_from": 0, "seq_to": 0})
    (world.folder / "stolen.sicbundle").write_bytes(fake)
    _refused(north, world.folder / "stolen.sicbundle", "revoked")
    # A region hands nothing over: it re-enrols.
    result = world.run("--db", north.db, "keys", "renew", "--handover", world.folder / "x.json", check=None)
    assert result.returncode not in (0, 1) and "re-enrols" in result.stderr
    assert not (world.folder / "x.json").exists()
