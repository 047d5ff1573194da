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
    rows = [make_row(record_id, values, specs, link_titles, table=table, currencies=currencies, words=words)
            for record_id, values in found]
    return _marked(session, table, specs, rows)


def _marked(session: Any, table: str, specs: tuple[FieldSpec, ...], rows: list[Row]) -> list[Row]:
    """Rows with the core's marks in place of stored texts (a stale assessment, a note's current status)."""
    from sic_desktop.services.kinds import record_class
    from sic_desktop.services.note_view import list_marks
    from ui.translate import translated

    marks = list_marks(session, record_class(table), [row.id for row in rows])
    if not marks:
        return rows
    at = {spec.name: index for index, spec in enumerate(specs)}
    marked = []
    for row in rows:
        texts = list(row.texts)
        for name, text in marks.get(row.id, {}).items():
            if name in at:
                texts[at[name]] = translated(text)
        marked.append(row._replace(texts=tuple(texts), haystack="\x1f".join(texts).casefold()))
    return marked


def link_choices(session: Any, table: str, *, task_force_id: str | None = None) -> list[tuple[str, str]]:
    """(title, id) pairs to pick a linked record from, titles in the person's words."""
    return lists.link_choices(session, Titles(session), table, task_force_id=task_force_id)


def record_values(session: Any, model: type[Record], record_id: str) -> dict[str, Any]:
    """A record's editable values (also from the trash), or an empty dict if it does not exist."""
    return lists.record_values(session, model.__tablename__, record_id)
