"""Members and inventory through Excel with the real program: round trips, edits, and refusals."""

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.sheets import INVENTORY_TITLES, MEMBER_TITLES, write_sheet

Cli = Callable[..., subprocess.CompletedProcess[str]]



def dump(cli: Cli, db: Path) -> str:
    result = cli("--db", db, "dump")
    assert result.returncode == 0, result.stderr
    return result.stdout


def member_row(**overrides: Any) -> list[Any]:
    values = {"ID": None, "Name": "Amina Diallo", "Email": "amina@example.org", "Organisation": "ISRA",
              "Country": "Senegal", "Region": "Africa", "Role": "TFRR", "Expertise": "Soil carbon",
              "Profile URL": "https://example.org/amina"} | overrides
    return [values.get(title) for title in MEMBER_TITLES]


def activity_row(**overrides: Any) -> list[Any]:
    values = {"ID": None, "Title": "Soil carbon mapping", "Description": "National SOC map",
              "Region": "Africa",
              "Countries": "Kenya", "Sponsor": "FAO", "Owner": "KALRO", "URL": "https://example.org/map",
              "Status": "ongoing", "Start": "2023-01-01", "End": "2024-12-31", "Budget": 125000,
              "Currency": "EUR", "Cycle": 2022} | overrides
    return [values[title] for title in INVENTORY_TITLES]


