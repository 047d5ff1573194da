"""An import is one step of Edit > Undo / Redo: its rows leave the list and come back."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Activity, ConceptNote
from sic_desktop.db.store import Store
from sic_desktop.documents import samples
from sic_desktop.errors import InputRefused
from sic_desktop.services import records
from sic_desktop.services.reference import reference_id
from sic_desktop.sheets.note_workbook import write_workbook
from tests.gui.conftest import wait_idle
from tests.sheets import INVENTORY_TITLES, write_sheet
from ui import concept_note_workbook, undo
from ui.areapage import AreaPage
from ui.listpage import ListPage
from ui.mainwindow import MainWindow

A1 = reference_id("task_force", "A1")
def inventory_file(path: Path, rows: list[list[Any]]) -> Path:
    return write_sheet(path, INVENTORY_TITLES, rows, title="Inventory")


def open_list(window: MainWindow, qtbot: QtBot, area: str, task_force: str | None = None) -> ListPage:
    window.navigation.choose_area(area)
    if task_force is not None:
        tree = window.navigation.tree
        tree.setCurrentItem(tree.findItems(task_force, Qt.MatchFlag.MatchStartsWith
                                           | Qt.MatchFlag.MatchRecursive)[0])
    page = window.current_page()
    assert isinstance(page, AreaPage)
    shown = page.current_list()
    assert shown is not None
    shown.reload()
    wait_idle(qtbot, window.worker)
    return shown


def titles(page: ListPage) -> set[str]:
    column = next(c for c, s in enumerate(page.model.specs) if s.name == "title")
    return {str(page.model.index(row, column).data()) for row in range(page.model.rowCount())}


def menu_action(window: MainWindow, text: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == text)


def import_from_menu(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, source: Path) -> None:
    """File > Import the inventory from Excel..., the file chosen in the dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(source), ""))
    menu_action(window, "Import the inventory from Excel...").trigger()
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]


@pytest.fixture
def mapping(store: Store) -> str:
    with store.session() as session, session.begin():
        return records.create(session, Activity, task_force_id=A1, title="Soil mapping",
                              status="planned").record_id


def test_an_inventory_import_is_undone_and_redone_from_the_edit_menu(
        window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        mapping: str) -> None:
    activities = open_list(window, qtbot, "inventory", "A1")
    assert titles(activities) == {"Soil mapping"}
    source = inventory_file(tmp_path / "inventory.xlsx", [
        [mapping, "Soil mapping, phase 2", None, None, None, None, None, None, "ongoing"],
        [None, "Compost trials"], [None, "Farmer schools"],
    ])
    import_from_menu(window, qtbot, monkeypatch, source)
    assert titles(activities) == {"Soil mapping, phase 2", "Compost trials", "Farmer schools"}
    assert window.undo_action.text() == "&Undo Import 3 rows from inventory.xlsx"

    window.undo_action.trigger()
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert titles(activities) == {"Soil mapping"}
    with store.session() as session:
        assert session.get(Activity, mapping).status == "planned"  # type: ignore[union-attr]
        trashed = session.scalars(select(Activity.title).where(Activity.deleted.is_(True))).all()
    assert sorted(trashed) == ["Compost trials", "Farmer schools"]

    window.redo_action.trigger()
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert titles(activities) == {"Soil mapping, phase 2", "Compost trials", "Farmer schools"}
    with store.session() as session:
        assert session.get(Activity, mapping).status == "ongoing"  # type: ignore[union-attr]

    unchanged = inventory_file(tmp_path / "same.xlsx", [
        [mapping, "Soil mapping, phase 2", None, None, None, None, None, None, "ongoing"]])
    import_from_menu(window, qtbot, monkeypatch, unchanged)  # changes nothing: nothing to undo
    assert window.hub.undo_stack.count() == 1


def test_an_undo_that_would_overwrite_a_later_edit_is_refused_and_stays_undoable(
        window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        mapping: str) -> None:
    activities = open_list(window, qtbot, "inventory", "A1")
    source = inventory_file(tmp_path / "inventory.xlsx",
                            [[mapping, "Soil mapping, phase 2"], [None, "Compost"]])
    import_from_menu(window, qtbot, monkeypatch, source)
    with store.session() as session, session.begin():  # another path than this window's stack
        records.update(session, Activity, mapping, title="Soil mapping (final)")

    window.undo_action.trigger()
    wait_idle(qtbot, window.worker)
    [refused] = window.errors  # type: ignore[attr-defined]
    assert isinstance(refused, InputRefused)
    assert "'Soil mapping (final)': Title was changed since" in str(refused)
    window.errors.clear()  # type: ignore[attr-defined]
    assert window.hub.undo_stack.index() == 1  # still the next thing Undo would do
    assert window.undo_action.text() == "&Undo Import 2 rows from inventory.xlsx"
    with store.session() as session:
        live = session.scalars(select(Activity.title).where(Activity.deleted.is_(False))).all()
    assert sorted(live) == ["Compost", "Soil mapping (final)"]

    with store.session() as session, session.begin():
        records.update(session, Activity, mapping, title="Soil mapping, phase 2")
    window.undo_action.trigger()
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert titles(activities) == {"Soil mapping"}


def test_a_concept_note_workbook_import_is_undone_and_redone(
        window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    notes = open_list(window, qtbot, "notes")
    assert notes.model.rowCount() == 0
    source = tmp_path / "note.xlsx"
    write_workbook(samples.concept_note_form(), source)
    concept_note_workbook.import_workbook(window.hub, None, window, source, code="A2")
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert titles(notes) == {samples.concept_note_form().title}
    assert window.undo_action.text() == "&Undo Import the concept note from note.xlsx"

    window.undo_action.trigger()
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert notes.model.rowCount() == 0
    with store.session() as session:
        [note] = session.scalars(select(ConceptNote)).all()
    assert note.deleted

    window.redo_action.trigger()
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert titles(notes) == {samples.concept_note_form().title}


def test_a_large_undo_reloads_the_lists_instead_of_announcing_each_change(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(undo, "NOTIFY_LIMIT", 2)  # as if the import had added thousands of rows
    announced: list[Any] = []
    window.hub.records_changed.connect(announced.append)
    activities = open_list(window, qtbot, "inventory", "A1")
    import_from_menu(window, qtbot, monkeypatch,
                     inventory_file(tmp_path / "big.xlsx", [[None, f"Trial {n}"] for n in range(5)]))
    assert len(titles(activities)) == 5
    with qtbot.waitSignal(window.hub.everything_changed):
        window.undo_action.trigger()
    wait_idle(qtbot, window.worker)
    assert announced == []
    assert activities.model.rowCount() == 0
