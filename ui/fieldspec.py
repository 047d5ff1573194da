"""What the window knows of each field and table, as plain data (importable without SQLAlchemy)."""

from typing import Any, Literal, NamedTuple

Kind = Literal["text", "long", "choice", "link", "date", "number", "whole", "flag"]


class FieldSpec(NamedTuple):
    """One editable field: its name, the words shown, and how it is typed and checked."""

    name: str
    label: str
    kind: Kind
    required: bool
    choices: tuple[str, ...] = ()
    link: str | None = None
    check: str | None = None

    def problem(self, model: Any, value: Any) -> str | None:
        """Why `value` cannot be saved in this field (the services' own check), or None."""
        from sic_desktop.services.validation import check_value, columns_of

        return check_value(columns_of(model)[self.name], value)


class TableSpec(NamedTuple):
    """One kind of record: its table, its name for people, its title field, scope and fields."""

    table: str
    label: str
    title_field: str
    scope: str
    fields: tuple[FieldSpec, ...]
