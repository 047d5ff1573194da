"""The core's list reads put into the person's words, run on the database thread (plain data only)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sic_desktop.services import lists, naming
from ui.fieldspec import FieldSpec
from ui.rows import Row, list_specs, make_row, reader

if TYPE_CHECKING:
    from sic_desktop.services.kinds import Record


def list_fields(table: str) -> tuple[FieldSpec, ...]:
    """The columns a list of this kind has, in the order it shows them."""
    return list_specs(table)


class Titles(naming.Titles):
    """Names of records by id for link cells and link pickers, in the person's words (the core's)."""

    def __init__(self, session: Any) -> None:
        super().__init__(session, reader())


def load_rows(session: Any, table: str, *, task_force_id: str | None = None,
              ids: list[str] | None = None, deleted: bool = False,
              parent: tuple[str, str] | None = None) -> list[Row]:
    """The records of a kind (of one task force, or some ids), ready for a list model."""
    specs = list_fields(table)
    titles = Titles(session)
    link_titles: list[dict[str, str] | None] = [titles.of(s.link) if s.link else {} for s in specs]
    found = lists.list_values(session, table, [s.name for s in specs], task_force_id=task_force_id,
                              ids=ids, deleted=deleted, parent=parent)
    words = reader()
    currencies = lists.linked_currencies(session, table)
    return [make_row(record_id, values, specs, link_titles, table=table, currencies=currencies, words=words)
            for record_id, values in found]


def link_choices(session: Any, table: str, *, task_force_id: str | None = None) -> list[tuple[str, str]]:
    """(title, id) pairs to pick a linked record from, titles in the person's words."""
    return lists.link_choices(session, Titles(session), table, task_force_id=task_force_id)


def record_values(session: Any, model: type[Record], record_id: str) -> dict[str, Any]:
    """A record's editable values (also from the trash), or an empty dict if it does not exist."""
    return lists.record_values(session, model.__tablename__, record_id)
