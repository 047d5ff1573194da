"""The concept-note workbook: a protected, fill-in template, and a filled one written back."""

from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from sic_desktop.documents.form import (
    FIELDS,
    PARTS,
    SECTIONS,
    Choices,
    ConceptNoteForm,
    Field,
    Part,
)
from sic_desktop.files import replacing
from sic_desktop.sheets import style
from sic_desktop.sheets.note_words import words_in

Say = Callable[[str], str]

MAIN_SHEET = "Concept note"
FIRST_FIELD_ROW = 4
EMPTY_ROWS = 200  # input rows offered on each repeating sheet beyond the filled ones
LONG_ROW_HEIGHT = 75
NUMBER_FORMATS = {"number": "#,##0.00", "signed": "0.00", "whole": "0", "date": "yyyy-mm-dd"}
PART_WIDTHS: dict[str, tuple[float, ...]] = {
    "partners": (40, 16, 70),
    "work_plan": (48, 36, 24, 13, 13),
    "budget": (24, 40, 15, 15, 15, 28),
    "indicators": (40, 16, 16, 16, 60),
}
BUDGET_TOTAL_TITLE = "Line total"


def write_template(path: Path, *, choices: Choices | None = None, language: str = "en") -> None:
    """Write the blank concept-note workbook project teams fill in Excel or LibreOffice."""
    write_workbook(ConceptNoteForm(), path, choices=choices, language=language)


def write_workbook(form: ConceptNoteForm, path: Path, *, choices: Choices | None = None,
                   language: str = "en") -> None:
    """Write one concept note into the workbook layout (what `read_workbook` reads back), in `language`."""
    choices = choices or Choices()
    say = words_in(language)
    wb = Workbook()
    main = wb.active
    assert main is not None
    main.title = say(MAIN_SHEET)
    parts = {name: wb.create_sheet(say(part.sheet)) for name, part in PARTS.items()}
    lists = style.write_lists(wb, {name: choices.get(name) for name in _list_names()})
    _write_main(main, form, lists, say)
    for name, part in PARTS.items():
        _write_part(parts[name], name, part, getattr(form, name), lists, say)
    wb.properties.title = form.title or say("Concept note")
    wb.properties.creator = "SIC Desktop"
    wb.active = 0
    with replacing(path) as partial:
        wb.save(partial)


def _list_names() -> list[str]:
    names = [f.choices for f in FIELDS if f.choices]
    names += [c.choices for part in PARTS.values() for c in part.columns if c.choices]
    return list(dict.fromkeys(names))


def _write_main(ws: Worksheet, form: ConceptNoteForm, lists: dict[str, str], say: Say) -> None:
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 80
    ws.column_dimensions["C"].width = 44
    ws["A1"] = say("Concept note")
    ws["A1"].font = Font(name="Arial", size=16, bold=True, color=style.PRIMARY)
    ws["A2"] = say("Fill the tinted cells; drop-down lists offer the allowed values. Partners, work "
                   "plan, budget and indicators have their own sheets.")
    ws["A2"].font = style.HINT_FONT
    ws.merge_cells("A2:C2")
    ws.row_dimensions[1].height = 26
    row = FIRST_FIELD_ROW - 1
    for title, cell in zip(("Field", "Value", "Guidance"), ("A", "B", "C"), strict=True):
        ws[f"{cell}{row}"] = say(title)
        ws[f"{cell}{row}"].font = style.HEADER_FONT
        ws[f"{cell}{row}"].fill = style.HEADER_FILL
    ws.freeze_panes = f"A{FIRST_FIELD_ROW}"
    for section in SECTIONS:
        row += 1
        ws.cell(row=row, column=1, value=say(section.title)).font = Font(
            name="Arial", size=10, bold=True, color=style.PRIMARY)
        for column in (1, 2, 3):
            ws.cell(row=row, column=column).fill = style.SECTION_FILL
        for f in section.fields:
            row += 1
            _write_field(ws, row, f, getattr(form, f.name), lists, say)
        if section.title == "Duration and financing":
            row = _write_totals(ws, row, say)
    style.print_setup(ws, f"{FIRST_FIELD_ROW - 1}:{FIRST_FIELD_ROW - 1}", landscape=False)
    ws.print_area = f"A1:B{row}"  # the guidance column is for the screen, not the printout
    style.protect(ws)


