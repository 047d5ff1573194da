"""Reading a filled concept-note workbook: all or nothing, every refusal names sheet, cell, reason."""

import warnings
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sic_desktop.documents.form import FIELDS, PARTS, ROW_TYPES, Choices, ConceptNoteForm, Part
from sic_desktop.errors import InputRefused, RowError
from sic_desktop.services.validation import ends_before_start
from sic_desktop.sheets.mapping import compact
from sic_desktop.sheets.note_cells import CellProblem, read_cell
from sic_desktop.sheets.note_words import every_language
from sic_desktop.sheets.note_workbook import MAIN_SHEET
from sic_desktop.sheets.reader import MAX_ROWS, open_workbook, too_many_rows
from sic_desktop.text import Text


def read_workbook(path: Path, *, choices: Choices | None = None) -> ConceptNoteForm:
    """The concept note in a filled workbook; raises InputRefused (nothing read) on any bad cell."""
    choices = choices or Choices()
    with warnings.catch_warnings():
        # openpyxl warns about parts it does not read (extensions, conditional formats Excel or
        # LibreOffice add); none of them carries data this reader needs.
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        wb = open_workbook(path, read_only=False)
    names = {compact(name): name for name in wb.sheetnames}
    sheets: dict[str, Worksheet] = {}
    for wanted in [MAIN_SHEET, *(p.sheet for p in PARTS.values())]:  # in any of the three languages
        actual = next((names[key] for key in map(compact, every_language(wanted)) if key in names), None)
        if actual is None:
            raise InputRefused(Text("%1 has no sheet named %2: is it a SIC Desktop concept-note workbook?",
                                    path.name, repr(wanted)))
        sheet = wb[actual]
        assert isinstance(sheet, Worksheet)
        sheets[wanted] = sheet
    values = _read_main(sheets[MAIN_SHEET], choices)
    for name, part in PARTS.items():
        values[name] = _read_part(sheets[part.sheet], name, part, choices)
    return ConceptNoteForm(**values)


def _read_main(ws: Worksheet, choices: Choices) -> dict[str, Any]:
    rows: dict[str, int] = {}
    for row in range(1, ws.max_row + 1):
        label = ws.cell(row=row, column=1).value
        if isinstance(label, str) and label.strip():
            rows.setdefault(compact(label.strip().rstrip("*")), row)
    values: dict[str, Any] = {}
    for f in FIELDS:
        found = next((rows[key] for key in map(compact, every_language(f.label)) if key in rows), None)
        if found is None:
            raise InputRefused(Text("%1: no row labelled %2 in column A", ws.title, repr(f.label)))
        row = found
        try:
            values[f.name] = read_cell(ws.cell(row=row, column=2).value, f, choices)
        except CellProblem as problem:
            raise RowError(sheet=ws.title, row=row, column=f.label,
                           reason=Text("cell %1 %2", f"B{row}", problem.reason)) from None
    return values


def _read_part(ws: Worksheet, name: str, part: Part, choices: Choices) -> list[Any]:
    headers: dict[str, int] = {}
    for column in range(1, ws.max_column + 1):
        title = ws.cell(row=1, column=column).value
        if isinstance(title, str) and title.strip():
            headers.setdefault(compact(title), column)
    positions = {}
    for c in part.columns:
        position = next((headers[key] for key in map(compact, every_language(c.label)) if key in headers),
                        None)
        if position is None:
            raise InputRefused(Text("%1: no column titled %2 in row 1", ws.title, repr(c.label)))
        positions[c.name] = position
    if ws.max_row > MAX_ROWS + 1:
        raise too_many_rows(Path(ws.title), ws.max_row - 1)
    items: list[Any] = []
    for row in range(2, ws.max_row + 1):
        raw = {c.name: ws.cell(row=row, column=positions[c.name]).value for c in part.columns}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw.values()):
            continue
        values: dict[str, Any] = {}
        for c in part.columns:
            try:
                values[c.name] = read_cell(raw[c.name], c, choices)
            except CellProblem as problem:
                cell = f"{get_column_letter(positions[c.name])}{row}"
                raise RowError(sheet=ws.title, row=row, column=c.label,
                               reason=Text("cell %1 %2", cell, problem.reason)) from None
        if name == "work_plan" and ends_before_start(values):
            cell = f"{get_column_letter(positions['end'])}{row}"
            raise RowError(sheet=ws.title, row=row, column="End",
                           reason=Text("cell %1 is before the start", cell))
        items.append(ROW_TYPES[name](**values))
    return items
