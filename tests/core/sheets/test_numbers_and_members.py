"""Numbers and dates as the person meant them, and members matched by e-mail, keeping their status."""

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sic_desktop.db.models import Activity
from sic_desktop.db.store import Store
from sic_desktop.sheets.cells import as_date
from sic_desktop.sheets.inventory import import_inventory
from sic_desktop.sheets.members import import_members
from sic_desktop.sheets.problems import SheetErrors
from tests.core.sheets.helpers import members_of
from tests.sheets import write_sheet


def budgets(store: Store) -> dict[str, float | None]:
    with store.session() as session:
        query = select(Activity).where(Activity.budget.is_not(None))
        return {a.title: a.budget for a in session.scalars(query)}


def test_numbers_typed_in_a_french_sheet_are_read_the_french_way(store: Store, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "inventaire.xlsx", ["Titre", "Budget", "Début"],
                       [["Un", "1.234,56", "31/01/2025"], ["Deux", "1.000", "03/04/2025"],
                        ["Trois", "1 234", None]])
    with store.session() as session, session.begin():
        import_inventory(session, path, task_force="A2", language="fr")
    assert budgets(store) == {"Un": 1234.56, "Deux": 1000.0, "Trois": 1234.0}
    with store.session() as session:
        deux = session.scalars(select(Activity).where(Activity.title == "Deux")).one()
        assert str(deux.start) == "2025-04-03"  # day first, as French writes it


def test_a_semicolon_csv_is_read_with_the_decimal_comma_it_implies(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "inventaire.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([["Titre", "Budget"], ["Un", "1.234,56"],
                                                     ["Deux", "1,234"]])
    with store.session() as session, session.begin():
        import_inventory(session, path, task_force="A2")
    assert budgets(store) == {"Un": 1234.56, "Deux": 1.234}


def test_an_english_sheet_reads_thousands_separators(store: Store, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "inventory.xlsx", ["Title", "Budget"],
                       [["One", "1,234.56"], ["Two", "1,234"], ["Three", "0.5"]])
    with store.session() as session, session.begin():
        import_inventory(session, path, task_force="A2")
    assert budgets(store) == {"One": 1234.56, "Two": 1234.0, "Three": 0.5}


@pytest.mark.parametrize(("cells", "cell", "words"), [
    (["1,234", "25"], "B2", "'1,234' is ambiguous: it may be a thousand or a decimal"),
    (["1,234", "2,5", "3.5"], "B2", "'1,234' is ambiguous: this sheet writes numbers both ways"),
])
def test_an_ambiguous_number_is_an_error_naming_the_cell(
        store: Store, tmp_path: Path, cells: list[str], cell: str, words: str) -> None:
    path = write_sheet(tmp_path / "inventory.xlsx", ["Title", "Budget"],
                       [[f"Line {n}", value] for n, value in enumerate(cells)])
    with store.session() as session, session.begin(), pytest.raises(SheetErrors) as refused:
        import_inventory(session, path, task_force="A2")
    assert f"row 2, column 'Budget': cell {cell}: {words}" in str(refused.value)
    assert budgets(store) == {}


def test_an_ambiguous_date_is_an_error_naming_the_cell(store: Store, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "inventory.xlsx", ["Title", "Start"], [["One", "03/04/2025"]])
    with store.session() as session, session.begin(), pytest.raises(SheetErrors) as refused:
        import_inventory(session, path, task_force="A2")
    assert ("cell B2: '03/04/2025' is ambiguous: day/month or month/day? Write it as 2025-04-03 or "
            "2025-03-04") in str(refused.value)


def test_a_row_without_id_whose_email_is_known_updates_that_member(store: Store, tmp_path: Path) -> None:
    first = write_sheet(tmp_path / "first.xlsx", ["Name", "Email", "Role", "Status"],
                        [["Ana Silva", "ana@example.org", "TFRR", "inactive"]])
    with store.session() as session, session.begin():
        import_members(session, first, task_force="A1")
    before = members_of(store)["Ana Silva"]
    again = write_sheet(tmp_path / "again.xlsx", ["Full name", "E-mail", "Country", "Status"],
                        [["Ana Silva", "ANA@example.org", "Portugal", None]])
    with store.session() as session, session.begin():
        result = import_members(session, again, task_force="A1")
    assert (result.added, result.updated) == (0, 1)
    assert result.matches == ["row 2: ANA@example.org is Ana Silva, already known"]
    after = members_of(store)
    assert len(after) == 1
    assert after["Ana Silva"] == before | {"country": "Portugal", "email": "ANA@example.org"}  # status kept


def test_the_sheet_changes_a_status_when_it_says_so(store: Store, tmp_path: Path) -> None:
    first = write_sheet(tmp_path / "first.xlsx", ["Name", "Email"], [["Ana Silva", "ana@example.org"]])
    with store.session() as session, session.begin():
        import_members(session, first, task_force="A1")
    left = write_sheet(tmp_path / "left.xlsx", ["Name", "Email", "Statut"],
                       [["Ana Silva", "ana@example.org", "Parti"]])
    with store.session() as session, session.begin():
        import_members(session, left, task_force="A1")
    assert members_of(store)["Ana Silva"]["status"] == "left"


def test_a_date_typed_as_an_excel_serial_number_is_the_day_excel_shows() -> None:
    """A .csv or .ods export of an Excel sheet can carry dates as serial numbers."""
    assert as_date(45000) == date(2023, 3, 15)
    assert as_date(45000.75) == date(2023, 3, 15)  # a time of day does not move the date
    assert as_date(1) == date(1900, 1, 1)  # Excel's first day, not 31 December 1899
    assert as_date(61) == date(1900, 3, 1)  # after Excel's fictitious 29 February 1900
