"""Sync bookkeeping: trusted keys, the conflict queue and the record of imported bundles."""

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sic_desktop.db.base import Base


class TrustedKey(Base):
    """A public key the Secretariat trusts (or a region pins), with the scope it may sign for."""

    __tablename__ = "trusted_key"
    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String)
    role: Mapped[str] = mapped_column(String)  # secretariat | tfl | tfrr
    task_forces: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes
    region: Mapped[str | None] = mapped_column(String)
    public_key: Mapped[str] = mapped_column(Text)  # base64 of the raw Ed25519 key
    status: Mapped[str] = mapped_column(String, default="active")  # active | revoked
    added_at: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column()


class Conflict(Base):
    """A field where the master and an incoming change disagree, waiting for a person."""

    __tablename__ = "conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String)
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)  # value | edit-delete | delete-edit | orphan
    base: Mapped[str | None] = mapped_column(Text)
    master: Mapped[str | None] = mapped_column(Text)
    incoming: Mapped[str | None] = mapped_column(Text)
    master_change: Mapped[str | None] = mapped_column(String(36))
    incoming_change: Mapped[str] = mapped_column(String(36))
    master_author: Mapped[str | None] = mapped_column(String)
    incoming_author: Mapped[str | None] = mapped_column(String)
    master_hlc: Mapped[str | None] = mapped_column(String)
    incoming_hlc: Mapped[str | None] = mapped_column(String)
    status: Mapped[str] = mapped_column(String, default="open")  # open | resolved
    resolution_change: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column()


class BundleImport(Base):
    """One bundle offered to this copy: who signed it, what range, and what became of it."""

    __tablename__ = "bundle_import"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    site_id: Mapped[str | None] = mapped_column(String(36))
    key_id: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str | None] = mapped_column(String)
    seq_from: Mapped[int | None] = mapped_column(Integer)
    seq_to: Mapped[int | None] = mapped_column(Integer)
    verdict: Mapped[str] = mapped_column(String)  # applied | conflicts | refused | quarantined
    detail: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column()
