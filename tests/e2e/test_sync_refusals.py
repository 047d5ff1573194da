"""Hostile and wrong bundles are refused (exit 4) with a reason, and the database stays identical."""

import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from sic_desktop.sync.bundle import SCHEMA_VERSION
from tests.e2e.test_sync_helpers import (
    Site,
    World,
    change_line,
    forge,
    lines,
    region_id,
    task_force,
    zip_of,
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("refusals")
    (folder / "home").mkdir()
    return World(folder)


@pytest.fixture(scope="module")
def sites(world: World) -> dict[str, Site]:
    sec = world.secretariat()
    north = world.region("north", sec)
    south = world.region("south", sec, region="Europe")
    other_sec = world.secretariat("othersec")
    stranger = world.region("stranger", other_sec)
    north.edit("create", "person", name="Amina Diallo")
    good = north.export()
    north.good = good  # type: ignore[attr-defined]
    return {"sec": sec, "north": north, "south": south, "othersec": other_sec, "stranger": stranger}


def _refused(world: World, site: Site, data: bytes | Path, *words: str) -> str:
    path = data if isinstance(data, Path) else world.folder / "offered.sicbundle"
    if isinstance(data, bytes):
        path.write_bytes(data)
    before = site.dump()
    result = site.import_(path, check=4)
    assert site.dump() == before
    for word in words:
        assert word in result.stderr, result.stderr
    return result.stderr


def _good(sites: dict[str, Site]) -> bytes:
    path: Path = sites["north"].good  # type: ignore[attr-defined]
    return path.read_bytes()


def test_damaged_files(world: World, sites: dict[str, Site]) -> None:
    sec, good = sites["sec"], _good(sites)
    _refused(world, sec, b"", "empty")
    _refused(world, sec, b"this is not a zip file at all", "not a ZIP")
    _refused(world, sec, good[: len(good) // 2], "bundle")
    for position in (40, len(good) // 2, len(good) - 30):
        flipped = bytearray(good)
        flipped[position] ^= 0x20
        _refused(world, sec, bytes(flipped))
    _refused(world, sec, world.folder / "missing.sicbundle", "cannot be read")


def test_hostile_archives(world: World, sites: dict[str, Site]) -> None:
    sec, north = sites["sec"], sites["north"]
    body = lines(change_line(north, 1))
    _refused(world, sec, zip_of([("../x", b"x"), ("manifest.json", b"{}")]), "forbidden name")
    _refused(world, sec, forge(north, sec, body, extra=[("changes.jsonl", body)]), "twice")
    _refused(world, sec, forge(north, sec, body, extra=[("notes.txt", b"hi")]), "does not list")
    big = b"{}\n" * (20 * 1024 * 1024)
    _refused(world, sec, forge(north, sec, big), "bundle")


def test_signature_and_trust(world: World, sites: dict[str, Site]) -> None:
    sec, north, south = sites["sec"], sites["north"], sites["south"]
    body = lines(change_line(north, 1))
    # Signed by north, but the manifest was changed afterwards.
    with zipfile.ZipFile(io.BytesIO(forge(north, sec, body))) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries["manifest.json"] = entries["manifest.json"].replace(b'"seq_to":1', b'"seq_to":2')
    _refused(world, sec, zip_of(list(entries.items())), "does not match")
    # A region not enrolled here, and one enrolled with another Secretariat.
    stranger = sites["stranger"]
    _refused(world, sec, stranger.export(), "unknown key")
    # A region's bundle offered to another region; a regional key posing as the master.
    _refused(world, south, north.export(), "unknown key")
    south.import_(sec.export(for_site=south))  # now south knows north's key from the registry
    _refused(world, south, north.export(), "made for another copy")
    fake_master = forge(north, south, b"", manifest={"kind": "master", "seq_to": 0})
    _refused(world, south, fake_master, "regional key")
    # A bundle for another Secretariat (the right key, the wrong addressee).
    _refused(world, sites["othersec"], _good(sites), "unknown key")


def test_strict_json(world: World, sites: dict[str, Site]) -> None:
    sec, north = sites["sec"], sites["north"]
    one = change_line(north, 1)
    good = lines(one)
    _refused(world, sec, forge(north, sec, good.replace(b'"seq":1', b'"seq":1,"seq":1')), "appears twice")
    _refused(world, sec, forge(north, sec, good.replace(b'"seq":1', b'"seq":NaN')), "NaN")
    _refused(world, sec, forge(north, sec, b'{"id": [1,\n'), "not valid JSON")
    seen: object
    for seen in ([], {"x": None}, {one["id"]: 7}, {one["id"]: "../etc"}):
        _refused(world, sec, forge(north, sec, good, manifest={"deletes_seen": seen}), "deletes_seen")
    huge = lines(change_line(north, 1, new={"name": os.urandom(150_000).hex(), "deleted": False}))
    _refused(world, sec, forge(north, sec, huge), "too long")
    deep = b"[" * 40 + b"]" * 40 + b"\n"
    _refused(world, sec, forge(north, sec, deep), "nested too deeply")
    manifest = json.dumps({"format": "sic-desktop-bundle", "a": 1, "a ": 2}).encode()
    _refused(world, sec, forge(north, sec, good, raw_manifest=manifest), "manifest")
    dup_manifest = b'{"format":"sic-desktop-bundle","format":"x"}'
    _refused(world, sec, forge(north, sec, good, raw_manifest=dup_manifest), "appears twice")


def test_newer_schema_and_bad_changes(world: World, sites: dict[str, Site]) -> None:
    sec, north = sites["sec"], sites["north"]
    good = lines(change_line(north, 1))
    newer = {"schema_version": SCHEMA_VERSION + 1}
    _refused(world, sec, forge(north, sec, good, manifest=newer), "update SIC Desktop")
    _refused(world, sec, forge(north, sec, good, manifest={"format_version": 9}), "update SIC Desktop")
    cases: list[tuple[dict[str, object], str]] = [
        ({"table": "change"}, "not a table"),
        ({"table": "trusted_key"}, "not a table"),
        ({"new": {"name": "x", "salary": 1}}, "no field"),
        ({"new": {"name": 42}}, "not a valid"),
        ({"kind": "update", "field": "name", "old": None, "new": "x"}, "does not have"),
        ({"site": sites["south"].site_id}, "not exactly"),
    ]
    for overrides, word in cases:
        _refused(world, sec, forge(north, sec, lines(change_line(north, 1, **overrides))), word)


def test_scope_is_checked_per_change(world: World, sites: dict[str, Site]) -> None:
    sec, north = sites["sec"], sites["north"]
    reference = change_line(north, 1, table="region", new={"name": "Atlantis", "deleted": False})
    _refused(world, sec, forge(north, sec, lines(reference)), "reference data")
    foreign = change_line(
        north,
        1,
        table="activity",
        new={"task_force_id": task_force("B1"), "title": "Not ours", "deleted": False},
    )
    _refused(world, sec, forge(north, sec, lines(foreign)), "outside their task forces")
    elsewhere = change_line(
        north,
        1,
        table="activity",
        new={
            "task_force_id": task_force("A1"),
            "title": "Europe's",
            "deleted": False,
            "region_id": region_id("Europe"),
        },
    )
    _refused(world, sec, forge(north, sec, lines(elsewhere)), "outside their region")
    odd = change_line(
        north,
        1,
        table="activity",
        new={"task_force_id": task_force("A1"), "title": "Ours", "deleted": False, "status": "hacked"},
    )
    _refused(world, sec, forge(north, sec, lines(odd)), "is not one of")


def test_gap_and_revoked_key(world: World, sites: dict[str, Site]) -> None:
    sec, north = sites["sec"], sites["north"]
    later = change_line(north, 7)
    _refused(
        world,
        sec,
        forge(north, sec, lines(later), manifest={"seq_from": 7, "seq_to": 7}),
        "missing changes 1-6",
    )
    found: Callable[[str], list[dict[str, object]]] = lambda name: [  # noqa: E731
        k for k in world.json("--db", sec.db, "trust", "list") if k["name"] == name
    ]
    [south_key] = found("Region south")
    key_id = south_key["key_id"]
    assert isinstance(key_id, str)
    world.run("--db", sec.db, "trust", "revoke", key_id)
    sites["south"].edit("create", "person", name="After revocation")
    _refused(world, sec, sites["south"].export(), "revoked")
    assert found("Region south")[0]["status"] == "revoked"
