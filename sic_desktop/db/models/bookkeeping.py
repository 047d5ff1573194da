"""This copy's identity and its append-only change log (not domain records: never dumped)."""

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sic_desktop.db.base import Base

SITE_ROLES = ("secretariat", "regional")
CHANGE_KINDS = ("insert", "update", "delete", "undelete")


class Site(Base):
    """The one row that says who this database is: site id, name, role, and its clocks."""

    __tablename__ = "site"
    singleton: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    site_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String)
    role: Mapped[str] = mapped_column(String)
    author: Mapped[str] = mapped_column(String)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hlc: Mapped[str] = mapped_column(String, default="")
    created_at: Mapped[datetime] = mapped_column()
    # Who signs the letters of support this copy issues (a setting of the Secretariat's copy).
    signatory_name: Mapped[str | None] = mapped_column(String, nullable=True)
    signatory_title: Mapped[str | None] = mapped_column(String, nullable=True)


class Change(Base):
    """One field-level change, made here or received; the log is append-only and the audit trail."""

    __tablename__ = "change"
    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String)
    table_name: Mapped[str] = mapped_column(String)
    record_id: Mapped[str] = mapped_column(String(36))
    # "*" for an insert, whose new_value holds every field of the new record as one JSON object.
    field: Mapped[str] = mapped_column(String)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    based_on: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String)
    author: Mapped[str] = mapped_column(String)
    # False for a received change that lost to the master's value and waits in the conflict queue.
    applied: Mapped[bool] = mapped_column(Boolean, default=True)
    # A second id when a change settles a conflict: it is based on both competing changes.
    also_based_on: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        UniqueConstraint("site_id", "seq", name="uq_change_site_seq"),
        Index("ix_change_record", "table_name", "record_id", "field"),
    )


class WritePermit(Base):
    """One flag the change-log triggers read: open only while the change-log layer is writing."""

    __tablename__ = "write_permit"
    singleton: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    open: Mapped[int] = mapped_column(Integer, default=0)


class Attachment(Base):
    """A file kept with a record (a signed letter of support), stored once by its SHA-256."""

    __tablename__ = "attachment"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
