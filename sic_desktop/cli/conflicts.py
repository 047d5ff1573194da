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
    from sic_desktop.sync.conflicts import as_json, open_conflicts

    with context.store().session() as session:
        found = [as_json(c, session) for c in open_conflicts(session, include_resolved=args.all)]
    lines = [
        f"{c['id']}  {c['table']} {c['record_id']} {c['field']} ({c['kind']}, {c['status']})\n"
        f"    base {c['base']!r}\n    master {c['master']!r} ({c['master_author']})\n"
        f"    incoming {c['incoming']!r} ({c['incoming_author']})"
        for c in found
    ]
    context.emit("\n".join(lines) or "No open conflicts", found)
    return 0


def resolve_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.errors import UsageError
    from sic_desktop.sync.conflicts import parse_value, resolve
    from sic_desktop.sync.identity import identity

    store = context.store()
    with store.session(immediate=True) as session, session.begin():
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
