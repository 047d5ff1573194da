"""The `sic-desktop` command line: a command runs headless; no command opens the window.

The window is handed in by the program's entry point (`ui.launcher`), so the core never imports
the Qt side. Each command group is a module of this package with `register(subparsers)`; a command sets
`run=function(args, context) -> exit code` as its default.
"""

import argparse
import importlib
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from sic_desktop.cli.common import Context
from sic_desktop.errors import SicError

GROUPS = (
    "init", "dump", "backup", "members", "inventory",
    "keys", "trust", "bundle", "conflicts",
    "concept_notes", "documents", "history",
)

log = logging.getLogger("sic_desktop.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sic-desktop",
        description="SIC Desktop: the 4 per 1000 Strategy Implementation Cycle, offline.",
    )
    parser.add_argument("--db", type=Path, help="database file (default: SIC_DESKTOP_DB or the data folder)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in GROUPS:
        importlib.import_module(f"sic_desktop.cli.{name}").register(commands)
    return parser


def main(argv: list[str] | None = None, *, open_window: Callable[[Path], int] | None = None) -> int:
    """Run one command; without one, open the window on the database (when there is a window)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    context = Context.from_args(args)
    if args.command is None:
        if open_window is None:
            parser.print_help(sys.stderr)
            return 2
        from sic_desktop.db.backup import backup_if_due

        backup_if_due(context.db_path)
        return int(open_window(context.db_path))
    try:
        return int(args.run(args, context))
    except SicError as error:
        print(f"sic-desktop: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("sic-desktop: interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        return 1
    except Exception as error:  # a bug: say so plainly, keep the details for the report
        print(f"sic-desktop: internal error ({type(error).__name__}: {error}). "
              "Please report it with the details below.", file=sys.stderr)
        traceback.print_exc()
        return 1
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
