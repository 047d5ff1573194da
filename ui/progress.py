"""A progress dialog that appears only when work lasts longer than half a second, and can cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore  # `QtCore.Qt`, not `Qt`: the first paint goes without it (ui/qtvalues.py)
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

from ui.worker import Task, Worker

DELAY_MS = 500


class ProgressWatcher(QObject):
    """Watches labelled tasks of a worker and shows one dialog for the one running longest."""

    def __init__(self, worker: Worker, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks: dict[int, Task] = {}
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        worker.task_started.connect(self._started)
        worker.task_ended.connect(self._ended)
        worker.progressed.connect(self._progressed)

    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def _started(self, task: Task) -> None:
        if task.label is None:
            return
        self._tasks[task.id] = task
        if not self._timer.isActive() and self._dialog is None:
            self._timer.start(DELAY_MS)

    def _ended(self, task: Task) -> None:
        if self._tasks.pop(task.id, None) is None:
            return
        if not self._tasks:
            self._timer.stop()
            if self._dialog is not None:
                self._dialog.hide()
                self._dialog.deleteLater()
                self._dialog = None

    def _show(self) -> None:
        if not self._tasks:
            return
        from PySide6.QtWidgets import QProgressDialog

        task = next(iter(self._tasks.values()))
        dialog = QProgressDialog(task.label or "", self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("Working"))
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel)
        self._dialog = dialog
        dialog.show()

    def _cancel(self) -> None:
        for task in self._tasks.values():
            task.cancel.set()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling: nothing will be changed..."))
            self._dialog.show()

    def _progressed(self, task_id: int, text: str, done: int, total: int) -> None:
        if self._dialog is None or task_id not in self._tasks:
            return
        if text:
            self._dialog.setLabelText(text)
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)
