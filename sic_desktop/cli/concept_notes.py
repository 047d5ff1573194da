"""`concept-notes template|import|export`: the concept-note workbook project teams fill in Excel."""

import argparse
from pathlib import Path
from typing import Any

from sic_desktop.cli.common import Context, add_command
from sic_desktop.text import plural


def register(commands: Any) -> None:
    parser = add_command(commands, "concept-notes", "exchange concept notes with Excel")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    template = add_command(actions, "template", "write the blank concept-note workbook")
    template.add_argument("file", type=Path, help="FILE.xlsx")
    template.add_argument("--lang", choices=("en", "fr", "es"), default="en",
                          help="the language of the workbook's labels and guidance (default: en)")
    template.set_defaults(run=_template)
    read = add_command(actions, "import",
                       "read a filled concept-note workbook (all or nothing): a new note, or "
                       "an update of the note its ID names")
    read.add_argument("file", type=Path, help="FILE.xlsx")
    read.add_argument("--task-force", required=True, metavar="CODE",
                      help="the task force the note belongs to")
    read.set_defaults(run=_import)
    export = add_command(actions, "export", "write one concept note into the workbook")
    export.add_argument("id", help="the concept note's ID")
    export.add_argument("file", type=Path, help="FILE.xlsx")
    export.add_argument("--lang", choices=("en", "fr", "es"), default="en",
                        help="the language of the workbook's labels and guidance (default: en)")
    export.set_defaults(run=_export)
    overlaps = add_command(actions, "overlaps",
                           "list pairs of concept notes from different task forces that are alike")
    overlaps.set_defaults(run=_overlaps)
    mark = add_command(actions, "overlap-choice",
                       "Secretariat: say of a pair of alike notes that it is not an overlap, or that "
                       "the teams should be connected (the choice travels to every copy)")
    mark.add_argument("a", metavar="CONCEPT_NOTE_ID")
    mark.add_argument("b", metavar="OTHER_CONCEPT_NOTE_ID")
    which = mark.add_mutually_exclusive_group(required=True)
    which.add_argument("--not-an-overlap", dest="choice", action="store_const", const="not an overlap")
    which.add_argument("--connect-the-teams", dest="choice", action="store_const",
                       const="connect the teams")
    which.add_argument("--clear", dest="choice", action="store_const", const="",
                       help="take the choice back")
    mark.add_argument("--note", help="why, in a few words")
    mark.set_defaults(run=_overlap_choice)


def _template(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.documents.note_records import choices
    from sic_desktop.sheets.note_workbook import write_template

    if not context.db_path.exists():  # no database yet: the shipped lists serve as well
        write_template(args.file, language=args.lang)
    else:
        with context.store().session() as session:
            write_template(args.file, choices=choices(session), language=args.lang)
    context.emit(f"Wrote the blank concept-note workbook to {args.file}", {"file": str(args.file)})
    return 0


def _import(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.db.backup import make_backup
    from sic_desktop.documents.note_records import choices, save_form
    from sic_desktop.services.writes import writing
    from sic_desktop.sheets.common import task_force_by_code
    from sic_desktop.sheets.note_read import read_workbook

    store = context.store()
    with store.session() as session:
        task_force_by_code(session, args.task_force)  # a wrong code is a usage error, said first
        form = read_workbook(args.file, choices=choices(session))
    make_backup(store.path, reason="before-import")
    with writing(store) as session:
        saved = save_form(session, form, task_force=task_force_by_code(session, args.task_force))
    verb = "Added" if saved.created else "Updated"
    context.emit(f"{verb} concept note {saved.note_id} (version {saved.version}, "
                 f"{plural('%n field change(s)', len(saved.changes))} logged)",
                 {"id": saved.note_id, "created": saved.created, "version": saved.version,
                  "changes": len(saved.changes)})
    return 0


def _export(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.documents.note_records import choices, form_from_note
    from sic_desktop.sheets.note_workbook import write_workbook

    with context.store().session() as session:
        form = form_from_note(session, args.id)
        write_workbook(form, args.file, choices=choices(session), language=args.lang)
    context.emit(f"Wrote concept note {args.id} to {args.file}",
                 {"id": args.id, "file": str(args.file)})
    return 0


def _overlaps(_args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.overlap_choices import choices, pair
    from sic_desktop.services.overlaps import describe, find_overlaps

    with context.store().session() as session:
        found = find_overlaps(session)
        names = describe(session, [note_id for pair in found for note_id in (pair.a, pair.b)])
        chosen = choices(session)
    lines, rows = [], []
    for one in found:
        choice, note = chosen.get(pair(one.a, one.b), (None, None))
        said = f"      Secretariat: {choice}{f' ({note})' if note else ''}\n" if choice else ""
        lines.append(f"{one.score:.2f}  {names[one.a]}  <->  {names[one.b]}\n"
                     + "".join(f"      {reason}\n" for reason in one.reasons) + said)
        # The contract's four keys; the Secretariat's choice is added only where one was made.
        rows.append(one.as_json() | ({"choice": choice, "choice_note": note} if choice else {}))
    human = "".join(lines) or "No concept notes of different task forces are alike."
    context.emit(human, rows)
    return 0


def _overlap_choice(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.overlap_choices import choose
    from sic_desktop.services.writes import writing

    with writing(context.store()) as session:
        choose(session, a=args.a, b=args.b, choice=args.choice or None, note=args.note)
    said = f"Marked: {args.choice}" if args.choice else "The choice was taken back"
    context.emit(said, {"a": args.a, "b": args.b, "choice": args.choice or None})
    return 0
