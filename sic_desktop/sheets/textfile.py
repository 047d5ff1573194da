"""Comma- or semicolon-separated text files (.csv) as Excel and LibreOffice save them, in and out."""

import codecs
import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sic_desktop.errors import InputRefused
from sic_desktop.files import write_atomic
from sic_desktop.sync import safezip
from sic_desktop.text import Text

if TYPE_CHECKING:
    from sic_desktop.sheets.reader import Table

DELIMITERS = (",", ";", "\t")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and the encoding it was in: UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputRefused(Text("%1 is not readable text", name)) from None
    try:
        return data.decode("utf-8", errors="strict"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Excel on Windows in Western Europe and the Americas saves "CSV" in cp1252.
    try:
        return data.decode("cp1252", errors="strict"), "cp1252"
    except UnicodeDecodeError:
        raise InputRefused(Text("%1 is neither UTF-8 nor Windows (cp1252) text; save it as "
                                "\"CSV UTF-8\"", name)) from None


def delimiter_of(text: str) -> str:
    """The separator used in the first line (the titles), counting only outside quotes."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            break
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path, max_bytes: int) -> "Table":
    from sic_desktop.sheets.reader import Table, capped

    if not path.exists():
        raise InputRefused(Text("%1: no such file", str(path)))
    data = safezip.read_capped(path, path.name, safezip.ZipLimits(max_file=max_bytes))
    text, _ = decode(data, path.name)
    if "\x00" in text:  # a workbook or other binary file named .csv
        raise InputRefused(Text("%1 is not a text (.csv) file", path.name))
    delimiter = delimiter_of(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    sheet = path.stem
    try:
        header = next(reader, [])
    except csv.Error as error:
        raise InputRefused(Text("%1 is not a readable .csv file (%2)", path.name, str(error))) from None
    capped(path, sheet, 1, tuple(header))
    titles = [title.strip() for title in header]
    while titles and not titles[-1]:
        titles.pop()

    def records() -> Iterator[tuple[int, tuple[Any, ...]]]:
        try:
            for number, row in enumerate(reader, start=2):
                yield number, capped(path, sheet, number, tuple(_unquoted(cell) for cell in row))
        except csv.Error as error:
            raise InputRefused(Text("%1 is not a readable .csv file (%2)", path.name, str(error))) from None

    # A semicolon is what spreadsheets write where the comma is the decimal mark.
    return Table(sheet=sheet, titles=titles, rows=records(), locale="comma" if delimiter == ";" else None)


def write_csv(path: Path, titles: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """UTF-8 with a BOM (so Excel opens accents right), comma-separated; returns the row count."""
    from sic_desktop.sheets.cells import as_text

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(titles)
    count = 0
    for row in rows:
        writer.writerow([_safe(as_text(value) or "") if not isinstance(value, int | float) or
                         isinstance(value, bool) else value for value in row])
        count += 1
    write_atomic(path, buffer.getvalue().encode("utf-8-sig"))
    return count


def _unquoted(cell: str) -> str:
    """A cell this program wrote with a leading apostrophe (see `_safe`) reads back as typed."""
    return cell[1:] if cell.startswith(("'=", "'+", "'-", "'@")) else cell


def _safe(text: str) -> str:
    """A text that a spreadsheet would run as a formula gets a leading apostrophe, as Excel itself does."""
    return "'" + text if text.startswith(("=", "+", "-", "@")) else text
