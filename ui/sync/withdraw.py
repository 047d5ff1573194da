"""A region's changes the Secretariat has not acknowledged, those it would refuse marked; withdrawal."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ui.hub import Hub
from ui.plainmodel import PlainTableModel
from ui.sync.codes import change_kinds, word
from ui.sync.tables import table
from ui.sync.values import spec_of
from ui.worker import Control


def load_pending(session: Any, _control: Control) -> list[Any]:
    from sic_desktop.sync.withdraw import pending

    return pending(session)


def field_label(table_name: str, field: str) -> str:
    """The field a change touched, as its form names it ("*" is the whole new record)."""
    if field == "*":
        return QCoreApplication.translate("WithdrawTab", "(new record)")
    if field == "deleted":
        return QCoreApplication.translate("WithdrawTab", "In the trash")
    spec = spec_of(table_name, field)
    return QCoreApplication.translate("fields", spec.label) if spec else field


class WithdrawTab(QWidget):
    """Every change the next bundle carries; one the Secretariat would refuse says why, and any can be
    withdrawn (a change that reverts it travels with it, and the Secretariat applies neither)."""

    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.items: list[Any] = []
        self.model = PlainTableModel([self.tr("No."), self.tr("Record"), self.tr("Field"), self.tr("Change"),
                                      self.tr("The Secretariat would refuse it")], self)
        self.view = table(self.model, self, self.tr("Changes not yet acknowledged"))
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.note = QLabel(self.tr(
            "Your next bundle carries every change below until the Executive Secretariat acknowledges it. "
            "One it would refuse holds back every later bundle: withdraw it, and the record goes back "
            "to what it was before that change."), self)
        self.note.setWordWrap(True)
        self.withdraw_button = QPushButton(self.tr("&Withdraw..."), self)
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.ask)
        buttons = QHBoxLayout()
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.confirm: QMessageBox | None = None
        # Every edit adds a change here; it is read again when shown rather than after each edit.
        hub.records_changed.connect(lambda _changes: self.reload() if self.isVisible() else None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        self.hub.read(load_pending, self._show)

    def _show(self, items: list[Any]) -> None:
        self.items = items
        kinds = change_kinds()
        self.model.set_rows([(str(c.seq), c.record, field_label(c.table, c.field), word(kinds, c.kind),
                              c.problem or "") for c in items], keys=[c.change_id for c in items])
        refused = next((row for row, c in enumerate(items) if c.problem), None)
        if refused is not None:
            self.view.selectRow(refused)
        self._selected()

    def current(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selected(self, _new: QItemSelection | None = None, _old: QItemSelection | None = None) -> None:
        self.withdraw_button.setEnabled(self.current() is not None)

    def ask(self) -> None:
        """Withdraw the selected change once the person confirms it."""
        item = self.current()
        if item is None:
            return
        confirm = QMessageBox(QMessageBox.Icon.Question, self.tr("Withdraw a change"), self.tr(
            "Withdraw change %1 (%2, %3)? The record goes back to what it was before it; the "
            "Secretariat receives both and applies neither.").replace("%1", str(item.seq))
            .replace("%2", item.record).replace("%3", field_label(item.table, item.field)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        confirm.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        confirm.buttonClicked.connect(lambda button: self.withdraw(item) if confirm.standardButton(button)
                                      == QMessageBox.StandardButton.Yes else None)
        self.confirm = confirm
        confirm.open()

    def withdraw(self, item: Any) -> None:
        kind = {"insert": "delete", "delete": "undelete", "undelete": "delete"}.get(item.kind, "update")

        def job(session: Any, _control: Control) -> Any:
            from sic_desktop.services.kinds import RecordedChange
            from sic_desktop.services.records import Outcome
            from sic_desktop.sync.withdraw import withdraw

            reverting = withdraw(session, item.change_id)
            # The hub announces the reverted field: the record's lists, and this tab, read again.
            return Outcome(item.record_id, [RecordedChange(reverting, item.table, item.record_id, item.field,
                                                           kind, None, None)])

        self.hub.write(job, lambda _outcome: None)
