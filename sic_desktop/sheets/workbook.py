"""Writing a list to a tidy .xlsx and reading one back safely, whatever file a person hands us."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from sic_desktop.documents.sheet_style import HEADER_FILL, HEADER_FONT, print_setup
from sic_desktop.errors import InputRefused, RowError
from sic_desktop.text import Text, joined

# A text that Excel or LibreOffice would run as a formula when it starts with one of these.
FORMULA_STARTS = ("=", "+", "-", "@")
MAX_ERRORS_SHOWN = 10


@dataclass(frozen=True)
class Column:
    """One column of a list sheet: its title, width, and the allowed values offered as a list."""

    title: str
    width: int = 18
    choices: Sequence[str] = ()


@dataclass
class SheetErrors(InputRefused):
    """Every bad cell of an import; nothing was changed."""

    errors: list[RowError] = field(default_factory=list)

    def __post_init__(self) -> None:
        shown: list[str] = [Text("  %1", error.message) for error in self.errors[:MAX_ERRORS_SHOWN]]
        more = len(self.errors) - MAX_ERRORS_SHOWN
        if more > 0:
            shown.append(Text("  ... and %1 more", more))
        super().__init__(Text("Nothing was imported: %n problem(s) found\n%1", joined(shown, "\n"),
                              count=len(self.errors)))


def write_list(path: Path, sheet_title: str, columns: Sequence[Column], rows: Iterator[Sequence[Any]]) -> int:
    """Write a header and rows: frozen header, filters, widths, lists for choices; returns the row count."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    print_setup(sheet, "1:1")
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([_safe(sheet, value) for value in row])
        count += 1
    last_row = max(count + 1, 2)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last_row}"
    for index, column in enumerate(columns, start=1):
        if column.choices:
            validation = DataValidation(
                type="list", formula1='"' + ",".join(column.choices) + '"', allow_blank=True,
                showErrorMessage=True, errorTitle=column.title,
                error=f"Choose one of: {', '.join(column.choices)}")
            letter = get_column_letter(index)
            validation.add(f"{letter}2:{letter}{last_row + 1000}")
            sheet.data_validations.append(validation)
    partial = path.with_name(path.name + ".partial")
    workbook.save(partial)
    partial.replace(path)
    return count


def _safe(sheet: Any, value: Any) -> Any:
    """Keep a text that looks like a formula as text, so opening the file never runs it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def read_list(path: Path, columns: Sequence[Column]) -> tuple[str, Iterator[tuple[int, dict[str, Any]]]]:
    """The sheet's name and its rows as {title: value}, after checking the header row.

    A file that is not a readable .xlsx, or whose first row does not hold the expected titles,
    is refused with a message that names the problem.
    """
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except FileNotFoundError:
        raise InputRefused(Text("%1: no such file", str(path))) from None
    except Exception as error:  # zipfile, XML and openpyxl errors of many kinds: all mean a bad file
        raise InputRefused(Text("%1 is not an Excel workbook (.xlsx) or it is damaged (%2)",
                                str(path), str(error))) from None
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None) or ()
    titles = [str(value).strip() if value is not None else "" for value in header]
    while titles and not titles[-1]:
        titles.pop()
    expected = [column.title for column in columns]
    errors = []
    for index, title in enumerate(titles):
        if title not in expected:
            errors.append(RowError(sheet=sheet.title, row=1, column=get_column_letter(index + 1),
                                   reason=Text("unknown column title %1; expected: %2", repr(title),
                                               joined(expected))))
    for title in expected:
        if title not in titles:
            errors.append(RowError(sheet=sheet.title, row=1, column=title,
                                   reason=Text("this column is missing from the first row")))
    if errors:
        workbook.close()
        raise SheetErrors(errors=errors)
    positions = {title: index for index, title in enumerate(titles)}

    def records() -> Iterator[tuple[int, dict[str, Any]]]:
        try:
            for number, row in enumerate(rows, start=2):
                if not any(value not in (None, "") for value in row):
                    continue
                yield number, {title: (row[i] if i < len(row) else None) for title, i in positions.items()}
        except Exception as error:
            raise InputRefused(Text("%1 is damaged (%2)", str(path), str(error))) from None
        finally:
            workbook.close()

    return sheet.title, records()
