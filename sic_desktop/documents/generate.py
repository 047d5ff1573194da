"""Write each document from the database to .docx (or .pdf through LibreOffice): one call each.

Each is written in the language of the enclosing `languages.writing_in(...)` (English otherwise).
"""

import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from sic_desktop.documents import languages, phrases, word
from sic_desktop.documents.annual_report import annual_report
from sic_desktop.documents.concept_note import concept_note_context
from sic_desktop.documents.letters import Issued, filed_letter, issue_letter, letter_again
from sic_desktop.documents.minutes import minutes_context
from sic_desktop.documents.note_records import form_from_note, load_note, note_facts
from sic_desktop.documents.official_list import official_list
from sic_desktop.documents.pdf import docx_to_pdf
from sic_desktop.errors import UsageError
from sic_desktop.files import write_atomic
from sic_desktop.text import Text

# (step done, steps in all, what is happening): long generations report through it.
Progress = Callable[[int, int, str], None]
CHART_WIDTH_MM = 150


def _quiet(_done: int, _total: int, _what: str) -> None:
    pass


@dataclass(frozen=True)
class Written:
    """A document on disk and what it was made from."""

    path: Path
    title: str
    warnings: tuple[str, ...] = ()  # what the document warns of (more requested than the budget)


def save(name: str, context: Mapping[str, Any], target: Path, *,
         images: Mapping[str, word.Image] | None = None, progress: Progress = _quiet,
         overrides: Path | None = None) -> None:
    """Render the template to `target`: .docx directly, .pdf through LibreOffice."""
    suffix = target.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise UsageError(Text("%1: write a .docx or a .pdf file", target.name))
    target.parent.mkdir(parents=True, exist_ok=True)
    template = languages.template_file(name, overrides=overrides)
    context = phrases.localise(dict(context))
    if suffix == ".docx":
        word.render(name, context, target, images=images, template=template)
        progress(2, 2, "Written")
        return
    with tempfile.TemporaryDirectory(prefix="sic-doc-") as scratch:
        docx = Path(scratch) / f"{target.stem}.docx"
        word.render(name, context, docx, images=images, template=template)
        progress(2, 3, "Converting to PDF with LibreOffice")
        docx_to_pdf(docx, target)
    progress(3, 3, "Written")


def _steps(target: Path) -> int:
    """Reading, filling, and (for a PDF) converting: the steps progress counts."""
    return 3 if target.suffix.lower() == ".pdf" else 2


def write_concept_note(session: Session, note_id: str, target: Path, *,
                       progress: Progress = _quiet) -> Written:
    note = load_note(session, note_id)
    progress(0, _steps(target), "Reading the concept note")
    context = concept_note_context(form_from_note(session, note.id), note_facts(session, note))
    progress(1, _steps(target), "Filling the template")
    save("concept-note", context, target, progress=progress)
    return Written(target, note.title, (context["budget_warning"],) if context["budget_warning"] else ())


def write_minutes(session: Session, meeting_id: str, target: Path, *,
                  progress: Progress = _quiet) -> Written:
    progress(0, _steps(target), "Reading the meeting")
    context = minutes_context(session, meeting_id)
    progress(1, _steps(target), "Filling the template")
    save("meeting-minutes", context, target, progress=progress)
    return Written(target, context["title"])


def write_letter(session: Session, note_id: str, target: Path, *, progress: Progress = _quiet,
                 language: str | None = None) -> tuple[Written, Issued | None]:
    """The letter filed with the note (issued now if the validated note has none yet).

    With a `language` other than the filed letter's, the letter is written again in the current
    document language, with its number, date and signatory; nothing new is filed.
    Also returns the letter issued now, if any, with the records it added for the caller to announce.
    """
    suffix = target.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise UsageError(Text("%1: write a .docx or a .pdf file", target.name))
    note = load_note(session, note_id)
    progress(0, _steps(target), "Finding the letter of support")
    filed = filed_letter(session, note.id)
    issued = issue_letter(session, concept_note_id=note.id) if filed is None else None
    if issued is not None:
        document = issued.document
    elif filed is not None and language is not None and languages.checked(language) != filed[0].language:
        document = letter_again(session, filed[0])
    else:
        document = filed[1] if filed else b""
    progress(1, _steps(target), "Writing the letter")
    target.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".pdf":
        with tempfile.TemporaryDirectory(prefix="sic-doc-") as scratch:
            docx = Path(scratch) / f"{target.stem}.docx"
            docx.write_bytes(document)
            docx_to_pdf(docx, target)
    else:
        write_atomic(target, document)
    progress(_steps(target), _steps(target), "Written")
    return Written(target, note.title), issued


def write_annual_report(session: Session, year: int, target: Path, *,
                        task_force: Any = None, progress: Progress = _quiet) -> Written:
    progress(0, _steps(target), "Counting the cycle's records")
    report = annual_report(session, year=year, task_force=task_force)
    progress(1, _steps(target), "Filling the template")
    context = dict(report.context)
    images = {}
    if report.chart is not None:
        context["chart"] = "chart"
        images["chart"] = word.Image(report.chart, CHART_WIDTH_MM)
    if report.trend is not None:
        context["trend"] = "trend"
        images["trend"] = word.Image(report.trend, CHART_WIDTH_MM)
    save("annual-report", context, target, images=images, progress=progress)
    return Written(target, report.context["title"])


def write_official_list(session: Session, year: int, target: Path, *,
                        progress: Progress = _quiet) -> Written:
    progress(0, _steps(target), "Reading the Governing Board's approvals")
    context = official_list(session, year=year)
    progress(1, _steps(target), "Filling the template")
    save("official-list", context, target, progress=progress)
    return Written(target, context["title"])
