"""An area of work: one tab per kind of record it holds, all following the chosen task force."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.areas import KIND_TITLES, Area
from ui.hub import Hub
from ui.listpage import ListPage
from ui.schema import TABLES


class AreaPage(QWidget):
    """Tabs of lists; a list is built and loaded when its tab is first shown."""

    def __init__(self, hub: Hub, area: Area, *, regional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.area = area
        self.regional = regional
        self.task_force_id: str | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(QCoreApplication.translate("areas", area.title))
        self._built: dict[int, ListPage] = {}
        for table in area.kinds:
            holder = QWidget(self.tabs)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            title = KIND_TITLES.get(table, TABLES[table].label)
            self.tabs.addTab(holder, QCoreApplication.translate("kinds", title))
        self.tabs.currentChanged.connect(lambda _at: self._load_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def lists(self) -> list[ListPage]:
        """The lists built so far."""
        return list(self._built.values())

    def current_list(self) -> ListPage | None:
        at = self.tabs.currentIndex()
        if at < 0:
            return None
        if at not in self._built:
            table = self.area.kinds[at]
            read_only = self.regional and TABLES[table].scope == "reference"
            holder = self.tabs.widget(at)
            assert holder is not None
            page = ListPage(self.hub, table, read_only=read_only, parent=holder)
            layout = holder.layout()
            if layout is not None:
                layout.addWidget(page)
            self._built[at] = page
        return self._built[at]

    def set_task_force(self, task_force_id: str | None) -> None:
        self.task_force_id = task_force_id
        self._load_current()

    def _load_current(self) -> None:
        page = self.current_list()
        if page is not None:
            page.set_task_force(self.task_force_id)
