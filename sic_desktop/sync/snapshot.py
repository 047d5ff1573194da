"""Reading the change log by index only: a site's news since a position, and a record's current state
as the changes it rests on (its insert and the head of each field), whatever the length of its history.
"""

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection

from sic_desktop.db.changelog import SEED_SITE_ID
from sic_desktop.sync.wire import models

CHUNK = 400
COLUMNS = (
    "change_id, site_id, seq, hlc, table_name, record_id, field, old_value, new_value, based_on, kind, "
    "author, applied, also_based_on"
)
# The newest applied change of each wanted (record, field), one step down the record index each.
_HEADS = (
    "WITH wanted(record, name) AS (VALUES {values}), "
    "found(at) AS (SELECT (SELECT rowid FROM change WHERE table_name = ? AND record_id = wanted.record "
    "AND field = wanted.name AND applied = 1 ORDER BY rowid DESC LIMIT 1) FROM wanted) "
    f"SELECT change.rowid, {COLUMNS} FROM found JOIN change ON change.rowid = found.at"
)
# A site's applied changes after a sequence number: a range of the (site_id, seq) index.
NEWS = f"SELECT rowid, {COLUMNS} FROM change WHERE site_id = ? AND seq > ? AND applied = 1"
# Every site that wrote a change, with its highest sequence number: one index step per site (a
# GROUP BY would read the whole index, and the log grows by a million changes in five years).
VECTOR = (
    "WITH RECURSIVE sites(site) AS (SELECT min(site_id) FROM change UNION ALL "
    "SELECT (SELECT min(site_id) FROM change WHERE site_id > sites.site) FROM sites WHERE site IS NOT NULL) "
    "SELECT site, (SELECT max(seq) FROM change WHERE site_id = sites.site) FROM sites WHERE site IS NOT NULL"
)


def vector(connection: Connection) -> dict[str, int]:
    """The highest sequence number held of every site but the seed data's."""
    return {
        str(site): int(seq) for site, seq in connection.exec_driver_sql(VECTOR) if site != SEED_SITE_ID
    }


def news(connection: Connection, site: str, after: int) -> Iterator[Any]:
    """The applied changes of `site` numbered after `after`, as rows (rowid first)."""
    yield from connection.exec_driver_sql(NEWS, (site, after))


def state_of(connection: Connection, table: str, records: Iterable[str]) -> Iterator[Any]:
    """The changes each record's current state rests on: its insert and the newest change of each
    field (the trash flag included). Seed data, which every copy holds from the start, is left out."""
    names = ["*", *models()[table].columns]
    pairs = [(record, name) for record in records for name in names]
    for start in range(0, len(pairs), CHUNK):
        chunk = pairs[start : start + CHUNK]
        values = ", ".join("(?, ?)" for _ in chunk)
        rows = connection.exec_driver_sql(
            _HEADS.format(values=values), (*(item for pair in chunk for item in pair), table)
        )
        yield from (row for row in rows if row.site_id != SEED_SITE_ID)
