"""Dialogs around a form: a new record (checked before it is created) and one record on its own."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from sic_desktop.db.base import Record
from sic_desktop.services.validation import InvalidRecord
from ui.editor.form import RecordForm
from ui.hub import Hub
from ui.undo import CreateCommand, label_of

SCREEN_SHARE = 0.85  # of the screen a dialog may take: its title bar and the taskbar stay in view
MINIMUM_WIDTH = 560  # wide enough for a title or a link's name without wrapping


class WholeFormArea(QScrollArea):
    """Scrolls a form, asking for room for all of it (a plain scroll area asks for 24 lines at most)."""

    def sizeHint(self) -> QSize:
        frame = 2 * self.frameWidth()
        form = self.widget()
        return form.sizeHint() + QSize(frame, frame) if form is not None else super().sizeHint()


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
        self.form_area = WholeFormArea(self)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the last field to the buttons
        self.form_area.setWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_area)
        layout.addWidget(buttons)
        self.resize(self._fitting_size())
        self.form.focus_first()

    def _fitting_size(self) -> QSize:
        """The whole form when the screen has room for it; else most of the screen, the form scrolling."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        tallest, widest = int(screen.height() * SCREEN_SHARE), int(screen.width() * SCREEN_SHARE)
        wanted = self.sizeHint()
        width = max(MINIMUM_WIDTH, wanted.width())
        if wanted.height() > tallest:
            width += self.form_area.verticalScrollBar().sizeHint().width()
        return QSize(min(width, widest), min(wanted.height(), tallest))

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
