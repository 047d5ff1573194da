"""The export/import command pair shared by the spreadsheet lists (members, inventory)."""

import argparse
from pathlib import Path
from typing import Any

from sic_desktop.cli.common import Context, add_command
from sic_desktop.cli.speech import words
from sic_desktop.errors import InputRefused
from sic_desktop.sheets.kinds import SheetKind
from sic_desktop.text import Text

FORMATS_HELP = ".xlsx, .xlsm, .csv, .ods or .xls"


def register_list_commands(commands: Any, kind: SheetKind) -> None:
    """`NAME export FILE` and `NAME import FILE [--map ...] [--dry-run]`."""
    parser = add_command(commands, kind.name, f"exchange {kind.what} with Excel, LibreOffice or a .csv")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    export_parser = add_command(actions, "export", f"write {kind.what} to FILE (.xlsx or .csv)")
    export_parser.add_argument("file", type=Path)
    export_parser.add_argument("--task-force", help="only this task force (default: all)")
    export_parser.set_defaults(run=lambda args, context: _export(args, context, kind))
    import_parser = add_command(actions, "import", f"read {kind.what} from FILE ({FORMATS_HELP}); "
                                "all or nothing")
    import_parser.add_argument("file", type=Path)
    import_parser.add_argument("--task-force", required=True, help="the task force the rows belong to")
    import_parser.add_argument("--map", action="append", default=[], metavar='"TITLE=FIELD"',
                               help="read the file's column TITLE as FIELD (or 'ignore'); repeatable. "
                               "Titles in English, French or Spanish are recognised without it")
    import_parser.add_argument("--mapping", type=Path, metavar="FILE",
                               help="a text file of TITLE=FIELD lines, one a line (# for comments)")
    import_parser.add_argument("--locale", choices=("en", "fr", "es"),
                               help="the language the sheet's numbers and dates are written in "
                               "(default: seen from the sheet; ambiguous values are refused)")
    import_parser.add_argument("--dry-run", action="store_true",
                               help="say what would be added, changed and refused; change nothing")
    import_parser.set_defaults(run=lambda args, context: _import(args, context, kind))


def _export(args: argparse.Namespace, context: Context, kind: SheetKind) -> int:
    with context.store().session() as session:
        count = kind.export(session, args.file, task_force=args.task_force)
    context.emit(Text("Wrote %n row(s) to %1", str(args.file), count=count),
                 {"rows": count, "file": str(args.file)})
    return 0


def _mapping(args: argparse.Namespace) -> dict[str, str]:
    from sic_desktop.sheets.mapping import parse_pairs, read_mapping_file

    mapping = read_mapping_file(args.mapping) if args.mapping else {}
    return mapping | parse_pairs(args.map)


def _import(args: argparse.Namespace, context: Context, kind: SheetKind) -> int:
    from sic_desktop.db.backup import make_backup
    from sic_desktop.services.writes import writing

    mapping = _mapping(args)
    store = context.store()
    if args.dry_run:
        return _dry_run(args, context, kind, mapping)
    make_backup(store.path, reason="before-import")
    with writing(store) as session:
        result = kind.import_(session, args.file, task_force=args.task_force, mapping=mapping,
                              language=args.locale)
    lines = [Text("Imported %1: %2", str(args.file), result.summary()), *result.matches, *result.notes]
    context.emit("\n".join(map(words, lines)),
                 {"added": result.added, "updated": result.updated, "unchanged": result.unchanged,
                  "changes": len(result.outcome.changes), "notes": result.notes, "matches": result.matches})
    return 0


def _dry_run(args: argparse.Namespace, context: Context, kind: SheetKind, mapping: dict[str, str]) -> int:
    from sic_desktop.sheets.preview import preview_import

    with context.store().session() as session:
        preview = preview_import(session, kind, args.file, task_force=args.task_force, mapping=mapping,
                                 language=args.locale)
    lines = [words(line) for line in preview.lines()]
    result = preview.result
    data: dict[str, Any] = {
        "ok": preview.ok,
        "problems": [{"sheet": p.sheet, "row": p.row, "column": p.column, "reason": str(p.reason)}
                     for p in preview.problems],
    }
    if preview.refusal:
        data["refusal"] = str(preview.refusal)
    if result is not None:
        data |= {"added": result.added, "updated": result.updated, "unchanged": result.unchanged,
                 "notes": result.notes, "matches": result.matches}
    if not preview.ok and not context.as_json:
        raise InputRefused("\n".join(lines))
    context.emit("\n".join(lines), data)
    return 0 if preview.ok else InputRefused.exit_code
