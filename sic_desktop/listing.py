"""Plain data the core's list reads return, importable without SQLAlchemy (the first screen uses it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from datetime import datetime


class TaskForceNode(NamedTuple):
    id: str
    code: str
    name: str


class GoalNode(NamedTuple):
    code: str
    title: str
    task_forces: tuple[TaskForceNode, ...]


class Status(NamedTuple):
    site_name: str
    role: str
    waiting: int | None
    last_bundle: datetime | None
