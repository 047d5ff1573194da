"""`records list|show|add|set|delete KIND ...`: records by their dump names, through the window's services."""

import argparse
from typing import Any

from sic_desktop.cli.common import Context, add_command


def register(commands: Any) -> None:
    parser = add_command(commands, "records",
                         "list, show, add, change and delete records by their `dump` names "
                         "(the same services, checks and rules as the window)")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = add_command(actions, "list", "the records of a kind that are not in the trash")
    listing.add_argument("kind", metavar="KIND",
                         help="a table name as `dump` prints it (person, concept_note...)")
    listing.add_argument("--task-force", metavar="CODE", help="only this task force's records")
    listing.set_defaults(run=list_)
    show = add_command(actions, "show", "every field of one record")
    show.add_argument("kind", metavar="KIND")
    show.add_argument("id", metavar="ID")
    show.set_defaults(run=show_)
    add = add_command(actions, "add", "add a record; prints its new id")
    add.add_argument("kind", metavar="KIND")
    add.add_argument("values", nargs="*", metavar="FIELD=VALUE",
                     help="field names as `dump` prints them; a link takes the linked record's id")
    add.set_defaults(run=add_)
    change = add_command(actions, "set", "change some fields of a record (an empty value clears one)")
    change.add_argument("kind", metavar="KIND")
    change.add_argument("id", metavar="ID")
    change.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    change.set_defaults(run=set_)
    delete = add_command(actions, "delete",
                         "move a record to the trash (the deletion travels to the other copies)")
    delete.add_argument("kind", metavar="KIND")
    delete.add_argument("id", metavar="ID")
    delete.set_defaults(run=delete_)


def list_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.record_text import kind_of, list_rows, title_of

    with context.store().session() as session:
        model = kind_of(args.kind)
        rows = list_rows(session, model, task_force=args.task_force)
    lines = [f"{row['id']}  {title_of(model, row)}" for row in rows]
    context.emit("\n".join(lines) or f"No {model.__tablename__} records", rows)
    return 0


def show_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.record_text import kind_of, show_row

    with context.store().session() as session:
        model = kind_of(args.kind)
        row = show_row(session, model, args.id)
    width = max(map(len, row))
    lines = [f"{key:{width}}  {'' if value is None else value}" for key, value in row.items()]
    context.emit("\n".join(lines), row)
    return 0


def add_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services import records
    from sic_desktop.services.record_text import kind_of, parse_values, refused_as_input
    from sic_desktop.services.writes import writing

    with writing(context.store()) as session, refused_as_input():
        model = kind_of(args.kind)
        outcome = records.create(session, model, **parse_values(model, args.values))
    context.emit(outcome.record_id, {"id": outcome.record_id})
    return 0


def set_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services import records
    from sic_desktop.services.record_text import kind_of, parse_values, refused_as_input
    from sic_desktop.services.writes import writing

    with writing(context.store()) as session, refused_as_input():
        model = kind_of(args.kind)
        outcome = records.update(session, model, args.id, **parse_values(model, args.values))
    fields = sorted({c.field for c in outcome.changes if c.record_id == args.id})
    context.emit(f"Changed {len(fields)} field(s) of {model.__tablename__} {args.id}"
                 + (f": {', '.join(fields)}" if fields else ""),
                 {"id": args.id, "changed": fields})
    return 0


def delete_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services import records
    from sic_desktop.services.record_text import kind_of, refused_as_input
    from sic_desktop.services.writes import writing

    with writing(context.store()) as session, refused_as_input():
        model = kind_of(args.kind)
        records.delete(session, model, args.id)
    context.emit(f"Moved {model.__tablename__} {args.id} to the trash", {"id": args.id, "deleted": True})
    return 0
