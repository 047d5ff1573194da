"""A Secretariat and two regions exchange bundles through the real command line."""

import shutil
from pathlib import Path

import pytest

from tests.e2e.test_sync_helpers import Site, World, region_id, task_force


@pytest.fixture
def world(tmp_path: Path) -> World:
    (tmp_path / "home").mkdir(exist_ok=True)
    return World(tmp_path)


@pytest.fixture
def sites(world: World) -> tuple[Site, Site, Site]:
    sec = world.secretariat()
    north = world.region("north", sec)
    south = world.region("south", sec, region="Europe")
    return sec, north, south


def _person(site: Site, **values: str) -> str:
    return site.edit("create", "person", name=values.pop("name", "Amina Diallo"), **values)


def _share(sec: Site, *regions: Site) -> None:
    for region in regions:
        region.import_(sec.export(for_site=region))


def test_enrol_round_trip_and_acknowledgement(sites: tuple[Site, Site, Site]) -> None:
    sec, north, _ = sites
    person = _person(north, email="amina@example.org")
    activity = north.edit(
        "create",
        "activity",
        task_force_id=task_force("A1"),
        title="Compost trials",
        region_id=region_id("Africa"),
    )
    bundle = north.export()
    inspected = north.world.json("--db", sec.db, "bundle", "inspect", bundle)
    assert inspected["verdict"] == "preview" and inspected["applied"] == 2
    assert person not in sec.records("person")  # inspect wrote nothing

    result = sec.import_(bundle)
    assert "1 person record added" in result.stdout and "1 activity record added" in result.stdout
    assert sec.records("person")[person]["email"] == "amina@example.org"
    assert sec.records("activity")[activity]["title"] == "Compost trials"

    again = sec.import_(bundle)  # re-import is harmless
    assert "already applied" in again.stdout

    north.import_(sec.export(for_site=north))
    following = north.world.folder / "following.sicbundle"
    assert north.world.json("--db", north.db, "bundle", "export", following)["changes"] == 0


def test_different_fields_are_both_kept(sites: tuple[Site, Site, Site]) -> None:
    sec, north, south = sites
    person = _person(sec)
    _share(sec, north, south)
    north.edit("update", "person", person, country="Senegal")
    south.edit("update", "person", person, languages="French, Wolof")
    # The week's bundles in one command: one backup, each bundle all or nothing.
    sec.world.run("--db", sec.db, "bundle", "import", north.export(), south.export())
    row = sec.records("person")[person]
    assert (row["country"], row["languages"]) == ("Senegal", "French, Wolof")
    assert sec.conflicts() == []


def test_same_field_conflict_resolved_travels_back_and_never_returns(
    sites: tuple[Site, Site, Site],
) -> None:
    sec, north, south = sites
    person = _person(sec, country="Kenya")
    _share(sec, north, south)
    north.edit("update", "person", person, country="Senegal")
    south.edit("update", "person", person, country="Mali")
    sec.import_(north.export())
    result = sec.import_(south.export(), check=3)
    assert "conflict" in result.stdout
    [conflict] = sec.conflicts()
    assert conflict["field"] == "country" and conflict["base"] == "Kenya"
    assert {conflict["master"], conflict["incoming"]} == {"Senegal", "Mali"}

    sec.world.run("--db", sec.db, "conflicts", "resolve", conflict["id"], "--value", '"Senegal"')
    assert sec.conflicts() == []
    _share(sec, north, south)
    for site in (sec, north, south):
        assert site.records("person")[person]["country"] == "Senegal", site.name
    # The regions' next bundles hold nothing the Secretariat has not seen: no conflict returns.
    sec.import_(north.export())
    sec.import_(south.export())
    assert sec.conflicts() == []
    north.edit("update", "person", person, country="Senegal (Dakar)")
    sec.import_(north.export())
    assert sec.records("person")[person]["country"] == "Senegal (Dakar)"
    assert sec.conflicts() == []


