"""Undo commands, one per service call, acting on records through the hub (orange-canvas style)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui.hub import Hub
from ui.worker import Control

if TYPE_CHECKING:
    from sic_desktop.services.kinds import Record


class _Records:
    """The records service, imported on first use (on the database thread, after start-up)."""

    def __getattr__(self, name: str) -> Any:
        from sic_desktop.services import records as service

        return getattr(service, name)


records = _Records()


# lupdate reads `translate("context", "literal")` calls; the alias keeps lines short.
translate = QCoreApplication.translate

NOTIFY_LIMIT = 2000  # field changes an undone import announces one by one; beyond, every list reloads


def label_of(model: type[Record]) -> str:
    return QCoreApplication.translate("records", model.__label__)


class RecordCommand(QUndoCommand):
    """A change to one record; if its first run fails it becomes obsolete and undoes nothing."""

    def __init__(self, hub: Hub, model: type[Record], record_id: str | None, text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.hub = hub
        self.model = model
        self.record_id = record_id
        self.failed = False
        self.after: Any = None  # called with the outcome once a run succeeded (open the new record)
        self.on_failure: Any = None  # called instead of the error dialog when the first run fails
        self._first = True

    def _run(self, call: Any, **kwargs: Any) -> None:
        first = self._first
        self._first = False

        def job(session: Any, _control: Control) -> Any:
            if self.failed:
                return None
            return call(session, **kwargs)

        def on_error(error: BaseException) -> None:
            if first:
                self.failed = True
                self.setObsolete(True)
                stack = self.hub.undo_stack
                if stack.index() > 0 and stack.command(stack.index() - 1) is self:
                    stack.undo()  # an obsolete command is dropped without running undo()
            if first and self.on_failure is not None:
                self.on_failure(error)
            elif self.hub.worker.error_handler is not None:
                self.hub.worker.error_handler(error)

        def on_done(result: Any) -> None:
            if self.after is not None and result is not None:
                self.after(result)

        self.hub.write(job, on_done, on_error=on_error)


class UpdateCommand(RecordCommand):
    """Change some fields; undo puts back what they held before."""

    def __init__(self, hub: Hub, model: type[Record], record_id: str, values: dict[str, Any],
                 parent: QUndoCommand | None = None) -> None:
        text = translate("undo", "Edit %1").replace("%1", label_of(model))
        super().__init__(hub, model, record_id, text, parent)
        self.values = dict(values)
        self.old: dict[str, Any] | None = None

    def redo(self) -> None:
        self._run(self._update, values=self.values, remember=True)

    def undo(self) -> None:
        self._run(self._update, values=None, remember=False)

    def _update(self, session: Any, *, values: dict[str, Any] | None, remember: bool) -> Any:
        assert self.record_id is not None
        if remember and self.old is None:
            record = records.get(session, self.model, self.record_id)
            self.old = {key: getattr(record, key) for key in self.values}
        return records.update(session, self.model, self.record_id, **(values or self.old or {}))


class CreateCommand(RecordCommand):
    """Add a record; undo moves it to the trash, redo brings the same record back."""

    def __init__(self, hub: Hub, model: type[Record], values: dict[str, Any],
                 parent: QUndoCommand | None = None, *, source_id: str | None = None) -> None:
        verb = translate("undo", "Duplicate %1") if source_id else translate("undo", "Add %1")
        super().__init__(hub, model, None, verb.replace("%1", label_of(model)), parent)
        self.values = dict(values)
        self.source_id = source_id

    def redo(self) -> None:
        self._run(self._create)

    def undo(self) -> None:
        self._run(self._trash)

    def _create(self, session: Any) -> Any:
        if self.record_id is not None:
            return records.restore(session, self.model, self.record_id)
        if self.source_id is not None:
            outcome = records.duplicate(session, self.model, self.source_id, **self.values)
        else:
            outcome = records.create(session, self.model, **self.values)
        self.record_id = outcome.record_id  # set on the database thread, before any undo runs
        return outcome

    def _trash(self, session: Any) -> Any:
        if self.record_id is None:
            return None
        return records.delete(session, self.model, self.record_id)


class TrashCommand(RecordCommand):
    """Move a record to the trash (or, with `restore`, bring one back); undo does the opposite."""

    def __init__(self, hub: Hub, model: type[Record], record_id: str, *, restore: bool = False,
                 parent: QUndoCommand | None = None) -> None:
        verb = translate("undo", "Restore %1") if restore else translate("undo", "Delete %1")
        super().__init__(hub, model, record_id, verb.replace("%1", label_of(model)), parent)
        self.restore = restore

    def redo(self) -> None:
        self._run(self._apply, deleted=not self.restore)

    def undo(self) -> None:
        self._run(self._apply, deleted=self.restore)

    def _apply(self, session: Any, *, deleted: bool) -> Any:
        assert self.record_id is not None
        if deleted:
            return records.delete(session, self.model, self.record_id)
        return records.restore(session, self.model, self.record_id)


class ImportCommand(QUndoCommand):
    """A whole import as one step (services.revert): undo trashes what it added and puts back what it
    changed; redo does it again. The first redo is the import itself, which already ran with its
    progress dialog, so it does nothing.
    """

    def __init__(self, hub: Hub, changes: list[Any], text: str, *, what: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.hub = hub
        self.changes = list(changes)  # the import's RecordedChange list
        self.what = what  # "the import of members.xlsx", in the core's refusal
        self._batch: Any = None  # a revert.Batch, made on the database thread
        self._first = True
        self._skip = False  # set when a failed run put the stack back where it was

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(undoing=False)

    def undo(self) -> None:
        self._run(undoing=True)

    def _run(self, *, undoing: bool) -> None:
        if self._skip:
            self._skip = False
            return

        def job(session: Any, control: Control) -> Any:
            from sic_desktop.services import revert

            control.check()
            if self._batch is None:
                self._batch = revert.Batch.of(self.changes)
            call = revert.undo if undoing else revert.redo
            outcomes = call(session, self._batch, what=self.what)
            control.check()  # a cancel here rolls the whole undo back
            # Lists look up each changed record; past a few thousand, reading them again is faster.
            return outcomes if sum(len(o.changes) for o in outcomes) <= NOTIFY_LIMIT else None

        def on_done(result: Any) -> None:
            if result is None:
                self.hub.everything_changed.emit()

        def on_error(error: BaseException) -> None:
            # Nothing changed: move the stack back so its next undo or redo is this one again.
            stack = self.hub.undo_stack
            if undoing and stack.index() < stack.count() and stack.command(stack.index()) is self:
                self._skip = True
                stack.redo()
            elif not undoing and stack.index() > 0 and stack.command(stack.index() - 1) is self:
                self._skip = True
                stack.undo()
            if self.hub.worker.error_handler is not None:
                self.hub.worker.error_handler(error)

        label = (translate("undo", "Undoing the import...") if undoing
                 else translate("undo", "Redoing the import..."))
        self.hub.write(job, on_done, on_error=on_error, label=label)
