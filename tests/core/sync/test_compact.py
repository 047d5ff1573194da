"""Compacting the master's change log keeps what a record, a merge and a conflict need."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from sic_desktop.errors import UsageError
from sic_desktop.services.dump import dump_json
from sic_desktop.services.site import init_database
from sic_desktop.sync import trust
from sic_desktop.sync.compact import compact
from sic_desktop.sync.export import export
from sic_desktop.sync.identity import identity
from sic_desktop.sync.importer import import_bundle
from sic_desktop.sync.keys import PublicKeyFile
from sic_desktop.sync.setup import prepare_site
from tests.core.sync.copies import Copy, down, up

LATER = datetime.now(UTC) + timedelta(days=400)


def _dump(copy: Copy) -> dict[str, object]:
    with copy.store.session() as session:
        return dict(json.loads(dump_json(session)))


def _ids(copy: Copy) -> set[str]:
    with copy.store.session() as session:
        return set(session.execute(text("SELECT change_id FROM change")).scalars())


def _compact(copy: Copy, days: int = 365) -> int:
    backups: list[str] = []
    with copy.store.session(immediate=True) as session, session.begin():
        removed = compact(session, older_than=timedelta(days=days), now=LATER,
                          before=lambda: backups.append("taken")).removed
    assert backups == (["taken"] if removed else [])  # a copy first, and only when something goes
    return removed


def test_compaction_keeps_current_values_open_conflicts_and_merges_late_bundles(
    world: tuple[Copy, Copy, Copy],
) -> None:
    sec, north, south = world
    ana = sec.edit("create", "person", name="Ana", country="Chile")
    ben = sec.edit("create", "person", name="Ben")
    for number in range(5):
        sec.edit("update", "person", ana, languages=f"language {number}")
    down(sec, north, south)
    up(sec, north)
    up(sec, south)
    north.edit("update", "person", ben, country="Peru")
    south.edit("update", "person", ben, country="Chile")
    up(sec, north)
    [conflict] = up(sec, south).conflicts  # open, and stays so
    sec.edit("update", "person", ana, languages="language 5")  # south will edit without having it
    down(sec, north)
    up(sec, north)
    before, kept_before = _dump(sec), _ids(sec)

    assert _compact(sec, days=10_000) == 0  # nothing is that old
    removed = _compact(sec)
    assert removed == 5  # languages 0-4: superseded, and acknowledged by both regions
    assert _dump(sec) == before
    after = _ids(sec)
    assert {conflict["master_change"], conflict["incoming_change"]} <= after
    assert len(kept_before - after) == 5

    # A late bundle from south, which never received "language 5", merges as before: a conflict.
    south.edit("update", "person", ana, languages="Quechua")
    report = up(sec, south)
    assert [(c["field"], c["base"], c["master"], c["incoming"]) for c in report.conflicts] == [
        ("languages", '"language 4"', '"language 5"', '"Quechua"')  # its base, though compacted
    ]
    # A region enrolled now gets the current state, the insert kept for it.
    late = sec.folder / "late.sqlite"
    store = init_database(late, role="regional", name="late", author="late")
    prepare_site(store, secretariat_key=sec.card())
    newcomer = Copy(store, "", sec.folder)
    with store.session() as session:
        newcomer.site_id = identity(session).site_id
    with sec.store.session() as session, session.begin():
        trust.add(session, PublicKeyFile.from_bytes(newcomer.card().read_bytes()), role="tfrr",
                  task_forces=["A1"], region="Africa")
    first = export(sec.store, sec.folder / "first.sicbundle", for_site=newcomer.site_id)
    import_bundle(store, first.path)
    assert newcomer.get("person", ana).languages == "language 5"
    store.close()


def test_compaction_is_the_secretariat_s_and_keeps_a_month_at_least(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, _ = world
    with north.store.session() as session, pytest.raises(UsageError, match="Only the Secretariat"):
        compact(session, older_than=timedelta(days=365))
    with sec.store.session() as session, pytest.raises(UsageError, match="at least 30 days"):
        compact(session, older_than=timedelta(days=3))
