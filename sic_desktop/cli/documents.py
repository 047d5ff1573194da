"""`documents ...`: the concept note, minutes, letter of support and annual report as Word or PDF."""

import argparse
from pathlib import Path
from typing import Any

from sic_desktop.cli.common import Context, add_command

TEMPLATE_NAMES = ("concept-note", "letter-of-support", "meeting-minutes", "annual-report", "official-list")


def register(commands: Any) -> None:
    parser = add_command(commands, "documents", "write documents from the records (.docx or .pdf)")
    actions = parser.add_subparsers(dest="action", required=True, metavar="DOCUMENT")
    note = add_command(actions, "concept-note", "a concept note as a Word document")
    note.add_argument("id", help="the concept note's ID")
    note.add_argument("file", type=Path, help="FILE.docx or FILE.pdf")
    note.set_defaults(run=_concept_note)
    minutes = add_command(actions, "minutes", "the minutes of a meeting (.docx, or .pdf)")
    minutes.add_argument("id", metavar="MEETING_ID")
    minutes.add_argument("file", type=Path, help="FILE.docx or FILE.pdf")
    minutes.set_defaults(run=_minutes)
    letter = add_command(actions, "letter-of-support",
                         "the letter of support filed with a validated concept note "
                         "(issued and filed now if it has none yet)")
    letter.add_argument("id", metavar="CONCEPT_NOTE_ID")
    letter.add_argument("file", type=Path, help="FILE.docx or FILE.pdf")
    letter.set_defaults(run=_letter)
    report = add_command(actions, "annual-report", "the annual progress report of a cycle")
    report.add_argument("--cycle", type=int, required=True, metavar="YEAR")
    report.add_argument("--task-force", metavar="CODE", help="only this task force")
    report.add_argument("file", type=Path, help="FILE.docx or FILE.pdf")
    report.set_defaults(run=_annual_report)
    official = add_command(actions, "official-list",
                           "the official list of a cycle's TF leaders and regional representatives "
                           "(the candidacies the Governing Board approved), task force by task force")
    official.add_argument("--cycle", type=int, required=True, metavar="YEAR")
    official.add_argument("file", type=Path, help="FILE.docx or FILE.pdf")
    official.set_defaults(run=_official_list)
    check = add_command(actions, "check-template",
                        "check a Word template of your own before putting it in the templates "
                        "folder: names placeholders the data lacks and ones Word split")
    check.add_argument("file", type=Path, help="the template (.docx)")
    check.add_argument("--kind", choices=TEMPLATE_NAMES,
                       help="which document it is for (default: from the file name)")
    check.set_defaults(run=_check_template)
    for command in (note, minutes, letter, report, official):
        command.add_argument("--lang", choices=("en", "fr", "es"),
                             help="the document's language (default: this computer's, if one of these)")
    listing = add_command(actions, "templates",
                          "show which template each document uses, and the folder where the "
                          "Secretariat's own templates go")
    listing.set_defaults(run=_templates)


def _language(args: argparse.Namespace) -> Any:
    """Write in --lang, else in the language of the computer's locale (English when not fr or es)."""
    import locale
    import os

    from sic_desktop.documents import languages

    chosen = args.lang
    if chosen is None:
        found = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") \
            or (locale.getlocale()[0] or "")
        chosen = found[:2].lower() if found[:2].lower() in languages.LANGUAGES else None
    return languages.writing_in(chosen)


def _done(context: Context, written: Any, **extra: Any) -> int:
    warnings = list(getattr(written, "warnings", ()))
    context.emit("\n".join([f"Wrote {written.path} ({written.title})", *(f"Warning: {w}" for w in warnings)]),
                 {"file": str(written.path), "title": written.title, **extra}
                 | ({"warnings": warnings} if warnings else {}))
    return 0


def _concept_note(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.documents.generate import write_concept_note

    with context.store().session() as session, _language(args):
        return _done(context, write_concept_note(session, args.id, args.file))


def _minutes(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.documents.generate import write_minutes

    with context.store().session() as session, _language(args):
        return _done(context, write_minutes(session, args.id, args.file))


def _letter(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.documents.generate import write_letter
    from sic_desktop.services.writes import writing

    with writing(context.store()) as session, _language(args):
        written, issued = write_letter(session, args.id, args.file, language=args.lang)
    if issued and not context.as_json:
        context.emit("Issued a letter of support and filed it with the concept note")
    return _done(context, written, issued=issued is not None)


def _annual_report(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.documents.generate import write_annual_report
    from sic_desktop.sheets.common import task_force_by_code

    with context.store().session() as session, _language(args):
        task_force = task_force_by_code(session, args.task_force) if args.task_force else None
        return _done(context, write_annual_report(session, args.cycle, args.file,
                                                  task_force=task_force))


def _official_list(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.documents.generate import write_official_list

    with context.store().session() as session, _language(args):
        return _done(context, write_official_list(session, args.cycle, args.file))


def _check_template(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.documents.samples import all_contexts
    from sic_desktop.documents.template_check import check_template
    from sic_desktop.errors import InputRefused, UsageError

    kind = args.kind or args.file.stem.split(".")[0]  # concept-note.fr.docx is a concept note too
    if kind not in TEMPLATE_NAMES:
        raise UsageError(f"say which document {args.file.name} is for: --kind "
                         f"{'|'.join(TEMPLATE_NAMES)}")
    if not args.file.is_file():
        raise InputRefused(f"{args.file}: no such file")
    problems = check_template(args.file, all_contexts()[kind])
    context.emit("\n".join(map(str, problems)) or f"{args.file.name}: no problems found",
                 [{"kind": p.kind, "placeholder": p.placeholder, "where": p.where}
                  for p in problems])
    return InputRefused.exit_code if problems else 0


def _templates(args: argparse.Namespace, context: Context) -> int:
    from sic_desktop.documents import languages
    from sic_desktop.documents.word import override_dir

    folder = override_dir()
    used = {}
    for language in languages.LANGUAGES:  # concept-note, concept-note.fr, concept-note.es...
        with languages.writing_in(language):
            for name in TEMPLATE_NAMES:
                key = name if language == languages.DEFAULT else f"{name}.{language}"
                used[key] = languages.template_file(name)
    lines = [f"Your own templates go in: {folder}  (same file names as below)"]
    lines += [f"  {name:21} {'own' if path.parent == folder else 'shipped'}  {path}"
              for name, path in used.items()]
    context.emit("\n".join(lines), {"folder": str(folder), "templates": {
        name: {"path": str(path), "own": path.parent == folder} for name, path in used.items()}})
    return 0
