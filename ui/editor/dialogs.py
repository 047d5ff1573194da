"""Dialogs around a form: a new record (checked before it is created) and one record on its own."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from sic_desktop.db.base import Record
from sic_desktop.services.validation import InvalidRecord
from ui.editor.form import RecordForm
from ui.hub import Hub
from ui.undo import CreateCommand, label_of


class NewRecordDialog(QDialog):
    """Asks for a new record's fields; creates it (one undoable command) only when they are right."""

    created = Signal(str)  # the new record's id

    def __init__(self, hub: Hub, model: type[Record], *, defaults: dict[str, Any] | None = None,
                 hidden: tuple[str, ...] = (), source_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.model = model
        self.source_id = source_id
        self.setWindowTitle(QCoreApplication.translate("dialogs", "New %1").replace("%1", label_of(model)))
        self.form = RecordForm(hub, model, defaults=defaults, hidden=hidden, parent=self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(560, min(720, 120 + 46 * len(self.form.inputs)))
        self.form.focus_first()

    def try_create(self) -> None:
        values, problems = self.form.collect()
        self.form.show_problems(problems)
        if problems:
            return
        command = CreateCommand(self.hub, self.model, values, source_id=self.source_id)
        command.after = lambda outcome: self._done(outcome.record_id)
        command.on_failure = self._refused
        self.buttons.setEnabled(False)
        self.hub.undo_stack.push(command)

    def _done(self, record_id: str) -> None:
        self.created.emit(record_id)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, InvalidRecord):
            self.form.show_problems(error.problems)
        elif self.hub.worker.error_handler is not None:
            self.hub.worker.error_handler(error)
