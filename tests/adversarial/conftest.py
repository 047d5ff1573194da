"""Attacks on the real program: a Secretariat and two regions made by `init`, and a refusal check.

The attacks' bundles are really signed with a trusted region's key (tests/e2e/test_sync_helpers.py
`forge`), so each reaches the checks it aims at rather than failing at the signature.
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.test_sync_helpers import Site, World, task_force

A1, A2 = task_force("A1"), task_force("A2")


@dataclass
class Sites:
    """The Secretariat; north (TFRR of A1 for Africa); south (TFRR of A2 for Latin America)."""

    sec: Site
    north: Site
    south: Site
    note_a1: str  # an A1 concept note in Africa, known to everyone
    note_a2: str  # an A2 concept note, task-force wide
    asia_activity: str  # an A2 activity in Asia: south's task force, another region


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("attacks")
    (folder / "home").mkdir()
    return World(folder)


@pytest.fixture(scope="module")
def sites(world: World) -> Sites:
    from tests.e2e.test_sync_helpers import region_id

    sec = world.secretariat()
    north = world.region("north", sec, task_forces=("A1",), region="Africa")
    south = world.region("south", sec, task_forces=("A2",), region="Latin America & the Caribbean")
    note_a1 = sec.edit("create", "concept_note", task_force_id=A1, title="Sahel residues", version=1,
                       status="draft", region_id=region_id("Africa"))
    note_a2 = sec.edit("create", "concept_note", task_force_id=A2, title="Andean soils", version=1,
                       status="draft")
    asia = sec.edit("create", "activity", task_force_id=A2, title="Rice straw in Asia",
                    region_id=region_id("Asia"))
    for region in (north, south):
        region.import_(sec.export(for_site=region))
    return Sites(sec, north, south, note_a1, note_a2, asia)


def refused(world: World, site: Site, data: bytes | Path, *words: str) -> str:
    """Offer `data` to `site`: refused with exit 4, no traceback, the records byte-identical."""
    path = data if isinstance(data, Path) else world.folder / "attack.sicbundle"
    if isinstance(data, bytes):
        path.write_bytes(data)
    before = site.dump()
    result = site.import_(path, check=None)
    assert result.returncode == 4, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert site.dump() == before
    for word in words:
        assert word in result.stderr, result.stderr
    return result.stderr


def attachments(site: Site) -> int:
    """How many files the database keeps (they are not part of `dump`)."""
    with sqlite3.connect(site.db) as connection:
        count: int = connection.execute("SELECT count(*) FROM attachment").fetchone()[0]
    return count
