"""`settings signatory [NAME] [--title TITLE]`: who signs this copy's letters of support."""

import argparse
from typing import Any

from sic_desktop.cli.common import Context, add_command


def register(commands: Any) -> None:
    parser = add_command(commands, "settings", "this copy's settings (kept in its database)")
    actions = parser.add_subparsers(dest="action", required=True, metavar="SETTING")
    signatory = add_command(actions, "signatory",
                            "show, or with NAME set, who signs the letters of support")
    signatory.add_argument("name", nargs="?", metavar="NAME")
    signatory.add_argument("--title", help="printed under the name (default: the Executive Secretary's)")
    signatory.set_defaults(run=signatory_)


def signatory_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.settings import Signatory, set_signatory, signatory
    from sic_desktop.services.writes import writing

    found: Signatory | None
    with writing(context.store()) as session:
        if args.name is not None:
            found = set_signatory(session, name=args.name, title=args.title)
        else:
            found = signatory(session)
    if found is None:
        context.emit("Nobody is named to sign the letters of support yet", {"name": None, "title": None})
    else:
        context.emit(f"{found.name}, {found.title}", {"name": found.name, "title": found.title})
    return 0
