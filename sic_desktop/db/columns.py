"""Short constructors for model columns that carry the words and checks services validate with."""

from typing import Any

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import mapped_column

# Each column's `info` holds: label (what a person reads), required, check (email/url/positive),
# choices (allowed values). Services validate from this one place. Every column keeps
# active history so an edit of an expired attribute still logs the value it replaced.


def text(label: str, *, required: bool = False, check: str | None = None,
         choices: tuple[str, ...] | None = None, long: bool = False) -> Any:
    """A text field."""
    info: dict[str, Any] = {"label": label, "required": required}
    if check:
        info["check"] = check
    if choices:
        info["choices"] = choices
    if long:
        info["long"] = True
    return mapped_column(Text if long else String, nullable=not required, info=info,
                         active_history=True)


def link(table: str, label: str, *, required: bool = False) -> Any:
    """A reference to another record by its id.

    Checked at commit, not per statement: a flush, an import or a merge may then write a child
    before its parent in the same transaction.
    """
    return mapped_column(
        String(36), ForeignKey(f"{table}.id", deferrable=True, initially="DEFERRED"),
        nullable=not required, index=True,
        info={"label": label, "required": required, "link": table}, active_history=True,
    )


def day(label: str, *, required: bool = False) -> Any:
    """A calendar date."""
    return mapped_column(Date, nullable=not required, active_history=True,
                         info={"label": label, "required": required})


def number(label: str, *, required: bool = False, positive: bool = True) -> Any:
    """A decimal number (amounts, measured values); positive unless said otherwise."""
    info: dict[str, Any] = {"label": label, "required": required}
    if positive:
        info["check"] = "positive"
    return mapped_column(Float, nullable=not required, info=info, active_history=True)


def whole(label: str, *, required: bool = False, positive: bool = True) -> Any:
    """A whole number (years, positions, scores, versions)."""
    info: dict[str, Any] = {"label": label, "required": required}
    if positive:
        info["check"] = "positive"
    return mapped_column(Integer, nullable=not required, info=info, active_history=True)


def flag(label: str) -> Any:
    """A yes/no field."""
    return mapped_column(Boolean, nullable=False, default=False, active_history=True,
                         info={"label": label})
