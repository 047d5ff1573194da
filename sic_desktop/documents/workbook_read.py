"""Reading a filled concept-note workbook: all or nothing, every refusal names sheet, cell, reason."""

import warnings
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from sic_desktop.documents.cells import CellProblem, read_cell
from sic_desktop.documents.form import FIELDS, PARTS, ROW_TYPES, Choices, ConceptNoteForm, Part
from sic_desktop.documents.workbook import MAIN_SHEET
from sic_desktop.errors import InputRefused, RowError
from sic_desktop.text import Text

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a concept note is kilobytes; this is a zip bomb


def _check_size(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputRefused(Text("%1 is not an Excel workbook (.xlsx): %2", path.name, str(exc))) from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputRefused(Text("%1 is too large to be a concept note (%2 MB unpacked)", path.name,
                                unpacked // 1_000_000))


def read_workbook(path: Path, *, choices: Choices | None = None) -> ConceptNoteForm:
    """The concept note in a filled workbook; raises InputRefused (nothing read) on any bad cell."""
    choices = choices or Choices()
    _check_size(path)
    with warnings.catch_warnings():
        # openpyxl warns about parts it does not read (extensions, conditional formats Excel or
        # LibreOffice add); none of them carries data this reader needs.
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        try:
            wb = load_workbook(path, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
            raise InputRefused(Text("%1 is not an Excel workbook (.xlsx): %2", path.name, str(exc))) from exc
    names = {name.strip().casefold(): name for name in wb.sheetnames}
    sheets: dict[str, Worksheet] = {}
    for wanted in [MAIN_SHEET, *(p.sheet for p in PARTS.values())]:
        actual = names.get(wanted.casefold())
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
            key = label.strip().rstrip("*").strip().casefold()
            rows.setdefault(key, row)
    values: dict[str, Any] = {}
    for f in FIELDS:
        found = rows.get(f.label.casefold())
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
            headers.setdefault(title.strip().casefold(), column)
    positions = {}
    for c in part.columns:
        position = headers.get(c.label.casefold())
        if position is None:
            raise InputRefused(Text("%1: no column titled %2 in row 1", ws.title, repr(c.label)))
        positions[c.name] = position
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
        if name == "work_plan" and values["start"] and values["end"] \
                and values["end"] < values["start"]:
            cell = f"{get_column_letter(positions['end'])}{row}"
            raise RowError(sheet=ws.title, row=row, column="End",
                           reason=Text("cell %1 is before the start", cell))
        items.append(ROW_TYPES[name](**values))
    return items
