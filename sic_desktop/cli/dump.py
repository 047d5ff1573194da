"""`dump`: the canonical JSON of every record, for audits and diffs."""

import argparse
from typing import Any

from sic_desktop.cli.common import Context, add_command


def register(commands: Any) -> None:
    parser = add_command(commands, "dump", "print every record as canonical JSON (sorted, stable)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.dump import dump_json

    with context.store().session() as session:
        context.out.write(dump_json(session))
    return 0