def _write_field(ws: Worksheet, row: int, f: Field, value: Any, lists: dict[str, str], say: Say) -> None:
    label = ws.cell(row=row, column=1, value=say(f.label))
    label.font = Font(name="Arial", size=10, bold=f.required)
    label.alignment = style.WRAP_TOP
    ref = f"B{row}"
    style.mark_input(ws, ref, number_format=NUMBER_FORMATS.get(f.kind))
    ws[ref] = value
    hint = (say(f.hint) if f.hint else "") + (say(" Required.") if f.required else "")
    if f.name == "id":
        ws[ref].protection = Protection(locked=True)  # the ID is SIC Desktop's, not the team's
        ws[ref].fill = style.SECTION_FILL
    ws.cell(row=row, column=3, value=hint.strip() or None).font = style.HINT_FONT
    ws.cell(row=row, column=3).alignment = style.WRAP_TOP
    if f.kind == "long":
        ws.row_dimensions[row].height = LONG_ROW_HEIGHT
    _validate(ws, ref, f, lists, say)


def _write_totals(ws: Worksheet, row: int, say: Say) -> int:
    """Budget totals as formulas (read by people, ignored on import)."""
    budget = quote_sheetname(say(PARTS["budget"].sheet))
    last = 1 + EMPTY_ROWS + 1000
    for label, column in (("Total requested (from the Budget sheet)", "C"),
                          ("Total co-financing (from the Budget sheet)", "D")):
        row += 1
        ws.cell(row=row, column=1, value=say(label)).font = Font(name="Arial", size=10, italic=True)
        if column == "C":
            formula = f"=SUM({budget}!C2:C{last})"
        else:
            formula = f"=SUM({budget}!D2:D{last})+SUM({budget}!E2:E{last})"
        cell = ws.cell(row=row, column=2, value=formula)
        cell.number_format = NUMBER_FORMATS["number"]
        cell.font = Font(name="Arial", size=10, italic=True)
        cell.alignment = Alignment(horizontal="left")
    return row


def _validate(ws: Worksheet, ref: str, f: Field, lists: dict[str, str], say: Say) -> None:
    """The cell's rule, its pop-up in the workbook's language."""
    if f.choices:
        style.list_validation(ws, ref, lists[f.choices], say(f.label), say)
    elif f.kind in ("number", "whole"):
        style.number_validation(ws, ref, whole=f.kind == "whole", say=say)
    elif f.kind == "signed":
        style.number_validation(ws, ref, minimum=None, say=say)
    elif f.kind == "date":
        style.date_validation(ws, ref, say)


def _write_part(ws: Worksheet, name: str, part: Part, rows: list[Any],
                lists: dict[str, str], say: Say) -> None:
    titles = [say(c.label) for c in part.columns]
    widths = list(PART_WIDTHS[name])
    if name == "budget":
        titles.append(say(BUDGET_TOTAL_TITLE))
        widths.append(15)
    style.write_header(ws, titles, widths)
    last = 1 + len(rows) + EMPTY_ROWS
    for index, column in enumerate(part.columns, start=1):
        letter = get_column_letter(index)
        ref = f"{letter}2:{letter}{last}"
        style.mark_input(ws, ref, number_format=NUMBER_FORMATS.get(column.kind))
        _validate(ws, ref, column, lists, say)
    for offset, item in enumerate(rows, start=2):
        values = asdict(item)
        for index, column in enumerate(part.columns, start=1):
            value = values[column.name]
            ws.cell(row=offset, column=index, value=value)
    if name == "budget":
        total = get_column_letter(len(part.columns) + 1)
        for row in range(2, last + 1):
            cell = ws[f"{total}{row}"]
            cell.value = f'=IF(COUNT(C{row}:E{row})=0,"",SUM(C{row}:E{row}))'
            cell.number_format = NUMBER_FORMATS["number"]
            cell.font = style.BODY_FONT
    ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{last}"
    style.print_setup(ws, "1:1")
    ws.print_area = f"A1:{get_column_letter(len(titles))}{1 + len(rows) + 10}"
    style.protect(ws)
