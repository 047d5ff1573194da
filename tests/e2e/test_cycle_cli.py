"""`cycle ics|overview|new` with the real program: calendars read back, states and the next year."""

import json
from pathlib import Path

from icalendar import Calendar

from sic_desktop.services.reference import reference_id
from tests.e2e.conftest import Cli
from tests.e2e.test_sync_helpers import task_force


def run_ok(cli: Cli, *args: str | Path) -> str:
    result = cli(*args)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def uids(path: Path) -> dict[str, str]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}


def test_cycle_ics_writes_a_calendar_whose_uids_survive_a_second_export(
        cli: Cli, master_db: Path, tmp_path: Path) -> None:
    db = ("--db", master_db)
    meeting = run_ok(cli, *db, "records", "add", "meeting", f"task_force_id={task_force('A1')}",
                     "kind=TF meeting", "title=Ideas and teams", "held_on=2023-03-12").strip()
    run_ok(cli, *db, "records", "add", "meeting", f"task_force_id={task_force('A2')}",
           "kind=TF meeting", "title=Other task force", "held_on=2023-03-14")

    assert "Wrote 15 events of the 2022 cycle" in run_ok(cli, *db, "cycle", "ics", "--cycle", "2022",
                                                          tmp_path / "all.ics")
    run_ok(cli, *db, "cycle", "ics", "--cycle", "2022", tmp_path / "again.ics")
    first, again = uids(tmp_path / "all.ics"), uids(tmp_path / "again.ics")
    assert first == again and len(first) == 15
    assert first[f"meeting-{meeting}@sic-desktop.4p1000.org"] == "A1 TF meeting: Ideas and teams"

    written = json.loads(run_ok(cli, *db, "cycle", "ics", "--cycle", "2022", tmp_path / "a1.ics",
                                "--task-force", "A1", "--json"))
    assert written == {"file": str(tmp_path / "a1.ics"), "events": 14}
    assert "A2 TF meeting: Other task force" not in uids(tmp_path / "a1.ics").values()

    unknown = cli(*db, "cycle", "ics", "--cycle", "2030", tmp_path / "x.ics")
    assert unknown.returncode == 2 and "No cycle 2030; known: 2022" in unknown.stderr
    assert "Traceback" not in unknown.stderr and not (tmp_path / "x.ics").exists()
    # A folder not there yet is made, as for every file the app writes.
    run_ok(cli, *db, "cycle", "ics", "--cycle", "2022", tmp_path / "new folder" / "x.ics")
    assert len(uids(tmp_path / "new folder" / "x.ics")) == 15
    (tmp_path / "taken.ics").mkdir()  # a folder where the file should go
    taken = cli(*db, "cycle", "ics", "--cycle", "2022", tmp_path / "taken.ics")
    assert taken.returncode == 1 and "Cannot write" in taken.stderr
    assert "Traceback" not in taken.stderr


def test_cycle_overview_derives_states_from_the_records_in_words_and_json(
        cli: Cli, master_db: Path) -> None:
    db = ("--db", master_db)
    cycle = json.loads(run_ok(cli, *db, "records", "list", "cycle", "--json"))[0]["id"]
    run_ok(cli, *db, "records", "add", "activity", f"task_force_id={task_force('A2')}", f"cycle_id={cycle}",
           "title=Soil maps of Senegal")

    cells = json.loads(run_ok(cli, *db, "cycle", "overview", "--cycle", "2022", "--json"))
    assert len(cells) == 6 * 17
    assert all(sorted(cell) == ["state", "step", "task_force", "why"] for cell in cells)
    by_key = {(cell["task_force"], cell["step"]): cell for cell in cells}
    assert by_key[("A2", 5)] == {"task_force": "A2", "step": 5, "state": "done",
                                 "why": "done: 1 inventory item recorded in this cycle"}
    assert by_key[("A1", 5)]["state"] == "late"  # the first cycle's windows are long past
    assert by_key[("A1", 13)]["state"] == "not_applicable"

    one = json.loads(run_ok(cli, *db, "cycle", "overview", "--cycle", "2022", "--task-force", "A2", "--json"))
    assert {cell["task_force"] for cell in one} == {"A2"} and len(one) == 17
    funder = run_ok(cli, *db, "records", "add", "funder", "name=Green Climate Fund").strip()
    run_ok(cli, *db, "records", "add", "funding_opportunity", f"funder_id={funder}", "title=Readiness call",
           "deadline=2023-10-15")
    human = run_ok(cli, *db, "cycle", "overview", "--cycle", "2022", "--task-force", "A2")
    assert "Funding deadlines in the cycle:\n  2023-10-15  Green Climate Fund, Readiness call" in human
    assert " 5 Project inventory: done - done: 1 inventory item recorded in this cycle" in human
    assert "A2" in human and "A1" not in human

    unknown = cli(*db, "cycle", "overview", "--cycle", "2022", "--task-force", "Z9")
    assert unknown.returncode == 2 and "No task force 'Z9'" in unknown.stderr


