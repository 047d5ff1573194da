"""`cycle ics|overview|new`: the yearly cycle as calendars, as a grid of states, and the next year."""

import argparse
from pathlib import Path
from typing import Any

from sic_desktop.cli.common import Context, add_command
from sic_desktop.text import plural


def register(commands: Any) -> None:
    parser = add_command(commands, "cycle", "the yearly Strategy Implementation Cycle")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    ics = add_command(actions, "ics",
                      "write the cycle's step windows, meetings and funding deadlines as an .ics calendar")
    ics.add_argument("--cycle", type=int, required=True, metavar="YEAR", help="the cycle's year")
    ics.add_argument("file", type=Path, help="FILE.ics")
    ics.add_argument("--task-force", metavar="CODE", help="only this task force's meetings")
    ics.set_defaults(run=_ics)


def _ics(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.calendar import write_cycle_calendar
    from sic_desktop.sheets.common import task_force_by_code

    with context.store().session() as session:
        task_force = task_force_by_code(session, args.task_force) if args.task_force else None
        count = write_cycle_calendar(session, args.cycle, args.file, task_force=task_force)
    context.emit(f"Wrote {plural('%n event(s)', count)} of the {args.cycle} cycle to {args.file}",
                 {"file": str(args.file), "events": count})
    return 0
