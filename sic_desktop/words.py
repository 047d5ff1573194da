"""A field's value put into words for people: the one way lists, history, sync, CLI and documents do it.

No Qt and no SQLAlchemy here: the window's first paint uses it before either loads (hence here and
not in services/, whose package loads SQLAlchemy). A `Reader` says how the person writes numbers,
dates and yes/no and translates choices; the window passes one built on its locale, the command
line and the documents use the English one.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

# Amounts of money and the field holding their currency: of the same record, or "link.field" of
# the record a link names (a budget line's currency is its concept note's).
MONEY: dict[str, dict[str, str]] = {
    "activity": {"budget": "currency"},
    "concept_note": {"amount_requested": "currency"},
    "full_proposal": {"amount": "currency"},
    "agreement": {"amount": "currency"},
    "budget_line": {"requested": "concept_note_id.currency", "cofinancing_cash": "concept_note_id.currency",
                    "cofinancing_in_kind": "concept_note_id.currency"},
}
# Why a change waits in the conflict queue, said for people (the window translates them).
CONFLICT_KINDS: dict[str, str] = {
    "value": "both copies changed this field",
    "edit-delete": "changed in the bundle, in the trash here",
    "delete-edit": "put in the trash by the bundle, changed here",
    "orphan": "added to a record that is in the trash here",
    "duplicate": "may be a person already here (same e-mail)",
}
MAX_PLACES = 6  # a measured value shows the decimals it was typed with, up to these


def english_number(value: float, places: int) -> str:
    """A number with thousands grouped and `places` decimals, the English way: 12,500.50."""
    return f"{value:,.{places}f}"


def _same(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Reader:
    """How the person reads: words of choices (translate), numbers, dates, yes and no."""

    translate: Callable[[str, str], str] = _same  # (context, English) -> the person's words
    number: Callable[[float, int], str] = english_number  # (value, decimals) -> text
    day: Callable[[date], str] = date.isoformat
    yes: str = "yes"
    no: str = "no"
    unknown: str = "(record not found)"  # a link whose record this copy does not hold, or in the trash


ENGLISH = Reader()


def money_currency(table: str, field: str) -> str | None:
    """Where the currency of `table`.`field` is ("currency", "concept_note_id.currency"), or None
    when the field is not an amount of money."""
    return MONEY.get(table, {}).get(field)


def cents(value: float) -> int:
    """The decimals an amount of money shows: none for a whole amount, else two (the cents)."""
    return 0 if round(value * 100) % 100 == 0 else 2


def money(value: float | None, currency: str | None = None, reader: Reader = ENGLISH) -> str:
    """An amount to the cent, with its currency: "12,500.50 EUR"; "" for no amount."""
    if value is None:
        return ""
    amount = reader.number(round(float(value), 2), cents(float(value)))
    return f"{amount} {currency.strip()}" if currency and currency.strip() else amount


def _places(value: float) -> int:
    """The decimals a measured value was typed with (the shortest text that reads back the same)."""
    text = repr(float(value))
    if "e" in text or "." not in text:
        return 0 if float(value).is_integer() else MAX_PLACES
    decimals = text.split(".")[1].rstrip("0")
    return min(len(decimals), MAX_PLACES)


def in_words(value: Any, kind: str, *, title: str | None = None, currency: str | None = None,
             reader: Reader = ENGLISH) -> str:
    """One value as a person reads it.

    `kind` is the field's kind (text, long, choice, link, date, number, whole, flag) or "money";
    a link is shown by `title` (the linked record's, looked up by the caller), money with `currency`.
    """
    if value is None:
        return ""
    if kind == "link":
        return reader.unknown if title is None else str(title)
    if isinstance(value, bool) or kind == "flag":
        return reader.yes if value else reader.no
    if kind == "choice":
        return reader.translate("choices", str(value))
    if kind == "money" and isinstance(value, int | float):
        return money(value, currency, reader)
    if kind == "number" and isinstance(value, int | float):
        return reader.number(float(value), _places(value))
    if kind == "date" and isinstance(value, date | datetime):
        return reader.day(value if not isinstance(value, datetime) else value.date())
    if kind == "date" and isinstance(value, str):
        try:
            return reader.day(date.fromisoformat(value[:10]))
        except ValueError:  # not a date after all: shown as it is
            return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
