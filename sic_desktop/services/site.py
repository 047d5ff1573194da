"""Creating a database for a site (the Secretariat's master copy or a regional copy)."""

import getpass
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.base import new_id
from sic_desktop.db.models import Site
from sic_desktop.db.store import Store as Store  # the window holds the store through the services
from sic_desktop.db.store import open_store as open_store
from sic_desktop.errors import SicError, UsageError
from sic_desktop.services.reference import load_reference_data
from sic_desktop.services.writes import writing
from sic_desktop.text import Text, joined

ROLES = ("secretariat", "regional")


@dataclass(frozen=True)
class SiteInfo:
    site_id: str
    name: str
    role: str
    author: str


def site_info(session: Session) -> SiteInfo:
    site = session.scalars(select(Site)).one_or_none()
    if site is None:
        raise SicError(Text("This database has no site yet: run `sic-desktop init` first"))
    return SiteInfo(site.site_id, site.name, site.role, site.author)


def init_database(path: Path, *, role: str, name: str, author: str | None = None) -> Store:
    """Create a new database file for a site and load the reference data into it."""
    if role not in ROLES:
        raise UsageError(Text("The role must be one of: %1", joined(ROLES)))
    if not name.strip():
        raise UsageError(Text("The site needs a name (for example the region or 'Executive Secretariat')"))
    if Path(path).exists() and Path(path).stat().st_size:
        raise UsageError(Text("%1 already exists: choose another file or remove it first", str(path)))
    store = open_store(path, create=True)
    with writing(store) as session:
        session.add(Site(
            site_id=new_id(), name=name.strip(), role=role,
            author=author or _default_author(name), last_seq=0, last_hlc="",
            created_at=datetime.now(UTC).replace(tzinfo=None),
        ))
        session.flush()
        load_reference_data(session)
    return store


def _default_author(site_name: str) -> str:
    try:
        return f"{getpass.getuser()} ({site_name.strip()})"
    except (KeyError, OSError):
        return site_name.strip()
