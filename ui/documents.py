"""Menu entries and buttons that write documents (Word/PDF) through sic_desktop.documents."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from ui import settings
from ui.hub import Hub
from ui.worker import Control

# lupdate reads `translate("context", "literal")` calls; the alias keeps lines short.
translate = QCoreApplication.translate


# The languages a document can be written in, by their own names (a person finds their own language).
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}


def ask_target(parent: QWidget, title: str, name: str) -> tuple[Path, str] | None:
    """The file to write and the document's language: the window's, or another chosen by file type."""
    folder = Path(settings.text(settings.LAST_FOLDER, str(Path.home())))
    own = window_language()
    word = translate("documents", "Word document (*.docx)")
    pdf = translate("documents", "PDF (*.pdf)")
    kinds = {word: own, pdf: own}
    for code, language in LANGUAGE_NAMES.items():
        if code != own:
            kinds[f"{word.replace(' (', f' - {language} (')}"] = code
            kinds[f"{pdf.replace(' (', f' - {language} (')}"] = code
    chosen, kind = QFileDialog.getSaveFileName(parent, title, str(folder / name), ";;".join(kinds))
    if not chosen:
        return None
    settings.store(settings.LAST_FOLDER, str(Path(chosen).parent))
    return Path(chosen), kinds.get(kind, own)


def window_language() -> str:
    """The language documents are written in from the window: the window's own (English otherwise)."""
    from PySide6.QtCore import QLocale

    from sic_desktop.documents.languages import LANGUAGES

    code = QLocale().name()[:2]
    return code if code in LANGUAGES else "en"


