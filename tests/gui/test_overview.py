"""The cycle overview in the window: the grid read from realistic records, keyboard, print, export, due."""

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from sic_desktop.db.models import Cycle
from sic_desktop.db.store import Store, open_store
from sic_desktop.overview_marks import COLOURS, SYMBOLS
from sic_desktop.services import records
from tests.gui.conftest import wait_idle
from tests.realistic import fill, with_conflicts
from ui.hub import Hub
from ui.mainwindow import MainWindow
from ui.overview import OverviewPage
from ui.overview_print import overview_html
from ui.worker import Worker


def shown_overview(window: MainWindow, qtbot: QtBot) -> OverviewPage:
    window.navigation.choose_area("overview")
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    wait_idle(qtbot, window.worker)
    return page


def at(page: OverviewPage, code: str, step: int) -> Any:
    return page.grid.index(page.grid.codes.index(code), step - 1)


def test_the_grid_shows_every_state_by_symbol_word_and_colour_with_its_why(
        window: MainWindow, qtbot: QtBot, store: Store, qtmodeltester: Any) -> None:
    fill(store)
    window.hub.everything_changed.emit()
    page = shown_overview(window, qtbot)
    qtmodeltester.check(page.grid)
    assert page.cycle.currentText() == "2022"
    assert page.grid.codes[:6] == ["A1", "A2", "A3", "A4", "A5", "A6"] and page.grid.columnCount() == 17
    inventory = at(page, "A1", 5)
    assert inventory.data(Qt.ItemDataRole.UserRole) == "done"
    assert inventory.data() == SYMBOLS["done"]
    assert inventory.data(Qt.ItemDataRole.AccessibleTextRole) == "done"
    assert inventory.data(Qt.ItemDataRole.BackgroundRole) == QColor(f"#{COLOURS['done']}")
    assert "A1, step 5 (Project inventory): done" in inventory.data(Qt.ItemDataRole.ToolTipRole)
    assert "inventory item" in inventory.data(Qt.ItemDataRole.ToolTipRole)  # the core's why
    empty = at(page, "A2", 5)  # A2 recorded nothing; the 2022 cycle is long over
    assert empty.data(Qt.ItemDataRole.UserRole) == "late" and empty.data() == "!"
    assert "the window ended on 31 Jan 2023" in empty.data(Qt.ItemDataRole.ToolTipRole)
    assert page.grid.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Step 5: Project inventory\n2022-11-01 to 2023-01-31")
    # Each entry is kept whole when the legend wraps (no-break spaces inside it).
    assert page.legend.text().count("\u2013\u00a0not\u00a0applicable") == 1
    assert page.legend.wordWrap()

    # The keyboard reaches every cell, and the cell's why is told below the grid as it moves.
    page.grid_view.setFocus()
    page.grid_view.setCurrentIndex(at(page, "A1", 4))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_Right)
    assert page.grid_view.currentIndex() == inventory
    assert page.detail.text() == page.grid.describe(inventory)
    qtbot.keyClick(page.grid_view, Qt.Key.Key_Down)
    assert page.detail.text().startswith("A2, step 5 (Project inventory): late")

    counts = {row[0]: row for row in page.counts.rows}
    assert int(counts["A1"][5]) > 0 and counts["A2"][5] == "0"  # activities of the 2022 cycle
    assert int(counts["A1"][2]) == sum(page.grid.tally(0)[s] for s in ("done",))
    windows = {row[0]: row for row in page.windows.rows}
    assert windows["5"][1:] == ("Project inventory", "2022-11-01", "2023-01-31")
    assert not page.tabs.isTabVisible(page.due_tab)  # the Secretariat has no task forces of its own
    assert window.errors == []  # type: ignore[attr-defined]


def test_counts_and_states_follow_the_chosen_cycle(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    fill(store)
    with store.session() as session, session.begin():
        records.create(session, Cycle, year=2023)
    window.hub.everything_changed.emit()
    page = shown_overview(window, qtbot)
    assert [page.cycle.itemText(i) for i in range(page.cycle.count())] == ["2023", "2022"]
    page.cycle.setCurrentIndex(page.cycle.findData(2022))
    page.cycle.activated.emit(page.cycle.currentIndex())
    wait_idle(qtbot, window.worker)
    assert int({row[0]: row for row in page.counts.rows}["A1"][5]) > 0
    page.cycle.setCurrentIndex(page.cycle.findData(2023))
    page.cycle.activated.emit(page.cycle.currentIndex())
    wait_idle(qtbot, window.worker)
    assert page.cycle.currentText() == "2023"
    assert {row[0]: row for row in page.counts.rows}["A1"][5] == "0"  # nothing recorded in 2023 yet
    assert at(page, "A1", 5).data(Qt.ItemDataRole.UserRole) == "not_started"  # no windows planned


def test_the_overview_prints_and_exports_to_a_workbook(window: MainWindow, qtbot: QtBot, store: Store,
                                                       tmp_path: Path) -> None:
    fill(store)
    window.hub.everything_changed.emit()
    page = shown_overview(window, qtbot)
    assert page.data is not None
    printed = overview_html(page.data, date(2026, 12, 6))
    assert "Cycle 2022: the state of each step, as of 2026-12-06" in printed
    assert f"bgcolor='#{COLOURS['late']}'>!</td>" in printed and "Late, and why" in printed
    dialog = page.print_preview()
    assert dialog is not None and dialog.isVisible()
    dialog.close()

    target = tmp_path / "overview.xlsx"
    with qtbot.waitSignal(page.exported, timeout=20_000) as written:
        page.export_as(".xlsx", target)
    assert written.args == [str(target)]
    why = [[c.value for c in row] for row in load_workbook(target)["Why"].iter_rows(min_row=2)]
    assert ["A1", 5, "Project inventory", "done"] in [row[:4] for row in why]
    assert window.errors == []  # type: ignore[attr-defined]


def test_a_regional_copy_sees_what_is_due_from_its_task_forces_late_first(
        qtbot: QtBot, tmp_path: Path) -> None:
    with_conflicts(tmp_path / "sites")
    worker = Worker(open_store(tmp_path / "sites" / "north.sqlite"))
    errors: list[BaseException] = []
    worker.error_handler = errors.append
    try:
        page = OverviewPage(Hub(worker))
        qtbot.addWidget(page)
        page.reload()
        wait_idle(qtbot, worker)
        assert page.tabs.isTabVisible(page.due_tab)
        rows = page.due.rows
        assert rows, "a region with nothing recorded in a past cycle has late steps"
        late = [row for row in rows if row[0].endswith("late")]
        assert rows[:len(late)] == late and page.due.bold == set(range(len(late)))
        assert {row[2] for row in rows} <= {"A1", ""}  # its own task force, and funding deadlines
        assert late[0][3].startswith("step ")
        assert errors == []
    finally:
        worker.close()


def test_a_reload_keeps_the_cell_the_keyboard_was_on(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    fill(store)
    window.hub.everything_changed.emit()
    page = shown_overview(window, qtbot)
    page.grid_view.setCurrentIndex(at(page, "A3", 9))
    window.hub.everything_changed.emit()  # as after any edit
    wait_idle(qtbot, window.worker)
    assert page.grid_view.currentIndex() == at(page, "A3", 9)
    assert page.detail.text().startswith("A3, step 9 (")

