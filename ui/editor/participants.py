"""Picking a meeting's participants from the task force's members, several at once."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.queries import link_choices
from ui.undo import CreateCommand
from ui.worker import Control

# lupdate reads `translate("context", "literal")` calls; the alias keeps lines short.
translate = QCoreApplication.translate


class MemberPicker(QDialog):
    """The task force's members not yet invited, with a filter; check the ones to add."""

    def __init__(self, members: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("participants", "Add participants from the task force's members"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("participants", "Filter by name"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("participants", "Members"))
        for name, person_id in members:
            item = QListWidgetItem(name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(420, 520)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(word in item.text().casefold() for word in words))

    def chosen(self) -> list[str]:
        return [str(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def undo_text(self, count: int) -> str:
        # lupdate extracts a plural (%n) only from an object's tr(text, "", n), not from translate().
        return self.tr("Add %n participant(s)", "", count)


def add_members_button(part: Any) -> QPushButton:
    """A button on the participants table that invites members in one undoable step."""
    button = QPushButton(translate("participants", "Add members..."), part)
    button.setEnabled(not part.read_only)
    button.clicked.connect(lambda: open_picker(part))
    return button


def open_picker(part: Any) -> None:
    task_force, meeting = part.task_force_id, part.parent_id
    already = {row.values[_column(part, "person_id")] for row in part.model.rows}

    def job(session: Any, _control: Control) -> list[tuple[str, str]]:
        return [pair for pair in link_choices(session, "person", task_force_id=task_force)
                if pair[1] not in already]

    def show(members: list[tuple[str, str]]) -> None:
        picker = MemberPicker(members, part)

        def accepted() -> None:
            people = picker.chosen()
            invite(part, task_force, meeting, people, picker.undo_text(len(people)))

        picker.accepted.connect(accepted)
        part.picker = picker
        picker.open()

    part.hub.read(job, show)


def invite(part: Any, task_force: str, meeting: str, people: list[str], text: str) -> None:
    if not people:
        return
    stack = part.hub.undo_stack
    stack.beginMacro(text)
    for person_id in people:
        stack.push(CreateCommand(part.hub, part.kind, {"task_force_id": task_force, "meeting_id": meeting,
                                                       "person_id": person_id, "attendance": "invited"}))
    stack.endMacro()


def _column(part: Any, name: str) -> int:
    return next(at for at, spec in enumerate(part.specs) if spec.name == name)
