"""A region that restores a backup keeps its numbering and its edits: no fork, no silent divergence."""

import json

from sic_desktop.db.backup import make_backup
from sic_desktop.services.dump import dump_json
from sic_desktop.sync.restore import restore
from tests.core.sync.copies import Copy, down, up


def _records(copy: Copy) -> dict[str, object]:
    with copy.store.session() as session:
        dumped = json.loads(dump_json(session))
    return {table: rows for table, rows in dumped.items() if table in ("person", "activity")}


def test_a_region_restoring_a_backup_continues_its_numbering_and_keeps_its_later_edits(
    world: tuple[Copy, Copy, Copy],
) -> None:
    sec, north, _ = world
    ana = north.edit("create", "person", name="Ana")
    up(sec, north)
    down(sec, north)
    up(sec, north)
    saved = make_backup(north.store.path)
    north.edit("update", "person", ana, country="Chile")  # sent, after the backup
    up(sec, north)
    ben = sec.edit("create", "person", name="Ben")  # received, after the backup
    down(sec, north)
    up(sec, north)  # which says north holds Ben
    late = north.edit("create", "person", name="Carla")  # typed, never sent
    north.store.close()

    done = restore(saved, north.store.path)
    assert (done.carried, done.last_seq) == (2, 3)
    assert north.get("person", ana).country == "Chile" and north.get("person", late).name == "Carla"

    north.edit("update", "person", ana, languages="Spanish")  # number 4, never 2 again
    report = up(sec, north)
    assert report.verdict == "applied" and report.conflicts == []
    down(sec, north)  # what the backup lacked comes again
    assert north.get("person", ben).name == "Ben"
    assert _records(north) == _records(sec)
