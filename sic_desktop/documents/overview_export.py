"""The cycle overview written out: an .xlsx workbook, or a landscape .pdf (Word, through LibreOffice).

Each cell gives its state by a symbol and its colour, the legend says what the symbols mean, and the
why of every state is written beside it (a comment on the cell in the workbook, a list in the PDF).
"""

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from sic_desktop.documents.pdf import docx_to_pdf
from sic_desktop.errors import UsageError
from sic_desktop.files import replacing
from sic_desktop.services.cycle_overview import Overview, cycle_overview, day_words
from sic_desktop.services.cycles import Window, cycle_by_year, windows
from sic_desktop.services.overview_screen import COLOURS, SYMBOLS
from sic_desktop.text import Text

STATE_WORDS = {"done": "done", "due": "due", "late": "late", "not_started": "not started",
               "not_applicable": "not applicable"}
COUNT_TITLES = ("Task force", "Members", "Activities", "Meetings", "Ideas", "Teams", "Concept notes",
                "Assessed", "Validated")
FORMULA_STARTS = ("=", "+", "-", "@")


def legend() -> str:
    return "   ".join(f"{SYMBOLS[state]} {word}" for state, word in STATE_WORDS.items())


def heading(grid: Overview, today: date) -> str:
    return f"Cycle {grid.year}: the state of each step, as of {day_words(today)}"


def window_words(window: Window | None) -> str:
    if window is None or (window.start is None and window.end is None):
        return "no window planned"
    start = day_words(window.start) if window.start else "?"
    return f"{start} - {day_words(window.end) if window.end else '?'}"


def _count_row(counts: object) -> list[object]:
    keys = ("task_force", "members", "activities", "meetings", "ideas", "teams", "concept_notes", "assessed",
            "validated")
    return [getattr(counts, key) for key in keys]


def write_overview(session: Session, year: int, target: Path, *, task_force_id: str | None = None,
                   today: date | None = None) -> int:
    """Write the overview of the cycle of `year` to `target` (.xlsx or .pdf); the number of cells."""
    writers: dict[str, Callable[[Overview, dict[int, Window], date, Path], None]] = {
        ".xlsx": _write_xlsx, ".pdf": _write_pdf}
    writer = writers.get(target.suffix.lower())
    if writer is None:
        raise UsageError(Text("%1: write a .xlsx or a .pdf file", target.name))
    today = today or date.today()
    grid = cycle_overview(session, year, task_force_id=task_force_id, today=today)
    by_step = {w.number: w for w in windows(session, cycle_by_year(session, year).id)}
    writer(grid, by_step, today, target)
    return len(grid.cells)


def _append(sheet: Any, values: list[object]) -> None:
    """A row whose texts stay texts, even one that looks like a formula, so opening the file runs none."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
            cell.data_type = "s"


def _write_xlsx(grid: Overview, by_step: dict[int, Window], today: date, target: Path) -> None:
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
        counts.append(_count_row(tally))

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


def _shade(cell: object, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    properties.append(shading)


def _table(document: object, header: list[str], rows: list[list[str]], size: float) -> object:
    from docx.shared import Pt

    table = document.add_table(rows=1, cols=len(header))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, header, strict=True):
        cell.text = title
        _shade(cell, "E3ECE8")
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(size)
    return table


def _short(day: date | None) -> str:
    """A window's last day without its year ("31 Mar"), to fit a grid column."""
    return day_words(day).rsplit(" ", 1)[0] if day else ""


def _write_pdf(grid: Overview, by_step: dict[int, Window], today: date, target: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    document.styles["Normal"].font.name = "DejaVu Sans"
    document.styles["Normal"].font.size = Pt(9)
    document.add_heading(heading(grid, today), level=1)
    document.add_paragraph(legend())
    numbers = [number for number, _title in grid.steps]
    titles = dict(grid.steps)
    by_tf: dict[str, dict[int, str]] = {}
    for cell in grid.cells:
        by_tf.setdefault(cell.task_force, {})[cell.step] = cell.state
    ends = [_short(by_step[n].end) if n in by_step else "" for n in numbers]
    table = _table(document, ["TF", *(str(n) for n in numbers)],
                   [["by", *ends]] + [[code, *(SYMBOLS[states[n]] if n in states else "" for n in numbers)]
                                      for code, states in by_tf.items()], 7.5)
    for row in table.rows[2:]:  # type: ignore[attr-defined]
        code = row.cells[0].text
        for number, cell in zip(numbers, row.cells[1:], strict=True):
            if number in by_tf[code]:
                _shade(cell, COLOURS[by_tf[code][number]])
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_heading("Steps and their windows", level=2)
    _table(document, ["Step", "What", "Window"],
           [[str(n), titles[n], window_words(by_step.get(n))] for n in numbers], 8)
    if grid.deadlines:
        document.add_heading("Funding calls closing in the cycle", level=2)
        _table(document, ["Closes", "Funder", "Call"],
               [[day_words(d.on), d.funder, d.call] for d in grid.deadlines], 8)
    document.add_heading("Counts of the cycle's records", level=2)
    _table(document, list(COUNT_TITLES), [[str(v) for v in _count_row(c)] for c in grid.counts], 8)
    pressing = [c for c in grid.cells if c.state in ("late", "due")]
    if pressing:
        document.add_heading("Late and due, and why", level=2)
        _table(document, ["TF", "Step", "State", "Why"],
               [[c.task_force, f"{c.step} {titles[c.step]}", STATE_WORDS[c.state], str(c.why)]
                for c in sorted(pressing, key=lambda c: (c.state != "late", c.task_force, c.step))], 8)
    with tempfile.TemporaryDirectory(prefix="sic-overview-") as scratch:
        docx = Path(scratch) / f"{target.stem}.docx"
        document.save(str(docx))
        with replacing(target) as temp:
            docx_to_pdf(docx, temp)
