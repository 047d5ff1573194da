"""The window shows a concept note's status as its records give it, read-only with the reason, and
offers the letter of support as soon as the Bureau's validation is recorded."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from sic_desktop.db import models as m
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.conftest import open_from, wait_idle
from tests.notes import advance, name_signatory, sample_note
from ui.documents import write_document
from ui.editor.panel import RecordPanel
from ui.mainwindow import MainWindow


def open_note(window: MainWindow, qtbot: QtBot, note_id: str) -> RecordPanel:
    window.navigation.choose_area("notes")
    listing = window.current_page().current_list()  # type: ignore[union-attr]
    assert listing is not None and listing.kind is m.ConceptNote
    return open_from(listing, qtbot, note_id)


def letter_button(panel: RecordPanel) -> QPushButton:
    return next(b for b in panel.findChildren(QPushButton) if b.text() == "Letter of support...")


def test_the_status_follows_the_decisions_and_the_letter_is_offered_once_validated(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session, session.begin():
        note_id = sample_note(session)
        advance(session, note_id, "assessed")
        name_signatory(session)
        task_force = records.get(session, m.ConceptNote, note_id).task_force_id
    panel = open_note(window, qtbot, note_id)
    status = panel.form.inputs["status"]
    assert status.value() == "assessed"
    assert not status.widget.isEnabled()
    assert status.widget.toolTip() == "Follows the records: the STC assessed version 1"
    assert not panel.form.inputs["version"].widget.isEnabled()
    letter = letter_button(panel)
    assert not letter.isEnabled() and letter.toolTip() == "A letter follows the Bureau's validation"

    # The Bureau's decision, recorded through the window's one door for writes.
    window.hub.write(lambda session, _c: records.create(
        session, m.Validation, task_force_id=task_force, concept_note_id=note_id, decision="validated",
        decided_on=date(2026, 9, 25)))
    wait_idle(qtbot, window.worker)
    qtbot.waitUntil(lambda: status.value() == "validated")
    assert status.widget.toolTip() == "Follows the records: the Bureau validated it on 2026-09-25"
    qtbot.waitUntil(letter.isEnabled)
    assert letter.toolTip() == "The Bureau validated the note: the letter can be issued"
    assert window.errors == []  # type: ignore[attr-defined]


def test_a_submitted_note_opens_read_only_in_a_regional_copy_saying_why(
        regional: Callable[[], MainWindow], qtbot: QtBot) -> None:
    shown = regional()
    with shown.worker.store.session() as session, session.begin():
        note_id = sample_note(session)
        advance(session, note_id, "submitted")
    panel = open_note(shown, qtbot, note_id)
    assert not panel.form.editable
    assert "read-only to its task force until the Secretariat returns it" in (panel.form.locked or "")
    assert panel.form.inputs["status"].value() == "submitted"
    letter = letter_button(panel)
    assert not letter.isEnabled() and "issued by the Secretariat" in letter.toolTip()


def test_a_stale_assessment_says_so_in_its_list(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session, session.begin():
        note_id = sample_note(session)
        advance(session, note_id, "assessed")
        records.update(session, m.ConceptNote, note_id, risks="Written after the assessment")
    window.navigation.choose_area("assessments")
    listing = window.current_page().current_list()  # type: ignore[union-attr]
    assert listing is not None and listing.kind is m.Assessment
    listing.reload()
    wait_idle(qtbot, window.worker)
    version = next(c for c, s in enumerate(listing.model.specs) if s.name == "concept_note_version")
    [row] = listing.model.rows
    assert row.texts[version] == "1 (stale)"


def test_issuing_a_letter_in_the_window_shows_it_in_the_letters_list_at_once(
        window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    with store.session() as session, session.begin():
        note_id = sample_note(session)
        advance(session, note_id, "validated")
        name_signatory(session)
    window.navigation.choose_area("assessments")
    page = window.current_page()
    page.tabs.setCurrentIndex(page.area.kinds.index("letter_of_support"))  # type: ignore[union-attr]
    letters = page.current_list()  # type: ignore[union-attr]
    assert letters is not None and letters.kind is m.LetterOfSupport
    wait_idle(qtbot, window.worker)
    assert letters.model.rowCount() == 0

    write_document(window.hub, "letter", note_id, tmp_path / "letter.docx", window)
    wait_idle(qtbot, window.worker)
    # No reload asked for: the hub announced the letter the write recorded.
    qtbot.waitUntil(lambda: letters.model.rowCount() == 1)
    number = next(c for c, s in enumerate(letters.model.specs) if s.name == "reference")
    assert letters.model.rows[0].texts[number].startswith("LoS-")
    assert (tmp_path / "letter.docx").stat().st_size > 0
    assert window.errors == []  # type: ignore[attr-defined]
