"""What `init` asks of sync: this site's key pair, and a regional copy's pinned Secretariat key.

Owned by the sync engineer; the lead's `init` calls `prepare_site` right after the database exists.
"""

from pathlib import Path

from sic_desktop.db.store import Store


def prepare_site(store: Store, *, secretariat_key: Path | None) -> None:
    """Make the site's key pair and, for a regional copy, pin the Secretariat's public key."""
