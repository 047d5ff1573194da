"""Settings this copy keeps in its own database (not synced): who signs the letters of support."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.models import Site
from sic_desktop.errors import InputRefused, SicError
from sic_desktop.text import Text

DEFAULT_TITLE = "Executive Secretary, on behalf of the Bureau"


@dataclass(frozen=True)
class Signatory:
    """The named person who signs the letters of support, and the title printed under the name."""

    name: str
    title: str


def _site(session: Session) -> Site:
    site = session.scalars(select(Site)).one_or_none()
    if site is None:
        raise SicError(Text("This database has no site yet: run `sic-desktop init` first"))
    return site


def signatory(session: Session) -> Signatory | None:
    """Who signs the letters, or None while nobody is named."""
    site = _site(session)
    if not site.signatory_name:
        return None
    return Signatory(site.signatory_name, site.signatory_title or DEFAULT_TITLE)


def set_signatory(session: Session, *, name: str, title: str | None = None) -> Signatory:
    """Name who signs the letters of support (the title defaults to the Executive Secretary's)."""
    if not name.strip():
        raise InputRefused(Text("The signatory needs a name"))
    site = _site(session)
    site.signatory_name = name.strip()
    site.signatory_title = (title or "").strip() or None
    session.flush()
    return Signatory(site.signatory_name, site.signatory_title or DEFAULT_TITLE)
