"""The declarative base, the columns every synced record shares, and the record registry."""

import uuid
from datetime import date, datetime
from typing import Any, ClassVar, Literal

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

Scope = Literal["reference", "shared", "task_force"]

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A record id made on this device: never an autoincrement, so offline copies never collide."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Every table of SIC Desktop, synced or bookkeeping."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        str: String,
        int: Integer,
        float: Float,
        bool: Boolean,
        date: Date,
        datetime: DateTime,
    }


class Record(Base):
    """A domain record that is synced field by field: UUID key, soft delete, an owner scope."""

    __abstract__ = True
    # reference: the Secretariat's alone; shared: anyone trusted; task_force: the record's task force.
    __scope__: ClassVar[Scope] = "task_force"
    # Words for people: the record's kind in messages and the field used to name one record.
    __label__: ClassVar[str] = "record"
    __title_field__: ClassVar[str] = "id"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    deleted: Mapped[bool] = mapped_column(
        Boolean, default=False, nullable=False, active_history=True, info={"label": "Deleted"})


def text_column(label: str, **info: Any) -> Mapped[str | None]:
    """An optional free-text field; `label` is what a person reads in messages and headers."""
    return mapped_column(Text, nullable=True, info={"label": label, **info})


def record_classes() -> list[type[Record]]:
    """Every synced record class, in table-name order."""
    from sic_desktop.db import models  # noqa: F401  (registers every model)

    classes = [m.class_ for m in Base.registry.mappers if issubclass(m.class_, Record)]
    return sorted(classes, key=lambda cls: cls.__tablename__)


def record_class(table_name: str) -> type[Record]:
    """The synced record class for a table name (KeyError if it is not a synced table)."""
    for cls in record_classes():
        if cls.__tablename__ == table_name:
            return cls
    raise KeyError(table_name)
