"""Reading one spreadsheet cell as text, a number or a date, as the person who typed it meant it.

Numbers and dates typed as text are read strictly in the sheet's conventions - declared (a language),
or seen in the sheet's own unambiguous values - with Babel, CLDR's data and parser. A value that could
mean two things ("1,234" where nothing says which mark is the decimal one, "03/04/2025") is an error,
never a guess.
"""

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from babel.core import UnknownLocaleError
from babel.dates import get_date_format
from babel.numbers import NumberFormatError, get_decimal_symbol, parse_decimal
from openpyxl.utils.datetime import from_excel

from sic_desktop.text import Text

_LAST_EXCEL_DAY = 2958466  # 9999-12-31
_SPACES = re.compile(r"[ \u00a0\u202f\u2009']")
_NUMBER = re.compile(r"^[+-]?[0-9][0-9.,]*$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
# Babel parses in a locale whose group mark is the other one: "." groups in German, "," in English.
_PARSE_LOCALE = {",": "de", ".": "en"}


class CellProblem(ValueError):
    """The cell holds something the field cannot take; the message (a Text) is the reason for a person."""

    @property
    def reason(self) -> str:
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


@dataclass(frozen=True)
class Conventions:
    """How a sheet writes numbers and dates: the decimal mark, day before month; None when unknown."""

    decimal: str | None = None
    day_first: bool | None = None
    mixed: bool = False  # the sheet's own values disagree on the decimal mark


UNKNOWN = Conventions()


def declared(language: str | None) -> Conventions:
    """The conventions of a language (en, fr, es, es_MX...) as CLDR knows them."""
    if not language:
        return UNKNOWN
    try:
        mark = get_decimal_symbol(language)
        pattern = get_date_format("short", locale=language).pattern
    except (UnknownLocaleError, ValueError):
        return UNKNOWN
    return Conventions(decimal=mark if mark in ",." else None,
                       day_first=pattern.lower().find("d") < pattern.find("M"))


def _decimal_evidence(text: str) -> str | None:
    """The decimal mark a number typed as text can only mean, or None when it could be either."""
    commas, points = text.count(","), text.count(".")
    if commas and points:
        return "," if text.rfind(",") > text.rfind(".") else "."
    for mark, count in ((",", commas), (".", points)):
        if count > 1:
            return "." if mark == "," else ","  # repeated: it groups thousands
        if count == 1 and len(text) - text.index(mark) - 1 != 3:
            return mark  # "12,5", "0.25": not a group of three
    return None


def _day_evidence(text: str) -> bool | None:
    found = _DAY_MONTH_YEAR.match(text.strip())
    if not found:
        return None
    first, second = int(found.group(1)), int(found.group(2))
    return True if first > 12 >= second else False if second > 12 >= first else None


def seen(texts: Iterable[str], base: Conventions = UNKNOWN, hint: str | None = None) -> Conventions:
    """The conventions a sheet's values reveal, over what was declared (`base`) or hinted (a csv's `;`)."""
    marks: set[str] = set()
    orders: set[bool] = set()
    for text in texts:
        plain = _SPACES.sub("", text.strip())
        if _NUMBER.match(plain):
            mark = _decimal_evidence(plain)
            if mark:
                marks.add(mark)
        else:
            order = _day_evidence(text)
            if order is not None:
                orders.add(order)
    decimal = base.decimal
    if decimal is None:
        decimal = next(iter(marks)) if len(marks) == 1 else ("," if hint == "comma" and not marks else None)
    day_first = base.day_first if base.day_first is not None else (
        next(iter(orders)) if len(orders) == 1 else None)
    return Conventions(decimal=decimal, day_first=day_first, mixed=len(marks) > 1 and base.decimal is None)


def show(value: Any) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: Any) -> str | None:
    """Text as a person typed it (a whole number typed in a text column loses its '.0')."""
    if is_empty(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").strip()


def as_number(value: Any, conventions: Conventions = UNKNOWN) -> float | None:
    """A number: a number cell, or text in the sheet's conventions (spaces may group thousands)."""
    if is_empty(value):
        return None
    if isinstance(value, bool | datetime | date):
        raise CellProblem(Text("must be a number (found %1)", show(value)))
    if isinstance(value, int | float):
        number = float(value)
    else:
        number = float(_parse_text_number(str(value).strip(), conventions))
    if not math.isfinite(number):
        raise CellProblem(Text("must be a number (found %1)", show(value)))
    return number


def _parse_text_number(text: str, conventions: Conventions) -> Decimal:
    plain = _SPACES.sub("", text)
    if not _NUMBER.match(plain):
        raise CellProblem(Text("must be a number (found %1)", show(text)))
    mark = conventions.decimal
    if mark is None or conventions.mixed:
        mark = _decimal_evidence(plain)
    if mark is None:
        if "," not in plain and "." not in plain:
            mark = "."
        elif conventions.mixed:
            raise CellProblem(Text("%1 is ambiguous: this sheet writes numbers both ways (1,5 and 1.5), "
                                   "so it may be a thousand or a decimal; retype it as a number", show(text)))
        else:
            raise CellProblem(Text("%1 is ambiguous: it may be a thousand or a decimal, and nothing in the "
                                   "sheet says which mark is the decimal one; retype it as a number or "
                                   "choose the sheet's language", show(text)))
    group = "." if mark == "," else ","
    spaced = re.sub(r"[ \u00a0\u202f\u2009']", group, text.strip())
    try:
        return parse_decimal(spaced, locale=_PARSE_LOCALE[mark], strict=True)
    except NumberFormatError:
        raise CellProblem(Text("%1 is not a number written with %2 as the decimal mark", show(text),
                               repr(mark))) from None


def as_date(value: Any, conventions: Conventions = UNKNOWN) -> date | None:
    """A date: a date cell, ISO text, day/month/year text in the sheet's order, or Excel's day number."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < _LAST_EXCEL_DAY:
        # openpyxl's conversion knows Excel's fictitious 29 February 1900 (serial 1 is 1 January).
        day: date = from_excel(value).date()
        return day
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            pass
        found = _DAY_MONTH_YEAR.match(text)
        if found:
            return _day_month_year(text, found, conventions)
    raise CellProblem(Text("must be a date such as 2025-03-31 (found %1)", show(value)))


def _day_month_year(text: str, found: re.Match[str], conventions: Conventions) -> date:
    first, second, year = (int(part) for part in found.groups())
    day_first = conventions.day_first
    if day_first is None:
        if first == second or first > 12 or second > 12:
            day_first = first > 12 or first == second
        else:
            raise CellProblem(Text("%1 is ambiguous: day/month or month/day? Write it as %2 or %3",
                                   show(text), f"{year}-{second:02d}-{first:02d}",
                                   f"{year}-{first:02d}-{second:02d}"))
    day, month = (first, second) if day_first else (second, first)
    try:
        return date(year, month, day)
    except ValueError:
        order = Text("day/month/year") if day_first else Text("month/day/year")
        raise CellProblem(Text("%1 is not a date in this sheet's order (%2)", show(text), order)) from None
