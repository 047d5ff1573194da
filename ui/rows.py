"""Plain data the lists and the navigation show (importable without SQLAlchemy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

from ui.areas import DEFAULT_COLUMNS
from ui.fieldspec import FieldSpec
from ui.schema import TABLES

if TYPE_CHECKING:
    from datetime import datetime


class Row(NamedTuple):
    """One record as a list shows it: raw values to sort by, texts to show, a lower-case haystack."""

    id: str
    values: tuple[Any, ...]
    texts: tuple[str, ...]
    haystack: str


class TaskForceNode(NamedTuple):
    id: str
    code: str
    name: str


class GoalNode(NamedTuple):
    code: str
    title: str
    task_forces: tuple[TaskForceNode, ...]


class Status(NamedTuple):
    site_name: str
    role: str
    waiting: int | None
    last_bundle: datetime | None


def number_locale() -> QLocale:
    """The person's locale for numbers; the C locale (no preference) writes them the English way."""
    locale = QLocale()
    return QLocale("en_US") if locale.language() == QLocale.Language.C else locale


# Made once: cells are shown by the tens of thousands, on the worker thread too (translate is thread-safe).
NUMBERS = number_locale()
POINT = NUMBERS.decimalPoint()
translate = QCoreApplication.translate


def list_specs(table: str) -> tuple[FieldSpec, ...]:
    """Every field a list of this kind can show, the ones shown at first leading, in their order."""
    spec = TABLES[table]
    first = DEFAULT_COLUMNS.get(table, ())
    if not first:
        return tuple(sorted(spec.fields, key=lambda s: s.name != spec.title_field))
    rank = {name: at for at, name in enumerate(first)}
    return tuple(sorted(spec.fields, key=lambda s: rank.get(s.name, len(rank))))


def show(value: Any, spec: FieldSpec, titles: dict[str, str] | None) -> str:
    """A value as a list cell shows it (links through `titles`, or already a title when None)."""
    if value is None:
        return ""
    if spec.kind == "link":
        return value if titles is None else titles.get(value, "?")
    if spec.kind == "flag":
        return "✓" if value else ""
    if spec.kind == "number" and isinstance(value, int | float):
        value = float(value)
        return NUMBERS.toString(value, "f", 2).rstrip("0").rstrip(POINT) if value % 1 \
            else NUMBERS.toString(value, "f", 0)
    if spec.kind == "choice":
        return translate("choices", str(value))
    if spec.kind == "long":
        text = str(value)
        return text if len(text) <= 120 else text[:119] + "…"
    return str(value)


def make_row(record_id: str, values: tuple[Any, ...], specs: tuple[FieldSpec, ...],
             titles: list[dict[str, str] | None]) -> Row:
    texts = tuple(show(v, s, t) for v, s, t in zip(values, specs, titles, strict=True))
    return Row(record_id, values, texts, "\x1f".join(texts).casefold())
