"""Reads for the sync screens: the bundle log, edits superseded by another site, the sites to write for."""

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.base import record_class
from sic_desktop.db.models import BundleImport, Change, Site, TrustedKey
from sic_desktop.services.naming import Titles, field_label, site_name, value_words
from sic_desktop.words import ENGLISH, Reader

LOG_ENTRIES = 200  # the bundle log shows the latest; older ones stay in the database
MY_EDITS = 2000  # the latest edits of this site looked at for a superseding value


@dataclass(frozen=True)
class BundleEntry:
    """One bundle written or read: when, its kind, the site, its range of changes and the verdict."""

    when: datetime
    kind: str
    site: str
    range: str
    verdict: str
    detail: str


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


def decoded(value: Any) -> Any:
    """A value as the change log and the conflict queue hold it (JSON text) as plain data."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:  # not JSON: shown as it is
            return value
    return value


def bundle_log(session: Session) -> list[BundleEntry]:
    """The latest bundles written and read, newest first, each site by its trusted name."""
    names = dict(session.execute(select(TrustedKey.site_id, TrustedKey.name)).all())
    rows = session.scalars(select(BundleImport).order_by(BundleImport.id.desc()).limit(LOG_ENTRIES))
    return [BundleEntry(row.imported_at, row.kind or "", names.get(row.site_id or "", row.site_id or ""),
                        f"{row.seq_from}-{row.seq_to}" if row.seq_from is not None else "", row.verdict,
                        row.detail or "") for row in rows]


def superseded(session: Session, reader: Reader = ENGLISH) -> list[Superseded]:
    """Edits of this site whose field's latest applied change came later from another site."""
    me = session.scalar(select(Site.site_id))
    mine = session.scalars(select(Change).where(Change.site_id == me, Change.kind == "update")
                           .order_by(Change.hlc.desc()).limit(MY_EDITS))
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
    titles = Titles(session, reader)
    return [_named(session, titles, item) for item in found]


def _named(session: Session, titles: Titles, item: Superseded) -> Superseded:
    """The record by its title, and the field's label (in English, like the models say them)."""
    try:
        record_class(item.table)
    except KeyError:  # a kind this version does not know: shown as logged
        return item
    label = field_label(item.table, item.field)
    title = titles.title(item.table, item.record_id) or item.record_id[:8]
    mine, now = (value_words(session, titles, item.table, item.field, decoded(v), record_id=item.record_id)
                 for v in (item.mine, item.now))
    return replace(item, record_id=title, label=label, mine_words=mine, now_words=now)


def sites(session: Session) -> list[tuple[str, str]]:
    """(name, site id) of the trusted regional keys: the sites a master bundle can be made for."""
    rows = session.execute(select(TrustedKey.name, TrustedKey.site_id).where(
        TrustedKey.role != "secretariat", TrustedKey.status == "active").order_by(TrustedKey.name))
    return sorted({(name, site) for name, site in rows})
