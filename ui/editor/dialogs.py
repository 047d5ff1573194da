"""Dialogs around a form: a new record (checked before it is created) and one record on its own."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QScrollArea, QVBoxLayout, QWidget

from sic_desktop.services.kinds import Record
from sic_desktop.services.records import takes_current_cycle
from sic_desktop.services.validation import InvalidRecord
from ui.areas import NEW_RECORD_DEFAULTS
from ui.editor.form import RecordForm
from ui.editor.widgets import NotAValue
from ui.hub import Hub
from ui.undo import CreateCommand, label_of
from ui.worker import Control

SCREEN_SHARE = 0.85  # of the screen a dialog may take: its title bar and the taskbar stay in view
MINIMUM_WIDTH = 560  # wide enough for a title or a link's name without wrapping


def _only_task_force(session: Any, _control: Control) -> str | None:
    """The one task force a regional copy is trusted with, or None (several, none, the Secretariat)."""
    from sic_desktop.services.records import own_scope

    scope = own_scope(session)
    return next(iter(scope[0])) if scope is not None and len(scope[0]) == 1 else None


def _current_cycle(session: Any, _control: Control) -> str | None:
    """The cycle a new record of the kinds that follow it belongs to, unless the person picks another."""
    from sic_desktop.services.records import current_cycle_id

    return current_cycle_id(session)


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
        if source_id is None:  # a duplicate keeps its source's values, empty ones too
            defaults = NEW_RECORD_DEFAULTS.get(model.__tablename__, {}) | (defaults or {})
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
        self._asking: QMessageBox | None = None
        task_force = self.form.inputs.get("task_force_id")
        if task_force is not None and self.form.values.get("task_force_id") is None:
            hub.read(_only_task_force, self._fill_only_task_force)
        if (source_id is None and takes_current_cycle(model) and "cycle_id" in self.form.inputs
                and self.form.values.get("cycle_id") is None):
            hub.read(_current_cycle, self._fill_cycle)

    def _fill_cycle(self, cycle: str | None) -> None:
        field = self.form.inputs.get("cycle_id")
        if cycle is None or field is None or self.form.values.get("cycle_id") is not None:
            return
        self.form.values["cycle_id"] = cycle
        field.show_value(cycle)

    def _fill_only_task_force(self, only: str | None) -> None:
        """A regional copy trusted with one task force: its new records are that task force's."""
        field = self.form.inputs.get("task_force_id")
        if only is None or field is None or self.form.values.get("task_force_id") is not None:
            return
        self.form.values["task_force_id"] = only
        self.form.task_force_id = self.form.task_force_id or only
        field.show_value(only)

    def typed_anything(self) -> bool:
        """Whether any field holds other than what the dialog opened with (so Escape would lose it)."""
        for name, field in self.form.inputs.items():
            try:
                value = field.value()
            except NotAValue:
                return True  # typed, if not yet right
            if (value or None) != (self.form.values.get(name) or None):
                return True
        return False

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.typed_anything():
            self.ask_before_discarding()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        if self.isVisible() and self.result() == 0 and self.typed_anything() and self._asking is None:
            event.ignore()  # the window's close button, with typing in it: ask first
            self.ask_before_discarding()
            return
        super().closeEvent(event)

    def ask_before_discarding(self) -> None:
        """Escape in a filled dialog: discard the typing only when the person says so."""
        if self._asking is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), QCoreApplication.translate(
            "dialogs", "Discard what you typed for this new record?"), parent=self)
        self.discard_button = box.addButton(QCoreApplication.translate("dialogs", "Discard"),
                                            QMessageBox.ButtonRole.DestructiveRole)
        self.keep_button = box.addButton(QCoreApplication.translate("dialogs", "Keep editing"),
                                         QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.keep_button)
        box.setEscapeButton(self.keep_button)

        def answered(_result: int) -> None:
            self._asking = None
            if box.clickedButton() is self.discard_button:
                self.reject()

        box.finished.connect(answered)
        self._asking = box
        box.open()

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
