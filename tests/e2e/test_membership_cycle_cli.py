"""Memberships by cycle through the real command line: records, `cycle new` for review, the members sheet."""

import json
from pathlib import Path

from openpyxl import load_workbook

from sic_desktop.services.reference import reference_id
from tests.e2e.conftest import Cli
from tests.e2e.test_cycle_cli import run_ok
from tests.sheets import write_sheet

A1 = reference_id("task_force", "A1")


def cycles(cli: Cli, db: Path) -> dict[int, str]:
    return {c["year"]: c["id"] for c in json.loads(run_ok(cli, "--db", db, "dump"))["cycle"]}


def test_a_leader_confirms_or_ends_each_membership_carried_into_the_new_cycle(
        cli: Cli, master_db: Path) -> None:
    db = ("--db", master_db)
    amina = run_ok(cli, *db, "records", "add", "person", "name=Amina Diallo").strip()
    jean = run_ok(cli, *db, "records", "add", "person", "name=Jean Martin").strip()
    first = run_ok(cli, *db, "records", "add", "membership", f"person_id={amina}", f"task_force_id={A1}",
                   "role=TFL", "status=active").strip()
    run_ok(cli, *db, "records", "add", "membership", f"person_id={jean}", f"task_force_id={A1}", "role=TFM")
    shown = json.loads(run_ok(cli, *db, "records", "show", "membership", first, "--json"))
    assert shown["cycle_id"] == cycles(cli, master_db)[2022]  # not told otherwise: the current cycle

    made = cli(*db, "cycle", "new", "2023")
    assert made.returncode == 0, made.stderr
    assert "2 memberships carried forward for review" in made.stdout
    year = cycles(cli, master_db)[2023]
    to_review = [m for m in json.loads(run_ok(cli, *db, "records", "list", "membership", "--json"))
                 if m["cycle_id"] == year]
    assert sorted(m["status"] for m in to_review) == ["to confirm", "to confirm"]
    by_person = {m["person_id"]: m["id"] for m in to_review}
    run_ok(cli, *db, "records", "set", "membership", by_person[amina], "status=active")
    run_ok(cli, *db, "records", "set", "membership", by_person[jean], "status=left")
    dump = json.loads(run_ok(cli, *db, "dump"))
    statuses = {(m["person_id"], m["cycle_id"]): m["status"] for m in dump["membership"]}
    last = cycles(cli, master_db)[2022]  # the 2022 memberships stay as they were (no status is active)
    assert statuses == {(amina, last): "active", (jean, last): None,
                        (amina, year): "active", (jean, year): "left"}

    # Told otherwise: an earlier cycle; a cycle that does not exist is refused.
    earlier = run_ok(cli, *db, "records", "add", "membership", f"person_id={jean}", f"task_force_id={A1}",
                     "role=TFM", f"cycle_id={cycles(cli, master_db)[2022]}").strip()
    assert json.loads(run_ok(cli, *db, "records", "show", "membership", earlier, "--json"))["cycle_id"] == \
        cycles(cli, master_db)[2022]
    before = run_ok(cli, *db, "dump")
    wrong = cli(*db, "records", "add", "membership", f"person_id={jean}", f"task_force_id={A1}", "role=TFM",
                "cycle_id=00000000-0000-4000-8000-000000000000")
    assert wrong.returncode == 4, (wrong.stdout, wrong.stderr)
    assert "Cycle" in wrong.stderr and "Traceback" not in wrong.stderr
    assert run_ok(cli, *db, "dump") == before


def test_the_members_sheet_carries_the_cycle_through_the_command_line(
        cli: Cli, master_db: Path, tmp_path: Path) -> None:
    db = ("--db", master_db)
    run_ok(cli, *db, "cycle", "new", "2023")
    sheet = write_sheet(tmp_path / "membres.xlsx", ["Nom", "Courriel", "Cycle"],
                        [["Amina Diallo", "amina@example.org", 2022],
                         ["Jean Martin", "jean@example.org", None]])
    assert "2 added" in run_ok(cli, *db, "members", "import", sheet, "--task-force", "A1")
    exported = tmp_path / "members.xlsx"
    run_ok(cli, *db, "members", "export", exported, "--task-force", "A1")
    rows = list(load_workbook(exported).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    column = rows[0].index("Cycle")
    assert {row[1]: row[column] for row in rows[1:]} == {"Amina Diallo": 2022, "Jean Martin": 2023}
    # Re-importing the untouched export changes nothing.
    before = run_ok(cli, *db, "dump")
    run_ok(cli, *db, "members", "import", exported, "--task-force", "A1")
    assert run_ok(cli, *db, "dump") == before

    unknown = write_sheet(tmp_path / "inconnu.xlsx", ["Nom", "Année"], [["Ana Pérez", 2031]])
    refused = cli(*db, "members", "import", unknown, "--task-force", "A1")
    assert refused.returncode == 4
    assert "cell B2: no cycle '2031'; known: 2022, 2023" in refused.stderr
    assert run_ok(cli, *db, "dump") == before
