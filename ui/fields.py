"""What an editor or a list needs to know of each field, read from the models' column info."""

from datetime import date
from typing import Any

from sic_desktop.services.kinds import Record
from ui.fieldspec import FieldSpec


def fields_of(model: type[Record]) -> tuple[FieldSpec, ...]:
    """The editable fields of a record kind, in the order the model declares them."""
    from ui.schema import TABLES

    return TABLES[model.__tablename__].fields


def field_of(model: type[Record], name: str) -> FieldSpec:
    for spec in fields_of(model):
        if spec.name == name:
            return spec
    raise KeyError(name)


def record_problems(model: type[Record], values: dict[str, Any]) -> dict[str, str]:
    """Problems the window can tell before asking the database (links are checked by the service)."""
    problems = {}
    for spec in fields_of(model):
        if spec.name in values:
            reason = spec.problem(model, values[spec.name])
            if reason:
                problems[spec.name] = reason
    start, end = values.get("start"), values.get("end")
    if isinstance(start, date) and isinstance(end, date) and end < start and "end" not in problems:
        problems["end"] = "is before the start"
    return problems
