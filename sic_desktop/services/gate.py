"""Every local write, whatever made it, checked at flush: the authority table and the text rules.

The window, the command line, spreadsheet and workbook imports and document builders all write
through sessions of the store; these session events see each of their records before it reaches
the database, so a path that forgets a check still cannot record what this copy may not write, or
what the Secretariat's merge would refuse (an overlong text, a control character). A refusal
raises; the caller's transaction rolls back and nothing is changed.
"""

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session

from sic_desktop.db.base import Record, record_class
from sic_desktop.db.changelog import StoreSession
from sic_desktop.errors import ReadOnly
from sic_desktop.services import authority
from sic_desktop.services.validation import InvalidRecord, columns_of, label_of, text_problem
from sic_desktop.text import Text

_MODE_KEY = "sic_mode"  # the change log's: "seed" and "remote" writes are not this copy's own edits
# A withdrawal (sync/withdraw.py) puts back exactly what an unsent change replaced: it must pass
# even where this copy's scope no longer reaches, or a refused change could never be taken back.
WITHDRAWING = "sic_withdrawing"


def _values(obj: Record) -> dict[str, Any]:
    return {attr.key: obj.__dict__.get(attr.key) for attr in inspect(type(obj)).column_attrs}


def session_lookup(session: Session, pending: Iterable[Record] = ()) -> authority.Lookup:
    """Records by (table, id) as this session sees them, new ones of this flush included."""
    waiting = {(obj.__tablename__, obj.id): obj for obj in pending}

    def lookup(table: str, record: str) -> dict[str, Any] | None:
        obj = waiting.get((table, record))
        if obj is None:
            try:
                model = record_class(table)
            except KeyError:
                return None
            with session.no_autoflush:
                obj = session.get(model, record)
        if obj is None:
            return None
        return {attr.key: getattr(obj, attr.key) for attr in inspect(type(obj)).column_attrs}

    return lookup


def _before(obj: Record) -> tuple[dict[str, Any], bool]:
    """A loaded record's values before this flush, and whether any changed."""
    state = inspect(obj)
    values: dict[str, Any] = {}
    changed = False
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.added or history.deleted:
            changed = True
            values[attr.key] = history.deleted[0] if history.deleted else None
        else:
            values[attr.key] = obj.__dict__.get(attr.key)
    return values, changed


def _check_texts(model: type[Record], after: dict[str, Any], before: dict[str, Any] | None) -> None:
    problems: dict[str, str] = {}
    for field, column in columns_of(model).items():
        value = after.get(field)
        if isinstance(value, str) and (before is None or before.get(field) != value):
            reason = text_problem(column, value)
            if reason is not None:
                problems[field] = reason
    if problems:
        raise InvalidRecord(model.__label__, problems, {f: label_of(model, f) for f in problems})


def check(session: Session, writes: list[tuple[type[Record], dict[str, Any] | None, dict[str, Any]]],
          pending: Iterable[Record] = ()) -> None:
    """Refuse the first write (model, before, after) this copy may not make."""
    from sic_desktop.services.records import local_signer

    if not writes:
        return
    signer = local_signer(session)
    lookup = session_lookup(session, pending)
    rules = authority.rules()
    for model, before, after in writes:
        _check_texts(model, after, before)
        reason = authority.refusal(rules[model.__tablename__], before, after, signer, lookup)
        if reason is not None:
            raise ReadOnly(Text("Read-only here: %1", reason))


@event.listens_for(StoreSession, "before_flush")
def _before_flush(session: Session, _flush: object, _instances: object) -> None:
    if session.info.get(_MODE_KEY) is not None or session.info.get(WITHDRAWING):
        return
    new = [obj for obj in session.new if isinstance(obj, Record)]
    writes: list[tuple[type[Record], dict[str, Any] | None, dict[str, Any]]] = [
        (type(obj), None, _values(obj)) for obj in new
    ]
    for obj in session.dirty:
        if isinstance(obj, Record) and obj not in session.new:
            before, changed = _before(obj)
            if changed:
                writes.append((type(obj), before, _values(obj)))
    check(session, writes, new)


@event.listens_for(StoreSession, "do_orm_execute")
def _bulk_insert(state: ORMExecuteState) -> None:
    mapper = state.bind_mapper
    if (mapper is None or not issubclass(mapper.class_, Record) or not state.is_insert
            or state.session.info.get(_MODE_KEY) is not None):
        return
    rows = state.parameters
    rows = [rows] if isinstance(rows, dict) else rows
    if isinstance(rows, list):
        model: type[Record] = mapper.class_
        check(state.session, [(model, None, dict(row)) for row in rows if isinstance(row, dict)])
