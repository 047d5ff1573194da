"""The `sic-desktop` command line: a command runs headless; no command opens the window.

The window is handed in by the program's entry point (`ui.launcher`), so the core never imports
the Qt side. Each command group is a module of this package with `register(subparsers)`; a command sets
`run=function(args, context) -> exit code` as its default.
"""

import argparse
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sic_desktop.cli import (
    backup,
    bundle,
    concept_notes,
    conflicts,
    cycle,
    documents,
    dump,
    history,
    init,
    inventory,
    keys,
    members,
    records,
    settings,
    trust,
)
from sic_desktop.cli.common import Context
from sic_desktop.errors import SicError

# Imported by name in the source, not looked up at run time, so PyInstaller's analysis finds each one.
GROUPS = (
    init, dump, backup, members, inventory,
    keys, trust, bundle, conflicts,
    concept_notes, documents, records, settings,
    cycle, history,
)

log = logging.getLogger("sic_desktop.cli")


class VersionAction(argparse.Action):
    """`--version`: the installed package's version, read only when asked (it costs ~20 ms)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        from sic_desktop import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sic-desktop",
        description="SIC Desktop: the 4 per 1000 Strategy Implementation Cycle, offline.",
    )
    parser.add_argument("--version", action=VersionAction, help="print the version and exit")
    parser.add_argument("--db", type=Path, help="database file (default: SIC_DESKTOP_DB or the data folder)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(commands)
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
        return int(open_window(context.db_path))
    command = " ".join(word for word in (args.command, getattr(args, "action", None)) if word)
    try:
        code = int(args.run(args, context))
        log.info("%s: done (exit code %d)", command, code)
        return code
    except SicError as error:
        from sic_desktop.cli.speech import words

        print(f"sic-desktop: {words(error.message)}", file=sys.stderr)
        verb = "refused" if error.exit_code == 4 else "failed"
        log.warning("%s: %s (exit code %d): %s", command, verb, error.exit_code, error)
        return error.exit_code
    except KeyboardInterrupt:
        log.warning("%s: interrupted", command)
        print("sic-desktop: interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        return 1
    except Exception as error:
        problem = context.failure(error)
        if problem is not None:  # the disk or the file, not a bug: no traceback, no SQL
            print(f"sic-desktop: {problem}", file=sys.stderr)
            return problem.exit_code
        # A bug: say so plainly, keep the details for the report.
        summary = str(error).splitlines()[0][:300] if str(error) else ""
        print(f"sic-desktop: internal error ({type(error).__name__}: {summary}). "
              "Please report it with the details below.", file=sys.stderr)
        traceback.print_exc()
        log.exception("%s: internal error", command)
        return 1
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
