"""Records, fields, values and authors named as people know them, read from the database.

The command line, the history and the sync screens all name things through here: a record by its
title (or, without one, by what it links to), a link by the linked record's title, money with its
record's currency, an author by the name the trust registry gives the signing site.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Column, Text, select
from sqlalchemy.orm import Session

from sic_desktop.db.base import Record, record_class
from sic_desktop.db.models import Change, Site, TrustedKey
from sic_desktop.db.values import value_kind
from sic_desktop.services.validation import columns_of
from sic_desktop.words import CONFLICT_KINDS, ENGLISH, Reader, in_words, money_currency

TITLE_PARTS = 3  # a record without a title of its own is named by up to this many of its values


def kind_of(column: Column[Any]) -> str:
    """How a field is typed and shown: link, choice, flag, date, whole, number, long or text."""
    info = column.info
    if "link" in info:
        return "link"
    if info.get("choices"):
        return "choice"
    kind = value_kind(column)
    if kind in ("text", "datetime"):  # a date and time is shown as it was written
        return "long" if isinstance(column.type, Text) or info.get("long") else "text"
    return kind


def _model(table: str) -> type[Record] | None:
    try:
        return record_class(table)
    except KeyError:
        return None


def field_label(table: str, field: str, reader: Reader = ENGLISH) -> str:
    """A field by its label in the person's words ("Organisation"), or its name if it has none."""
    model = _model(table)
    column = columns_of(model).get(field) if model is not None else None
    return reader.translate("fields", str(column.info.get("label", field))) if column is not None else field


class Titles:
    """Records by title, per table, read once; records not yet in this copy can be taught (`learn`)."""

    def __init__(self, session: Session, reader: Reader = ENGLISH) -> None:
        self.session = session
        self.reader = reader
        self._cache: dict[str, dict[str, str]] = {}
        self._pending: dict[str, dict[str, dict[str, Any]]] = {}

    def of(self, table: str) -> dict[str, str]:
        """Every record of `table` (in the trash or not yet here excepted): id -> title."""
        if table not in self._cache:
            self._cache[table] = {}  # guards against a table naming itself through its links
            model = _model(table)
            found = self._read(model) if model is not None else {}
            for record_id, values in self._pending.get(table, {}).items():
                found.setdefault(record_id, self.compose(table, values) or record_id[:8])
            self._cache[table] = found
        return self._cache[table]

    def title(self, table: str, record_id: Any) -> str | None:
        return self.of(table).get(str(record_id)) if record_id is not None else None

    def pending(self, table: str, record_id: str) -> dict[str, Any]:
        """The values of a record a bundle adds (empty when none was taught)."""
        return self._pending.get(table, {}).get(record_id, {})

    def learn(self, table: str, record_id: str, values: Mapping[str, Any]) -> None:
        """A record a bundle adds: named from its own values until it is in this copy."""
        self._pending.setdefault(table, {})[record_id] = dict(values)
        self._cache.pop(table, None)

    def compose(self, table: str, values: Mapping[str, Any]) -> str:
        """A record's title from its values: its title field, or what it links to and its choices."""
        model = _model(table)
        if model is None:
            return ""
        if model.__title_field__ != "id":
            value = values.get(model.__title_field__)
            return "" if value is None else str(value)
        parts = [self.words(table, name, values.get(name)) for name in self._naming_fields(model)]
        return " · ".join(p for p in parts if p)

    @staticmethod
    def _naming_fields(model: type[Record]) -> list[str]:
        columns = columns_of(model)
        return [name for name, c in columns.items()
                if (kind_of(c) == "link" and name != "task_force_id" and c.info.get("required"))
                or kind_of(c) in ("choice", "date")][:TITLE_PARTS]

    def _read(self, model: type[Record]) -> dict[str, str]:
        title = model.__title_field__
        if title != "id":
            rows = self.session.execute(
                select(model.id, getattr(model, title)).where(model.deleted.is_(False)))
            return {record_id: "" if text is None else str(text) for record_id, text in rows}
        names = self._naming_fields(model)
        result = {}
        for record_id, *values in self.session.execute(
                select(model.id, *[getattr(model, n) for n in names]).where(model.deleted.is_(False))):
            result[record_id] = self.compose(model.__tablename__, dict(zip(names, values, strict=True))) \
                or record_id[:8]
        return result

    def words(self, table: str, field: str, value: Any, *, currency: str | None = None) -> str:
        """A value of `table`.`field` in words: a link by its record's title, money with `currency`."""
        model = _model(table)
        column = columns_of(model).get(field) if model is not None else None
        if column is None:
            return in_words(value, "text", reader=self.reader)
        kind = kind_of(column)
        if money_currency(table, field):
            kind = "money"
        title = self.title(str(column.info["link"]), value) if kind == "link" else None
        return in_words(value, kind, title=title, currency=currency, reader=self.reader)


