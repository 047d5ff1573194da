"""Sync work for the database thread: thin calls into sic_desktop.sync returning plain data."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.models import BundleImport, Change, Site, TrustedKey
from sic_desktop.services.naming import site_name
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
    # ("detail" or "conflict", its index) -> its two values in words (was/becomes, master/incoming)
    texts: dict[tuple[str, int], tuple[str, str]] = field(default_factory=dict)


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
    mine_words: str = ""  # the values in words (links by name, money with its currency)
    now_words: str = ""


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
                                    latest.new_value, site_name(session, latest.site_id) or latest.author,
                                    latest.hlc))
    return [_named(session, item) for item in found]


def _named(session: Session, item: Superseded) -> Superseded:
    """The record by its title, and the field's label (in English, like the models say them)."""
    from dataclasses import replace

    from sic_desktop.db.base import record_class
    from sic_desktop.services.naming import Titles, value_words
    from ui.fields import fields_of
    from ui.rows import reader
    from ui.sync.values import decoded

    try:
        model = record_class(item.table)
    except KeyError:
        return item
    label = next((s.label for s in fields_of(model) if s.name == item.field), item.field)
    titles = Titles(session, reader())
    title = titles.title(item.table, item.record_id) or item.record_id[:8]
    mine, now = (value_words(session, titles, item.table, item.field, decoded(v), record_id=item.record_id)
                 for v in (item.mine, item.now))
    return replace(item, record_id=title, label=label, mine_words=mine, now_words=now)


def export_to(path: Path, for_site: str | None) -> Any:
    def job(_session: Session, control: Control) -> Any:
        from sic_desktop.sync.export import export

        control.check()
        return export(control.store, path, for_site=for_site)

    return job


def inspect(path: Path) -> Any:
    """A dry run of the bundle, with the records it touches and its values named as a person knows them."""

    def job(session: Session, control: Control) -> Any:
        from sic_desktop.services.naming import Titles, learn_inserts
        from sic_desktop.sync.importer import inspect_bundle
        from ui.rows import reader

        report = inspect_bundle(control.store, path)
        titles = Titles(session, reader())
        learn_inserts(titles, getattr(report, "details", []))  # a record the bundle adds, by its title
        names = record_names(session, report, titles)
        return Preview(report, names, {}, preview_texts(session, titles, report))

    return job


def preview_texts(session: Session, titles: Any, report: Any) -> dict[tuple[str, int], tuple[str, str]]:
    """Both values of every change and conflict of a preview in words (the core's one way)."""
    from sic_desktop.services.naming import value_words
    from ui.sync.values import decoded

    def words(table: Any, record_id: Any, field_name: str, value: Any) -> str:
        return value_words(session, titles, str(table), field_name, decoded(value), record_id=str(record_id))

    texts = {("detail", at): (words(d["table"], d["record_id"], d["field"], d["old"]),
                              words(d["table"], d["record_id"], d["field"], d["new"]))
             for at, d in enumerate(getattr(report, "details", []))}
    for at, c in enumerate(report.conflicts):
        table = c.get("table_name", c.get("table"))
        texts[("conflict", at)] = (words(table, c["record_id"], c["field"], c["master"]),
                                   words(table, c["record_id"], c["field"], c["incoming"]))
    return texts


def record_names(session: Session, report: Any, titles: Any = None) -> dict[tuple[str, str], str]:
    """(table, record id) -> "kind: title", from this copy or from the bundle's own inserts."""
    from sic_desktop.db.base import record_class
    from sic_desktop.services.naming import Titles, learn_inserts
    from ui.rows import reader

    if titles is None:
        titles = Titles(session, reader())
        learn_inserts(titles, getattr(report, "details", []))
    names: dict[tuple[str, str], str] = {}
    entries = list(getattr(report, "details", [])) + [
        {"table": c.get("table_name", c.get("table")), "record_id": c["record_id"]} for c in report.conflicts]
    for entry in entries:
        key = (str(entry["table"]), str(entry["record_id"]))
        if key in names:
            continue
        try:
            model = record_class(key[0])
        except KeyError:
            continue
        names[key] = record_name(model.__tablename__, titles.title(*key) or key[1][:8])
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
