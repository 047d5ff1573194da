"""The kinds of list sheet exchanged with spreadsheets: a typed registry, no module looked up by name.

Each kind loads its module on first use (the command line starts fast) through a plain import that
PyInstaller's analysis sees, so the built program carries every kind.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sic_desktop.sheets.common import ImportResult
    from sic_desktop.sheets.workbook import Column


class Exporter(Protocol):
    def __call__(self, session: "Session", path: Path, *, task_force: str | None = None) -> int: ...


class Importer(Protocol):
    def __call__(self, session: "Session", path: Path, *, task_force: str,
                 mapping: dict[str, str] | None = None, language: str | None = None) -> "ImportResult": ...


@dataclass(frozen=True)
class Parts:
    export: Exporter
    import_: Importer
    columns: "Sequence[Column]"


@dataclass(frozen=True)
class SheetKind:
    """A list sheet: its name on the command line, what it holds in words, and how to get its parts."""

    name: str
    what: str
    load: Callable[[], Parts]

    def export(self, session: "Session", path: Path, *, task_force: str | None = None) -> int:
        return self.load().export(session, path, task_force=task_force)

    def import_(self, session: "Session", path: Path, *, task_force: str,
                mapping: dict[str, str] | None = None, language: str | None = None) -> "ImportResult":
        return self.load().import_(session, path, task_force=task_force, mapping=mapping, language=language)

    def field_titles(self) -> list[str]:
        return [column.title for column in self.load().columns]


def _members() -> Parts:
    from sic_desktop.sheets import members

    return Parts(members.export_members, members.import_members, members.COLUMNS)


def _inventory() -> Parts:
    from sic_desktop.sheets import inventory

    return Parts(inventory.export_inventory, inventory.import_inventory, inventory.COLUMNS)


MEMBERS = SheetKind("members", "the member list", _members)
INVENTORY = SheetKind("inventory", "the inventory of activities", _inventory)
KINDS: dict[str, SheetKind] = {kind.name: kind for kind in (MEMBERS, INVENTORY)}
