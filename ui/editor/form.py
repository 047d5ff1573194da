"""A record's fields as a form: each finished edit is checked, shown next to the field and autosaved."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from sic_desktop.services.kinds import Record
from sic_desktop.services.validation import InvalidRecord, Reason
from ui.editor.budgetcheck import check_budget
from ui.editor.widgets import FieldInput, NotAValue, make_input
from ui.errors import message_of
from ui.fields import fields_of, record_problems
from ui.fieldspec import FieldSpec
from ui.hub import Hub
from ui.queries import link_choices, record_values
from ui.translate import translated
from ui.undo import UpdateCommand
from ui.worker import Control

PROBLEM_STYLE = "color: #d9534f;"
LABEL_CHARS = 24  # longer labels wrap: "Measurement, reporting and verification" must not halve the inputs
INPUT_CHARS = 48  # a form narrower than its labels and this puts each label above its field
# People in these records are picked from the task force's members (meeting participants, teams).
MEMBERS_ONLY = {"meeting_participant", "meeting_action", "project_team", "project_team_member"}


def field_label(spec: FieldSpec) -> str:
    label = QCoreApplication.translate("fields", spec.label)
    return f"{label} *" if spec.required else label


def wrapped_label(text: str, parent: QWidget) -> QLabel:
    """A field's label; a long one wraps onto more lines instead of widening the column of labels."""
    label = QLabel(text, parent)
    limit = label.fontMetrics().averageCharWidth() * LABEL_CHARS
    if label.sizeHint().width() > limit:
        label.setWordWrap(True)
        label.setFixedWidth(limit)
        label.setMinimumHeight(label.heightForWidth(limit))
    return label


def labelled(label: str, value: str) -> str:
    """A field's label and its value or problem, joined as the person's language does it."""
    return QCoreApplication.translate("parts", "%1: %2").replace("%1", label).replace("%2", value)


def reason_text(reason: str) -> str:
    """A reason in the person's language: its template translated, the values (and choices) put back."""
    if isinstance(reason, Reason):
        return translated(reason)
    return QCoreApplication.translate("validation", reason)


def _values_and_lock(session: Any, model: type[Record], record_id: str) -> dict[str, Any]:
    """A record's values, and why this copy may not change it (None when it may)."""
    from sic_desktop.errors import ReadOnly
    from sic_desktop.services import note_view
    from sic_desktop.services.records import check_writable, decision_fields

    values = record_values(session, model, record_id)
    if values:
        fields = {key: value for key, value in values.items() if key != "deleted"}
        try:
            check_writable(session, model, fields, record_id=record_id)  # the services' rule: scope
            locked = note_view.lock_reason(session, model, record_id)  # a submitted note, a letter
            values["locked"] = translated(locked) if locked else None
        except ReadOnly as refusal:
            values["locked"] = message_of(refusal)  # translate() is thread-safe
        # Fields the records fill in (a note's status, an assessment's pin): read-only, saying why.
        derived = note_view.derived_fields(session, model, record_id) | decision_fields(session, model)
        values["derived"] = {name: translated(why) for name, why in derived.items()}
        if "status" in derived:
            values["status"] = note_view.shown_status(session, record_id)
    return values


