"""One open record: its title, its form, its repeating parts, and the actions on it."""

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.services.kinds import Record, record_class
from ui.areas import KIND_TITLES, PARTS
from ui.editor.dialogs import NewRecordDialog
from ui.editor.form import RecordForm
from ui.editor.parts import PartTable
from ui.fields import fields_of
from ui.flowlayout import FlowLayout
from ui.history import open_history
from ui.hub import Hub
from ui.undo import TrashCommand, label_of


class RecordPanel(QWidget):
    """Shows one record for editing; every finished edit is saved at once."""

    duplicated = Signal(str)  # id of the copy

    def __init__(self, hub: Hub, model: type[Record], record_id: str, *, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.model = model
        self.record_id = record_id
        self.title = QLabel(self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.history_button = QPushButton(self.tr("History"), self)
        self.history_button.setToolTip(self.tr("Who changed what, and when (Ctrl+H)"))
        self.history_button.clicked.connect(self.show_history)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.trash_button = QPushButton(self.tr("Delete"), self)
        self.trash_button.clicked.connect(self.toggle_trash)
        for button in (self.duplicate_button, self.trash_button):
            button.setEnabled(not read_only)
        # The title has a line of its own: beside five buttons a narrow panel wrapped it word by word.
        # The buttons wrap onto a second line rather than hold the panel wider than a small screen has.
        self.extra = FlowLayout()  # the record's documents' buttons, then History, Duplicate, Delete
        self.form = RecordForm(hub, model, record_id=record_id, read_only=read_only, parent=self)
        self.form.loaded.connect(self._loaded)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Fields"))
        self.parts: list[PartTable] = []
        # Parts sit in tabs beside the fields, so a small laptop screen shows each of them whole.
        body: QWidget = scroll
        self.tabs: QTabWidget | None = None
        if model.__tablename__ in PARTS:
            tabs = QTabWidget(self)
            tabs.setDocumentMode(True)
            tabs.setAccessibleName(QCoreApplication.translate("records", model.__label__))
            tabs.addTab(scroll, self.tr("Fields"))
            for child_table, link_field in PARTS[model.__tablename__]:
                child = record_class(child_table)
                part = PartTable(hub, child, link_field, record_id, None, read_only=read_only, parent=tabs)
                self.parts.append(part)
                title = KIND_TITLES.get(child_table, child.__label__)
                tabs.addTab(part, QCoreApplication.translate("kinds", title))
            self.tabs = body = tabs
            tab_bar = tabs.tabBar()
            for scroll_button in tab_bar.findChildren(QToolButton) if tab_bar is not None else ():
                # In a narrow panel the tabs scroll: the arrow keys move along them, Tab goes on.
                scroll_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        from ui.documents import add_buttons

        add_buttons(self)
        for button in (self.history_button, self.duplicate_button, self.trash_button):
            self.extra.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.extra)
        layout.addWidget(body, 1)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the last field on, not to its frame
        self._tab_as_laid_out()

    def tab_stops(self) -> list[QWidget]:
        """Where Tab stops, as the eye goes: the buttons left to right, the tabs below them, the fields,
        then each part's buttons and table."""
        stops: list[QWidget] = self.extra.widgets()
        if self.tabs is not None:
            stops.append(self.tabs)
        stops += [field_input.widget for field_input in self.form.inputs.values()]
        for part in self.parts:
            stops += part.tab_stops()
        return stops

    def _tab_as_laid_out(self) -> None:
        for before, after in pairwise(self.tab_stops()):
            QWidget.setTabOrder(before, after)

    def _loaded(self) -> None:
        values = self.form.values
        name = self._name()
        kind = label_of(self.model)
        kind = kind[:1].upper() + kind[1:]
        text = self.tr("%1: %2").replace("%1", kind).replace("%2", str(name)) if name else kind
        if self.form.deleted:
            text += "  " + self.tr("(in the trash)")
        self.title.setText(text)
        self.title.setToolTip(self.form.locked or "")
        if self.form.locked:
            self.title.setText(text + "  " + self.tr("(read-only here)"))
        self.trash_button.setText(self.tr("Restore") if self.form.deleted else self.tr("Delete"))
        self.duplicate_button.setEnabled(self.form.editable)
        self.trash_button.setEnabled(not (self.form.read_only or self.form.locked))
        task_force = values.get("task_force_id")
        for part in self.parts:
            part.task_force_id = task_force
            part.set_read_only(not self.form.editable)
            part._load_choices()

    def _name(self) -> str:
        """Its title, or for a record without one its first three filled required fields, task force last."""
        title_field = self.model.__title_field__
        if title_field != "id":
            return str(self.form.values.get(title_field) or "")
        required = sorted((spec for spec in fields_of(self.model) if spec.required),
                          key=lambda spec: spec.name == "task_force_id")
        shown = [self.form.inputs[spec.name].shown() for spec in required if spec.name in self.form.inputs]
        return " · ".join([text for text in shown if text][:3])

    def flush(self) -> None:
        self.form.flush()

    def show_history(self) -> None:
        open_history(self.hub, self.model.__tablename__, self.record_id, self.title.text(), self)

    def toggle_trash(self) -> None:
        self.form.flush()
        command = TrashCommand(self.hub, self.model, self.record_id, restore=self.form.deleted)
        self.hub.undo_stack.push(command)

    def duplicate(self) -> None:
        self.form.flush()
        values: dict[str, Any] = dict(self.form.values)
        title_field = self.model.__title_field__
        if title_field != "id" and isinstance(values.get(title_field), str):
            values[title_field] = self.tr("%1 (copy)").replace("%1", values[title_field])
        dialog = NewRecordDialog(self.hub, self.model, defaults=values, source_id=self.record_id, parent=self)
        dialog.created.connect(self.duplicated)
        dialog.open()
