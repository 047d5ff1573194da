"""A master bundle brings the records its records point at, or is refused in words (never a crash)."""

from pathlib import Path

import pytest

from tests.e2e.test_sync_helpers import Site, World, change_line, forge, lines, task_force


@pytest.fixture
def world(tmp_path: Path) -> World:
    (tmp_path / "home").mkdir(exist_ok=True)
    return World(tmp_path)


@pytest.fixture
def sites(world: World) -> tuple[Site, Site]:
    sec = world.secretariat()
    return sec, world.region("north", sec)  # north follows A1 only


def test_parents_outside_the_scope_travel_with_their_children(sites: tuple[Site, Site]) -> None:
    sec, north = sites
    # A person made at the Secretariat and a membership of north's task force.
    person = sec.edit("create", "person", name="Kofi Mensah")
    member = sec.edit("create", "membership", task_force_id=task_force("A1"), person_id=person, role="TFM")
    # An A2 activity (outside north's scope) that also serves A1: the link row is north's.
    activity = sec.edit("create", "activity", task_force_id=task_force("A2"), title="Seed banks")
    served = sec.edit(
        "create",
        "activity_task_force",
        task_force_id=task_force("A1"),
        activity_id=activity,
        served_task_force_id=task_force("A1"),
    )
    north.import_(sec.export(for_site=north))
    assert north.records("membership")[member]["person_id"] == person
    assert north.records("activity_task_force")[served]["activity_id"] == activity
    assert north.records("activity")[activity]["title"] == "Seed banks"
    # Later edits of the parent follow while a record of north's points at it.
    sec.import_(north.export())  # north acknowledges
    sec.edit("update", "activity", activity, title="Community seed banks")
    north.import_(sec.export(for_site=north))
    assert north.records("activity")[activity]["title"] == "Community seed banks"
    # Carrying a parent again is harmless.
    north.import_(sec.export(for_site=north))


def test_a_record_moved_into_the_scope_arrives_whole(sites: tuple[Site, Site]) -> None:
    sec, north = sites
    activity = sec.edit("create", "activity", task_force_id=task_force("A2"), title="Agroforestry")
    north.import_(sec.export(for_site=north))
    sec.import_(north.export())  # north has acknowledged the Secretariat's changes so far
    assert activity not in north.records("activity")
    sec.edit("update", "activity", activity, task_force_id=task_force("A1"))
    north.import_(sec.export(for_site=north))
    row = north.records("activity")[activity]
    assert (row["title"], row["task_force_id"]) == ("Agroforestry", task_force("A1"))


def test_a_missing_parent_is_refused_in_words(world: World, sites: tuple[Site, Site]) -> None:
    sec, north = sites
    missing = "20000000-0000-4000-8000-000000000001"
    membership = change_line(
        sec,
        1,
        table="membership",
        new={"task_force_id": task_force("A1"), "person_id": missing, "role": "TFM", "deleted": False},
    )
    data = forge(sec, north, lines(membership), manifest={"kind": "master", "seq_from": 0})
    path = world.folder / "orphaned.sicbundle"
    path.write_bytes(data)
    before = north.dump()
    result = north.import_(path, check=4)
    assert north.dump() == before
    assert "Traceback" not in result.stderr
    for words in (membership["record"], f"person {missing}", "does not have"):
        assert words in result.stderr, result.stderr