def test_cycle_new_starts_the_second_year_with_the_windows_moved_on(
        cli: Cli, master_db: Path, tmp_path: Path) -> None:
    db = ("--db", master_db)
    person = run_ok(cli, *db, "records", "add", "person", "name=Amina Diallo").strip()
    membership = run_ok(cli, *db, "records", "add", "membership", f"person_id={person}",
                        f"task_force_id={task_force('A1')}", "role=TFL", "status=active").strip()
    made = json.loads(run_ok(cli, *db, "cycle", "new", "2023", "--json"))
    assert {k: made[k] for k in ("year", "source_year", "windows")} == {
        "year": 2023, "source_year": 2022, "windows": 13}
    [carried] = made["memberships"]
    assert carried != membership  # the 2022 membership stays as it was; 2023 has its own, to confirm

    dump = json.loads(run_ok(cli, *db, "dump"))
    by_id = {m["id"]: m for m in dump["membership"]}
    assert by_id[carried]["status"] == "to confirm" and by_id[carried]["cycle_id"] == made["id"]
    assert by_id[membership]["status"] == "active"
    new_windows = {w["step_id"]: (w["start"], w["end"]) for w in dump["step_window"]
                   if w["cycle_id"] == made["id"]}
    assert new_windows[reference_id("step", "6")] == ("2024-02-01", "2024-05-31")
    run_ok(cli, *db, "cycle", "ics", "--cycle", "2023", tmp_path / "2023.ics")
    summaries = uids(tmp_path / "2023.ics").values()
    assert any(s.startswith("Step 6: ") and s.endswith("(cycle 2023)") for s in summaries)

    again = cli(*db, "cycle", "new", "2023")
    assert again.returncode == 4 and "The 2023 cycle exists already" in again.stderr
    assert json.loads(run_ok(cli, *db, "dump")) == dump



def test_cycle_overview_writes_the_workbook_and_refuses_a_file_of_the_wrong_kind(
        cli: Cli, master_db: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db = ("--db", master_db)
    out = run_ok(cli, *db, "cycle", "overview", "--cycle", "2022", "--task-force", "A1",
                 "--xlsx", tmp_path / "a1.xlsx")
    assert f"Wrote the 2022 cycle overview to {tmp_path / 'a1.xlsx'}" in out
    why = [[c.value for c in row] for row in load_workbook(tmp_path / "a1.xlsx")["Why"].iter_rows(min_row=2)]
    assert [row[:2] for row in why] == [["A1", n] for n in range(1, 18)]

    wrong = cli(*db, "cycle", "overview", "--cycle", "2022", "--pdf", tmp_path / "a1.xlsx.docx")
    assert wrong.returncode == 2 and "a1.xlsx.docx: --pdf writes a .pdf file" in wrong.stderr
    assert "Traceback" not in wrong.stderr and not (tmp_path / "a1.xlsx.docx").exists()
    as_json = cli(*db, "cycle", "overview", "--cycle", "2022", "--json", "--xlsx", tmp_path / "all.xlsx")
    assert len(json.loads(as_json.stdout)) == 6 * 17 and (tmp_path / "all.xlsx").is_file()
