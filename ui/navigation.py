"""The navigation: task forces grouped by goal, and the areas of work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QTreeWidget, QTreeWidgetItem, QWidget

from sic_desktop.listing import GoalNode
from ui.areas import AREAS
from ui.qtvalues import USER_ROLE, VERTICAL

if TYPE_CHECKING:  # the event classes are made after the first paint (ui/qtvalues.py)
    from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex

ID_ROLE = USER_ROLE
GOAL_ROLE = USER_ROLE + 1


class TaskForceTree(QTreeWidget):
    """Task forces under their goals: a goal heads its task forces and is never chosen itself."""

    def selectionCommand(self, index: QModelIndex | QPersistentModelIndex,
                         event: QEvent | None = None) -> QItemSelectionModel.SelectionFlag:
        # Moving onto a goal keeps the task force the lists show selected.
        if index.data(GOAL_ROLE):
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return super().selectionCommand(index, event)


class Navigation(QSplitter):
    """Left of the window: which task force (or all), and which area."""

    task_force_chosen = Signal(object)  # id or None for all
    area_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)  # by keyword, and the orientation as a property: ui/qtvalues.py
        self.setProperty("orientation", VERTICAL)
        self._chosen: str | None = None  # the task force the lists show; None for all
        self.tree = TaskForceTree(self)
        self.tree.setHeaderLabel(self.tr("Task forces"))
        self.tree.setAccessibleName(self.tr("Task forces"))
        self.tree.currentItemChanged.connect(self._tree_changed)
        self.areas = QListWidget(self)
        self.areas.setAccessibleName(self.tr("Areas"))
        for area in AREAS:
            item = QListWidgetItem(QCoreApplication.translate("areas", area.title), self.areas)
            item.setData(ID_ROLE, area.key)
        self.areas.currentItemChanged.connect(self._area_changed)
        self.addWidget(self.tree)
        self.addWidget(self.areas)
        self.setSizes([380, 320])

    def widest_area(self) -> int:
        """The width that shows every area's name whole ("Assessments and validations")."""
        metrics = self.areas.fontMetrics()
        texts = (self.areas.item(row).text() for row in range(self.areas.count()))
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        return widest + 2 * self.areas.frameWidth() + 4 * metrics.averageCharWidth()

    def set_goals(self, goals: list[GoalNode], current: str | None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        every = QTreeWidgetItem(self.tree, [self.tr("All task forces")])
        every.setData(0, ID_ROLE, None)
        chosen = every
        for goal in goals:
            node = QTreeWidgetItem(self.tree, [self.tr("Goal %1 - %2").replace("%1", goal.code)
                                               .replace("%2", goal.title)])
            node.setToolTip(0, goal.title)
            node.setData(0, ID_ROLE, None)
            node.setData(0, GOAL_ROLE, True)
            for task_force in goal.task_forces:
                item = QTreeWidgetItem(node, [f"{task_force.code}  {task_force.name}"])
                item.setData(0, ID_ROLE, task_force.id)
                item.setToolTip(0, task_force.name)
                if task_force.id == current:
                    chosen = item
        self.tree.expandAll()
        self.tree.setCurrentItem(chosen)
        self._chosen = _task_force(chosen)
        self.tree.blockSignals(False)

    def current_task_force(self) -> str | None:
        """The task force the lists show (or None for all): a goal the keys rest on is not one."""
        return self._chosen

    def choose_area(self, key: str) -> None:
        for row in range(self.areas.count()):
            item = self.areas.item(row)
            if item is not None and item.data(ID_ROLE) == key:
                self.areas.setCurrentRow(row)
                return

    def current_area(self) -> str:
        item = self.areas.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else AREAS[0].key

    def _tree_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None and not current.data(0, GOAL_ROLE):
            self._chosen = _task_force(current)
            self.task_force_chosen.emit(self._chosen)

    def _area_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.area_chosen.emit(str(current.data(ID_ROLE)))


def _task_force(item: QTreeWidgetItem) -> str | None:
    value = item.data(0, ID_ROLE)
    return value if isinstance(value, str) else None
