"""The cycle overview exported: a workbook read back cell by cell, and a PDF rendered by LibreOffice."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sic_desktop.db.models import Activity, Cycle
from sic_desktop.db.store import Store
from sic_desktop.errors import UsageError
from sic_desktop.overview_marks import COLOURS, SYMBOLS
from sic_desktop.services import records
from sic_desktop.services.overview_export import write_overview
from sic_desktop.services.reference import reference_id

from .conftest import pdf_text

A1 = reference_id("task_force", "A1")
CYCLE = reference_id("cycle", "2022")
SPRING_2023 = date(2023, 3, 15)


def inventory_of_a1(store: Store) -> None:
    with store.session() as session, session.begin():
        records.create(session, Activity, task_force_id=A1, cycle_id=CYCLE, title="Soil maps of Kenya")
        records.create(session, Activity, task_force_id=A1, cycle_id=CYCLE, title="Biochar trials")


def test_the_workbook_shows_each_state_by_symbol_and_colour_with_its_why(store: Store,
                                                                         tmp_path: Path) -> None:
    inventory_of_a1(store)
    target = tmp_path / "overview.xlsx"
    with store.session() as session:
        cells = write_overview(session, 2022, target, today=SPRING_2023)
    assert cells == 6 * 17
    book = load_workbook(target)
    grid = book["Overview"]
    assert "Cycle 2022" in str(grid["A1"].value) and "15 Mar 2023" in str(grid["A1"].value)
    assert "\u2713 done" in str(grid["A2"].value) and "! late" in str(grid["A2"].value)
    header = [c.value for c in grid[4]]
    assert header[:3] == ["Task force", 1, 2] and header[-1] == 17
    a1 = next(row for row in grid.iter_rows(min_row=6) if row[0].value == "A1")
    a2 = next(row for row in grid.iter_rows(min_row=6) if row[0].value == "A2")
    step5, a2_step5 = a1[header.index(5)], a2[header.index(5)]
    assert step5.value == SYMBOLS["done"] and step5.fill.fgColor.rgb.endswith(COLOURS["done"])
    assert step5.comment is not None
    assert step5.comment.text == "done: done: 2 inventory items recorded in this cycle"
    assert a2_step5.value == SYMBOLS["late"] and a2_step5.fill.fgColor.rgb.endswith(COLOURS["late"])
    assert "the window ended on 31 Jan 2023" in a2_step5.comment.text
    # The window's last day stands under each step's number.
    assert grid.cell(row=5, column=header.index(5) + 1).value.date() == date(2023, 1, 31)

    why = [[c.value for c in row] for row in book["Why"].iter_rows(min_row=2)]
    assert ["A1", 5, "Project inventory", "done", "done: 2 inventory items recorded in this cycle"] in why
    counts = {row[0].value: [c.value for c in row] for row in book["Counts"].iter_rows(min_row=2)}
    assert counts["A1"][2] == 2 and counts["A2"][2] == 0
    steps = [[c.value for c in row] for row in book["Steps and deadlines"].iter_rows(min_row=2, max_row=18)]
    assert steps[4][:2] == [5, "Project inventory"]


def test_counts_belong_to_the_chosen_cycle(store: Store, tmp_path: Path) -> None:
    inventory_of_a1(store)
    with store.session() as session, session.begin():
        records.create(session, Cycle, year=2023)
    with store.session() as session:
        write_overview(session, 2023, tmp_path / "2023.xlsx", today=SPRING_2023)
    counts = {row[0].value: row[2].value for row in load_workbook(tmp_path / "2023.xlsx")["Counts"].iter_rows(
        min_row=2)}
    assert counts["A1"] == 0  # the two activities are 2022's


def test_one_task_force_and_a_wrong_kind_of_file(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        assert write_overview(session, 2022, tmp_path / "a1.xlsx", task_force_id=A1, today=SPRING_2023) == 17
        with pytest.raises(UsageError, match=r"write a \.xlsx or a \.pdf file"):
            write_overview(session, 2022, tmp_path / "overview.docx")
    assert not (tmp_path / "overview.docx").exists()


@pytest.mark.slow
def test_the_pdf_shows_the_grid_the_legend_the_windows_and_what_is_late(
        store: Store, tmp_path: Path, soffice: str) -> None:
    inventory_of_a1(store)
    target = tmp_path / "overview.pdf"
    with store.session() as session:
        write_overview(session, 2022, target, today=SPRING_2023)
    text = pdf_text(target)
    for expected in ("Cycle 2022: the state of each step, as of 15 Mar 2023", "\u2713 done", "! late",
                     "not applicable", "Steps and their windows", "1 Nov 2022 - 31 Jan 2023",
                     "Counts of the cycle's records", "Late and due, and why",
                     "the window ended on"):
        assert expected in text, expected
