"""The one place writes go through and the one signal every view refreshes from."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ui.worker import Control, Failed, Task, Worker

if TYPE_CHECKING:  # the window starts before SQLAlchemy is imported
    from sic_desktop.services.kinds import RecordedChange
    from sic_desktop.services.writes import Written


class Hub(QObject):
    """Owns the worker and the undo stack; announces what each write changed."""

    records_changed = Signal(object)  # list[RecordedChange], after every successful write
    write_failed = Signal(object)  # the error of a write that changed nothing
    everything_changed = Signal()  # a bundle was applied: every view reads its records again

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.undo_stack = QUndoStack(self)

    def write(self, job: Callable[[Any, Control], Any],
              on_done: Callable[[Any], None] | None = None, *, on_error: Failed | None = None,
              label: str | None = None, everything: bool = False) -> Task:
        """Run a write on the database thread; announce its changes, then call `on_done`.

        The job runs inside the core's one write transaction (sic_desktop/services/writes.py);
        every record change it made - those its services returned and any other - is announced.
        """
        from sic_desktop.services.records import Outcome

        def done(written: Written[Any]) -> None:
            result = written.result
            outcomes = result if isinstance(result, list) else [result]
            changes: list[RecordedChange] = [
                c for o in outcomes if isinstance(o, Outcome) for c in o.changes] + written.changes
            if everything:  # an import: every view reads again rather than sift thousands of changes
                self.everything_changed.emit()
            elif changes:
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

    def operation(self, job: Callable[[Any, Control], Any], on_done: Callable[[Any], None], *,
                  on_error: Failed | None = None, label: str | None = None,
                  everything: bool = False) -> Task:
        """Run a core operation that opens its own write transactions (a bundle's import or export,
        a new key) through the core's write path; with `everything`, every view then reads again.
        """

        def done(result: Any) -> None:
            if everything:
                self.everything_changed.emit()
            on_done(result)

        return self.worker.run(job, done, on_error=on_error, label=label)

    def read(self, job: Callable[[Any, Control], Any], on_done: Callable[[Any], None],
             *, on_error: Failed | None = None, label: str | None = None) -> Task:
        """Run a read on the database thread (its session is rolled back), then call `on_done`."""
        return self.worker.run(job, on_done, on_error=on_error, label=label)
