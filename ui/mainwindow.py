"""The main window: navigation, the area pages, menus with standard shortcuts, and the status bar."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QMainWindow, QSplitter, QStackedWidget, QWidget

from sic_desktop.listing import GoalNode, Status
from ui import geometry, settings
from ui.areapage import AreaPage
from ui.areas import AREAS, area
from ui.errors import show_error
from ui.hub import Hub
from ui.navigation import Navigation
from ui.progress import ProgressWatcher
from ui.worker import Control, Worker

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from ui.quickread import FirstScreen


def _status(session: Any, _control: Control) -> Status:
    from sic_desktop.services.lists import status

    return status(session)


def _goals(session: Any, _control: Control) -> list[GoalNode]:
    from sic_desktop.services.lists import task_force_tree

    return task_force_tree(session)

BUNDLE_SUFFIX = ".sicbundle"
NAVIGATION_WIDTH = 250  # the task forces and areas, on a screen with room for them
class MainWindow(QMainWindow):
    """One database open; every area reachable from the navigation or by Ctrl+number."""

    ready = Signal()  # the first list is on screen with its rows

    def __init__(self, worker: Worker, *, role: str = "secretariat") -> None:
        super().__init__()
        self.worker = worker
        self.hub = Hub(worker, self)
        worker.error_handler = self.show_error
        self.progress = ProgressWatcher(worker, self)
        self.regional = role == "regional"
        self.setWindowTitle(self.tr("SIC Desktop"))
        self.setAcceptDrops(True)
        self.pages: dict[str, QWidget] = {}
        self.navigation = Navigation(self)
        self.stack = QStackedWidget(self)
        splitter = QSplitter(parent=self)  # by keyword: ui/qtvalues.py
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)  # the window's extra room goes to the lists and records
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.navigation.setMinimumWidth(self.navigation.widest_area())
        self.setCentralWidget(splitter)
        self.splitter = splitter
        self._build_status_bar()
        self._build_menu_bar()
        QTimer.singleShot(0, self, self._fill_menus)  # after the first paint: none can be opened before
        self.navigation.area_chosen.connect(self.show_area)
        self.navigation.task_force_chosen.connect(self._task_force_chosen)
        self.hub.records_changed.connect(lambda _changes: self._status_timer.start())
        # Imports, exports and applied bundles change the counts without a record's edit to announce.
        self.hub.everything_changed.connect(self._status_timer.start)
        worker.task_ended.connect(self._task_ended)
        self.hub.undo_stack.cleanChanged.connect(lambda _clean: None)
        self._restore()

    def show_error(self, error: BaseException) -> None:
        # A database that failed to open fails every queued read with the same error: say it once.
        if error is getattr(self, "_last_error", None):
            return
        self._last_error = error
        show_error(error, self)

    # --- building

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.site_label = QLabel(self)
        self.waiting_label = QLabel(self)
        self.bundle_label = QLabel(self)
        self._waiting_line = self._separator()
        for widget in (self.site_label, self._waiting_line, self.waiting_label, self._separator(),
                       self.bundle_label):
            bar.addPermanentWidget(widget)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(300)
        self._status_timer.timeout.connect(self.refresh_status)

    def _separator(self) -> QFrame:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    def _build_menu_bar(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu(self.tr("&File"))
        self.edit_menu = menu.addMenu(self.tr("&Edit"))
        self.documents_menu = menu.addMenu(self.tr("&Documents"))
        self.go_menu = menu.addMenu(self.tr("&Go"))
        self.help_menu = menu.addMenu(self.tr("&Help"))

    def _fill_menus(self) -> None:
        """The menus' entries and shortcuts (their key sequences are made after the first paint)."""
        from PySide6.QtGui import QKeySequence

        file_menu, edit, documents = self.file_menu, self.edit_menu, self.documents_menu
        self.export_action = self._action(file_menu, self.tr("&Export a bundle..."), self._export_bundle,
                                          QKeySequence(self.tr("Ctrl+E")))
        self.open_bundle_action = self._action(file_menu, self.tr("&Open a bundle..."), self._open_bundle,
                                               QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Import members from Excel..."),
                     lambda: self._sheet("import", "members"))
        self._action(file_menu, self.tr("Export members to Excel..."),
                     lambda: self._sheet("export", "members"))
        self._action(file_menu, self.tr("Import the inventory from Excel..."),
                     lambda: self._sheet("import", "inventory"))
        self._action(file_menu, self.tr("Export the inventory to Excel..."),
                     lambda: self._sheet("export", "inventory"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        undo = self.hub.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.hub.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit.addSeparator()
        self._action(edit, self.tr("&New record..."), lambda: self._on_list("new_record"),
                     QKeySequence.StandardKey.New)
        self._action(edit, self.tr("&Find"), lambda: self._on_list("focus_search"),
                     QKeySequence.StandardKey.Find)
        self._action(edit, self.tr("&History of the open record"), self._history,
                     QKeySequence(self.tr("Ctrl+H")))
        self._action(edit, self.tr("D&uplicate the open record..."), self._duplicate,
                     QKeySequence(self.tr("Ctrl+D")))
        from ui import documents_menu

        documents_menu.fill(self, documents, self._action)
        for number, item in enumerate(AREAS, start=1):
            shortcut = QKeySequence(f"Ctrl+{number}") if number < 10 else None
            self._action(self.go_menu, QCoreApplication.translate("areas", item.title),
                         lambda key=item.key: self.navigation.choose_area(key), shortcut)
        from ui.helpmenu import fill

        fill(self, self.help_menu)

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        from PySide6.QtGui import QKeySequence

        action = QAction(text, self)
        # Standard keys with every binding the platform has (setShortcut would take the first alone).
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcuts([shortcut])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # --- state

    def _restore(self) -> None:
        self.maximise = False
        if not geometry.restore(self):
            place, self.maximise = geometry.default_geometry(self.screen().availableGeometry())
            self.setGeometry(place)
        width = self.width()
        navigation = max(self.navigation.minimumWidth(), min(NAVIGATION_WIDTH, width // 4))
        self.splitter.setSizes([navigation, width - navigation])
        task_force = settings.text(settings.LAST_TASK_FORCE) or None
        keys = [a.key for a in AREAS]
        last = settings.text(settings.LAST_AREA, "inventory")
        self._initial = (task_force, last if last in keys else "inventory")

    def show_as_left(self) -> None:
        """Show the window as the last session left it, or maximised on a small screen's first run."""
        if self.maximise:
            self.showMaximized()
        else:
            self.show()

    @staticmethod
    def peek_place() -> tuple[str | None, str | None]:
        """The task force and the first list of the place the window will open on."""
        task_force = settings.text(settings.LAST_TASK_FORCE) or None
        keys = [a.key for a in AREAS]
        last = settings.text(settings.LAST_AREA, "inventory")
        kinds = area(last if last in keys else "inventory").kinds
        return task_force, kinds[0] if kinds else None

    def initial_place(self) -> tuple[str | None, str]:
        """The task force and area the window opens on (the last ones visited)."""
        return self._initial

    def first_table(self) -> str | None:
        """The list the window opens on, for a quick first read."""
        kinds = area(self._initial[1]).kinds
        return kinds[0] if kinds else None

    def start(self, first: FirstScreen | None = None) -> None:
        """Show the last place visited: from a quick first read if there is one, then the worker's."""
        task_force, area_key = self._initial

        def shown(goals: list[GoalNode]) -> None:
            self.navigation.set_goals(goals, task_force)
            self.navigation.choose_area(area_key)
            self.show_area(area_key)

        if first is not None:
            self.navigation.blockSignals(True)
            self.navigation.set_goals(first.goals, task_force)
            self.navigation.choose_area(area_key)
            self.navigation.blockSignals(False)
            widget = self.page(area_key)
            self.stack.setCurrentWidget(widget)
            listing = widget.current_list() if isinstance(widget, AreaPage) else None
            if listing is not None:
                listing.preload(first.rows)
            self._show_status(Status(first.site_name, first.role, None, None))
            self.show_area(area_key)  # queues the full read behind the store's opening
            self._first_loaded()
        else:
            self.hub.read(_goals, shown)
        self.refresh_status()

    def _task_ended(self, task: Any) -> None:
        if task.write or task.label:  # a write, or long work (a bundle written or applied)
            self._status_timer.start()

    def refresh_status(self) -> None:
        self.hub.read(_status, self._show_status)

    def _show_status(self, info: Status) -> None:
        role = (self.tr("master copy") if info.role == "secretariat"
                else self.tr("STC assessor's copy") if info.role == "stc" else self.tr("regional copy"))
        self.site_label.setText(self.tr("%1 · %2").replace("%1", info.site_name).replace("%2", role))
        # The master copy's own changes travel in the master bundles it makes per region.
        self.waiting_label.setVisible(info.role != "secretariat")
        self._waiting_line.setVisible(info.role != "secretariat")
        if info.waiting is not None:
            self.waiting_label.setText(self.tr("%n change(s) waiting to be exported", "", info.waiting))
        # Kept in UTC (as every copy writes it); the person reads their own clock.
        when = (info.last_bundle.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
                if info.last_bundle else self.tr("never"))
        self.bundle_label.setText(self.tr("Last bundle: %1").replace("%1", when))

    # --- navigation

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            chosen = area(key)
            widget: QWidget
            if key == "sync":
                from ui.sync.page import SyncPage

                widget = SyncPage(self.hub, regional=self.regional, parent=self.stack)
            elif key == "overview":
                from ui.overview import OverviewPage

                widget = OverviewPage(self.hub, parent=self.stack)
            elif key == "overlaps":
                from ui.overlaps import OverlapsPage

                widget = OverlapsPage(self.hub, regional=self.regional, parent=self.stack)
            else:
                widget = AreaPage(self.hub, chosen, regional=self.regional, parent=self.stack)
                if not self.pages:
                    first = widget.current_list()
                    if first is not None:
                        first.loaded.connect(self._first_loaded)
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def _first_loaded(self) -> None:
        if not getattr(self, "_was_ready", False):
            self._was_ready = True
            self.repaint()  # on screen with its rows before anything else runs
            self.ready.emit()
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """The icon and the focus ring, which nobody needs before the window is on screen."""
        from PySide6.QtGui import QIcon

        from sic_desktop.paths import resources_dir
        from ui.focusring import install

        install()

        icon = QIcon(str(resources_dir() / "icons" / "sic-desktop.svg"))
        self.setWindowIcon(icon)
        QApplication.setWindowIcon(icon)

    def show_area(self, key: str) -> None:
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        setter = getattr(widget, "set_task_force", None)
        if callable(setter):
            setter(self.navigation.current_task_force())
        if key in ("sync", "overview", "overlaps"):
            self._first_loaded()

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _task_force_chosen(self, task_force_id: str | None) -> None:
        widget = self.current_page()
        setter = getattr(widget, "set_task_force", None)
        if callable(setter):
            setter(task_force_id)

    def _on_list(self, method: str) -> None:
        widget = self.current_page()
        if isinstance(widget, AreaPage):
            page = widget.current_list()
            if page is not None:
                getattr(page, method)()

    def open_panel(self) -> Any:
        """The record panel of the list on screen, if a record is open there."""
        widget = self.current_page()
        if isinstance(widget, AreaPage):
            page = widget.current_list()
            if page is not None:
                return page.panel
        return None

    def _history(self) -> None:
        panel = self.open_panel()
        if panel is not None:
            panel.show_history()

    def _duplicate(self) -> None:
        panel = self.open_panel()
        if panel is not None:
            panel.duplicate()

    def _sheet(self, direction: str, which: str) -> None:
        from ui import spreadsheets

        task_force = self.navigation.current_task_force()
        if direction == "import":
            spreadsheets.import_with_preview(self.hub, which, task_force, self)
        else:
            spreadsheets.export_list(self.hub, which, task_force, self)

    # --- sync

    def _sync_page(self) -> Any:
        self.navigation.choose_area("sync")
        return self.page("sync")

    def _export_bundle(self) -> None:
        self._sync_page().export_bundle()

    def _open_bundle(self, path: Path | None = None) -> None:
        self._sync_page().open_bundle(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and any(u.toLocalFile().endswith(BUNDLE_SUFFIX) for u in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(BUNDLE_SUFFIX):
                event.acceptProposedAction()
                self._open_bundle(Path(url.toLocalFile()))
                return

    # --- closing

    def flush(self) -> None:
        """Save every edit still waiting for a typing pause."""
        for widget in self.pages.values():
            if isinstance(widget, AreaPage):
                for page in widget.lists:
                    if page.panel is not None:
                        page.panel.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        settings.store(settings.GEOMETRY, self.saveGeometry())
        settings.store(settings.SCREEN, geometry.screen_key(self.screen()))
        settings.store(settings.LAST_AREA, self.navigation.current_area())
        settings.store(settings.LAST_TASK_FORCE, self.navigation.current_task_force() or "")
        super().closeEvent(event)
