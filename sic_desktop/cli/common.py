"""What every command shares: the global options, the open database, and printing for people or JSON."""

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from sic_desktop.db.store import Store, open_store
from sic_desktop.paths import default_database


def add_command(group: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """A sub-command that also accepts the global options after its name (`trust list --json`)."""
    parser: argparse.ArgumentParser = group.add_parser(name, help=help_text, description=help_text)
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print JSON instead of text")
    return parser


@dataclass
class Context:
    """One run of the command line."""

    db_path: Path
    as_json: bool = False
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _store: Store | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> "Context":
        db = getattr(args, "db", None)
        return cls(db_path=Path(db) if db else default_database(), as_json=getattr(args, "json", False))

    def store(self) -> Store:
        """The database named by --db (or the default), migrated; it must exist."""
        if self._store is None:
            self._store = open_store(self.db_path)
        return self._store

    def emit(self, human: str, data: Any = None) -> None:
        """Print `data` as JSON with --json, else the human text."""
        if self.as_json and data is not None:
            self.out.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        elif human:
            from sic_desktop.cli.speech import words  # the person's language, where translated

            self.out.write(words(human).rstrip("\n") + "\n")

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
