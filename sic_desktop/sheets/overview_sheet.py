"""The cycle overview as an .xlsx workbook: the grid with each why in a comment, then the whys,
the counts and the step windows on sheets of their own."""

from datetime import date
from pathlib import Path
from typing import Any

from sic_desktop.files import replacing
from sic_desktop.overview_marks import COLOURS, SYMBOLS
from sic_desktop.services.cycle_overview import Overview
from sic_desktop.services.cycles import Window
from sic_desktop.services.overview_export import (
    COUNT_TITLES,
    STATE_WORDS,
    count_row,
    heading,
    legend,
    window_words,
)
from sic_desktop.sheets.workbook import FORMULA_STARTS


def _append(sheet: Any, values: list[object]) -> None:
    """A row whose texts stay texts, even one that looks like a formula, so opening the file runs none."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
            cell.data_type = "s"


def write_xlsx(grid: Overview, by_step: dict[int, Window], today: date, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from sic_desktop.sheets.style import write_header

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = "Overview"
    sheet["A1"] = heading(grid, today)
    sheet["A1"].font = Font(name="Arial", size=12, bold=True)
    sheet["A2"] = legend()
    numbers = [number for number, _title in grid.steps]
    titles = dict(grid.steps)
    sheet.cell(row=4, column=1, value="Task force").font = Font(name="Arial", bold=True)
    sheet.cell(row=5, column=1, value="Window ends").font = Font(name="Arial", italic=True)
    for column, number in enumerate(numbers, start=2):
        window = by_step.get(number)
        cell = sheet.cell(row=4, column=column, value=number)
        cell.font = Font(name="Arial", bold=True)
        cell.alignment = Alignment(horizontal="center")
        cell.comment = Comment(f"Step {number}: {titles[number]}\n{window_words(window)}", "SIC Desktop")
        end = sheet.cell(row=5, column=column, value=window.end if window and window.end else None)
        end.number_format = "d mmm"
        end.font = Font(name="Arial", size=8, italic=True)
        sheet.column_dimensions[get_column_letter(column)].width = 7
    sheet.column_dimensions["A"].width = 12
    rows: dict[str, int] = {}
    for cell in grid.cells:
        row = rows.setdefault(cell.task_force, 6 + len(rows))
        sheet.cell(row=row, column=1, value=cell.task_force).font = Font(name="Arial", bold=True)
        target_cell = sheet.cell(row=row, column=2 + numbers.index(cell.step), value=SYMBOLS[cell.state])
        target_cell.fill = PatternFill("solid", fgColor=COLOURS[cell.state])
        target_cell.alignment = Alignment(horizontal="center")
        target_cell.comment = Comment(f"{STATE_WORDS[cell.state]}: {cell.why}", "SIC Desktop")
    sheet.freeze_panes = "B6"
    # Printed from Excel as the window prints it: across, one page wide.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

    why = book.create_sheet("Why")
    write_header(why, ["Task force", "Step", "What", "State", "Why"], [11, 6, 40, 14, 90])
    for cell in grid.cells:
        _append(why, [cell.task_force, cell.step, titles[cell.step], STATE_WORDS[cell.state],
                      str(cell.why)])

    counts = book.create_sheet("Counts")
    write_header(counts, list(COUNT_TITLES), [12] + [11] * (len(COUNT_TITLES) - 1))
    for tally in grid.counts:
        counts.append(count_row(tally))

    steps = book.create_sheet("Steps and deadlines")
    write_header(steps, ["Step", "What", "From", "To"], [6, 50, 12, 12])
    for number in numbers:
        window = by_step.get(number)
        _append(steps, [number, titles[number], window.start if window else None,
                        window.end if window else None])
    _append(steps, [])
    _append(steps, ["", "Funding calls closing in the cycle", "Closes"])
    for call in grid.deadlines:
        _append(steps, ["", f"{call.funder}: {call.call}", call.on])
    for letter in ("C", "D"):
        for day in steps[letter]:
            day.number_format = "yyyy-mm-dd"
    with replacing(target) as temp:  # whole or not at all
        book.save(temp)