def test_import_order_does_not_matter(world: World, sites: tuple[Site, Site, Site]) -> None:
    sec, north, south = sites
    person = _person(sec, country="Kenya")
    _share(sec, north, south)
    # A second master copy, identical so far: the same file and the same key.
    twin_db = world.folder / "twin.sqlite"
    shutil.copyfile(sec.db, twin_db)
    shutil.copyfile(sec.db.with_name("sec.sqlite.key.pem"), twin_db.with_name("twin.sqlite.key.pem"))
    twin = Site(world, twin_db, "twin", sec.site_id)
    north.edit("update", "person", person, country="Senegal", languages="French")
    south.edit("update", "person", person, country="Mali")
    south.edit("create", "person", name="Kofi Mensah")
    from_north, from_south = north.export(), south.export()
    sec.import_(from_north)
    sec.import_(from_south, check=3)
    twin.import_(from_south)
    twin.import_(from_north, check=3)
    assert sec.dump() == twin.dump()
    assert sec.conflicts() == twin.conflicts()


def test_edit_against_delete_is_a_conflict(sites: tuple[Site, Site, Site]) -> None:
    sec, north, _ = sites
    activity = north.edit(
        "create", "activity", task_force_id=task_force("A1"), title="Trials", region_id=region_id("Africa")
    )
    sec.import_(north.export())
    sec.edit("delete", "activity", activity)
    north.edit("update", "activity", activity, title="Field trials")
    sec.import_(north.export(), check=3)
    [conflict] = sec.conflicts()
    assert conflict["kind"] == "edit-delete" and conflict["incoming"] == "Field trials"
    sec.world.run("--db", sec.db, "conflicts", "resolve", conflict["id"], "--take-incoming")
    row = sec.records("activity")[activity]
    assert row["title"] == "Field trials" and row["deleted"] is False


def test_cloned_laptop_is_quarantined(world: World, sites: tuple[Site, Site, Site]) -> None:
    sec, north, _ = sites
    clone_db = world.folder / "clone.sqlite"
    shutil.copyfile(north.db, clone_db)
    shutil.copyfile(north.db.with_name("north.sqlite.key.pem"), clone_db.with_name("clone.sqlite.key.pem"))
    clone = Site(world, clone_db, "clone", north.site_id)
    _person(north, name="Typed on the laptop")
    _person(clone, name="Typed on the copy")
    sec.import_(north.export())
    before = sec.dump()
    result = sec.import_(clone.export(), check=4)
    assert "quarantined" in result.stderr
    assert sec.dump() == before
    assert list((world.folder / "sec-quarantine").iterdir())


def test_lost_key_means_re_enrolment(world: World, sites: tuple[Site, Site, Site]) -> None:
    sec, north, _ = sites
    _person(north, name="Before the loss")
    sec.import_(north.export())
    old = world.json("--db", north.db, "keys", "fingerprint")["key_id"]
    north.db.with_name("north.sqlite.key.pem").unlink()  # the laptop's key is gone
    _person(north, name="After the loss")
    lost = world.run("--db", north.db, "bundle", "export", world.folder / "x.sicbundle", check=1)
    assert "re-enrol" in lost.stderr
    assert not (world.folder / "x.sicbundle").exists()
    world.run("--db", north.db, "keys", "renew")
    world.run("--db", north.db, "keys", "export", world.folder / "north-new.pub")
    world.run("--db", sec.db, "trust", "revoke", old)
    world.run(
        "--db",
        sec.db,
        "trust",
        "add",
        world.folder / "north-new.pub",
        "--role",
        "tfrr",
        "--task-force",
        "A1",
        "--region",
        "Africa",
    )
    sec.import_(north.export())
    assert "After the loss" in sec.dump()


def test_delete_before_the_edit_arrived_is_a_conflict(sites: tuple[Site, Site, Site]) -> None:
    """North deletes, then receives the Secretariat's edit, then exports: its bundle acknowledges
    the edit, yet the delete was made without it, so a person must decide."""
    sec, north, _ = sites
    person = _person(sec, name="Kofi Mensah")
    _share(sec, north)
    sec.import_(north.export())
    sec.edit("update", "person", person, email="kofi@example.org")
    north.edit("delete", "person", person)
    _share(sec, north)
    result = sec.import_(north.export(), check=3)
    assert "delete-edit" in result.stdout
    [conflict] = sec.conflicts()
    assert (conflict["kind"], conflict["record_id"]) == ("delete-edit", person)
    assert sec.records("person")[person]["deleted"] is False
    assert sec.records("person")[person]["email"] == "kofi@example.org"