def write_document(hub: Hub, kind: str, record_id: str, target: Path, parent: QWidget,
                   language: str | None = None) -> None:
    """Write one document on the database thread, with a progress dialog if it takes a while."""

    language = language or window_language()

    def job(session: Any, control: Control) -> Any:
        from sic_desktop.documents import generate, languages

        with languages.writing_in(language):
            return write(generate, session, _progress(control))

    def write(generate: Any, session: Any, progress: Any) -> Any:
        if kind == "minutes":
            return generate.write_minutes(session, record_id, target, progress=progress)
        if kind == "concept-note":
            return generate.write_concept_note(session, record_id, target, progress=progress)
        from sic_desktop.services.records import Outcome

        written, issued = generate.write_letter(session, record_id, target, progress=progress)
        # The hub announces the letter issued now: the letters list shows it at once.
        return [written, Outcome(issued.letter_id, issued.changes)] if issued else written

    def done(result: Any) -> None:
        written = result[0] if isinstance(result, list) else result
        bar = getattr(parent.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(translate("documents", "Wrote %1").replace("%1", str(written.path)), 10_000)

    label = translate("documents", "Writing the document...")
    if kind == "letter":  # issuing a letter records it: the letters list hears of it from the hub
        hub.write(job, done, label=label)
    else:
        hub.read(job, done, label=label)


def add_buttons(panel: Any) -> None:
    """Document buttons for the open record, where there are documents to make from it."""
    hub: Hub = panel.hub
    record_id: str = panel.record_id
    if panel.model.__tablename__ == "meeting":
        printing = QPushButton(translate("documents", "Print minutes..."), panel)
        printing.clicked.connect(lambda: preview(hub, record_id, panel))
        word = QPushButton(translate("documents", "Minutes as Word..."), panel)
        word.clicked.connect(lambda: _save(hub, "minutes", record_id, panel, "minutes.docx"))
        panel.extra.addWidget(printing)
        panel.extra.addWidget(word)
    elif panel.model.__tablename__ == "concept_note":
        word = QPushButton(translate("documents", "Word document..."), panel)
        word.clicked.connect(lambda: _save(hub, "concept-note", record_id, panel, "concept-note.docx"))
        letter = QPushButton(translate("documents", "Letter of support..."), panel)
        letter.setToolTip(translate(
            "documents", "The letter filed with a validated concept note (issued now if it has none)"))
        letter.clicked.connect(lambda: _save(hub, "letter", record_id, panel, "letter-of-support.docx"))
        panel.extra.addWidget(word)
        panel.extra.addWidget(letter)
        offer_letter(hub, record_id, letter)


# A letter becomes possible (or stops being) when one of these changes.
LETTER_TABLES = {"validation", "assessment", "letter_of_support", "concept_note", "concept_note_partner",
                 "work_plan_item", "budget_line", "concept_note_indicator"}


class LetterOffer(QObject):
    """Keeps the letter button offered exactly when a letter can be written, saying why (or why not).

    A child of the button, so Qt drops its connection to the hub when the record is closed.
    """

    def __init__(self, hub: Hub, note_id: str, button: QPushButton) -> None:
        super().__init__(button)
        self.hub = hub
        self.note_id = note_id
        self.button = button
        hub.records_changed.connect(self.changed)
        self.ask()

    @Slot(object)
    def changed(self, changes: list[Any]) -> None:
        if any(c.table in LETTER_TABLES for c in changes):
            self.ask()

    def ask(self) -> None:
        note_id = self.note_id

        def job(session: Any, _control: Control) -> Any:
            from sic_desktop.services.note_view import letter_offer

            return letter_offer(session, note_id)

        self.hub.read(job, self.show)

    def show(self, offer: Any) -> None:
        from shiboken6 import isValid

        from ui.translate import translated

        if isValid(self.button):  # the record may have closed while the answer was on its way
            self.button.setEnabled(offer.ready)
            self.button.setToolTip(translated(offer.why))


def offer_letter(hub: Hub, note_id: str, button: QPushButton) -> LetterOffer:
    """Offer the letter as soon as the Bureau's validation is recorded."""
    return LetterOffer(hub, note_id, button)


def _save(hub: Hub, kind: str, record_id: str, parent: QWidget, name: str) -> None:
    chosen = ask_target(parent, translate("documents", "Save the document"), name)
    if chosen is not None:
        target, language = chosen
        write_document(hub, kind, record_id, target, parent, language)


def preview(hub: Hub, meeting_id: str, parent: QWidget) -> None:
    from ui.printing import preview_minutes

    language = window_language()

    def job(session: Any, _control: Control) -> Any:
        from sic_desktop.documents import languages, phrases
        from sic_desktop.documents.minutes import minutes_context

        with languages.writing_in(language):  # "Établi le 6 décembre 2026" in a French window
            return phrases.localise(dict(minutes_context(session, meeting_id)))

    hub.read(job, lambda context: setattr(parent, "print_preview", preview_minutes(context, parent)))


def for_open_record(hub: Hub, panel: Any, kind: str, parent: QWidget) -> None:
    """A Documents menu entry: act on the open record when it is of the right kind."""
    wanted = "meeting" if kind in ("print-minutes", "minutes") else "concept_note"
    if panel is None or panel.model.__tablename__ != wanted:
        what = translate("documents", "Open a meeting first.") if wanted == "meeting" \
            else translate("documents", "Open a concept note first.")
        _say(parent, what)
        return
    if kind == "print-minutes":
        preview(hub, panel.record_id, panel)
        return
    names = {"minutes": "minutes.docx", "concept-note": "concept-note.docx",
             "letter": "letter-of-support.docx"}
    _save(hub, kind, panel.record_id, parent, names[kind])


def annual_report(hub: Hub, task_force_id: str | None, parent: QWidget) -> None:
    """The annual progress report of a cycle (of the chosen task force, or of all)."""

    def write(year: int) -> None:
        target = ask_target(parent, translate("documents", "Save the report"), f"annual-report-{year}.docx")
        if target is not None:
            write_report(hub, year, task_force_id, target[0], parent, target[1])

    _choose_cycle(hub, parent, translate("documents", "Annual progress report"), write)


def official_list(hub: Hub, parent: QWidget) -> None:
    """The official list of a cycle's TF leaders and regional representatives (approved by the Board)."""

    def write(year: int) -> None:
        target = ask_target(parent, translate("documents", "Save the official list"),
                            f"official-list-{year}.docx")
        if target is not None:
            write_official_list(hub, year, target[0], parent, target[1])

    _choose_cycle(hub, parent, translate("documents", "Official list of leaders and representatives"), write)


def _choose_cycle(hub: Hub, parent: QWidget, title: str, then: Callable[[int], None]) -> None:
    from PySide6.QtWidgets import QInputDialog

    def years(session: Any, _control: Control) -> list[int]:
        from sic_desktop.services.lists import cycle_years

        return cycle_years(session)

    def chosen(found: list[int]) -> None:
        if not found:
            _say(parent, translate("documents", "There is no cycle yet."))
            return
        year, ok = QInputDialog.getItem(parent, title, translate("documents", "Which cycle?"),
                                        [str(y) for y in found], 0, False)
        if ok:
            then(int(year))

    hub.read(years, chosen)


def write_report(hub: Hub, year: int, task_force_id: str | None, target: Path, parent: QWidget,
                 language: str | None = None) -> None:
    def job(session: Any, control: Control) -> Any:
        from sic_desktop.documents import generate
        from sic_desktop.services.kinds import record_class

        task_force = session.get(record_class("task_force"), task_force_id) if task_force_id else None
        return generate.write_annual_report(session, year, target, task_force=task_force,
                                            progress=_progress(control))

    _write_in(hub, language, job, parent, translate("documents", "Writing the report..."))


def write_official_list(hub: Hub, year: int, target: Path, parent: QWidget, language: str | None = None
                        ) -> None:
    def job(session: Any, control: Control) -> Any:
        from sic_desktop.documents import generate

        return generate.write_official_list(session, year, target, progress=_progress(control))

    _write_in(hub, language, job, parent, translate("documents", "Writing the official list..."))


def _write_in(hub: Hub, language: str | None, job: Callable[[Any, Control], Any], parent: QWidget,
              label: str) -> None:
    """Write a document of the database's records in the background, in the language chosen."""
    language = language or window_language()

    def in_language(session: Any, control: Control) -> Any:
        from sic_desktop.documents import languages

        with languages.writing_in(language):
            return job(session, control)

    hub.read(in_language, lambda written: _say(parent, translate("documents", "Wrote %1").replace(
        "%1", str(written.path))), label=label)


def _progress(control: Control) -> Callable[[int, int, str], None]:
    """A document's progress in the window's language, and the point where Cancel stops it."""

    def progress(done: int, total: int, what: str) -> None:
        control.check()
        control.report(QCoreApplication.translate("documents", what), done, total)

    return progress


def _say(parent: QWidget, text: str) -> None:
    bar = getattr(parent.window(), "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 10_000)
