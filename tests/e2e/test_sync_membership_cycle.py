"""Memberships carried into a new cycle travel to the region, come back confirmed, and keep their cycle."""

from pathlib import Path

from tests.e2e.test_sync_helpers import World, region_id, task_force


def test_a_region_confirms_a_carried_membership_and_adds_one_in_the_new_cycle(tmp_path: Path) -> None:
    (tmp_path / "home").mkdir(exist_ok=True)
    world = World(tmp_path)
    sec = world.secretariat()
    north = world.region("north", sec)  # the TFRR of A1 for Africa
    person = sec.edit("create", "person", name="Amina Diallo")
    sec.edit("create", "membership", task_force_id=task_force("A1"), person_id=person, role="TFRR",
             region_id=region_id("Africa"), status="active")
    world.run("--db", sec.db, "cycle", "new", "2023")
    north.import_(sec.export(for_site=north))

    cycles = {c["year"]: c["id"] for c in north.records("cycle").values()}
    [carried] = [m for m in north.records("membership").values() if m["cycle_id"] == cycles[2023]]
    assert carried["status"] == "to confirm"
    north.edit("update", "membership", carried["id"], status="active")  # the region's leader confirms
    newcomer = north.edit("create", "person", name="Kofi Mensah")
    added = north.edit("create", "membership", task_force_id=task_force("A1"), person_id=newcomer,
                       role="TFM", region_id=region_id("Africa"))
    sec.import_(north.export())

    memberships = sec.records("membership")
    assert (memberships[carried["id"]]["status"], memberships[carried["id"]]["cycle_id"]) == (
        "active", cycles[2023])
    assert memberships[added]["cycle_id"] == cycles[2023]  # the region's current cycle, as the master's
    assert sec.conflicts() == []
