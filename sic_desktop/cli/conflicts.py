"""`conflicts list|resolve`: the fields where the master and a region disagree."""

import argparse
from typing import Any

from sic_desktop.cli.common import Context, add_command


def register(commands: Any) -> None:
    parser = add_command(commands, "conflicts", "the conflict queue of the master copy")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = add_command(actions, "list", "list open conflicts")
    listing.add_argument("--all", action="store_true", help="resolved ones too")
    listing.set_defaults(run=list_)
    resolve = add_command(actions, "resolve", "settle a conflict (the result travels back)")
    resolve.add_argument("id")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep-master", action="store_true")
    choice.add_argument("--take-incoming", action="store_true")
    choice.add_argument("--value", metavar="JSON")
    resolve.set_defaults(run=resolve_)


def list_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.naming import Titles, conflict_names
    from sic_desktop.sync.conflicts import as_json, open_conflicts

    with context.store().session() as session:
        titles = Titles(session)
        found = []
        for conflict in open_conflicts(session, include_resolved=args.all):
            data = as_json(conflict, session)  # ids kept for scripts; the names added beside them
            found.append(data | conflict_names(session, titles, data, master_change=conflict.master_change,
                                               incoming_change=conflict.incoming_change))
    lines = [
        f"{c['id']}  {c['record_name']}, {c['field_label']}: {c['kind_words']} ({c['status']})\n"
        f"    base      {_said(c['base_words'])}\n"
        f"    master    {_said(c['master_words'])}{_by(c['master_author_name'])}\n"
        f"    incoming  {_said(c['incoming_words'])}{_by(c['incoming_author_name'])}"
        for c in found
    ]
    context.emit("\n".join(lines) or "No open conflicts", found)
    return 0


def _said(words: str) -> str:
    return words if words else "(empty)"


def _by(author: str) -> str:
    return f"  (by {author})" if author else ""


def resolve_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.errors import UsageError
    from sic_desktop.services.writes import writing
    from sic_desktop.sync.conflicts import parse_value, resolve
    from sic_desktop.sync.identity import identity

    store = context.store()
    with writing(store) as session:
        if not identity(session).is_secretariat:
            raise UsageError("Conflicts are resolved in the Secretariat's master copy")
        if args.value is not None:
            settled = resolve(session, args.id, "value", parse_value(args.value))
        else:
            settled = resolve(session, args.id, "keep-master" if args.keep_master else "take-incoming")
    context.emit(
        f"Resolved {settled.conflict_id}; the resolution travels in the next master bundles",
        {"id": settled.conflict_id, "changes": settled.changes},
    )
    return 0