def currency_of(session: Session, titles: Titles, table: str, field: str, record_id: str | None,
                values: Mapping[str, Any] | None = None) -> str | None:
    """The currency an amount of `table`.`field` is in: from `values` (a record being added) or the
    record (or, for a budget line, its concept note) as this copy holds it."""
    source = money_currency(table, field)
    if source is None:
        return None
    model = _model(table)
    if model is None:
        return None
    link, _, linked_field = source.rpartition(".")
    values = dict(values or {})
    if not values and record_id is not None:
        record = session.get(model, record_id)
        values = {name: getattr(record, name) for name in columns_of(model)} if record is not None else {}
    if not link:
        found = values.get(source)
    else:
        target = str(columns_of(model)[link].info["link"])
        parent_id = values.get(link)
        pending = titles.pending(target, str(parent_id))
        parent = session.get(record_class(target), parent_id) if parent_id else None
        found = pending.get(linked_field) if pending else getattr(parent, linked_field, None)
    return str(found) if found else None


def value_words(session: Session, titles: Titles, table: str, field: str, value: Any, *,
                record_id: str | None = None) -> str:
    """A value as the change log, a conflict or a bundle holds it, in words; a new record's every
    field (a dict) as "Label: value" pairs."""
    if isinstance(value, dict):
        pair = titles.reader.translate("core", "%1: %2")  # a template the core already has
        return ", ".join(
            pair.replace("%1", field_label(table, name, titles.reader)).replace(
                "%2", titles.words(table, name, item,
                                   currency=currency_of(session, titles, table, name, record_id, value)))
            for name, item in value.items() if name not in ("deleted", "id") and item is not None)
    return titles.words(table, field, value, currency=currency_of(session, titles, table, field, record_id))


def learn_inserts(titles: Titles, entries: Iterable[Mapping[str, Any]]) -> None:
    """Teach `titles` the records a bundle adds (its "*" entries carry every field)."""
    for entry in entries:
        if entry.get("field") == "*" and isinstance(entry.get("new"), dict):
            titles.learn(str(entry.get("table")), str(entry.get("record_id")), entry["new"])


def site_name(session: Session, site_id: str | None) -> str | None:
    """A site as the trust registry (or, for this copy, its own set-up) names it."""
    if not site_id:
        return None
    mine = session.execute(select(Site.site_id, Site.name)).first()
    if mine is not None and mine.site_id == site_id:
        return str(mine.name)
    name = session.scalar(select(TrustedKey.name).where(TrustedKey.site_id == site_id)
                          .order_by(TrustedKey.status, TrustedKey.added_at.desc()).limit(1))
    return str(name) if name else None


def author_of(session: Session, change_id: str | None, claimed: str | None = None) -> str:
    """Who made a change: the name of the site that signed it, never the account name a bundle claims.

    The one place an author is named for people (the CLI's conflicts, the sync screens).
    """
    site_id = session.scalar(select(Change.site_id).where(Change.change_id == change_id)) \
        if change_id else None
    return site_name(session, site_id) or (claimed or "")


def conflict_names(session: Session, titles: Titles, data: Mapping[str, Any], *,
                   master_change: str | None = None, incoming_change: str | None = None) -> dict[str, str]:
    """A conflict (as `sync.conflicts.as_json` gives it) named for people: its record, field, kind,
    each side's value in words and who made each side."""
    table, field, record_id = str(data["table"]), str(data["field"]), str(data["record_id"])
    model = _model(table)
    record = titles.title(table, record_id) if model is not None else None
    kind = CONFLICT_KINDS.get(str(data["kind"]))
    label = {"*": "(new record)", "deleted": "In the trash"}.get(field) \
        or field_label(table, field, titles.reader)
    kind_of_record = titles.reader.translate("records", model.__label__) if model is not None else table
    names = {
        "record_name": f"{kind_of_record} “{record or record_id[:8]}”",
        "field_label": label,
        "kind_words": titles.reader.translate("conflict kinds", kind) if kind else str(data["kind"]),
        "master_author_name": author_of(session, master_change, data.get("master_author")),
        "incoming_author_name": author_of(session, incoming_change, data.get("incoming_author")),
    }
    for side in ("base", "master", "incoming"):
        value = data.get(side)
        if data["kind"] == "duplicate" and isinstance(value, str):  # two people, one e-mail
            words = titles.title("person", value) or titles.reader.unknown
        elif data["kind"] == "orphan" and side == "master":
            words = titles.reader.translate("values", "in the trash")
        else:
            words = value_words(session, titles, table, field, value, record_id=record_id)
        names[f"{side}_words"] = words
    return names
