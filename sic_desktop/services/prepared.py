"""Reads on a hot path: a statement compiled once for SQLite, run on the session's own database cursor.

SQLAlchemy's execution and result layers cost more than these small counting queries themselves (the
cycle overview ran 17 of them: four times the time of the SQL). The statements stay SQLAlchemy
expressions, written once beside their models; only running them skips the layers. Dates come back as
SQLite keeps them (ISO text): `day` reads them.
"""

from datetime import date
from typing import Any

from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

_COMPILED: dict[Any, tuple[str, dict[str, Any]]] = {}  # by statement (module constants)
_DIALECT = sqlite.dialect(paramstyle="named")


def rows(session: Session, statement: Any, **values: Any) -> list[Any]:  # a select() of the core's
    """The statement's rows as plain tuples, in the session's transaction; dates given are bound as text."""
    found = _COMPILED.get(statement)
    if found is None:
        compiled = statement.compile(dialect=_DIALECT)
        constants = {key: value for key, value in compiled.params.items() if value is not None}
        found = _COMPILED[statement] = (str(compiled), constants)
    sql, constants = found
    bound = {key: value.isoformat() if isinstance(value, date) else value for key, value in values.items()}
    cursor = session.connection().connection.dbapi_connection
    assert cursor is not None  # a session's connection is open
    return list(cursor.execute(sql, {**constants, **bound}).fetchall())


def day(value: date | str | None) -> date | None:
    """A date as SQLite keeps it (ISO text), read back."""
    return date.fromisoformat(value) if isinstance(value, str) else value
