"""Shared look of every workbook SIC Desktop writes: header row, input cells, lists, protection."""

from collections.abc import Callable, Sequence

from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

PRIMARY = "2F5D50"  # the deep green of headings in the Word documents too
SECTION_FILL = PatternFill("solid", fgColor="E3ECE8")
HEADER_FILL = PatternFill("solid", fgColor=PRIMARY)
INPUT_FILL = PatternFill("solid", fgColor="FFFBEA")  # pale yellow: the usual "type here" cue
HEADER_FONT = Font(name="Arial", size=10, bold=True, color="FFFFFF")
BODY_FONT = Font(name="Arial", size=10)
HINT_FONT = Font(name="Arial", size=9, italic=True, color="6B7570")
THIN = Side(style="thin", color="C9D2CE")
INPUT_BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
UNLOCKED = Protection(locked=False)
LISTS_SHEET = "Lists"


def write_header(ws: Worksheet, titles: Sequence[str], widths: Sequence[float]) -> None:
    """A styled, frozen header row with column widths and a filter over the columns."""
    for index, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        cell = ws.cell(row=1, column=index, value=title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.row_dimensions[1].height = 22
    ws.freeze_panes = "A2"


def mark_input(ws: Worksheet, ref: str, *, number_format: str | None = None) -> None:
    """Unlock and tint the cells a person fills (the sheet itself is protected)."""
    if ":" not in ref:
        ref = f"{ref}:{ref}"
    for row in ws[ref]:
        for cell in row:
            cell.protection = UNLOCKED
            cell.fill = INPUT_FILL
            cell.border = INPUT_BORDER
            cell.font = BODY_FONT
            cell.alignment = WRAP_TOP
            if number_format:
                cell.number_format = number_format


def protect(ws: Worksheet) -> None:
    """Protect the layout without a password; people may still resize, filter and sort."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False
    ws.protection.sort = False


def write_lists(wb: Workbook, lists: dict[str, Sequence[str]]) -> dict[str, str]:
    """A hidden sheet holding the drop-down choices; returns each list's range formula."""
    ws = wb.create_sheet(LISTS_SHEET)
    ranges: dict[str, str] = {}
    for index, (name, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        ws.cell(row=1, column=index, value=name)
        for offset, value in enumerate(values, start=2):
            ws.cell(row=offset, column=index, value=value)
        last = max(len(values) + 1, 2)
        ranges[name] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${last}"
    ws.sheet_state = "hidden"
    protect(ws)
    return ranges


def _as_written(text: str) -> str:
    return text


def list_validation(ws: Worksheet, ref: str, formula: str, what: str,
                    say: Callable[[str], str] = _as_written) -> None:
    """A drop-down over `ref` that refuses values not in the list; `say` gives the pop-up's words in
    the workbook's language (`what` is already in it)."""
    rule = DataValidation(type="list", formula1=formula, allow_blank=True,
                          showErrorMessage=True, errorTitle=say("Not in the list"),
                          error=say("Choose a value from the list (%1).").replace("%1", what))
    rule.add(ref)
    ws.add_data_validation(rule)


def number_validation(ws: Worksheet, ref: str, *, whole: bool = False,
                      minimum: float | None = 0, say: Callable[[str], str] = _as_written) -> None:
    """Refuse text in numeric cells (and negative values unless `minimum` is None)."""
    kind = "whole" if whole else "decimal"
    if minimum is None:
        rule = DataValidation(type=kind, operator="between", formula1="-1E+12",
                              formula2="1E+12", allow_blank=True)
    else:
        rule = DataValidation(type=kind, operator="greaterThanOrEqual",
                              formula1=str(minimum), allow_blank=True)
    rule.showErrorMessage = True
    rule.errorTitle = say("Not a number")
    rule.error = say("Enter a whole number.") if whole else say("Enter a number.")
    if minimum is not None:
        rule.error += " " + say("It may not be below %1.").replace("%1", f"{minimum:g}")
    rule.add(ref)
    ws.add_data_validation(rule)


def date_validation(ws: Worksheet, ref: str, say: Callable[[str], str] = _as_written) -> None:
    """Refuse anything but a date."""
    rule = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True,
                          showErrorMessage=True, errorTitle=say("Not a date"),
                          error=say("Enter a date, e.g. 2025-03-31."))
    rule.add(ref)
    ws.add_data_validation(rule)


def print_setup(ws: Worksheet | WriteOnlyWorksheet, title_rows: str, *, landscape: bool = True) -> None:
    """A4, as wide as one page, the header repeated on every printed page."""
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
