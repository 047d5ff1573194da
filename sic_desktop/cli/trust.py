"""`trust add|list|revoke`: the keys this copy accepts bundles from, and their scope."""

import argparse
from pathlib import Path
from typing import Any

from sic_desktop.cli.common import Context, add_command


def register(commands: Any) -> None:
    parser = add_command(commands, "trust", "the keys whose bundles this copy accepts")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = add_command(actions, "add", "trust a region's public key file for a scope")
    add.add_argument("file", type=Path)
    add.add_argument("--role", required=True, choices=("tfl", "tfrr", "stc"),
                     help="tfl, tfrr (with --task-force), or stc: an STC assessor's copy")
    add.add_argument("--task-force", action="append", default=[], metavar="CODE")
    add.add_argument("--region", metavar="NAME")
    add.set_defaults(run=add_)
    add_command(actions, "list", "list trusted and revoked keys").set_defaults(run=list_)
    revoke = add_command(actions, "revoke", "stop trusting a key, for good")
    revoke.add_argument("key_id")
    revoke.set_defaults(run=revoke_)
    pin = add_command(
        actions, "pin-secretariat", "take the Secretariat's new key from its handover file (a region)"
    )
    pin.add_argument("file", type=Path)
    pin.set_defaults(run=pin_secretariat)


def _secretariat_only(context: Context) -> None:
    from sic_desktop.errors import UsageError
    from sic_desktop.sync.identity import identity

    with context.store().session() as session:
        if not identity(session).is_secretariat:
            raise UsageError("Only the Executive Secretariat's copy keeps the trust registry")


def add_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.writes import writing
    from sic_desktop.sync import trust

    _secretariat_only(context)
    key = trust.read_key_file(args.file)
    with writing(context.store()) as session:
        scope = trust.add(session, key, role=args.role, task_forces=args.task_force, region=args.region)
    context.emit(
        f"Trusted {scope.name} (site {scope.site_id}) as {scope.role.upper()} for "
        f"{', '.join(scope.task_forces) or 'the concept notes submitted for assessment'}"
        f"{' in ' + scope.region if scope.region else ''}\n"
        f"key id {scope.key_id}; fingerprint {key.fingerprint}",
        {k: v for k, v in scope.as_json().items() if k != "public_key"},
    )
    return 0


def list_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.sync import trust

    with context.store().session() as session:
        scopes = trust.all_keys(session)
    lines = [
        f"{s.key_id}  {s.status:8}  {s.role:11}  {s.name} (site {s.site_id})"
        f"  {','.join(s.task_forces)}{'  ' + s.region if s.region else ''}"
        for s in scopes
    ]
    context.emit(
        "\n".join(lines) or "No trusted keys",
        [{k: v for k, v in s.as_json().items() if k != "public_key"} for s in scopes],
    )
    return 0


def revoke_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.writes import writing
    from sic_desktop.sync import trust

    _secretariat_only(context)
    with writing(context.store()) as session:
        scope = trust.revoke(session, args.key_id)
    context.emit(
        f"Revoked the key {scope.key_id} of {scope.name}", {"key_id": scope.key_id, "status": scope.status}
    )
    return 0


def pin_secretariat(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.errors import InputRefused, UsageError
    from sic_desktop.services.writes import writing
    from sic_desktop.sync import trust
    from sic_desktop.sync.identity import identity
    from sic_desktop.sync.keys import Handover

    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise InputRefused(f"{args.file} cannot be read: {error.strerror or error}") from None
    handover = Handover.from_bytes(data, what=str(args.file))
    with writing(context.store()) as session:
        if identity(session).is_secretariat:
            raise UsageError("The Secretariat renews its own key (`keys renew --handover FILE`)")
        scope, new = trust.adopt_secretariat(session, handover, what=str(args.file))
    context.emit(
        (
            f"Pinned the Secretariat's new key {scope.key_id} (vouched for by {handover.old_key_id}, "
            f"now revoked here); fingerprint {handover.new_key.fingerprint}"
            if new
            else f"The Secretariat's key {scope.key_id} is pinned here already"
        ),
        {"key_id": scope.key_id, "previous": handover.old_key_id, "changed": new},
    )
    return 0
