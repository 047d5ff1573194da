"""Sync work for the database thread: thin calls into sic_desktop.sync returning plain data."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from sic_desktop.services import sync_read
from sic_desktop.services.sync_read import BundleEntry, Superseded, decoded
from ui.rows import reader
from ui.schema import TABLES
from ui.worker import Control

if TYPE_CHECKING:
    from ui.queries import Titles


@dataclass(frozen=True)
class Preview:
    """A bundle's dry-run report, the names of the records it touches and of those its links name."""

    report: Any
    names: dict[tuple[str, str], str]
    links: dict[tuple[str, str], str]
    # ("detail" or "conflict", its index) -> its two values in words (was/becomes, master/incoming)
    texts: dict[tuple[str, int], tuple[str, str]] = field(default_factory=dict)


def record_name(table: str, title: str) -> str:
    """A record as a person knows it, its kind and its title: "person: Amina Diallo" (any thread)."""
    spec = TABLES.get(table)
    kind = QCoreApplication.translate("records", spec.label) if spec else table
    return QCoreApplication.translate("jobs", "%1: %2").replace("%1", kind).replace("%2", title)


def export_to(path: Path, for_site: str | None) -> Any:
    def job(_session: Any, control: Control) -> Any:
        from sic_desktop.sync.export import export

        control.check()
        return export(control.store, path, for_site=for_site)

    return job


def inspect(path: Path) -> Any:
    """A dry run of the bundle, with the records it touches and its values named as a person knows them."""

    def job(session: Any, control: Control) -> Any:
        from sic_desktop.services.naming import Titles, learn_inserts
        from sic_desktop.sync.importer import inspect_bundle

        report = inspect_bundle(control.store, path)
        titles = Titles(session, reader())
        learn_inserts(titles, getattr(report, "details", []))  # a record the bundle adds, by its title
        names = record_names(session, report, titles)
        return Preview(report, names, {}, preview_texts(session, titles, report))

    return job


def preview_texts(session: Any, titles: Any, report: Any) -> dict[tuple[str, int], tuple[str, str]]:
    """Both values of every change and conflict of a preview in words (the core's one way)."""
    from sic_desktop.services.naming import value_words

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


def record_names(session: Any, report: Any, titles: Any = None) -> dict[tuple[str, str], str]:
    """(table, record id) -> "kind: title", from this copy or from the bundle's own inserts."""
    from sic_desktop.services.naming import Titles, learn_inserts

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
        if key[0] not in TABLES:
            continue
        names[key] = record_name(key[0], titles.title(*key) or key[1][:8])
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
    def job(_session: Any, control: Control) -> Any:
        from sic_desktop.sync.importer import import_bundle

        control.check()  # once the merge starts it runs to its end in one transaction
        return import_bundle(control.store, path)

    return job


def bundle_log(session: Any, _control: Control) -> list[BundleEntry]:
    return sync_read.bundle_log(session)


def superseded(session: Any, _control: Control) -> list[Superseded]:
    return sync_read.superseded(session, reader())


def sites(session: Any, _control: Control) -> list[tuple[str, str]]:
    """(name, site id) of the trusted regional keys: the sites a master bundle can be made for."""
    return sync_read.sites(session)
