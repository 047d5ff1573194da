"""An area of work: one tab per kind of record it holds, all following the chosen task force."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.areas import KIND_TITLES, Area
from ui.hub import Hub
from ui.listpage import ListPage


class AreaPage(QWidget):
    """Tabs of lists; a list loads when first shown."""

    def __init__(self, hub: Hub, area: Area, *, regional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.task_force_id: str | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.lists: list[ListPage] = []
        for kind in area.kinds:
            read_only = regional and kind.__scope__ == "reference"
            page = ListPage(hub, kind, read_only=read_only, parent=self.tabs)
            self.lists.append(page)
            self.tabs.addTab(page, QCoreApplication.translate("kinds", KIND_TITLES.get(kind, kind.__label__)))
        self.tabs.currentChanged.connect(lambda _at: self._load_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def current_list(self) -> ListPage | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, ListPage) else None

    def set_task_force(self, task_force_id: str | None) -> None:
        self.task_force_id = task_force_id
        self._load_current()

    def _load_current(self) -> None:
        page = self.current_list()
        if page is not None:
            page.set_task_force(self.task_force_id)
