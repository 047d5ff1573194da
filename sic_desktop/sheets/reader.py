"""The one way a spreadsheet is read (.xlsx, .xlsm, .csv, .ods, .xls), under the bundle reader's caps."""

import dataclasses
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sic_desktop.errors import InputRefused
from sic_desktop.sheets.textfile import read_csv
from sic_desktop.sync import safezip
from sic_desktop.text import Text

# The bundle reader's caps: a spreadsheet is a ZIP like a bundle, and is refused the same way.
LIMITS = dataclasses.replace(safezip.DEFAULT_LIMITS, folders=True)
# Far above any task force's list (a benchmark inventory is 20,000 rows); a million-row file is refused
# at once instead of running for minutes and then out of memory.
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CELL_TEXT = 32_767  # Excel's own limit per cell: nothing longer was typed into a spreadsheet
WORKBOOKS = (".xlsx", ".xlsm")
FORMATS = (*WORKBOOKS, ".csv", ".ods", ".xls")


@dataclass
class Table:
    """The first sheet of a file: its name, the first row's titles, then the rows below as numbered."""

    sheet: str
    titles: list[str]
    rows: Iterator[tuple[int, tuple[Any, ...]]]
    locale: str | None = None  # what the file says of its number conventions (a csv's delimiter)


def column_letter(index: int) -> str:
    """The spreadsheet's name of a column: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def too_many_rows(path: Path, rows: int | str) -> InputRefused:
    return InputRefused(Text("%1 has %2 rows; at most %3 can be imported at once - split the file",
                             path.name, rows, MAX_ROWS))


def capped(path: Path, sheet: str, number: int, values: tuple[Any, ...]) -> tuple[Any, ...]:
    """The row's values after checking the caps (rows and each cell's length); refuses past them."""
    if number > MAX_ROWS + 1:
        raise too_many_rows(path, Text("more than %1", MAX_ROWS))
    for index, value in enumerate(values):
        if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
            raise InputRefused(Text("%1, sheet %2, cell %3 holds %4 characters; a cell holds at most %5",
                                    path.name, repr(sheet), f"{column_letter(index)}{number}",
                                    len(value), MAX_CELL_TEXT))
    return values


def open_workbook(path: Path, *, read_only: bool) -> Any:
    """An openpyxl workbook from `path` checked under the caps: values as last computed, no macros kept."""
    from openpyxl import load_workbook

    data = read_zip_checked(path, Text("an Excel workbook (.xlsx)"))
    try:
        return load_workbook(io.BytesIO(data), read_only=read_only, data_only=True, keep_vba=False)
    except Exception as error:  # zipfile, XML and openpyxl errors of many kinds: all mean a bad file
        raise InputRefused(Text("%1 is not an Excel workbook (.xlsx) or it is damaged (%2)",
                                path.name, str(error))) from None


def read_zip_checked(path: Path, kind: str) -> bytes:
    """The file's bytes once every entry has passed the bundle reader's caps."""
    if not path.exists():
        raise InputRefused(Text("%1: no such file", str(path)))
    data = safezip.read_capped(path, path.name, LIMITS)
    try:
        zipfile.ZipFile(io.BytesIO(data)).close()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputRefused(Text("%1 is not %2 or it is damaged", path.name, kind)) from None
    safezip.read_zip(data, what=path.name, limits=LIMITS)
    return data


def read_table(path: Path) -> Table:
    """The first sheet of any supported file; refuses a format it cannot read, naming the ones it can."""
    suffix = path.suffix.casefold()
    if suffix in WORKBOOKS:
        return _read_workbook(path)
    if suffix == ".csv":
        return read_csv(path, LIMITS.max_file)
    if suffix in (".ods", ".xls"):
        return _read_calamine(path, suffix)
    raise InputRefused(Text("%1: cannot read %2 files; save it as one of %3", path.name,
                            suffix or Text("extension-less"), ", ".join(FORMATS)))


def _read_workbook(path: Path) -> Table:
    workbook = open_workbook(path, read_only=True)
    sheet = workbook.worksheets[0]
    declared = sheet.max_row  # from the file's own dimension record: cheap, and may be absent
    if isinstance(declared, int) and declared > MAX_ROWS + 1:
        workbook.close()
        raise too_many_rows(path, declared - 1)
    rows = sheet.iter_rows(values_only=True)
    try:
        header = next(rows, None) or ()
    except Exception as error:
        workbook.close()
        raise InputRefused(Text("%1 is damaged (%2)", path.name, str(error))) from None
    titles = _titles(path, sheet.title, header)

    def records() -> Iterator[tuple[int, tuple[Any, ...]]]:
        try:
            for number, row in enumerate(rows, start=2):
                yield number, capped(path, sheet.title, number, row)
        except InputRefused:
            raise
        except Exception as error:
            raise InputRefused(Text("%1 is damaged (%2)", path.name, str(error))) from None
        finally:
            workbook.close()

    return Table(sheet=sheet.title, titles=titles, rows=records())


def _read_calamine(path: Path, suffix: str) -> Table:
    """OpenDocument (.ods) and old Excel (.xls) through calamine, a Rust reader with no macro engine."""
    from python_calamine import CalamineWorkbook

    if suffix == ".ods":
        data = read_zip_checked(path, Text("an OpenDocument spreadsheet (.ods)"))
    else:
        data = safezip.read_capped(path, path.name, LIMITS) if path.exists() else b""
        if not data:
            raise InputRefused(Text("%1: no such file", str(path)))
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet_name = workbook.sheet_names[0]
        sheet = workbook.get_sheet_by_index(0)
        if sheet.height > MAX_ROWS + 1:
            raise too_many_rows(path, sheet.height - 1)
        grid = sheet.to_python(skip_empty_area=False)
    except InputRefused:
        raise
    except Exception as error:  # calamine's errors are one class per format; all mean a bad file
        raise InputRefused(Text("%1 is not a spreadsheet it claims to be or it is damaged (%2)",
                                path.name, str(error))) from None
    header = tuple(grid[0]) if grid else ()
    titles = _titles(path, sheet_name, header)
    body = ((number, capped(path, sheet_name, number, tuple(row)))
            for number, row in enumerate(grid[1:], start=2))
    return Table(sheet=sheet_name, titles=titles, rows=body)


def _titles(path: Path, sheet: str, header: tuple[Any, ...]) -> list[str]:
    capped(path, sheet, 1, header)
    titles = [str(value).strip() if value is not None else "" for value in header]
    while titles and not titles[-1]:
        titles.pop()
    if len(titles) > MAX_COLUMNS:
        raise InputRefused(Text("%1 has %2 columns; at most %3 are read", path.name, len(titles),
                                MAX_COLUMNS))
    return titles
