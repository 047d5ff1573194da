"""Who this copy is (site id, name, role) and where its private key lives."""

import getpass
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.models import Site
from sic_desktop.errors import SicError
from sic_desktop.sync.keys import KeyStore, key_file_for
from sic_desktop.text import Text


@dataclass(frozen=True)
class Identity:
    site_id: str
    name: str
    role: str  # secretariat | regional

    @property
    def is_secretariat(self) -> bool:
        return self.role == "secretariat"


def identity(session: Session) -> Identity:
    """This copy's site, from its one `site` row."""
    site = session.scalars(select(Site)).one_or_none()
    if site is None:
        raise SicError(Text("This database has no site yet: run `sic-desktop init` first"))
    return Identity(site.site_id, site.name, site.role)


def _prompt() -> str:
    """Ask at the terminal; an unattended run (no terminal) gets no passphrase, and says so.

    Only the main thread asks: a window's worker thread must never wait on a terminal nobody
    watches (the window asks in a dialog instead)."""
    if not sys.stdin.isatty() or threading.current_thread() is not threading.main_thread():
        return ""
    return getpass.getpass("Passphrase of this site's key file: ")


_ask: Callable[[], str] = _prompt


def ask_passphrase_with(ask: Callable[[], str]) -> None:
    """Where the key file's passphrase comes from when no keyring works: the window installs a
    dialog here; the command line keeps the terminal prompt (SIC_DESKTOP_PASSPHRASE wins over both)."""
    global _ask
    _ask = ask


def keystore(database: Path, site_id: str) -> KeyStore:
    """The key store of the site whose database is at `database` (fallback file beside it)."""
    return KeyStore(site_id, key_file_for(database), passphrase=lambda: _ask())
