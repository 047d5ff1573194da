"""A region whose bundle the Secretariat refuses is never cut off: it sees why, and takes the change back.

The Secretariat moves north from A1 to A3 while north has an unsent A1 edit: north's next bundle
is refused (as it must be), the Secretariat's bundle log says why, north's `bundle pending` shows the
offending change, `bundle withdraw` takes it back, and the bundle after that goes through.
"""

import json

from tests.adversarial.conftest import A1, Sites
from tests.e2e.test_sync_helpers import World


def test_a_region_withdraws_a_change_its_new_scope_no_longer_allows(world: World, sites: Sites) -> None:
    sec, north = sites.sec, sites.north
    activity = north.edit("create", "activity", task_force_id=A1, title="Composting in Kaolack")
    world.run("--db", sec.db, "trust", "add", world.folder / "north.pub", "--role", "tfrr",
              "--task-force", "A3", "--region", "Africa")
    before = sec.dump()
    refused = north.export()
    result = sec.import_(refused, check=4)
    assert "outside their task forces (A3)" in result.stderr and "Traceback" not in result.stderr
    assert sec.dump() == before
    log = world.json("--db", sec.db, "bundle", "log")
    assert log[0]["verdict"] == "refused" and log[0]["site"] == "Region north"
    assert "'Composting in Kaolack'" in log[0]["reason"]

    north.import_(sec.export(for_site=north))  # north learns its new scope
    pending = world.json("--db", north.db, "bundle", "pending")
    [offending] = [change for change in pending if change["problem"]]
    assert offending["record_id"] == activity and "A3" in offending["problem"]
    world.run("--db", north.db, "bundle", "withdraw", offending["change_id"])
    assert not [change for change in world.json("--db", north.db, "bundle", "pending") if change["problem"]]
    listed = world.run("--db", north.db, "bundle", "pending").stdout
    assert listed.count("withdrawn: it travels with the change that takes it back") == 2
    assert north.records("activity")[activity]["deleted"] is True

    result = sec.import_(north.export(), check=0)
    assert activity not in sec.records("activity")
    # North is not cut off: its next edits in its new scope arrive.
    person = north.edit("create", "person", name="Awa Ndiaye")
    sec.import_(north.export())
    assert sec.records("person")[person]["name"] == "Awa Ndiaye"
    assert json.loads(sec.dump())["activity"] == json.loads(before)["activity"]
