"""`init`: create the database of a site (the Secretariat's master copy or a regional copy)."""

import argparse
from pathlib import Path
from typing import Any

from sic_desktop.cli.common import Context, add_command
from sic_desktop.errors import UsageError


def register(commands: Any) -> None:
    parser = add_command(commands, "init", "create a new database for this site")
    parser.add_argument("--role", required=True, choices=("secretariat", "regional"))
    parser.add_argument("--site-name", required=True, help="the site's name, e.g. 'Africa TFRR office'")
    parser.add_argument("--author", help="the name written into the change log (default: user and site)")
    parser.add_argument("--secretariat-key", type=Path,
                        help="a regional copy pins the Secretariat's public key file")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.site import init_database
    from sic_desktop.sync.setup import prepare_site

    if args.role == "regional" and args.secretariat_key is None:
        raise UsageError("A regional copy needs the Secretariat's public key: --secretariat-key FILE")
    if args.role == "secretariat" and args.secretariat_key is not None:
        raise UsageError("--secretariat-key is for a regional copy only")
    store = init_database(context.db_path, role=args.role, name=args.site_name, author=args.author)
    try:
        prepare_site(store, secretariat_key=args.secretariat_key)
    except BaseException:
        store.close()
        context.db_path.unlink(missing_ok=True)
        raise
    context._store = store
    with store.session() as session:
        from sic_desktop.services.site import site_info

        info = site_info(session)
    context.emit(f"Created {context.db_path} for {info.name} ({info.role}), site id {info.site_id}",
                 {"site_id": info.site_id, "name": info.name, "role": info.role,
                  "database": str(context.db_path)})
    return 0
