"""`history compact`: the Secretariat drops superseded values no site can still need, past a horizon."""

import argparse
from datetime import timedelta
from typing import Any

from sic_desktop.cli.common import Context, add_command
from sic_desktop.db.backup import make_backup
from sic_desktop.text import Text


def register(commands: Any) -> None:
    parser = add_command(commands, "history", "keep the change log to its size (the Secretariat)")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    compact = add_command(actions, "compact", "drop superseded values every site has, older than a horizon")
    compact.add_argument("--older-than-days", type=int, default=730, metavar="DAYS",
                         help="keep every change of the last DAYS days (default 730, at least 30)")
    compact.set_defaults(run=compact_)


def compact_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.writes import writing
    from sic_desktop.sync.compact import compact

    store = context.store()
    copies: list[str] = []

    def backup() -> None:
        copies.append(str(make_backup(context.db_path, reason="before-compact")))

    with writing(store) as session:
        done = compact(session, older_than=timedelta(days=args.older_than_days), before=backup)
    words = Text("%n superseded change(s) older than %1 days removed; %2 kept", args.older_than_days,
                 done.kept, count=done.removed)
    context.emit(Text("%1 (a copy was taken first: %2)", words, copies[0]) if copies else words,
                 {"removed": done.removed, "kept": done.kept, "backup": copies[0] if copies else None})
    return 0
