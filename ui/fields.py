"""What an editor or a list needs to know of each field, read from the models' column info."""

from datetime import date
from typing import Any, cast

from sqlalchemy import Column

from sic_desktop.db.base import Record
from sic_desktop.services.naming import kind_of
from sic_desktop.services.validation import columns_of
from ui.fieldspec import FieldSpec, Kind, TableSpec


def _kind(column: Column[Any]) -> Kind:
    return cast(Kind, kind_of(column))  # the core's one ladder (services/naming.py)


def fields_of(model: type[Record]) -> tuple[FieldSpec, ...]:
    """The editable fields of a record kind, in the order the model declares them."""
    from ui.schema import TABLES

    return TABLES[model.__tablename__].fields


def compute_table(model: type[Record]) -> TableSpec:
    """A kind's table spec read from its columns (what ui/schema.py is generated from)."""
    specs = []
    for name, column in columns_of(model).items():
        info = column.info
        specs.append(FieldSpec(
            name=name, label=str(info.get("label", name)), kind=_kind(column),
            required=bool(info.get("required")), choices=tuple(info.get("choices") or ()),
            link=info.get("link"), check=info.get("check"),
        ))
    return TableSpec(model.__tablename__, model.__label__, model.__title_field__, model.__scope__,
                     tuple(specs))


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
