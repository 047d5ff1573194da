"""`cycle ics|overview|new`: the yearly cycle as calendars, as a grid of states, and the next year."""

import argparse
from pathlib import Path
from typing import Any

from sic_desktop.cli.common import Context, add_command
from sic_desktop.errors import UsageError
from sic_desktop.text import Text, plural


def register(commands: Any) -> None:
    parser = add_command(commands, "cycle", "the yearly Strategy Implementation Cycle")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    ics = add_command(actions, "ics",
                      "write the cycle's step windows, meetings and funding deadlines as an .ics calendar")
    ics.add_argument("--cycle", type=int, required=True, metavar="YEAR", help="the cycle's year")
    ics.add_argument("file", type=Path, help="FILE.ics")
    ics.add_argument("--task-force", metavar="CODE", help="only this task force's meetings")
    ics.set_defaults(run=_ics)
    overview = add_command(actions, "overview",
                           "the state of every step for every task force, derived from the cycle's records")
    overview.add_argument("--cycle", type=int, required=True, metavar="YEAR", help="the cycle's year")
    overview.add_argument("--task-force", metavar="CODE", help="only this task force, with each state's why")
    overview.add_argument("--xlsx", type=Path, metavar="FILE", help="also write the overview to FILE.xlsx")
    overview.add_argument("--pdf", type=Path, metavar="FILE",
                          help="also write the overview to FILE.pdf (needs LibreOffice)")
    overview.set_defaults(run=_overview)
    new = add_command(actions, "new", "create the next cycle, its step windows copied from the last cycle "
                                      "a year later")
    new.add_argument("year", type=int, help="the new cycle's year")
    new.set_defaults(run=_new)


def _ics(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.calendar import write_cycle_calendar
    from sic_desktop.sheets.common import task_force_by_code

    with context.store().session() as session:
        task_force = task_force_by_code(session, args.task_force) if args.task_force else None
        count = write_cycle_calendar(session, args.cycle, args.file, task_force=task_force)
    context.emit(f"Wrote {plural('%n event(s)', count)} of the {args.cycle} cycle to {args.file}",
                 {"file": str(args.file), "events": count})
    return 0


SYMBOLS = {"done": "+", "due": "o", "late": "!", "not_started": ".", "not_applicable": "-"}


def _overview(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.cycle_overview import cycle_overview
    from sic_desktop.sheets.common import task_force_by_code

    for target, suffix in ((args.xlsx, ".xlsx"), (args.pdf, ".pdf")):
        if target is not None and target.suffix.lower() != suffix:
            raise UsageError(Text("%1: --%2 writes a %3 file", target.name, suffix[1:], suffix))
    with context.store().session() as session:
        task_force = task_force_by_code(session, args.task_force) if args.task_force else None
        grid = cycle_overview(session, args.cycle, task_force_id=task_force.id if task_force else None)
    numbers = [number for number, _title in grid.steps]
    lines = [f"Cycle {grid.year}: " + ", ".join(f"{mark} {state.replace('_', ' ')}"
                                                 for state, mark in SYMBOLS.items()),
             "TF    " + " ".join(f"{n:>2}" for n in numbers)]
    by_tf: dict[str, dict[int, str]] = {}
    for cell in grid.cells:
        by_tf.setdefault(cell.task_force, {})[cell.step] = SYMBOLS[cell.state]
    lines += [f"{code:<5} " + " ".join(f"{marks.get(n, ' '):>2}" for n in numbers)
              for code, marks in by_tf.items()]
    lines += ["", "TF    members activities meetings ideas teams notes assessed validated"]
    lines += [f"{c.task_force:<5} {c.members:>7} {c.activities:>10} {c.meetings:>8} {c.ideas:>5} "
              f"{c.teams:>5} {c.concept_notes:>5} {c.assessed:>8} {c.validated:>9}" for c in grid.counts]
    if grid.deadlines:
        lines += ["", "Funding deadlines in the cycle:"]
        lines += [f"  {d.on.isoformat()}  {d.funder}, {d.call}" for d in grid.deadlines]
    if task_force is not None:
        titles = dict(grid.steps)
        lines += [""] + [f"{cell.step:>2} {titles[cell.step]}: {cell.state.replace('_', ' ')} - {cell.why}"
                         for cell in grid.cells]
    context.emit("\n".join(lines), [cell.as_json() for cell in grid.cells])
    for target in (args.xlsx, args.pdf):
        if target is not None:
            _export(context, args.cycle, task_force.id if task_force else None, target)
    return 0


def _export(context: Context, year: int, task_force_id: str | None, target: Path) -> None:
    from sic_desktop.services.overview_export import write_overview

    with context.store().session() as session:
        write_overview(session, year, target, task_force_id=task_force_id)
    if not context.as_json:
        context.emit(f"Wrote the {year} cycle overview to {target}")


def _new(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.cycles import new_cycle
    from sic_desktop.services.writes import writing

    with writing(context.store()) as session:
        made = new_cycle(session, args.year)
    copied = (f"{plural('%n step window(s)', made.windows)} copied from the {made.source_year} cycle, "
              "a year later, for editing" if made.source_year else "no earlier cycle to copy windows from")
    context.emit(f"Created the {made.year} cycle ({made.cycle_id}): {copied}; "
                 f"{plural('%n membership(s)', len(made.memberships))} carried forward for review",
                 {"id": made.cycle_id, "year": made.year, "source_year": made.source_year,
                  "windows": made.windows, "memberships": made.memberships})
    return 0
