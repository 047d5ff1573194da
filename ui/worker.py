"""One background thread doing all database work (Anki's taskman); results return by signal."""

from __future__ import annotations

import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:  # the store (and SQLAlchemy) is opened on the worker's own thread
    from sic_desktop.services.site import Store

log = logging.getLogger(__name__)

Job = Callable[[Any, "Control"], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Cancelled(Exception):
    """The person cancelled the work; the transaction was rolled back and nothing changed.

    Not a SicError, so the window starts without importing the core package; the error dialog
    shows its message like a user's problem.
    """


class Task:
    """One piece of work waiting for, or running on, the database thread."""

    __slots__ = ("cancel", "id", "job", "label", "on_done", "on_error", "write")

    def __init__(self, id: int, job: Job, on_done: Done | None, on_error: Failed | None, write: bool,
                 label: str | None) -> None:
        self.id = id
        self.job = job
        self.on_done = on_done
        self.on_error = on_error
        self.write = write
        self.label = label
        self.cancel = threading.Event()


class _Inbox:
    """Tasks waiting for the database thread, first in first out.

    queue.Queue would do; its imports cost the window's first paint 2 ms, this costs nothing.
    """

    def __init__(self) -> None:
        self._tasks: deque[Task | None] = deque()
        self._ready = threading.Condition()

    def put(self, task: Task | None) -> None:
        with self._ready:
            self._tasks.append(task)
            self._ready.notify()

    def get(self) -> Task | None:
        with self._ready:
            while not self._tasks:
                self._ready.wait()
            return self._tasks.popleft()


class Control:
    """What a running job sees: whether it was cancelled, and a way to report progress."""

    def __init__(self, task: Task, worker: Worker) -> None:
        self._task = task
        self._worker = worker

    @property
    def store(self) -> Store:
        """The open store, for calls that open their own session (bundle export and import)."""
        assert self._worker.store is not None
        return self._worker.store

    def cancelled(self) -> bool:
        return self._task.cancel.is_set()

    def check(self) -> None:
        """Stop here (rolling back) if the person asked to cancel."""
        if self._task.cancel.is_set():
            raise Cancelled(QCoreApplication.translate("worker", "Cancelled: nothing was changed"))

    def report(self, text: str, done: int = 0, total: int = 0) -> None:
        self._worker.progressed.emit(self._task.id, text, done, total)


class Worker(QObject):
    """Runs jobs `(session, control) -> result` one at a time in submission order."""

    task_started = Signal(object)  # Task, in the UI thread when submitted
    task_ended = Signal(object)  # Task, in the UI thread after its callback ran
    progressed = Signal(int, str, int, int)
    _finished = Signal(object, object, object)  # Task, result, error (from the thread)

    def __init__(self, store: Store | Callable[[], Store], parent: QObject | None = None, *,
                 start: bool = True) -> None:
        super().__init__(parent)
        # A callable opens the store on the worker's thread, so the window can show meanwhile.
        self.store: Store | None = None if callable(store) else store
        self._opener = store if callable(store) else None
        self._open_error: BaseException | None = None
        self.error_handler: Failed | None = None
        self._ids = itertools.count(1)
        self._queue = _Inbox()
        self._pending: dict[int, Task] = {}
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._loop, name="sic-db", daemon=True)
        if start:
            self._thread.start()

    def start(self) -> None:
        """Start the thread (once the window is on screen, when it was created with start=False)."""
        if not self._thread.is_alive() and self._thread.ident is None:
            self._thread.start()

    def run(self, job: Job, on_done: Done | None = None, *, on_error: Failed | None = None,
            write: bool = False, label: str | None = None) -> Task:
        """Queue a job; `on_done(result)` or `on_error(error)` is called in the UI thread."""
        task = Task(next(self._ids), job, on_done, on_error, write, label)
        self._pending[task.id] = task
        self._queue.put(task)
        self.task_started.emit(task)
        return task

    def is_idle(self) -> bool:
        return not self._pending

    def close(self) -> None:
        """Finish the queued work, stop the thread and close the database."""
        self._queue.put(None)
        self.start()
        self._thread.join(timeout=30)
        if self.store is not None:
            self.store.close()

    def _loop(self) -> None:
        if self._opener is not None:
            try:
                self.store = self._opener()
            except BaseException as caught:  # every job then reports why the database is closed
                self._open_error = caught
        while (task := self._queue.get()) is not None:
            result: Any = None
            error: BaseException | None = None
            try:
                result = self._execute(task)
            except BaseException as caught:  # delivered to the UI thread, never lost
                error = caught
            self._finished.emit(task, result, error)

    def _execute(self, task: Task) -> Any:
        if self._open_error is not None:
            raise self._open_error
        assert self.store is not None
        control = Control(task, self)
        try:
            if task.write:
                return self._write(task, control)
            with self.store.session() as session:
                try:
                    return task.job(session, control)
                finally:
                    session.rollback()
        except Exception as error:
            # The disk or the file, told in words (and the store stops writing to a damaged or
            # replaced file); a bug stays itself.
            problem = self.store.failure(error)
            if problem is None or problem is error:
                raise
            raise problem from error

    def _write(self, task: Task, control: Control) -> Any:
        """A write through the core's one write path: what the job returned and what it changed."""
        from sic_desktop.services.writes import write

        assert self.store is not None
        return write(self.store, lambda session: task.job(session, control), cancelled=control.cancelled)

    def _deliver(self, task: Task, result: Any, error: BaseException | None) -> None:
        self._pending.pop(task.id, None)
        try:
            if error is None:
                if task.on_done is not None:
                    task.on_done(result)
            elif task.on_error is not None:
                task.on_error(error)
            elif self.error_handler is not None:
                self.error_handler(error)
            else:
                log.error("Background task failed", exc_info=error)
        except RuntimeError as gone:
            # The widget that asked was closed while its job ran: the answer has nowhere to go.
            if "already deleted" not in str(gone):
                raise
            log.debug("Result for a closed widget dropped: %s", gone)
        finally:
            self.task_ended.emit(task)
