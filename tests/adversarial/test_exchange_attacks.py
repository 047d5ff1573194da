"""Attacks that use another region's data: copied change ids, a borrowed name; and text that is
legitimate however well it compresses. Each through the real `bundle import`."""

import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from tests.adversarial.conftest import A1, Sites, refused
from tests.e2e.test_sync_helpers import World, change_line, forge, lines


def _changes(bundle: Path) -> list[dict[str, Any]]:
    with zipfile.ZipFile(bundle) as archive:
        return [json.loads(line) for line in archive.read("changes.jsonl").splitlines()]


def _change_ids(bundle: Path) -> list[str]:
    return [line["id"] for line in _changes(bundle)]


def test_a_copied_change_id_refuses_the_copier_never_its_owner(world: World, sites: Sites) -> None:
    sec, north, south = sites.sec, sites.north, sites.south
    north.edit("create", "person", name="Fatou Sow")
    first = north.export()
    sec.import_(first)
    [stolen] = _change_ids(first)
    copy = change_line(south, 1, id=stolen, new={"name": "Impostor", "deleted": False})
    refused(world, sec, forge(south, sec, lines(copy)), "belongs to change 1 of site", north.site_id)
    twice = [change_line(south, 1), change_line(south, 2, record="10000000-0000-4000-8000-00000000abcd")]
    twice[1]["id"] = twice[0]["id"]
    refused(world, sec, forge(south, sec, lines(*twice)), "used twice")
    # The owner carries on as before.
    person = north.edit("create", "person", name="Moussa Kane")
    sec.import_(north.export())
    assert sec.records("person")[person]["name"] == "Moussa Kane"


def test_a_region_that_sends_anothers_change_ids_first_is_refused_and_the_owner_goes_through(
    world: World, sites: Sites
) -> None:
    sec, north, south = sites.sec, sites.north, sites.south
    person = north.edit("create", "person", name="Aminata Diallo")
    north.edit("update", "person", person, country="Senegal")
    genuine = north.export()
    with sqlite3.connect(sec.db) as connection:
        held = dict(connection.execute("SELECT site_id, max(seq) FROM change GROUP BY site_id").fetchall())
    # The changes the Secretariat has not received yet (the bundle carries every unacknowledged one).
    intercepted = [line["id"] for line in _changes(genuine) if line["seq"] > held.get(north.site_id, 0)]
    assert len(intercepted) == 2
    seq_from = 1 + held.get(south.site_id, 0)
    copies = [change_line(south, seq_from + n, id=stolen, record=f"10000000-0000-4000-8000-00000000ee0{n}",
                          new={"name": f"Decoy {n}", "deleted": False})
              for n, stolen in enumerate(intercepted)]
    attack = forge(south, sec, lines(*copies),
                   manifest={"seq_from": seq_from, "seq_to": seq_from + len(copies) - 1})
    refused(world, sec, attack, "is not the id of change", south.site_id)
    sec.import_(genuine)
    assert sec.records("person")[person]["country"] == "Senegal"
    assert sec.records("person")[person]["name"] == "Aminata Diallo"


def test_the_conflict_queue_names_the_signing_key_not_the_author_it_claims(
    world: World, sites: Sites
) -> None:
    sec, south = sites.sec, sites.south
    person = sec.edit("create", "person", name="Ana Quispe", country="Peru")
    south.import_(sec.export(for_site=south))
    sec.edit("update", "person", person, country="Bolivia")
    spoof = change_line(south, 1, table="person", record=person, kind="update", field="country",
                        old="Peru", new="Chile", author="(Executive Secretariat)")
    (world.folder / "spoof.sicbundle").write_bytes(forge(south, sec, lines(spoof)))
    sec.import_(world.folder / "spoof.sicbundle", check=3)
    [conflict] = [c for c in sec.conflicts() if c["record_id"] == person]
    assert conflict["incoming_author"] == "Region south"
    listed = world.run("--db", sec.db, "conflicts", "list").stdout
    assert "Executive Secretariat)" not in listed


def test_long_compressible_texts_within_the_caps_travel(world: World, sites: Sites) -> None:
    sec, north = sites.sec, sites.north
    blank = "Residue retention." + " " * 32_000 + "On 40 farms."
    parts = ("context", "baseline", "problem", "objectives", "outcomes", "outputs", "activities",
             "theory_of_change", "safeguards", "mrv")
    [note] = north.create_many("concept_note", [
        {"task_force_id": A1, "title": "Mostly blank", "version": 1, "status": "draft",
         **dict.fromkeys(parts, blank)}
    ])
    bundle = north.export()
    with zipfile.ZipFile(bundle) as archive:
        info = archive.getinfo("changes.jsonl")
        assert info.file_size > 200 * info.compress_size  # what the ratio cap took for a ZIP bomb
    sec.import_(bundle)
    held = sec.records("concept_note")[note]
    assert all(held[part] == blank for part in parts)
