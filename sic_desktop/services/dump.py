"""The canonical JSON of every domain record: sorted and stable, for audits and diffs."""

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.base import record_classes
from sic_desktop.db.values import to_plain


def dump_records(session: Session) -> dict[str, list[dict[str, Any]]]:
    """Each domain table's rows (soft-deleted ones included), sorted by id."""
    result: dict[str, list[dict[str, Any]]] = {}
    for model in record_classes():
        table = model.__table__
        rows = session.execute(select(table).order_by(table.c.id)).mappings()
        result[model.__tablename__] = [
            {key: to_plain(value) for key, value in row.items()} for row in rows
        ]
    return result


def dump_json(session: Session) -> str:
    return json.dumps(dump_records(session), ensure_ascii=False, sort_keys=True, indent=1) + "\n"