class RecordForm(QWidget):
    """Edits one record (autosaving) or collects the values of a new one (`record_id` None)."""

    loaded = Signal()
    saved = Signal(str)  # field name, after an edit was handed to the undo stack

    def __init__(self, hub: Hub, model: type[Record], *, record_id: str | None = None,
                 defaults: dict[str, Any] | None = None, hidden: tuple[str, ...] = (),
                 task_force_id: str | None = None, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.model = model
        self.record_id = record_id
        self.task_force_id = task_force_id or (defaults or {}).get("task_force_id")
        self.read_only = read_only
        self.values: dict[str, Any] = dict(defaults or {})
        self.deleted = False
        self.locked: str | None = None  # why this copy may not change the record
        self.inputs: dict[str, FieldInput] = {}
        self.messages: dict[str, QLabel] = {}
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in fields_of(model):
            if spec.name in hidden:
                continue
            field_input = make_input(spec, self)
            message = QLabel(self)
            message.setStyleSheet(PROBLEM_STYLE)
            message.setWordWrap(True)
            message.hide()
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field_input.widget)
            column.addWidget(message)
            label = wrapped_label(field_label(spec), self)
            label.setBuddy(field_input.widget)
            layout.addRow(label, box)
            field_input.committed.connect(lambda name=spec.name: self._commit(name))
            field_input.widget.setEnabled(not read_only)
            self.inputs[spec.name] = field_input
            self.messages[spec.name] = message
            if spec.name in self.values:
                field_input.show_value(self.values[spec.name])
        self.setLayout(layout)
        self.form_layout = layout
        self._links = {s.link for s in fields_of(model) if s.link and s.name in self.inputs}
        hub.records_changed.connect(self._changed)
        self._load_choices()
        if record_id is not None:
            self.reload()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        # A narrow panel (a small screen at 150 %) gives its width to the inputs, the labels above them.
        char = self.fontMetrics().averageCharWidth()
        narrow = event.size().width() < (LABEL_CHARS + INPUT_CHARS) * char
        policy = QFormLayout.RowWrapPolicy.WrapAllRows if narrow else QFormLayout.RowWrapPolicy.WrapLongRows
        if self.form_layout.rowWrapPolicy() != policy:
            self.form_layout.setRowWrapPolicy(policy)

    # --- loading

    def reload(self) -> None:
        model, record_id = self.model, self.record_id
        if record_id is None:
            return
        self.hub.read(lambda session, _c: _values_and_lock(session, model, record_id), self._show_values)

    def _show_values(self, values: dict[str, Any]) -> None:
        if not values:
            return
        self.deleted = bool(values.pop("deleted", False))
        self.locked = values.pop("locked", None)
        derived: dict[str, str] = values.pop("derived", {})
        self.values = values
        if self.task_force_id is None and values.get("task_force_id"):
            self.task_force_id = values["task_force_id"]
            self._load_choices()
        for name, field_input in self.inputs.items():
            if not field_input.pending():
                field_input.show_value(values.get(name))
                self._set_problem(name, None)
            field_input.widget.setEnabled(not (self.read_only or self.deleted or self.locked
                                               or name in derived))
            field_input.widget.setToolTip(derived.get(name, ""))
        check_budget(self)
        self.loaded.emit()

    @property
    def editable(self) -> bool:
        """Whether this copy may change the record now (not in the trash, not someone else's)."""
        return not (self.read_only or self.deleted or self.locked)

    def _load_choices(self) -> None:
        links = {name: spec.link for name, spec in ((n, i.spec) for n, i in self.inputs.items()) if spec.link}
        if not links:
            return
        scope = self.task_force_id if self.model.__tablename__ in MEMBERS_ONLY else None

        def job(session: Any, _control: Control) -> dict[str, list[tuple[str, str]]]:
            return {name: link_choices(session, table, task_force_id=scope if table == "person" else None)
                    for name, table in links.items()}

        self.hub.read(job, self._show_choices)

    def _show_choices(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        for name, pairs in choices.items():
            self.inputs[name].set_choices(pairs)

    def _changed(self, changes: list[Any]) -> None:
        if self.record_id is not None and any(
                c.table == self.model.__tablename__ and c.record_id == self.record_id for c in changes):
            self.reload()
        if any(c.table in self._links for c in changes):
            self._load_choices()
        if any(c.table == "budget_line" for c in changes):
            check_budget(self)

    # --- editing

    def _set_problem(self, name: str, reason: str | None) -> None:
        message = self.messages.get(name)
        if message is None:
            return
        # Named: "Version: is required" reads alone (a screen reader, a long form scrolled past its label).
        label = QCoreApplication.translate("fields", self.inputs[name].spec.label)
        message.setText(labelled(label, reason_text(reason)) if reason else "")
        message.setVisible(bool(reason))

    def show_problems(self, problems: dict[str, str]) -> None:
        for name in self.messages:
            self._set_problem(name, problems.get(name))

    def _read(self, name: str) -> tuple[Any, str | None]:
        try:
            return self.inputs[name].value(), None
        except NotAValue as problem:
            return None, problem.reason

    def _commit(self, name: str) -> None:
        value, reason = self._read(name)
        if reason is None:
            reason = record_problems(self.model, self.values | {name: value}).get(name)
        self._set_problem(name, reason)
        if reason is not None or self.record_id is None or self.read_only:
            if reason is None:
                self.values[name] = value
            return
        if value == self.values.get(name):
            return
        self.values[name] = value
        command = UpdateCommand(self.hub, self.model, self.record_id, {name: value})
        command.on_failure = self._refused
        self.hub.undo_stack.push(command)
        self.saved.emit(name)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidRecord):
            for name, reason in error.problems.items():
                self._set_problem(name, reason)
        else:
            handler = self.hub.worker.error_handler
            if handler is not None:
                handler(error)
        self.reload()

    def flush(self) -> None:
        """Save edits still waiting for the typing pause (before the form goes away)."""
        for name, field_input in self.inputs.items():
            if field_input.pending():
                self._commit(name)

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """A new record's values and the problems found in them (for the creating dialog)."""
        values = dict(self.values)
        problems = {}
        for name in self.inputs:
            value, reason = self._read(name)
            values[name] = value
            if reason:
                problems[name] = reason
        complete = {spec.name: values.get(spec.name) for spec in fields_of(self.model)}
        checked = record_problems(self.model, complete)
        return values, checked | problems

    def focus_first(self) -> None:
        for field_input in self.inputs.values():
            if field_input.widget.isEnabled():
                field_input.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
