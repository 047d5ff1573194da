"""What `init` asks of sync: this site's key pair, and a regional copy's pinned Secretariat key.

Owned by the sync engineer; the lead's `init` calls `prepare_site` right after the database exists.
"""

from pathlib import Path

from sic_desktop.db.store import Store
from sic_desktop.errors import InputRefused
from sic_desktop.services.writes import writing
from sic_desktop.sync import trust
from sic_desktop.sync.identity import identity, keystore
from sic_desktop.sync.keys import PublicKeyFile
from sic_desktop.text import Text


def prepare_site(store: Store, *, secretariat_key: Path | None) -> None:
    """Make the site's key pair and, for a regional copy, pin the Secretariat's public key."""
    pinned = None
    if secretariat_key is not None:
        # Checked before a key is made, so a bad file leaves no orphan key in the keyring.
        pinned = trust.read_key_file(secretariat_key)
        if pinned.role != "secretariat":
            raise InputRefused(
                Text("%1 is the key of %2 (%3), not of the Executive Secretariat", str(secretariat_key),
                     repr(pinned.site_name), pinned.role)
            )
    with writing(store) as session:
        me = identity(session)
        created = keystore(store.path, me.site_id).create()
        if pinned is not None:
            trust.add(session, pinned, role="secretariat", task_forces=[], region=None)
        else:
            own = PublicKeyFile(
                me.site_id, me.name, me.role, created.private_key.public_key(), trust.now_text()
            )
            trust.add(session, own, role="secretariat", task_forces=[], region=None)
