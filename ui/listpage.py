"""A list of one kind of record: search as you type, sort, choose columns, open, add, trash."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

# `QtCore.Qt` and `QtGui.QKeyEvent`, looked up when used: the first paint goes without them (ui/qtvalues.py)
from PySide6 import QtCore, QtGui
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import listcolumns as columns
from ui import settings
from ui.hub import Hub
from ui.qtvalues import ALIGN_CENTER
from ui.rows import Row, list_specs
from ui.schema import TABLES
from ui.tablemodel import RecordTableModel, SearchProxy
from ui.translate import translated
from ui.worker import Control

LIST_MIN_CHARS = 16  # a list keeps its first column readable beside an open record
PANEL_WIDTH = 620  # an open record's panel at first, on a screen with room for it...
PANEL_SHARE = 0.6  # ...or this share of the room on a small one

if TYPE_CHECKING:
    from sic_desktop.services.kinds import Record
    from ui.editor.panel import RecordPanel


def _load(table: str, **where: Any) -> Any:
    """A job loading a list's rows (the models are imported on the database thread)."""

    def job(session: Any, _control: Control) -> list[Row]:
        from ui.queries import load_rows

        return load_rows(session, table, **where)

    return job


def _kind_refusal(table: str) -> Any:
    def job(session: Any, _control: Control) -> Any:
        from sic_desktop.services.records import kind_refusal

        return kind_refusal(session, table)

    return job


