"""The copy of the database taken before an import (the command line takes the same one)."""

from pathlib import Path

from sic_desktop.db.backup import make_backup


def before_import(database: Path) -> Path:
    """A dated copy of `database` taken before an import that cannot be undone field by field."""
    return make_backup(database, reason="before-import")
