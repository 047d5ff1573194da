"""The export/import command pair shared by the spreadsheet lists (members, inventory)."""

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sic_desktop.cli.common import Context, add_command
from sic_desktop.db.backup import make_backup


def register_list_commands(commands: Any, name: str, what: str, module: str, export_name: str,
                           import_name: str) -> None:
    """`NAME export FILE` and `NAME import FILE`; the module doing the work loads only when used."""

    def export(*args: Any, **kwargs: Any) -> int:
        return int(getattr(importlib.import_module(module), export_name)(*args, **kwargs))

    def import_(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), import_name)(*args, **kwargs)

    parser = add_command(commands, name, f"exchange {what} with Excel")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    export_parser = add_command(actions, "export", f"write {what} to FILE.xlsx")
    export_parser.add_argument("file", type=Path)
    export_parser.add_argument("--task-force", help="only this task force (default: all)")
    export_parser.set_defaults(run=lambda args, context: _export(args, context, export))
    import_parser = add_command(actions, "import", f"read {what} from FILE.xlsx (all or nothing)")
    import_parser.add_argument("file", type=Path)
    import_parser.add_argument("--task-force", required=True, help="the task force the rows belong to")
    import_parser.set_defaults(run=lambda args, context: _import(args, context, import_))


def _export(args: argparse.Namespace, context: Context, export: Callable[..., int]) -> int:
    with context.store().session() as session:
        count = export(session, args.file, task_force=args.task_force)
    context.emit(f"Wrote {count} rows to {args.file}", {"rows": count, "file": str(args.file)})
    return 0


def _import(args: argparse.Namespace, context: Context, import_: Callable[..., Any]) -> int:
    store = context.store()
    make_backup(store.path, reason="before-import")
    with store.session(immediate=True) as session, session.begin():
        result = import_(session, args.file, task_force=args.task_force)
    context.emit(f"Imported {args.file}: {result.summary()}",
                 {"added": result.added, "updated": result.updated,
                  "changes": len(result.outcome.changes)})
    return 0
