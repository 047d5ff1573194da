"""Spreadsheets as a person fills them for an import: the lists' column titles and a sheet writer."""

from pathlib import Path
from typing import Any

from openpyxl import Workbook

MEMBER_TITLES = ["ID", "Name", "Email", "Organisation", "Country", "Region", "Role", "Preferred role",
                 "Status", "Languages", "Expertise", "Profile URL", "Cycle"]
INVENTORY_TITLES = ["ID", "Title", "Description", "Region", "Countries", "Sponsor", "Owner", "URL", "Status",
                    "Start", "End", "Budget", "Currency", "Cycle"]


def write_sheet(path: Path, header: list[str], rows: list[list[Any]], *, title: str = "Sheet") -> Path:
    """One sheet: the header row, then the rows (short rows are left empty on the right)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def members_sheet(path: Path, rows: list[list[Any]]) -> Path:
    """A members list as the Excel export writes it (sheet "Members")."""
    return write_sheet(path, MEMBER_TITLES, rows, title="Members")
