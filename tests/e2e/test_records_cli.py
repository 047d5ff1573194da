"""`records list|show|add|set|delete` with the real program: dump names, links by id, and refusals."""

import json
from pathlib import Path

from tests.e2e.conftest import Cli
from tests.e2e.test_sync_helpers import World, task_force


def run_ok(cli: Cli, *args: str | Path) -> str:
    result = cli(*args)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def dump(cli: Cli, db: Path) -> str:
    return run_ok(cli, "--db", db, "dump")


def test_a_script_adds_links_changes_lists_and_trashes_records(cli: Cli, master_db: Path) -> None:
    db = ("--db", master_db)
    person = run_ok(cli, *db, "records", "add", "person", "name=Amina Diallo", "email=amina@example.org",
                    "country=Senegal").strip()
    added = json.loads(run_ok(cli, *db, "records", "add", "membership", f"person_id={person}",
                              f"task_force_id={task_force('A1')}", "role=TFRR", "start=2026-01-15",
                              "--json"))
    assert list(added) == ["id"]
    membership = added["id"]

    records = json.loads(dump(cli, master_db))
    [row] = [m for m in records["membership"] if m["id"] == membership]
    assert row["person_id"] == person and row["start"] == "2026-01-15" and row["role"] == "TFRR"

    # An empty value clears a field; the other fields stay.
    changed = json.loads(run_ok(cli, *db, "records", "set", "person", person, "country=",
                                "expertise=Soil carbon", "--json"))
    assert changed == {"id": person, "changed": ["country", "expertise"]}
    shown = json.loads(run_ok(cli, *db, "records", "show", "person", person, "--json"))
    assert shown["country"] is None and shown["expertise"] == "Soil carbon"
    assert shown["email"] == "amina@example.org"
    assert "Soil carbon" in run_ok(cli, *db, "records", "show", "person", person)

    # The list of one task force holds its records only.
    assert [m["id"] for m in json.loads(run_ok(cli, *db, "records", "list", "membership", "--task-force",
                                               "A1", "--json"))] == [membership]
    assert json.loads(run_ok(cli, *db, "records", "list", "membership", "--task-force", "A2", "--json")) == []
    assert f"{person}  Amina Diallo" in run_ok(cli, *db, "records", "list", "person")

    # Delete moves the record to the trash: it leaves the list, dump keeps it with its flag.
    run_ok(cli, *db, "records", "delete", "membership", membership)
    assert json.loads(run_ok(cli, *db, "records", "list", "membership", "--json")) == []
    [trashed] = json.loads(dump(cli, master_db))["membership"]
    assert trashed["deleted"] is True


def test_a_refused_write_exits_4_and_changes_nothing(cli: Cli, master_db: Path) -> None:
    db = ("--db", master_db)
    person = run_ok(cli, *db, "records", "add", "person", "name=Jean Martin").strip()
    before = dump(cli, master_db)
    refusals = [
        (("records", "set", "person", person, "email=not-an-address"), "is not an e-mail address"),
        (("records", "set", "person", person, "name="), "Name: is required"),
        (("records", "add", "person", "name=X", "shoe_size=42"), "is not a field"),
        (("records", "add", "membership", f"person_id={person}", "task_force_id=no-such-id"),
         "does not exist"),
        (("records", "add", "activity", f"task_force_id={task_force('A1')}", "title=Mapping",
          "budget=lots"), "must be a number"),
        (("records", "add", "activity", f"task_force_id={task_force('A1')}", "title=Mapping",
          "start=2026-05-01", "end=2026-01-01"), "is before the start"),
        (("records", "set", "person", "no-such-id", "name=Ghost"), "No person with id"),
        (("records", "delete", "person", "no-such-id"), "No person with id"),
    ]
    for args, words in refusals:
        result = cli(*db, *args)
        assert result.returncode == 4, (args, result.stderr)
        assert words in result.stderr and "Traceback" not in result.stderr
    assert dump(cli, master_db) == before


def test_usage_mistakes_exit_2(cli: Cli, master_db: Path) -> None:
    for args, words in [
        (("records", "list", "people"), "No kind of record 'people'"),
        (("records", "add", "person", "name"), "write FIELD=VALUE"),
        (("records", "add", "person", "name=A", "name=B"), "given twice"),
        (("records", "list", "person", "--task-force", "A1"), "do not belong to a task force"),
        (("records", "list", "membership", "--task-force", "Z9"), "No task force 'Z9'"),
    ]:
        result = cli("--db", master_db, *args)
        assert result.returncode == 2, (args, result.stderr)
        assert words in result.stderr


def test_a_regional_copy_cannot_write_what_is_not_its_own(tmp_path: Path) -> None:
    world = World(tmp_path)
    sec = world.secretariat()
    region = world.region("north", sec, task_forces=("A1",))
    region.import_(sec.export(for_site=region))  # the region learns its scope: task force A1
    before = region.dump()
    for args in [
        ("records", "add", "region", "name=Antarctica"),
        ("records", "set", "step", sec.records("step").popitem()[0], "title=Renamed"),
        ("records", "add", "activity", f"task_force_id={task_force('A2')}", "title=Not my task force"),
    ]:
        result = world.run("--db", region.db, *args, check=None)
        assert result.returncode == 4, (args, result.stderr)
        assert "read-only" in result.stderr.lower()
    assert region.dump() == before
    # Its own task force's records it writes as the window does.
    mine = world.run("--db", region.db, "records", "add", "activity", f"task_force_id={task_force('A1')}",
                     "title=Soil map").stdout.strip()
    assert region.records("activity")[mine]["title"] == "Soil map"
