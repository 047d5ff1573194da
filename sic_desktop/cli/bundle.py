"""`bundle export|inspect|import`: signed bundles between the regions and the Secretariat."""

import argparse
import sys
from pathlib import Path
from typing import Any

from sic_desktop.cli.common import Context, add_command
from sic_desktop.text import plural


def register(commands: Any) -> None:
    parser = add_command(commands, "bundle", "exchange signed bundles with the other copies")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = add_command(
        actions, "export", "region: its pending changes; Secretariat: a master bundle --for SITE"
    )
    export.add_argument("file", type=Path)
    export.add_argument("--for", dest="for_site", metavar="SITE_ID")
    export.set_defaults(run=export_)
    inspect = add_command(actions, "inspect", "verify a bundle and show what it would change")
    inspect.add_argument("file", type=Path)
    inspect.set_defaults(run=inspect_)
    import_ = add_command(
        actions, "import", "verify and apply bundles (each all or nothing; one backup first); "
        "each file's outcome is reported; exit 4 when every file was refused, 1 when some were "
        "applied and some refused"
    )
    import_.add_argument("file", type=Path, nargs="+")
    import_.set_defaults(run=import__)
    log = add_command(actions, "log", "the bundles offered here and what became of them (why refused)")
    log.set_defaults(run=log_)
    pending = add_command(actions, "pending", "region: the changes the next bundle carries, and any the "
                                              "Secretariat would refuse")
    pending.set_defaults(run=pending_)
    withdraw = add_command(actions, "withdraw", "region: take back an unsent change the Secretariat refuses")
    withdraw.add_argument("change", metavar="CHANGE_ID")
    withdraw.set_defaults(run=withdraw_)


def export_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.sync.export import export

    done = export(context.store(), args.file, for_site=args.for_site)
    changes = plural("%n change(s)", done.changes)
    context.emit(
        f"Wrote {done.path}: {done.kind} bundle for site {done.to} with {changes}",
        {
            "file": str(done.path),
            "kind": done.kind,
            "to": done.to,
            "changes": done.changes,
            "seq_from": done.seq_from,
            "seq_to": done.seq_to,
            "sha256": done.sha256,
        },
    )
    return 0


def inspect_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.sync.importer import inspect_bundle

    report = inspect_bundle(context.store(), args.file)
    context.emit(report.text(), report.as_json())
    return 0


def import__(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.errors import InputRefused
    from sic_desktop.sync.importer import import_bundle, import_bundles

    files: list[Path] = args.file
    if len(files) == 1:
        report = import_bundle(context.store(), files[0])
        context.emit(report.text(), report.as_json())
        return report.exit_code
    refusals: dict[Path, InputRefused] = {}

    def refused(path: Path, why: InputRefused) -> None:
        refusals[path] = why

    reports = {Path(r.file): r for r in import_bundles(context.store(), files, refused=refused)}
    # Each file's outcome in the order given: one refused bundle does not hide those applied.
    lines, data = [], []
    for path in files:
        if path in refusals:
            lines.append(f"{path}: refused, nothing of it was applied: {refusals[path]}")
            data.append({"file": str(path), "verdict": "refused", "reason": str(refusals[path]),
                         "exit_code": refusals[path].exit_code})
        else:
            lines.append(reports[path].text())
            data.append(reports[path].as_json())
    context.emit("\n".join(lines), data)
    if not refusals:
        return max(report.exit_code for report in reports.values())
    if not reports:
        return InputRefused.exit_code
    print(f"sic-desktop: {plural('%n bundle(s)', len(refusals))} of {len(files)} refused; "
          "the others were applied", file=sys.stderr)
    return 1


def log_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.sync.state import bundle_log

    with context.store().session() as session:
        entries = bundle_log(session)
    lines = []
    for entry in entries:
        who = entry["site"] or "an unknown sender"
        span = f" changes {entry['seq_from']}-{entry['seq_to']}" if entry["seq_from"] is not None else ""
        lines.append(f"{entry['when']}  {entry['verdict']}: {entry['kind'] or 'bundle'} from {who}{span}")
        if entry["reason"]:
            lines.append(f"    {entry['reason']}")
    context.emit("\n".join(lines) or "No bundle was offered to this copy yet", entries)
    return 0


def pending_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.sync.withdraw import pending

    with context.store().session() as session:
        changes = pending(session)
    lines = [f"{plural('%n change(s)', len(changes))} wait to be sent"]
    for change in changes:
        field = "" if change.field == "*" else f" {change.field}"
        lines.append(f"  {change.seq:>6}  {change.change_id}  {change.kind} {change.record}{field}")
        if change.withdrawn:
            lines.append("          withdrawn: it travels with the change that takes it back, and the "
                         "Secretariat applies neither")
        elif change.problem:
            lines.append(f"          refused by the Secretariat: {change.problem} "
                         f"(`bundle withdraw {change.change_id}` takes it back)")
    context.emit("\n".join(lines), [change.as_json() for change in changes])
    return 0


def withdraw_(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.services.writes import writing
    from sic_desktop.sync.withdraw import withdraw

    with writing(context.store()) as session:
        reverting = withdraw(session, args.change)
    context.emit(f"Withdrawn: change {reverting} takes back {args.change}; it travels in the next bundle",
                 {"withdrawn": args.change, "by": reverting})
    return 0
