"""Importing a list from the window: the columns step with the first rows, then a preview, then the import."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Person
from sic_desktop.db.store import Store
from tests.gui.conftest import wait_idle
from tests.sheets import write_sheet
from ui import spreadsheets
from ui.mainwindow import MainWindow
from ui.sheet_import import MappingDialog, PreviewDialog


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def people(store: Store) -> list[tuple[str, str | None]]:
    with store.session() as session:
        return [(p.name, p.email) for p in session.scalars(select(Person).order_by(Person.name))]


def test_unrecognised_titles_ask_for_the_columns_then_preview_then_import(
        window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    source = write_sheet(tmp_path / "list.xlsx", ["Who", "Contact", "Phone"],
                         [["Ana Silva", "ana@example.org", "+351"], ["Bo Chen", "bo@example.org", None]])
    spreadsheets.import_with_preview(window.hub, "members", None, window, source, code="A1")
    wait_idle(qtbot, window.worker)
    [columns] = window.findChildren(MappingDialog)
    assert columns.isVisible()
    first = [["Ana Silva", "ana@example.org", "+351"], ["Bo Chen", "bo@example.org"]]
    assert [columns.glimpse.rows[0], columns.glimpse.rows[1][:2]] == first
    columns.choices[0].setCurrentIndex(columns.choices[0].findData("Name"))
    columns.choices[1].setCurrentIndex(columns.choices[1].findData("Email"))
    columns.accept()
    wait_idle(qtbot, window.worker)
    [preview] = window.findChildren(PreviewDialog)
    assert preview.summary.text() == "2 will be added, 0 changed, 0 left as they are."
    assert "'Phone'" in preview.notes.text()
    assert people(store) == []  # nothing written before Import
    preview.import_button.click()
    wait_idle(qtbot, window.worker)
    assert people(store) == [("Ana Silva", "ana@example.org"), ("Bo Chen", "bo@example.org")]
    assert window.errors == []  # type: ignore[attr-defined]

    # The same layout again: the mapping is remembered, the preview comes at once.
    for dialog in (columns, preview):
        dialog.setParent(None)
        dialog.deleteLater()
    again = write_sheet(tmp_path / "again.xlsx", ["Who", "Contact", "Phone"],
                        [["Ana Silva", "ana@example.org", "+351 21"]])
    spreadsheets.import_with_preview(window.hub, "members", None, window, again, code="A1")
    wait_idle(qtbot, window.worker)
    assert window.findChildren(MappingDialog) == []
    [preview] = window.findChildren(PreviewDialog)
    assert preview.summary.text() == "0 will be added, 0 changed, 1 left as they are."
    assert "row 2: ana@example.org is Ana Silva, already known" in preview.notes.text()
    preview.reject()


def test_the_preview_lists_each_problem_and_offers_no_import(
        window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    source = write_sheet(tmp_path / "bad.xlsx", ["Nom", "Courriel", "Rôle"],
                         [["Ana Silva", "not an address", "TFM"], ["Bo Chen", "bo@example.org", "Boss"]])
    spreadsheets.import_with_preview(window.hub, "members", None, window, source, code="A1")
    wait_idle(qtbot, window.worker)
    [preview] = window.findChildren(PreviewDialog)
    assert not preview.import_button.isEnabled()
    table = preview.problems
    rows = [[_text(table, r, c) for c in range(3)] for r in range(table.rowCount())]
    assert rows == [["Sheet", "2", "Email"], ["Sheet", "3", "Role"]]
    assert "Boss" in _text(table, 1, 3)
    preview.reject()
    assert people(store) == []


def test_a_list_exported_as_csv_when_that_type_is_chosen(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (
        str(tmp_path / "members.xlsx"), "Text, comma-separated (*.csv)"))
    spreadsheets.export_list(window.hub, "members", None, window)
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert (tmp_path / "members.csv").read_bytes().startswith(b"\xef\xbb\xbfID,Name,Email")
