"""The Cycle column of the members and inventory sheets: the year both ways, the current cycle by default."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from sic_desktop.db.models import Activity, Cycle, Membership, Person
from sic_desktop.db.store import Store
from sic_desktop.services.cycles import new_cycle
from sic_desktop.sheets.inventory import export_inventory, import_inventory
from sic_desktop.sheets.members import export_members, import_members
from sic_desktop.sheets.problems import SheetErrors
from tests.sheets import write_sheet


def years_of_memberships(store: Store) -> dict[tuple[str, int | None], str | None]:
    """{(person's name, cycle year): status} for every live membership."""
    with store.session() as session:
        years = {c.id: c.year for c in session.scalars(select(Cycle))}
        rows = session.execute(select(Person.name, Membership.cycle_id, Membership.status)
                               .join(Membership, Membership.person_id == Person.id)
                               .where(Membership.deleted.is_(False))).all()
        return {(name, years.get(cycle_id or "")): status for name, cycle_id, status in rows}


def second_year(store: Store) -> None:
    with store.session() as session, session.begin():
        new_cycle(session, 2023)  # begun (September 2023): the current cycle from then on


def exported_column(path: Path, title: str) -> dict[str, object]:
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    return {str(row[1]): row[header.index(title)] for row in rows[1:]}


def test_the_members_sheet_carries_the_cycle_year_both_ways(store: Store, tmp_path: Path) -> None:
    second_year(store)
    path = write_sheet(tmp_path / "membres.xlsx", ["Nom", "Courriel", "Année du cycle"],
                       [["Amina Diallo", "amina@example.org", 2022],
                        ["Jean Martin", "jean@example.org", None],
                        ["Ana Pérez", "ana@example.org", "2023-2024"]])
    with store.session() as session, session.begin():
        assert import_members(session, path, task_force="A1").added == 3
    assert years_of_memberships(store) == {("Amina Diallo", 2022): "active", ("Jean Martin", 2023): "active",
                                           ("Ana Pérez", 2023): "active"}
    exported = tmp_path / "members.xlsx"
    with store.session() as session:
        export_members(session, exported, task_force="A1")
    assert exported_column(exported, "Cycle") == {"Amina Diallo": 2022, "Jean Martin": 2023,
                                                  "Ana Pérez": 2023}


def test_an_unknown_cycle_year_is_an_error_naming_the_cell_and_nothing_is_written(
        store: Store, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "members.xlsx", ["Name", "Ciclo"], [["Amina Diallo", 2022],
                                                                       ["Jean Martin", 2031]])
    with store.session() as session, session.begin(), pytest.raises(SheetErrors) as raised:
        import_members(session, path, task_force="A1")
    [error] = raised.value.errors
    assert (error.row, error.column) == (3, "Cycle")
    assert error.reason == "cell B3: no cycle '2031'; known: 2022"
    assert years_of_memberships(store) == {}


def test_without_a_cycle_column_a_new_row_is_the_current_cycles_and_a_known_one_keeps_its_own(
        store: Store, tmp_path: Path) -> None:
    first = write_sheet(tmp_path / "first.xlsx", ["Name", "Email"], [["Amina Diallo", "amina@example.org"]])
    with store.session() as session, session.begin():
        import_members(session, first, task_force="A1")
    second_year(store)  # carries Amina into 2023, to confirm
    with store.session() as session:
        kept = session.scalars(select(Membership).where(Membership.status == "active")).one().id
    again = write_sheet(tmp_path / "again.xlsx", ["ID", "Name", "Email", "Status"],
                        [[kept, "Amina Diallo", "amina@example.org", "inactive"],
                         [None, "Jean Martin", "jean@example.org", None]])
    with store.session() as session, session.begin():
        result = import_members(session, again, task_force="A1")
    assert (result.added, result.updated) == (1, 1)
    assert years_of_memberships(store) == {("Amina Diallo", 2022): "inactive",
                                           ("Amina Diallo", 2023): "to confirm",
                                           ("Jean Martin", 2023): "active"}


def test_a_known_email_in_another_cycle_is_the_same_person_with_that_cycles_membership(
        store: Store, tmp_path: Path) -> None:
    first = write_sheet(tmp_path / "first.xlsx", ["Name", "Email", "Cycle"],
                        [["Amina Diallo", "amina@example.org", 2022]])
    with store.session() as session, session.begin():
        import_members(session, first, task_force="A1")
    second_year(store)
    confirmed = write_sheet(tmp_path / "confirmed.xlsx", ["Name", "Email", "Status", "Cycle"],
                            [["Amina Diallo", "amina@example.org", "actif", 2023]])
    with store.session() as session, session.begin():
        result = import_members(session, confirmed, task_force="A1")
    assert (result.added, result.updated) == (0, 1)  # the carried membership, confirmed
    assert years_of_memberships(store) == {("Amina Diallo", 2022): "active", ("Amina Diallo", 2023): "active"}
    with store.session() as session:
        assert len(session.scalars(select(Person)).all()) == 1


def test_the_inventory_sheet_carries_the_cycle_both_ways(store: Store, tmp_path: Path) -> None:
    second_year(store)
    path = write_sheet(tmp_path / "inventario.xlsx", ["Título", "Ciclo"],
                       [["Mapa de carbono", 2022], ["Biochar", None]])
    with store.session() as session, session.begin():
        import_inventory(session, path, task_force="A2")
    exported = tmp_path / "inventory.xlsx"
    with store.session() as session:
        export_inventory(session, exported, task_force="A2")
        activity = session.scalars(select(Activity).where(Activity.title == "Biochar")).one()
    assert exported_column(exported, "Cycle") == {"Mapa de carbono": 2022, "Biochar": 2023}
    # An empty Cycle cell keeps an activity's cycle; a year moves it.
    again = write_sheet(tmp_path / "again.xlsx", ["ID", "Title", "Cycle"],
                        [[activity.id, "Biochar", None]])
    with store.session() as session, session.begin():
        assert import_inventory(session, again, task_force="A2").updated == 0
    moved = write_sheet(tmp_path / "moved.xlsx", ["ID", "Title", "Cycle"], [[activity.id, "Biochar", "2022"]])
    with store.session() as session, session.begin():
        assert import_inventory(session, moved, task_force="A2").updated == 1
    assert exported_column(exported, "Cycle")["Biochar"] == 2023
    with store.session() as session:
        export_inventory(session, exported, task_force="A2")
    assert exported_column(exported, "Cycle")["Biochar"] == 2022
