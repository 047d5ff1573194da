"""Field values on the sync screens: the core's words (sic_desktop/words.py) in the person's language."""

from collections.abc import Iterable, Mapping
from typing import Any

from sic_desktop.services.sync_read import decoded
from sic_desktop.words import in_words as core_words
from sic_desktop.words import money_currency
from ui.fieldspec import FieldSpec
from ui.rows import reader
from ui.schema import TABLES


def spec_of(table: Any, field: str) -> FieldSpec | None:
    """The field's spec, or None for a kind or field this version does not know ("*", "deleted")."""
    spec = TABLES.get(str(table))
    return next((s for s in spec.fields if s.name == field), None) if spec else None


# (linked table, record id) -> the record's title: what a link field's value is shown as.
Links = Mapping[tuple[str, str], str]


def in_words(value: Any, spec: FieldSpec | None = None, links: Links | None = None, *, table: str = "",
             currency: str | None = None) -> str:
    """One value as a person reads it: a choice in their language, a flag as yes or no, a link by name,
    money to the cent with its currency."""
    if spec is None:
        return core_words(value, "flag" if isinstance(value, bool) else "text", reader=reader())
    kind = "money" if money_currency(table, spec.name) else spec.kind
    title = (links or {}).get((spec.link, str(value))) if spec.link else None
    return core_words(value, kind, title=title, currency=currency, reader=reader())


def field_value(value: Any, table: Any, field: str, links: Links | None = None) -> str:
    """A stored value of `table`.`field` (JSON text or plain data) in words."""
    return in_words(decoded(value), spec_of(table, field), links, table=str(table))


def linked(values: Iterable[tuple[Any, str, Any]]) -> list[tuple[str, str]]:
    """(linked table, id) of every link among (table, field, value); a new record's dict gives each field."""
    found = []
    for table, field, value in values:
        value = decoded(value)
        pairs = value.items() if isinstance(value, dict) else [(field, value)]
        for name, item in pairs:
            spec = spec_of(table, name)
            if spec is not None and spec.link and isinstance(item, str):
                found.append((spec.link, item))
    return found