def test_members_round_trip_through_excel(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    first = write_sheet(tmp_path / "new.xlsx", MEMBER_TITLES, [
        member_row(), member_row(Name="Jean Martin", Email="jean@example.org", Role="TFM", Region="Europe",
                                 Organisation="INRAE", Country="France")])
    result = cli("--db", master_db, "members", "import", first, "--task-force", "A1")
    assert result.returncode == 0, result.stderr
    assert "2 added" in result.stdout

    exported = tmp_path / "members.xlsx"
    assert cli("--db", master_db, "members", "export", exported, "--task-force", "A1").returncode == 0
    workbook = load_workbook(exported)
    sheet = workbook.active
    assert sheet is not None
    assert [cell.value for cell in sheet[1]] == MEMBER_TITLES
    assert sheet.freeze_panes == "A2"
    rows = {row[1]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["Amina Diallo"][2:7] == ("amina@example.org", "ISRA", "Senegal", "Africa", "TFRR")

    # Re-importing the untouched export changes nothing at all.
    before = dump(cli, master_db)
    assert cli("--db", master_db, "members", "import", exported, "--task-force", "A1").returncode == 0
    assert dump(cli, master_db) == before

    # A person edits a cell in Excel; the import updates that member by ID.
    for row in sheet.iter_rows(min_row=2):
        if row[1].value == "Jean Martin":
            row[6].value = "TFL"
            row[2].value = "jean.martin@example.org"
    workbook.save(exported)
    result = cli("--db", master_db, "members", "import", exported, "--task-force", "A1")
    assert result.returncode == 0, result.stderr
    assert "0 added, 1 updated" in result.stdout
    records = json.loads(dump(cli, master_db))
    jean = next(p for p in records["person"] if p["name"] == "Jean Martin")
    assert jean["email"] == "jean.martin@example.org"
    roles = {m["person_id"]: m["role"] for m in records["membership"]}
    assert roles[jean["id"]] == "TFL"
    assert len(records["person"]) == 2 and len(records["membership"]) == 2


def test_inventory_round_trip_through_excel(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    source = write_sheet(tmp_path / "inv.xlsx", INVENTORY_TITLES, [
        activity_row(), activity_row(Title="Agroforestry pilots", Status="planned", Budget="80000")])
    assert cli("--db", master_db, "inventory", "import", source, "--task-force", "A2").returncode == 0
    exported = tmp_path / "export.xlsx"
    assert cli("--db", master_db, "inventory", "export", exported, "--task-force", "A2").returncode == 0
    workbook = load_workbook(exported)
    sheet = workbook.active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert {row[1] for row in rows} == {"Soil carbon mapping", "Agroforestry pilots"}
    mapping = next(row for row in rows if row[1] == "Soil carbon mapping")
    assert mapping[3] == "Africa" and mapping[11] == 125000 and mapping[8] == "ongoing"

    for row in sheet.iter_rows(min_row=2):
        if row[1].value == "Agroforestry pilots":
            row[8].value = "ongoing"
            row[11].value = 95000
    sheet.append(activity_row(Title="Biochar trials", Region="Asia", Countries="Viet Nam"))
    workbook.save(exported)
    result = cli("--db", master_db, "inventory", "import", exported, "--task-force", "A2")
    assert result.returncode == 0, result.stderr
    assert "1 added, 1 updated" in result.stdout
    activities = {a["title"]: a for a in json.loads(dump(cli, master_db))["activity"]}
    assert activities["Agroforestry pilots"]["status"] == "ongoing"
    assert activities["Agroforestry pilots"]["budget"] == 95000
    assert activities["Biochar trials"]["countries"] == "Viet Nam"
    assert activities["Soil carbon mapping"]["start"] == "2023-01-01"


BAD_MEMBER_ROWS = {
    "unknown role": (member_row(Role="Boss"), "Role", "'Boss' is not one of: TFL, TFRR, TFM"),
    "malformed e-mail": (member_row(Email="amina.example.org"), "Email", "not an e-mail address"),
    "link not http(s)": (member_row(**{"Profile URL": "ftp://example.org/amina"}), "Profile URL",
                         "not a web link"),
    "unknown region": (member_row(Region="Atlantis"), "Region", "unknown region 'Atlantis'"),
    "missing name": (member_row(Name=None), "Name", "is required"),
    "unknown id": (member_row(ID="5b6c0a3e-0000-4000-8000-000000000000"), "ID", "no member with this ID"),
}


@pytest.mark.parametrize("case", sorted(BAD_MEMBER_ROWS))
def test_one_bad_member_row_changes_nothing(cli: Cli, master_db: Path, tmp_path: Path, case: str) -> None:
    bad_row, column, reason = BAD_MEMBER_ROWS[case]
    path = write_sheet(tmp_path / "bad.xlsx", MEMBER_TITLES,
                       [member_row(Name="Good One", Email="good@example.org"), bad_row])
    before = dump(cli, master_db)
    result = cli("--db", master_db, "members", "import", path, "--task-force", "A1")
    assert result.returncode == 4
    assert f"row 3, column {column!r}" in result.stderr
    assert reason in result.stderr
    assert "Traceback" not in result.stderr
    assert dump(cli, master_db) == before


BAD_ACTIVITY_ROWS = {
    "impossible date": (activity_row(Start="2023-02-30"), "Start", "must be a date such as 2025-03-31"),
    "end before start": (activity_row(Start="2024-01-01", End="2023-01-01"), "End", "before the start"),
    "budget not a number": (activity_row(Budget="a lot"), "Budget", "must be a number (found 'a lot')"),
    "link not http(s)": (activity_row(URL="javascript:alert(1)"), "URL", "not a web link"),
    "unknown region": (activity_row(Region="Mars"), "Region", "unknown region 'Mars'"),
    "unknown status": (activity_row(Status="dreaming"), "Status", "is not one of"),
    "negative budget": (activity_row(Budget=-10), "Budget", "cannot be negative"),
}


@pytest.mark.parametrize("case", sorted(BAD_ACTIVITY_ROWS))
def test_one_bad_inventory_row_changes_nothing(cli: Cli, master_db: Path, tmp_path: Path, case: str) -> None:
    bad_row, column, reason = BAD_ACTIVITY_ROWS[case]
    path = write_sheet(tmp_path / "bad.xlsx", INVENTORY_TITLES, [activity_row(Title="Fine"), bad_row])
    before = dump(cli, master_db)
    result = cli("--db", master_db, "inventory", "import", path, "--task-force", "A2")
    assert result.returncode == 4
    assert f"row 3, column {column!r}" in result.stderr
    assert reason in result.stderr
    assert dump(cli, master_db) == before


def test_an_unknown_column_is_ignored_with_a_note(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    titles = ["Money" if title == "Currency" else title for title in INVENTORY_TITLES]
    path = write_sheet(tmp_path / "extra.xlsx", titles, [activity_row()])
    result = cli("--db", master_db, "inventory", "import", path, "--task-force", "A2")
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stdout
    assert "Not imported (no field of this list): 'Money'" in result.stdout
    activities = json.loads(dump(cli, master_db))["activity"]
    added = next(a for a in activities if a["title"] == "Soil carbon mapping")
    assert added["currency"] is None and added["budget"] == 125000


def test_a_missing_required_column_is_named(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    titles = [title for title in INVENTORY_TITLES if title != "Title"]
    path = write_sheet(tmp_path / "bad.xlsx", titles, [activity_row()[:1] + activity_row()[2:]])
    before = dump(cli, master_db)
    result = cli("--db", master_db, "inventory", "import", path, "--task-force", "A2")
    assert result.returncode == 4
    assert "column 'Title': no column holds Title" in result.stderr
    assert dump(cli, master_db) == before


@pytest.mark.parametrize("content", [b"", b"Name,Email\nAda,ada@example.org\n", b"PK\x03\x04broken"])
def test_a_file_that_is_not_a_workbook_gets_a_clean_message(
        cli: Cli, master_db: Path, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "members.xlsx"
    path.write_bytes(content)
    before = dump(cli, master_db)
    result = cli("--db", master_db, "members", "import", path, "--task-force", "A1")
    assert result.returncode == 4
    assert "not an Excel workbook" in result.stderr
    assert "Traceback" not in result.stderr
    assert dump(cli, master_db) == before


def test_a_truncated_workbook_gets_a_clean_message(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    good = write_sheet(tmp_path / "good.xlsx", MEMBER_TITLES, [member_row()])
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    before = dump(cli, master_db)
    result = cli("--db", master_db, "members", "import", damaged, "--task-force", "A1")
    assert result.returncode == 4 and "Traceback" not in result.stderr
    assert dump(cli, master_db) == before


def test_formula_like_text_stays_text(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    risky = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+33 1 23 45", "-ish", "@SUM(A1)"]
    rows = [activity_row(Title=f"Activity {n}", Description=text) for n, text in enumerate(risky)]
    path = write_sheet(tmp_path / "risky.xlsx", INVENTORY_TITLES, [])
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for cell in sheet["C"][1:]:
        cell.data_type = "s"  # typed as text, as a person would with a leading apostrophe
    workbook.save(path)
    assert cli("--db", master_db, "inventory", "import", path, "--task-force", "A2").returncode == 0
    stored = {a["description"] for a in json.loads(dump(cli, master_db))["activity"]}
    assert stored == set(risky)
    exported = tmp_path / "export.xlsx"
    assert cli("--db", master_db, "inventory", "export", exported).returncode == 0
    sheet = load_workbook(exported).active
    assert sheet is not None
    descriptions = [cell for cell in sheet["C"][1:]]
    assert {cell.value for cell in descriptions} == set(risky)
    assert {cell.data_type for cell in descriptions} == {"s"}


def test_an_unknown_task_force_is_a_usage_error(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "m.xlsx", MEMBER_TITLES, [member_row()])
    result = cli("--db", master_db, "members", "import", path, "--task-force", "Z9")
    assert result.returncode == 2
    assert "No task force 'Z9'" in result.stderr


def test_an_export_prints_on_a4_with_the_header_on_every_page(
        cli: Cli, master_db: Path, tmp_path: Path) -> None:
    exported = tmp_path / "members.xlsx"
    assert cli("--db", master_db, "members", "export", exported).returncode == 0
    sheet = load_workbook(exported).active
    assert sheet is not None
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4  # openpyxl keeps "9" as text
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:M")
    role_lists = [rule for rule in sheet.data_validations.dataValidation if rule.formula1 == '"TFL,TFRR,TFM"']
    assert role_lists and "G2" in str(role_lists[0].sqref)
