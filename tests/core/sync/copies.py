"""Three real copies - the Secretariat and two regions of task force A1 - and bundles between them."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sic_desktop.db.base import Record, record_class
from sic_desktop.db.store import Store
from sic_desktop.services import records
from sic_desktop.services.reference import reference_id
from sic_desktop.services.site import init_database
from sic_desktop.sync import conflicts, trust
from sic_desktop.sync.export import export
from sic_desktop.sync.identity import identity, keystore
from sic_desktop.sync.importer import Report, import_bundle
from sic_desktop.sync.keys import PublicKeyFile
from sic_desktop.sync.setup import prepare_site

A1 = reference_id("task_force", "A1")
AFRICA = reference_id("region", "Africa")


@dataclass
class Copy:
    store: Store
    site_id: str
    folder: Path
    exports: list[Path] = field(default_factory=list)

    def card(self) -> Path:
        with self.store.session() as session:
            me = identity(session)
        key = keystore(self.store.path, me.site_id).load()
        path = self.folder / f"{me.site_id}.pub"
        path.write_bytes(PublicKeyFile(me.site_id, me.name, me.role, key.public_key(), "").to_bytes(key))
        return path

    def edit(self, op: str, table: str, record: str | None = None, **values: Any) -> str:
        model: type[Record] = record_class(table)
        with self.store.session() as session, session.begin():
            if op == "create":
                return records.create(session, model, **values).record_id
            assert record is not None
            if op == "update":
                return records.update(session, model, record, **values).record_id
            return records.delete(session, model, record).record_id

    def export(self, for_site: "Copy | None" = None) -> Path:
        path = self.folder / f"{self.site_id[:8]}-{len(self.exports)}.sicbundle"
        export(self.store, path, for_site=for_site.site_id if for_site else None)
        self.exports.append(path)
        return path

    def get(self, table: str, record: str) -> Any:
        with self.store.session() as session:
            return session.get(record_class(table), record)

    def open_conflicts(self) -> list[dict[str, Any]]:
        with self.store.session() as session:
            return [conflicts.as_json(c) for c in conflicts.open_conflicts(session)]


def three_copies(tmp_path: Path) -> Iterator[tuple[Copy, Copy, Copy]]:
    """The Secretariat and two regions of A1 (north, south), trusted and set up; closed afterwards."""
    opened = []

    def make(name: str, role: str, card: Path | None) -> Copy:
        store = init_database(tmp_path / f"{name}.sqlite", role=role, name=name, author=name)
        prepare_site(store, secretariat_key=card)
        opened.append(store)
        with store.session() as session:
            return Copy(store, identity(session).site_id, tmp_path)

    sec = make("sec", "secretariat", None)
    card = sec.card()
    north = make("north", "regional", card)
    south = make("south", "regional", card)
    for region, area in ((north, "Africa"), (south, "Africa")):
        key = PublicKeyFile.from_bytes(region.card().read_bytes())
        with sec.store.session() as session, session.begin():
            trust.add(session, key, role="tfrr", task_forces=["A1"], region=area)
    yield sec, north, south
    for store in opened:
        store.close()


def up(sec: Copy, region: Copy) -> Report:
    return import_bundle(sec.store, region.export())


def down(sec: Copy, *regions: Copy) -> None:
    for region in regions:
        import_bundle(region.store, sec.export(for_site=region))
