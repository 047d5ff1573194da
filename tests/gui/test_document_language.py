"""Documents from the window: in the window's language, or another chosen with the file type."""

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from sic_desktop.db.models import Meeting
from sic_desktop.db.store import Store
from sic_desktop.services import records
from sic_desktop.services.reference import reference_id
from tests.gui.conftest import wait_idle
from ui import documents
from ui.mainwindow import MainWindow


def minutes_text(path: Path) -> str:
    document = Document(str(path))
    return "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])


@pytest.fixture
def meeting(store: Store) -> str:
    with store.session() as session, session.begin():
        return records.create(session, Meeting, task_force_id=reference_id("task_force", "A1"),
                              kind="TF meeting", title="Kick-off", held_on=date(2026, 12, 6),
                              online=True).record_id


def test_minutes_in_the_language_chosen_with_the_file_type(
        window: MainWindow, qtbot: QtBot, meeting: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "actas.docx"
    offered: list[str] = []

    def save_as(_parent: object, _title: str, _name: str, kinds: str) -> tuple[str, str]:
        offered.extend(kinds.split(";;"))
        return str(target), "Word document - Español (*.docx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    documents._save(window.hub, "minutes", meeting, window, "minutes.docx")
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert offered[:2] == ["Word document (*.docx)", "PDF (*.pdf)"]  # the window's language first
    text = minutes_text(target)
    assert "Orden del día" in text and "6 de diciembre de 2026" in text and "En línea" in text


def test_a_french_window_writes_french_minutes_by_default(
        window: MainWindow, qtbot: QtBot, meeting: str, tmp_path: Path) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        documents.write_document(window.hub, "minutes", meeting, tmp_path / "pv.docx", window)
        wait_idle(qtbot, window.worker)
    finally:
        QLocale.setDefault(before)
    text = minutes_text(tmp_path / "pv.docx")
    assert "Ordre du jour" in text and "6 décembre 2026" in text and "En ligne" in text


def test_the_printed_minutes_of_a_french_window_give_dates_in_french(
        window: MainWindow, qtbot: QtBot, meeting: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import printing

    shown: list[str] = []

    def preview(context: dict[str, object], _parent: object) -> None:
        shown.append(printing.minutes_document(context).toPlainText())

    monkeypatch.setattr(printing, "preview_minutes", preview)
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        documents.preview(window.hub, meeting, window)
        wait_idle(qtbot, window.worker)
    finally:
        QLocale.setDefault(before)
    [text] = shown
    assert "6 décembre 2026" in text and "December" not in text and "En ligne" in text
