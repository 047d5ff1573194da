"""A record as a list shows it: values put into the person's words (importable without SQLAlchemy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

from sic_desktop.words import Reader, in_words, money_currency
from ui.areas import DEFAULT_COLUMNS
from ui.fieldspec import FieldSpec
from ui.schema import TABLES

if TYPE_CHECKING:
    from datetime import date


class Row(NamedTuple):
    """One record as a list shows it: raw values to sort by, texts to show, a lower-case haystack."""

    id: str
    values: tuple[Any, ...]
    texts: tuple[str, ...]
    haystack: str


def number_locale() -> QLocale:
    """The person's locale for numbers; the C locale (no preference) writes them the English way."""
    locale = QLocale()
    return QLocale("en_US") if locale.language() == QLocale.Language.C else locale


# Made once: cells are shown by the tens of thousands, on the worker thread too (translate is thread-safe).
NUMBERS = number_locale()
translate = QCoreApplication.translate


def list_specs(table: str) -> tuple[FieldSpec, ...]:
    """Every field a list of this kind can show, the ones shown at first leading, in their order."""
    spec = TABLES[table]
    first = DEFAULT_COLUMNS.get(table, ())
    if not first:
        return tuple(sorted(spec.fields, key=lambda s: s.name != spec.title_field))
    rank = {name: at for at, name in enumerate(first)}
    return tuple(sorted(spec.fields, key=lambda s: rank.get(s.name, len(rank))))


def _number(value: float, places: int) -> str:
    return NUMBERS.toString(value, "f", places)


def _day(day: date) -> str:
    return day.isoformat()  # ISO dates sort and read the same in every language


def reader() -> Reader:
    """The person's way of reading values: their language's words and their locale's numbers."""
    return Reader(translate=translate, number=_number, day=_day,
                  yes=translate("sync values", "yes"), no=translate("sync values", "no"),
                  unknown=translate("values", "(record not found)"))


def show(value: Any, spec: FieldSpec, titles: dict[str, str] | None, *, table: str = "",
         currency: str | None = None, words: Reader | None = None) -> str:
    """A value as a list cell shows it (links through `titles`, or already a title when None)."""
    if value is None:
        return ""
    if spec.kind == "flag":
        return "✓" if value else ""  # a list's column of flags reads at a glance
    kind = "money" if money_currency(table, spec.name) else spec.kind
    title = None
    if spec.kind == "link":
        title = value if titles is None else titles.get(value)
    text = in_words(value, kind, title=title, currency=currency, reader=words or reader())
    if spec.kind == "long" and len(text) > 120:
        return text[:119] + "…"
    return text


def make_row(record_id: str, values: tuple[Any, ...], specs: tuple[FieldSpec, ...],
             titles: list[dict[str, str] | None], *, table: str = "",
             currencies: dict[str, str] | None = None, words: Reader | None = None) -> Row:
    """A record as a list shows it; money with its currency (the record's own, or from `currencies`:
    the currency of each record a link names, for a budget line its concept note's)."""
    words = words or reader()
    names = [s.name for s in specs]
    texts = tuple(show(v, s, t, table=table, currency=_currency(table, s.name, names, values, currencies),
                       words=words)
                  for v, s, t in zip(values, specs, titles, strict=True))
    return Row(record_id, values, texts, "\x1f".join(texts).casefold())


def _currency(table: str, field: str, names: list[str], values: tuple[Any, ...],
              currencies: dict[str, str] | None) -> str | None:
    source = money_currency(table, field)
    if source is None:
        return None
    if "." in source:
        link = source.split(".")[0]
        linked = values[names.index(link)] if link in names else None
        return (currencies or {}).get(str(linked)) if linked is not None else None
    value = values[names.index(source)] if source in names else None
    return None if value is None else str(value)
