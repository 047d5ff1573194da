"""The trust registry: which public keys may sign bundles, and for which scope; revocations."""

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.models import Region, TaskForce, TrustedKey
from sic_desktop.errors import InputRefused, NotFound, UsageError
from sic_desktop.sync.keys import Handover, PublicKeyFile, public_key_from_base64, public_key_to_base64
from sic_desktop.text import Text, joined

ROLES = ("secretariat", "tfl", "tfrr", "stc")


@dataclass(frozen=True)
class Scope:
    """What one key may sign for: its role, task force codes and (for a TFRR) region."""

    key_id: str
    site_id: str
    name: str
    role: str
    task_forces: tuple[str, ...]
    region: str | None
    status: str
    public_key: Ed25519PublicKey

    @property
    def is_secretariat(self) -> bool:
        return self.role == "secretariat"

    def as_json(self) -> dict[str, object]:
        return {
            "key_id": self.key_id,
            "site_id": self.site_id,
            "name": self.name,
            "role": self.role,
            "task_forces": list(self.task_forces),
            "region": self.region,
            "status": self.status,
            "public_key": public_key_to_base64(self.public_key),
        }


def now_text() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def read_key_file(path: Path) -> PublicKeyFile:
    """A public key file from disk, strictly parsed and self-signature checked."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputRefused(Text("%1 cannot be read: %2", str(path), str(error.strerror or error))) from None
    return PublicKeyFile.from_bytes(data, what=str(path))


def _scope(row: TrustedKey) -> Scope:
    return Scope(
        row.key_id,
        row.site_id,
        row.name,
        row.role,
        tuple(json.loads(row.task_forces or "[]")),
        row.region,
        row.status,
        public_key_from_base64(row.public_key),
    )


def add(
    session: Session,
    key: PublicKeyFile,
    *,
    role: str,
    task_forces: list[str],
    region: str | None,
) -> Scope:
    """Trust `key` for a scope; a revoked key is never trusted again."""
    if role not in ROLES:
        raise UsageError(Text("The role must be one of: %1", joined(ROLES)))
    codes = sorted(set(task_forces))
    if role in ("tfl", "tfrr"):
        if not codes:
            raise UsageError(Text("A task force leader or representative needs --task-force CODE"))
        known = set(session.scalars(select(TaskForce.code).where(TaskForce.deleted.is_(False))))
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise UsageError(Text("Unknown task force code(s): %1", joined(unknown), count=len(unknown)))
    if role == "stc" and (codes or region is not None):
        # An assessor assesses every task force's submitted notes and belongs to none of them.
        raise UsageError(Text("An STC assessor's copy is trusted without --task-force or --region"))
    if region is not None and session.scalars(select(Region).where(Region.name == region)).first() is None:
        raise UsageError(Text("Unknown region %1", repr(region)))
    existing = session.get(TrustedKey, key.key_id)
    if existing is not None and existing.status == "revoked":
        raise InputRefused(Text("The key %1 of %2 was revoked; it cannot return", key.key_id, existing.name))
    clash = session.scalars(
        select(TrustedKey).where(
            TrustedKey.site_id == key.site_id,
            TrustedKey.key_id != key.key_id,
            TrustedKey.status == "active",
        )
    ).first()
    if clash is not None:
        raise InputRefused(Text("Site %1 already has the active key %2; revoke it first",
                                key.site_id, clash.key_id))
    row = existing or TrustedKey(key_id=key.key_id, added_at=_now())
    row.site_id = key.site_id
    row.name = key.site_name
    row.role = role
    row.task_forces = json.dumps(codes)
    row.region = region
    row.public_key = public_key_to_base64(key.public_key)
    row.status = "active"
    session.add(row)
    session.flush()
    return _scope(row)


def revoke(session: Session, key_id: str) -> Scope:
    row = session.get(TrustedKey, key_id)
    if row is None:
        raise NotFound(Text("No trusted key with id %1", key_id))
    row.status = "revoked"
    row.revoked_at = row.revoked_at or _now()
    session.flush()
    return _scope(row)


def all_keys(session: Session) -> list[Scope]:
    rows = session.scalars(select(TrustedKey).order_by(TrustedKey.name, TrustedKey.key_id))
    return [_scope(row) for row in rows]


def find(session: Session, key_id: str) -> Scope | None:
    row = session.get(TrustedKey, key_id)
    return None if row is None else _scope(row)


def for_site(session: Session, site_id: str) -> Scope | None:
    """The active key of a site."""
    row = session.scalars(
        select(TrustedKey).where(TrustedKey.site_id == site_id, TrustedKey.status == "active")
    ).first()
    return None if row is None else _scope(row)


def replace_registry(session: Session, entries: list[Scope], *, keep: set[str]) -> None:
    """A regional copy takes the registry from a master bundle; its pinned keys in `keep` stay."""
    for scope in entries:
        if scope.key_id in keep:
            continue
        row = session.get(TrustedKey, scope.key_id) or TrustedKey(key_id=scope.key_id, added_at=_now())
        row.site_id = scope.site_id
        row.name = scope.name
        row.role = scope.role
        row.task_forces = json.dumps(list(scope.task_forces))
        row.region = scope.region
        row.public_key = public_key_to_base64(scope.public_key)
        if row.status != "revoked":
            row.status = scope.status
            if scope.status == "revoked":
                row.revoked_at = _now()
        session.add(row)
    session.flush()


def adopt_secretariat(session: Session, handover: Handover, *, what: str) -> tuple[Scope, bool]:
    """A regional copy pins the Secretariat's new key, vouched for by the key it has pinned now
    (which is then revoked here). Returns the new key's scope, and whether it was new here."""
    new = handover.new_key
    if new.role != "secretariat":
        raise InputRefused(
            Text("%1 hands over the key of %2 (%3), not the Secretariat's",
                 what, repr(new.site_name), new.role)
        )
    current = session.get(TrustedKey, new.key_id)
    if current is not None and current.role == "secretariat" and current.status == "active":
        return _scope(current), False
    old = session.get(TrustedKey, handover.old_key_id)
    if old is None or old.role != "secretariat":
        raise InputRefused(
            Text("%1 is vouched for by key %2, which is not the Secretariat key pinned here: it was "
                 "refused", what, handover.old_key_id)
        )
    if old.status != "active":
        raise InputRefused(Text("%1 is vouched for by key %2, revoked here: it was refused",
                                what, old.key_id))
    if new.site_id != old.site_id:
        raise InputRefused(
            Text("%1 hands over a key of site %2, not of the Secretariat pinned here (site %3): it was "
                 "refused", what, new.site_id, old.site_id)
        )
    handover.check(public_key_from_base64(old.public_key), what=what)
    revoke(session, old.key_id)
    return add(session, new, role="secretariat", task_forces=[], region=None), True
