"""Menu entries and buttons that write documents (Word/PDF) through sic_desktop.documents."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from sic_desktop.db.models import ConceptNote, Meeting
from ui import settings
from ui.hub import Hub
from ui.worker import Control

# lupdate reads `translate("context", "literal")` calls; the alias keeps lines short.
translate = QCoreApplication.translate


def ask_target(parent: QWidget, title: str, name: str) -> Path | None:
    folder = Path(settings.text(settings.LAST_FOLDER, str(Path.home())))
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(folder / name),
                                            translate("documents", "Word document (*.docx);;PDF (*.pdf)"))
    if not chosen:
        return None
    settings.store(settings.LAST_FOLDER, str(Path(chosen).parent))
    return Path(chosen)


def write_document(hub: Hub, kind: str, record_id: str, target: Path, parent: QWidget) -> None:
    """Write one document on the database thread, with a progress dialog if it takes a while."""

    def job(session: Any, control: Control) -> Any:
        from sic_desktop.documents import generate

        def progress(done: int, total: int, what: str) -> None:
            control.check()
            control.report(QCoreApplication.translate("documents", what), done, total)

        if kind == "minutes":
            return generate.write_minutes(session, record_id, target, progress=progress)
        if kind == "concept-note":
            return generate.write_concept_note(session, record_id, target, progress=progress)
        written, _issued = generate.write_letter(session, record_id, target, progress=progress)
        return written  # the write session commits a letter issued now

    def done(written: Any) -> None:
        bar = getattr(parent.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(translate("documents", "Wrote %1").replace("%1", str(written.path)), 10_000)

    hub.worker.run(job, done, write=kind == "letter", label=translate("documents", "Writing the document..."))


def add_buttons(panel: Any) -> None:
    """Document buttons for the open record, where there are documents to make from it."""
    hub: Hub = panel.hub
    record_id: str = panel.record_id
    if panel.model is Meeting:
        printing = QPushButton(translate("documents", "Print minutes..."), panel)
        printing.clicked.connect(lambda: preview(hub, record_id, panel))
        word = QPushButton(translate("documents", "Minutes as Word..."), panel)
        word.clicked.connect(lambda: _save(hub, "minutes", record_id, panel, "minutes.docx"))
        panel.extra.addWidget(printing)
        panel.extra.addWidget(word)
    elif panel.model is ConceptNote:
        word = QPushButton(translate("documents", "Word document..."), panel)
        word.clicked.connect(lambda: _save(hub, "concept-note", record_id, panel, "concept-note.docx"))
        letter = QPushButton(translate("documents", "Letter of support..."), panel)
        letter.setToolTip(translate(
            "documents", "The letter filed with a validated concept note (issued now if it has none)"))
        letter.clicked.connect(lambda: _save(hub, "letter", record_id, panel, "letter-of-support.docx"))
        panel.extra.addWidget(word)
        panel.extra.addWidget(letter)


def _save(hub: Hub, kind: str, record_id: str, parent: QWidget, name: str) -> None:
    target = ask_target(parent, translate("documents", "Save the document"), name)
    if target is not None:
        write_document(hub, kind, record_id, target, parent)


def preview(hub: Hub, meeting_id: str, parent: QWidget) -> None:
    from ui.printing import preview_minutes

    def job(session: Any, _control: Control) -> Any:
        from sic_desktop.documents.minutes import minutes_context

        return dict(minutes_context(session, meeting_id))

    hub.read(job, lambda context: setattr(parent, "print_preview", preview_minutes(context, parent)))
