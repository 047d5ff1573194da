"""Field values as the sync screens show them: JSON undone, choices and yes/no in the person's words."""

import json
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.fieldspec import FieldSpec
from ui.schema import TABLES

# lupdate reads `translate("context", "literal")` calls; the alias keeps lines short.
translate = QCoreApplication.translate


def spec_of(table: Any, field: str) -> FieldSpec | None:
    """The field's spec, or None for a kind or field this version does not know ("*", "deleted")."""
    spec = TABLES.get(str(table))
    return next((s for s in spec.fields if s.name == field), None) if spec else None


def decoded(value: Any) -> Any:
    """A value as the change log and the conflict queue hold it (JSON text) as plain data."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:  # not JSON: shown as it is
            return value
    return value


# (linked table, record id) -> the record's title: what a link field's value is shown as.
Links = Mapping[tuple[str, str], str]


def in_words(value: Any, spec: FieldSpec | None = None, links: Links | None = None) -> str:
    """One value as a person reads it: a choice in their language, a flag as yes or no, a link by name."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("sync values", "yes") if value else translate("sync values", "no")
    if spec is not None and spec.kind == "choice":
        return translate("choices", str(value))
    if spec is not None and spec.link and links:
        return links.get((spec.link, str(value)), str(value))
    return str(value)


def field_value(value: Any, table: Any, field: str, links: Links | None = None) -> str:
    """A stored value of `table`.`field` (JSON text or plain data) in words."""
    return in_words(decoded(value), spec_of(table, field), links)


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
