"""What each side knows of the other, derived from the change log and the import record."""

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sic_desktop.db.changelog import SEED_SITE_ID
from sic_desktop.db.models import BundleImport, Change, Site

APPLIED = ("applied", "conflicts", "already applied")


def vector(session: Session) -> dict[str, int]:
    """The highest sequence number held of every site (a site's changes here are gapless)."""
    rows = session.execute(
        select(Change.site_id, func.max(Change.seq))
        .where(Change.site_id != SEED_SITE_ID)
        .group_by(Change.site_id)
    )
    return {site: int(seq) for site, seq in rows}


def _details(session: Session, **where: Any) -> list[dict[str, Any]]:
    query = select(BundleImport.detail).where(BundleImport.verdict.in_(APPLIED))
    for key, value in where.items():
        query = query.where(getattr(BundleImport, key) == value)
    return [json.loads(detail) for detail in session.scalars(query.order_by(BundleImport.id)) if detail]


def acked_by(session: Session, site_id: str) -> dict[str, int]:
    """At the Secretariat: what `site_id` said it has applied of the master, per origin site, in
    its newest bundle (highest sequence, then latest clock). Not the most it ever said: a copy
    restored from a backup says less, and so gets again what it lost."""
    newest: tuple[int, str, dict[str, Any]] | None = None
    query = select(BundleImport.seq_to, BundleImport.detail).where(
        BundleImport.verdict.in_(APPLIED), BundleImport.site_id == site_id, BundleImport.kind == "changes"
    )
    for seq_to, detail in session.execute(query.order_by(BundleImport.id)):
        facts = json.loads(detail) if detail else {}
        key = (int(seq_to or 0), str(facts.get("created", "")), facts)
        if newest is None or key[:2] >= newest[:2]:
            newest = key
    acks = newest[2].get("acks", {}) if newest else {}
    return {str(origin): int(seq) for origin, seq in acks.items()}


def last_master(session: Session) -> dict[str, Any]:
    """In a regional copy: the manifest facts of the newest master bundle applied."""
    details = _details(session, kind="master")
    if not details:
        return {"acks": {}, "created": ""}
    return max(details, key=lambda detail: str(detail.get("created", "")))


def last_export(session: Session) -> str | None:
    """The SHA-256 of the newest bundle this copy wrote (the previous link of the hash chain)."""
    return session.scalars(
        select(BundleImport.bundle_sha256)
        .where(BundleImport.verdict == "exported")
        .order_by(BundleImport.id.desc())
    ).first()


def pending_count(session: Session) -> int:
    """The changes of this copy the Secretariat has not acknowledged yet (what an export carries).

    In the master copy, its own changes travel in master bundles; there it counts nothing.
    """
    site_id, role, last_seq = session.execute(select(Site.site_id, Site.role, Site.last_seq)).one()
    if role == "secretariat":
        return 0
    ack = int(last_master(session)["acks"].get(site_id, 0))
    return max(int(last_seq) - ack, 0)


def delivered_task_forces(session: Session, site_id: str) -> set[str]:
    """At the Secretariat: the task forces whose whole history `site_id` holds, i.e. the scope of
    the master bundle it last said it applied (each master bundle completes the new ones)."""
    applied = max(
        (str(d.get("acked_master", "")) for d in _details(session, site_id=site_id, kind="changes")),
        default="",
    )
    if not applied:
        return set()
    query = select(BundleImport.detail).where(
        BundleImport.verdict == "exported", BundleImport.site_id == site_id, BundleImport.kind == "master"
    )
    for detail in session.scalars(query):
        facts = json.loads(detail or "{}")
        if facts.get("created") == applied:
            return {str(code) for code in facts.get("task_forces", [])}
    return set()


def bundle_log(session: Session, *, limit: int = 200) -> list[dict[str, Any]]:
    """The bundles offered to this copy, newest first: who sent them, what became of them and why.

    A refused bundle keeps its reason (and, once its signature was verified, who signed it), so the
    Secretariat can tell a region what to withdraw. Exports are left out.
    """
    from sic_desktop.db.models import TrustedKey

    names = dict(session.execute(select(TrustedKey.site_id, TrustedKey.name)).all())
    rows = session.scalars(
        select(BundleImport).where(BundleImport.verdict != "exported")
        .order_by(BundleImport.id.desc()).limit(limit)
    )
    return [
        {
            "when": row.imported_at.isoformat(sep=" ", timespec="seconds"),
            "verdict": row.verdict,
            "kind": row.kind,
            "site_id": row.site_id,
            "site": names.get(row.site_id or "", row.site_id),
            "seq_from": row.seq_from,
            "seq_to": row.seq_to,
            "sha256": row.bundle_sha256,
            "reason": row.detail if row.verdict in ("refused", "quarantined") else None,
        }
        for row in rows
    ]
