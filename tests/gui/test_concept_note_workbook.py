"""The concept-note workbook from the window: blank out, filled back in, one note out again."""

from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import ConceptNote
from sic_desktop.db.store import Store
from sic_desktop.errors import SicError
from tests.gui.conftest import wait_idle
from ui import concept_note_workbook
from ui.mainwindow import MainWindow


def fill_blank(path: Path, title: str) -> None:
    workbook = load_workbook(path)
    sheet = workbook["Concept note"]
    for row in sheet.iter_rows(min_row=1):
        label = str(row[0].value or "")
        if label.startswith("Title"):
            row[1].value = title
        elif label.startswith("Status"):
            row[1].value = "draft"
    workbook.save(path)


def test_a_blank_workbook_filled_in_excel_becomes_a_concept_note(
        window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    blank = tmp_path / "blank.xlsx"
    concept_note_workbook.write_blank(window.hub, window, blank)
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert "Concept note" in load_workbook(blank).sheetnames

    concept_note_workbook.import_workbook(window.hub, None, window, blank, code="A2")
    wait_idle(qtbot, window.worker)
    [refused] = window.errors  # type: ignore[attr-defined]
    assert isinstance(refused, SicError) and "Title" in str(refused)  # the blank has no title yet
    window.errors.clear()  # type: ignore[attr-defined]
    with store.session() as session:
        assert session.scalars(select(ConceptNote)).all() == []

    fill_blank(blank, "Restoring soil carbon in the Sahel")
    concept_note_workbook.import_workbook(window.hub, None, window, blank, code="A2")
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert "Added concept note" in window.statusBar().currentMessage()
    with store.session() as session:
        [note] = session.scalars(select(ConceptNote)).all()
    assert note.title == "Restoring soil carbon in the Sahel"

    exported = tmp_path / "note.xlsx"
    concept_note_workbook.export_note(window.hub, note.id, window, exported)
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    values = [cell.value for row in load_workbook(exported)["Concept note"].iter_rows() for cell in row]
    assert "Restoring soil carbon in the Sahel" in values