class ListPage(QWidget):
    """Records of one kind for the chosen task force; the open one is edited beside the list."""

    opened = Signal(str)  # record id
    loaded = Signal()

    def __init__(self, hub: Hub, table: str, *, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.table = table
        self.spec = TABLES[table]
        self.read_only = read_only
        self.task_force_id: str | None = None
        self.in_trash = False
        self.panel: RecordPanel | None = None
        self.model = RecordTableModel(list_specs(table), self)
        self.proxy = SearchProxy(self)  # its rows come once the view's header has its titles (_build)
        self._links = {s.link for s in self.model.specs if s.link}
        self._build()
        hub.records_changed.connect(self._changed)
        self._loaded_once = False
        hub.everything_changed.connect(self._reload_if_loaded)

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F): type words found anywhere in a row"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self._search_changed)
        self.count = QLabel(self)
        self.new_button = QPushButton(self.tr("New..."), self)
        self.new_button.setToolTip(self.tr("Add a record (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.trash_button = QPushButton(self.tr("Delete"), self)
        self.trash_button.setToolTip(self.tr("Move the selected records to the trash (Delete)"))
        self.trash_button.clicked.connect(self.trash_selected)
        self.show_trash = QPushButton(self.tr("Trash"), self)
        self.show_trash.setCheckable(True)
        self.show_trash.setToolTip(self.tr("Show the records in the trash, to restore them"))
        self.show_trash.toggled.connect(self._toggle_trash)
        for button in (self.new_button, self.trash_button):
            button.setEnabled(not self.read_only)
        self.columns_button = QPushButton(self.tr("Columns"), self)  # a push button leaves room for the arrow
        self.columns_menu = QMenu(self)
        self.columns_button.setMenu(self.columns_menu)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.new_button)
        bar.addWidget(self.trash_button)
        bar.addWidget(self.show_trash)
        bar.addWidget(self.columns_button)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        # The header shows its titles from a C++ model, given before the proxy has rows and columns:
        # our Python headerData would be handed a Qt.Orientation, Qt's enums' first use (ui/qtvalues.py).
        # The model still answers headerData for everyone else.
        self.titles = QStandardItemModel(0, len(self.model.specs), self)
        self.titles.setHorizontalHeaderLabels([self.model.title(c) for c in range(len(self.model.specs))])
        self.view.horizontalHeader().setModel(self.titles)
        self.proxy.setSourceModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list for the open record (QTableView's Tab walks its cells: a trap).
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        self.view.setAccessibleName(QCoreApplication.translate("records", self.spec.label))
        columns.fill_menu(self.columns_menu, self.view, self.model, self.table)
        self.placeholder = QLabel(self)
        self.placeholder.setProperty("alignment", ALIGN_CENTER)
        self.placeholder.setWordWrap(True)
        self.splitter = QSplitter(parent=self)  # by keyword: ui/qtvalues.py
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.placeholder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 220])
        # Neither side can be squeezed to nothing: at 150 % on a small laptop the list kept 110 px.
        self.splitter.setChildrenCollapsible(False)
        self.view.setMinimumWidth(LIST_MIN_CHARS * self.fontMetrics().averageCharWidth())
        self.splitter.splitterMoved.connect(self._panel_resized_by_hand)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        QTimer.singleShot(0, self, self._once_shown)  # not after the list is gone

    def _once_shown(self) -> None:
        """Sorting by a header click, the header's menu of columns, keys in the search box and the list.

        They take Qt's enums and event classes, which the start-up makes ~17 ms later (ui/qtvalues.py).
        """
        self.search.installEventFilter(self)
        self.view.installEventFilter(self)
        header = self.view.horizontalHeader()
        header.setSortIndicator(-1, QtCore.Qt.SortOrder.AscendingOrder)  # the rows' own order at first
        self.view.setSortingEnabled(True)
        header.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.columns_menu.exec(header.mapToGlobal(pos)))

    # --- loading

    def set_task_force(self, task_force_id: str | None) -> None:
        if task_force_id == self.task_force_id and self._loaded_once:
            return
        self.task_force_id = task_force_id
        self.reload()

    def _reload_if_loaded(self) -> None:
        if self._loaded_once:
            self.reload()

    def reload(self) -> None:
        if not self._loaded_once and not self.read_only:
            self.hub.read(_kind_refusal(self.table), self._lock)
        self._loaded_once = True
        self.hub.read(_load(self.table, task_force_id=self.task_force_id, deleted=self.in_trash),
                      self._show_rows)

    def _lock(self, reason: Any) -> None:
        """This copy may add no record of the kind: say why on the buttons, before anyone types."""
        if reason is None:
            return
        self.read_only = True
        said = self.tr("Read-only here: %1").replace("%1", translated(reason))
        for button in (self.new_button, self.trash_button):
            button.setEnabled(False)
            button.setToolTip(said)

    def preload(self, rows: list[Row]) -> None:
        """Show a first screenful read before the database layer is up; the full list follows."""
        self.model.set_rows(rows)
        columns.size(self.view, self.model, self.fontMetrics())
        self._sized = True
        self._update_count()

    def _show_rows(self, rows: list[Row]) -> None:
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        if self.view.isSortingEnabled() and header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if not getattr(self, "_sized", False):
            self._sized = True
            columns.size(self.view, self.model, self.fontMetrics())
        self._update_count()
        self.loaded.emit()

    def _changed(self, changes: list[Any]) -> None:
        table = self.table
        if self._loaded_once and any(c.table in self._links and c.table != table for c in changes):
            self.reload()
            return
        ids = list({c.record_id for c in changes if c.table == table})
        if not ids or not self._loaded_once:
            return
        job = _load(self.table, task_force_id=self.task_force_id, ids=ids, deleted=self.in_trash)

        def show(rows: list[Row]) -> None:
            self.model.remove(set(ids) - {row.id for row in rows})
            self.model.upsert(rows)
            self._update_count()

        self.hub.read(job, show)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
                           if shown != total else str(total))
        self.placeholder.setText(self._hint(shown, total))

    def _hint(self, shown: int, total: int) -> str:
        """What the empty side of the list says: how to open a record, or why the list is empty."""
        if shown:
            return self.tr("Open a record with Enter or a double click.")
        if total:
            return self.tr("No row holds every word searched.")
        if self.in_trash:
            return self.tr("The trash is empty.")
        if self.read_only:
            return self.tr("Nothing here yet.")
        return self.tr("Nothing here yet: add a record with New... (Ctrl+N).")

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    # --- actions

    @property
    def kind(self) -> type[Record]:
        """The record class (its import is deferred until a record is opened or written)."""
        from sic_desktop.services.kinds import record_class

        return record_class(self.table)

    def selected_ids(self) -> list[str]:
        selection = self.view.selectionModel()
        rows = [self.proxy.mapToSource(index).row() for index in selection.selectedRows()]
        return [self.model.record_id(row) for row in rows]

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_record(self.model.record_id(self.proxy.mapToSource(index).row()))

    def open_record(self, record_id: str) -> None:
        if self.panel is not None:
            self.panel.flush()
            if self.panel.record_id == record_id:
                self.panel.form.focus_first()
                return
        from ui.editor.panel import RecordPanel

        panel = RecordPanel(self.hub, self.kind, record_id, read_only=self.read_only, parent=self)
        panel.duplicated.connect(self.select_and_open)
        old = self.splitter.widget(1)
        self.splitter.replaceWidget(1, panel)
        if old is not None and old is not self.placeholder:
            old.deleteLater()
        self.placeholder.hide()
        self.panel = panel
        self._share_room()
        stops = [self.view, *panel.tab_stops()]
        for before, after in pairwise(stops):  # the list, then the record it opened
            QWidget.setTabOrder(before, after)
        self.opened.emit(record_id)

    def _share_room(self) -> None:
        """The open record takes the share of the room the person last gave it, in every area alike."""
        if self.panel is None:
            return
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        share = settings.number(settings.PANEL_SHARE)
        wanted = round(total * share) if share else min(PANEL_WIDTH, round(total * PANEL_SHARE))
        least = min(self.panel.minimumSizeHint().width(), total - self.view.minimumWidth())
        width = max(least, min(wanted, total - self.view.minimumWidth()))
        self.splitter.setSizes([total - width, width])

    def _panel_resized_by_hand(self, _position: int, _index: int) -> None:
        sizes = self.splitter.sizes()
        if self.panel is not None and sum(sizes) > 0:
            settings.store(settings.PANEL_SHARE, sizes[1] / sum(sizes))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._share_room()  # as it was left in another area: the panes do not jump

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._share_room()

    def select_and_open(self, record_id: str) -> None:
        """Select a record in the list (once it is there) and open it."""
        def select() -> None:
            row = self.model.row_of(record_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.view.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
                    self.view.scrollTo(index)
            self.open_record(record_id)

        self.hub.read(lambda _s, _c: None, lambda _none: select())  # after the list's own refresh

    def new_record(self) -> None:
        defaults = {"task_force_id": self.task_force_id} if self.task_force_id else {}
        from ui.editor.dialogs import NewRecordDialog

        dialog = NewRecordDialog(self.hub, self.kind, defaults=defaults, parent=self)
        dialog.created.connect(self.select_and_open)
        dialog.open()

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.read_only:
            return
        from ui.undo import TrashCommand

        stack = self.hub.undo_stack
        restoring = self.in_trash
        stack.beginMacro(self.tr("Restore records") if restoring else self.tr("Delete records"))
        for record_id in ids:
            stack.push(TrashCommand(self.hub, self.kind, record_id, restore=restoring))
        stack.endMacro()

    def _toggle_trash(self, on: bool) -> None:
        self.in_trash = on
        self.trash_button.setText(self.tr("Restore") if on else self.tr("Delete"))
        self.trash_button.setToolTip(self.tr("Bring the selected records back") if on
                                     else self.tr("Move the selected records to the trash (Delete)"))
        self.new_button.setEnabled(not on and not self.read_only)
        self.reload()

    def focus_search(self) -> None:
        self.search.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:
        if isinstance(event, QtGui.QKeyEvent) and event.type() == QtCore.QEvent.Type.KeyPress:
            key, keys = event.key(), QtCore.Qt.Key
            if watched is self.view and key in (keys.Key_Return, keys.Key_Enter):
                self.open_current()
                return True
            if watched is self.view and event.matches(QtGui.QKeySequence.StandardKey.Delete):
                self.trash_selected()
                return True
            if watched is self.search and key in (keys.Key_Down, keys.Key_Return, keys.Key_Enter):
                self.view.setFocus()
                if not self.view.currentIndex().isValid() and self.proxy.rowCount():
                    self.view.selectRow(0)
                if key != keys.Key_Down:
                    self.open_current()
                return True
        return super().eventFilter(watched, event)

