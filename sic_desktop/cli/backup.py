"""`backup create|list|restore`: rotating copies of the database and bringing one back."""

import argparse
from pathlib import Path
from typing import Any

from sic_desktop.cli.common import Context, add_command
from sic_desktop.db import backup


def register(commands: Any) -> None:
    parser = add_command(commands, "backup", "keep and restore copies of the database")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add_command(actions, "create", "make a copy now").set_defaults(run=create)
    add_command(actions, "list", "list the copies, newest first").set_defaults(run=list_)
    restore = add_command(actions, "restore", "put a copy back in place of the database")
    restore.add_argument("file", type=Path)
    restore.set_defaults(run=restore_)


def create(args: argparse.Namespace, context: Context) -> int:
    context.store().close()
    path = backup.make_backup(context.db_path, reason="manual")
    context.emit(f"Backup written to {path}", {"backup": str(path)})
    return 0


def list_(args: argparse.Namespace, context: Context) -> int:
    found = backup.list_backups(context.db_path)
    context.emit("\n".join(str(path) for path in found) or "No backups yet",
                 [str(path) for path in found])
    return 0


def restore_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.sync.restore import restore

    done = restore(args.file, context.db_path)
    words = f"Restored {context.db_path} from {args.file}"
    if done.carried:
        words += (f"; {done.carried} later edit(s) of this copy were kept and will travel with its next "
                  f"bundle; its changes continue from number {done.last_seq + 1}")
    context.emit(words, {"restored": str(args.file), "kept_edits": done.carried, "applied": done.applied,
                         "last_seq": done.last_seq})
    return 0
