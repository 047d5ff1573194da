"""Lists: filtering as you type, sorting, opening by keyboard, the trash and restoring from it."""

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Activity, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.conftest import wait_idle
from ui.areapage import AreaPage
from ui.listpage import ListPage
from ui.mainwindow import MainWindow
from ui.navigation import ID_ROLE


def inventory(window: MainWindow, qtbot: QtBot, store: Store, count: int = 30) -> ListPage:
    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        a2 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A2")).one()
        for n in range(count):
            records.create(session, Activity, task_force_id=a1 if n % 3 else a2, title=f"Biochar trial {n}",
                           status=("planned", "ongoing", "completed")[n % 3],
                           countries="Kenya" if n % 2 else "Peru")
    window.navigation.choose_area("inventory")
    page = window.current_page()
    assert isinstance(page, AreaPage)
    activities = page.current_list()
    assert activities is not None
    activities.reload()
    wait_idle(qtbot, window.worker)
    return activities


def test_search_filters_as_you_type(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    activities = inventory(window, qtbot, store)
    assert activities.proxy.rowCount() == 30
    qtbot.keyClicks(activities.search, "kenya")
    assert activities.proxy.rowCount() == 15
    qtbot.keyClicks(activities.search, " COMPLETED")
    assert activities.proxy.rowCount() == 5  # every word, in any column: 5, 11, 17, 23, 29
    assert activities.count.text() == "5 of 30"
    activities.search.clear()
    assert activities.proxy.rowCount() == 30


def test_sort_by_header_and_open_with_enter(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    activities = inventory(window, qtbot, store, count=5)
    title = next(c for c, s in enumerate(activities.model.specs) if s.name == "title")
    activities.view.sortByColumn(title, Qt.SortOrder.DescendingOrder)
    assert activities.proxy.index(0, title).data() == "Biochar trial 4"
    activities.view.setFocus()
    activities.view.selectRow(0)
    qtbot.keyClick(activities.view, Qt.Key.Key_Return)
    wait_idle(qtbot, window.worker)
    assert activities.panel is not None
    assert activities.panel.form.values["title"] == "Biochar trial 4"


def test_a_header_click_sorts_and_a_second_click_reverses(window: MainWindow, qtbot: QtBot,
                                                          store: Store) -> None:
    activities = inventory(window, qtbot, store, count=5)
    title = next(c for c, s in enumerate(activities.model.specs) if s.name == "title")
    header = activities.view.horizontalHeader()
    assert header.sortIndicatorSection() == -1  # at first, the rows in their stored order
    where = QPoint(header.sectionViewportPosition(title) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert activities.proxy.index(0, title).data() == "Biochar trial 0"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert activities.proxy.index(0, title).data() == "Biochar trial 4"
    assert header.sortIndicatorSection() == title
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert header.model().headerData(title, Qt.Orientation.Horizontal) == "Title"


@pytest.mark.qt_log_ignore("This plugin does not support (grabbing the keyboard|raise)")  # offscreen popups
def test_a_right_click_on_the_header_offers_the_columns(window: MainWindow, qtbot: QtBot,
                                                        store: Store) -> None:
    activities = inventory(window, qtbot, store, count=1)
    header = activities.view.horizontalHeader()
    seen: list[bool] = []

    def look() -> None:
        seen.append(activities.columns_menu.isVisible())
        activities.columns_menu.close()

    QTimer.singleShot(50, look)
    QApplication.sendEvent(header.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5),
                                                         header.mapToGlobal(QPoint(5, 5))))
    assert seen == [True]


def test_a_goal_heads_its_task_forces_and_is_never_chosen(window: MainWindow, qtbot: QtBot,
                                                          store: Store) -> None:
    activities = inventory(window, qtbot, store, count=9)
    tree = window.navigation.tree
    a2 = tree.findItems("A2", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)[0]
    tree.setCurrentItem(a2)
    wait_idle(qtbot, window.worker)
    goal = a2.parent()
    assert goal is not None
    tree.setCurrentItem(goal)  # as the arrow keys or a click would
    wait_idle(qtbot, window.worker)
    assert activities.model.rowCount() == 3 and window.navigation.current_task_force() == a2.data(0, ID_ROLE)
    assert a2.isSelected() and not goal.isSelected()  # still the task force the list shows


def test_an_empty_list_says_why_and_what_to_do(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    activities = inventory(window, qtbot, store, count=0)
    assert activities.placeholder.text() == "Nothing here yet: add a record with New... (Ctrl+N)."
    activities = inventory(window, qtbot, store, count=2)
    assert activities.placeholder.text() == "Open a record with Enter or a double click."
    qtbot.keyClicks(activities.search, "zanzibar")
    assert activities.placeholder.text() == "No row holds every word searched."
    activities.search.clear()
    activities.show_trash.click()
    wait_idle(qtbot, window.worker)
    assert activities.placeholder.text() == "The trash is empty."


def test_task_force_filter(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    activities = inventory(window, qtbot, store, count=9)
    tree = window.navigation.tree
    item = tree.findItems("A2", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)[0]
    tree.setCurrentItem(item)
    wait_idle(qtbot, window.worker)
    assert activities.model.rowCount() == 3


def test_trash_and_restore(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    activities = inventory(window, qtbot, store, count=4)
    activities.view.selectRow(0)
    doomed = activities.selected_ids()
    assert len(doomed) == 1
    activities.trash_button.click()
    wait_idle(qtbot, window.worker)
    assert activities.model.rowCount() == 3
    with store.session() as session:
        assert session.get(Activity, doomed[0]).deleted  # type: ignore[union-attr]

    activities.show_trash.click()
    wait_idle(qtbot, window.worker)
    assert [row.id for row in activities.model.rows] == doomed
    activities.view.selectRow(0)
    activities.trash_button.click()  # "Restore" while the trash is shown
    wait_idle(qtbot, window.worker)
    assert activities.model.rowCount() == 0
    activities.show_trash.click()
    wait_idle(qtbot, window.worker)
    assert activities.model.rowCount() == 4
    with store.session() as session:
        assert not session.get(Activity, doomed[0]).deleted  # type: ignore[union-attr]
    window.undo_action.trigger()  # undo the restore: back in the trash
    wait_idle(qtbot, window.worker)
    assert activities.model.rowCount() == 3
