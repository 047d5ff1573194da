"""Sync work for the database thread: thin calls into sic_desktop.sync returning plain data."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.models import BundleImport, Change, Site, TrustedKey
from ui.schema import TABLES
from ui.worker import Control

if TYPE_CHECKING:
    from ui.queries import Titles


@dataclass(frozen=True)
class BundleEntry:
    when: datetime
    kind: str
    site: str
    range: str
    verdict: str
    detail: str


@dataclass(frozen=True)
class Preview:
    """A bundle's dry-run report, the names of the records it touches and of those its links name."""

    report: Any
    names: dict[tuple[str, str], str]
    links: dict[tuple[str, str], str]


@dataclass(frozen=True)
class Superseded:
    """An edit made here whose field now holds another site's value (the Secretariat's decision)."""

    table: str
    record_id: str
    field: str
    mine: str | None
    now: str | None
    by: str
    when: str
    label: str = ""  # the field as the models name it, in English


def record_name(table: str, title: str) -> str:
    """A record as a person knows it, its kind and its title: "person: Amina Diallo" (any thread)."""
    spec = TABLES.get(table)
    kind = QCoreApplication.translate("records", spec.label) if spec else table
    return QCoreApplication.translate("jobs", "%1: %2").replace("%1", kind).replace("%2", title)


def bundle_log(session: Session, _control: Control) -> list[BundleEntry]:
    names = dict(session.execute(select(TrustedKey.site_id, TrustedKey.name)).all())
    rows = session.scalars(select(BundleImport).order_by(BundleImport.id.desc()).limit(200))
    return [BundleEntry(row.imported_at, row.kind or "", names.get(row.site_id or "", row.site_id or ""),
                        f"{row.seq_from}-{row.seq_to}" if row.seq_from is not None else "", row.verdict,
                        row.detail or "") for row in rows]


def superseded(session: Session, _control: Control) -> list[Superseded]:
    """Edits of this site whose field's latest applied change came later from another site."""
    me = session.scalar(select(Site.site_id))
    mine = session.scalars(select(Change).where(Change.site_id == me, Change.kind == "update")
                           .order_by(Change.hlc.desc()).limit(2000))
    found = []
    for change in mine:
        latest = session.scalars(select(Change).where(
            Change.table_name == change.table_name, Change.record_id == change.record_id,
            Change.field == change.field, Change.applied.is_(True)
        ).order_by(Change.hlc.desc()).limit(1)).first()
        if latest is not None and latest.site_id != me and latest.hlc > change.hlc \
                and latest.new_value != change.new_value:
            found.append(Superseded(change.table_name, change.record_id, change.field, change.new_value,
                                    latest.new_value, latest.author, latest.hlc))
    return [_named(session, item) for item in found]


def _named(session: Session, item: Superseded) -> Superseded:
    """The record by its title, and the field's label (in English, like the models say them)."""
    from dataclasses import replace

    from sic_desktop.db.base import record_class
    from ui.fields import fields_of
    from ui.queries import Titles

    try:
        model = record_class(item.table)
    except KeyError:
        return item
    label = next((s.label for s in fields_of(model) if s.name == item.field), item.field)
    title = Titles(session).of(item.table).get(item.record_id, item.record_id[:8])
    return replace(item, record_id=title, label=label)


def export_to(path: Path, for_site: str | None) -> Any:
    def job(_session: Session, control: Control) -> Any:
        from sic_desktop.sync.export import export

        control.check()
        return export(control.store, path, for_site=for_site)

    return job


def inspect(path: Path) -> Any:
    """A dry run of the bundle, with the records it touches named as a person knows them."""

    def job(session: Session, control: Control) -> Any:
        from sic_desktop.sync.importer import inspect_bundle

        report = inspect_bundle(control.store, path)
        values = [(d["table"], d["field"], v)
                  for d in getattr(report, "details", []) for v in (d["old"], d["new"])]
        values += [(c.get("table_name", c.get("table")), c["field"], v)
                   for c in report.conflicts for v in (c["master"], c["incoming"])]
        from ui.queries import Titles

        return Preview(report, record_names(session, report), link_titles(Titles(session), values))

    return job


def record_names(session: Session, report: Any) -> dict[tuple[str, str], str]:
    """(table, record id) -> "kind: title", from this copy or from the bundle's own inserts."""
    from sic_desktop.db.base import record_class
    from ui.queries import Titles

    titles = Titles(session)
    names: dict[tuple[str, str], str] = {}
    entries = list(getattr(report, "details", [])) + [
        {"table": c.get("table_name", c.get("table")), "record_id": c["record_id"], "field": c["field"],
         "new": None} for c in report.conflicts]
    for entry in entries:
        key = (str(entry["table"]), str(entry["record_id"]))
        if key in names:
            continue
        try:
            model = record_class(key[0])
        except KeyError:
            continue
        title = titles.of(key[0]).get(key[1])
        if title is None and entry.get("field") == "*" and isinstance(entry.get("new"), dict):
            title = entry["new"].get(model.__title_field__)  # a record the bundle adds
        names[key] = record_name(model.__tablename__, title or key[1][:8])
    return names


def link_titles(titles: "Titles", values: Iterable[tuple[Any, str, Any]]) -> dict[tuple[str, str], str]:
    """(linked table, id) -> title, for the links among (table, field, value) that this copy knows."""
    from ui.sync.values import linked

    found = {}
    for key in linked(values):
        title = titles.of(key[0]).get(key[1])
        if title:
            found[key] = title
    return found


def apply(path: Path) -> Any:
    def job(_session: Session, control: Control) -> Any:
        from sic_desktop.sync.importer import import_bundle

        control.check()  # once the merge starts it runs to its end in one transaction
        return import_bundle(control.store, path)

    return job


def sites(session: Session, _control: Control) -> list[tuple[str, str]]:
    """(name, site id) of the trusted regional keys: the sites a master bundle can be made for."""
    rows = session.execute(select(TrustedKey.name, TrustedKey.site_id).where(
        TrustedKey.role != "secretariat", TrustedKey.status == "active").order_by(TrustedKey.name))
    return sorted({(name, site) for name, site in rows})
