"""Writing a list to a tidy .xlsx (or .csv) and reading one back from whatever file a person hands us."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from sic_desktop.files import replacing
from sic_desktop.sheets.mapping import Mapping, Wanted, map_columns
from sic_desktop.sheets.problems import SheetErrors
from sic_desktop.sheets.reader import read_table
from sic_desktop.sheets.style import HEADER_FILL, HEADER_FONT, print_setup
from sic_desktop.sheets.textfile import write_csv
from sic_desktop.sheets.titles import SYNONYMS

__all__ = ["Column", "ListRows", "SheetErrors", "read_list", "write_list"]

# A text that Excel or LibreOffice would run as a formula when it starts with one of these.
FORMULA_STARTS = ("=", "+", "-", "@")


@dataclass(frozen=True)
class Column:
    """One column of a list sheet: its title, width, the allowed values offered as a list, if needed."""

    title: str
    width: int = 18
    choices: Sequence[str] = ()
    required: bool = False

    def wanted(self) -> Wanted:
        return Wanted(self.title, SYNONYMS.get(self.title, ()), self.required)


def write_list(path: Path, sheet_title: str, columns: Sequence[Column], rows: Iterator[Sequence[Any]]) -> int:
    """Write a header and rows: frozen header, filters, widths, lists for choices; returns the row count.

    A path ending in .csv gets UTF-8 text (with a BOM, as Excel wants) instead of a workbook.
    """
    if path.suffix.casefold() == ".csv":
        return write_csv(path, [column.title for column in columns], rows)
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
    with replacing(path) as partial:
        workbook.save(partial)
    return count


def _safe(sheet: Any, value: Any) -> Any:
    """Keep a text that looks like a formula as text, so opening the file never runs it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


@dataclass
class ListRows:
    """A list sheet as read: its name, rows as {field title: value}, what was left out, its conventions."""

    sheet: str
    rows: Iterator[tuple[int, dict[str, Any]]]
    mapping: Mapping
    locale: str | None = None

    @property
    def present(self) -> set[str]:
        """The fields the file has a column for (a field without one is left as it is)."""
        return set(self.mapping.positions)


def read_list(path: Path, columns: Sequence[Column], *, explicit: dict[str, str] | None = None) -> ListRows:
    """The rows of any readable file, each as {field title: value} for the columns it has.

    Titles are matched forgivingly (case, accents, French, Spanish, synonyms) or as `explicit` says;
    columns that match no field are left out with a note; a missing required column is refused.
    """
    table = read_table(path)
    mapping = map_columns(table.titles, [column.wanted() for column in columns], sheet=table.sheet,
                          explicit=explicit)
    positions = list(mapping.positions.items())

    def records() -> Iterator[tuple[int, dict[str, Any]]]:
        for number, row in table.rows:
            if not any(value not in (None, "") for value in row):
                continue
            width = len(row)
            yield number, {title: (row[i] if i < width else None) for title, i in positions}

    return ListRows(sheet=table.sheet, rows=records(), mapping=mapping, locale=table.locale)
