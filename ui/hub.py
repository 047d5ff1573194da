"""The one place writes go through and the one signal every view refreshes from."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ui.worker import Control, Failed, Task, Worker

if TYPE_CHECKING:  # the window starts before SQLAlchemy is imported
    from sic_desktop.services.kinds import RecordedChange
    from sic_desktop.services.records import Outcome


class Hub(QObject):
    """Owns the worker and the undo stack; announces what each write changed."""

    records_changed = Signal(object)  # list[RecordedChange], after every successful write
    write_failed = Signal(object)  # the error of a write that changed nothing
    everything_changed = Signal()  # a bundle was applied: every view reads its records again

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.undo_stack = QUndoStack(self)

    def write(self, job: Callable[[Any, Control], Outcome | list[Outcome] | None],
              on_done: Callable[[Any], None] | None = None, *, on_error: Failed | None = None,
              label: str | None = None) -> Task:
        """Run a write on the database thread; announce its changes, then call `on_done`."""

        def done(result: Any) -> None:
            outcomes = result if isinstance(result, list) else [result] if result is not None else []
            changes: list[RecordedChange] = [c for o in outcomes for c in o.changes]
            if changes:
                self.records_changed.emit(changes)
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self.write_failed.emit(error)
            if on_error is not None:
                on_error(error)
            elif self.worker.error_handler is not None:
                self.worker.error_handler(error)

        return self.worker.run(job, done, on_error=failed, write=True, label=label)

    def read(self, job: Callable[[Any, Control], Any], on_done: Callable[[Any], None],
             *, label: str | None = None) -> Task:
        return self.worker.run(job, on_done, label=label)
