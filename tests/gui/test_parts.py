"""Repeating parts: a concept note's budget edited in its table, a meeting's participants picked."""

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import (
    ActionPlan,
    BudgetLine,
    ConceptNote,
    Indicator,
    Meeting,
    MeetingParticipant,
    Membership,
    Organisation,
    Person,
    TaskForce,
)
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.conftest import open_from, wait_idle
from ui.areapage import AreaPage
from ui.editor.dialogs import NewRecordDialog
from ui.editor.panel import RecordPanel
from ui.mainwindow import MainWindow


def open_in(window: MainWindow, qtbot: QtBot, area: str, record_id: str) -> RecordPanel:
    window.navigation.choose_area(area)
    page = window.current_page()
    assert isinstance(page, AreaPage)
    listing = page.current_list()
    assert listing is not None
    return open_from(listing, qtbot, record_id)


def task_force(store: Store, code: str = "A1") -> str:
    with store.session() as session:
        return session.scalars(select(TaskForce.id).where(TaskForce.code == code)).one()


def test_budget_lines_edited_in_their_table(window: MainWindow, qtbot: QtBot, store: Store,
                                            qtmodeltester: Any) -> None:
    tf = task_force(store)
    with store.session() as session, session.begin():
        note = records.create(session, ConceptNote, task_force_id=tf, title="Soils of the Sahel",
                              version=1, status="draft").record_id
    panel = open_in(window, qtbot, "notes", note)
    budget = next(p for p in panel.parts if p.kind is BudgetLine)
    budget.add_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, NewRecordDialog) and w.isVisible())
    assert "concept_note_id" not in dialog.form.inputs  # the parent link is filled in, not asked
    qtbot.keyClicks(dialog.form.inputs["item"].widget, "Soil sampling")
    qtbot.keyClicks(dialog.form.inputs["requested"].widget, "12000")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    assert budget.model.rowCount() == 1
    qtmodeltester.check(budget.model)
    headers = [budget.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(budget.model.columnCount())]
    assert budget.model.index(0, headers.index("Item")).data() == "Soil sampling"  # cells under their titles
    column = next(c for c, s in enumerate(budget.specs) if s.name == "requested")
    assert budget.model.setData(budget.model.index(0, column), 15000.0)
    wait_idle(qtbot, window.worker)
    with store.session() as session:
        line = session.scalars(select(BudgetLine)).one()
        assert (line.item, line.requested, line.task_force_id) == ("Soil sampling", 15000.0, tf)
    window.undo_action.trigger()
    wait_idle(qtbot, window.worker)
    with store.session() as session:
        assert session.scalars(select(BudgetLine)).one().requested == 12000.0
    assert budget.model.rows[0].values[column] == 12000.0
    assert "Requested: 12,000" in budget.totals.text()
    assert window.errors == []  # type: ignore[attr-defined]


def test_cell_editor_refuses_a_negative_amount(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    tf = task_force(store)
    with store.session() as session, session.begin():
        note = records.create(session, ConceptNote, task_force_id=tf, title="N", version=1,
                              status="draft").record_id
        records.create(session, BudgetLine, task_force_id=tf, concept_note_id=note, item="Travel")
    panel = open_in(window, qtbot, "notes", note)
    budget = next(p for p in panel.parts if p.kind is BudgetLine)
    column = next(c for c, s in enumerate(budget.specs) if s.name == "requested")
    assert not budget.model.setData(budget.model.index(0, column), -5.0)
    assert "cannot be negative" in window.statusBar().currentMessage()
    assert window.hub.undo_stack.count() == 0


def test_participants_picked_from_the_task_force(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    tf, other = task_force(store), task_force(store, "A2")
    with store.session() as session, session.begin():
        people = {name: records.create(session, Person, name=name).record_id
                  for name in ("Ana", "Ben", "Chloé", "Outsider")}
        for name in ("Ana", "Ben", "Chloé"):
            records.create(session, Membership, task_force_id=tf, person_id=people[name], role="TFM")
        records.create(session, Membership, task_force_id=other, person_id=people["Outsider"], role="TFM")
        meeting = records.create(session, Meeting, task_force_id=tf, kind="TF meeting", title="Kick-off",
                                 held_on=date(2026, 3, 1)).record_id
        records.create(session, MeetingParticipant, task_force_id=tf, meeting_id=meeting,
                       person_id=people["Ana"])
    panel = open_in(window, qtbot, "meetings", meeting)
    participants = next(p for p in panel.parts if p.kind is MeetingParticipant)
    participants.members_button.click()
    wait_idle(qtbot, window.worker)
    picker: Any = participants.picker  # type: ignore[attr-defined]
    offered = [picker.list.item(row).text() for row in range(picker.list.count())]
    assert offered == ["Ben", "Chloé"]  # members only, and not the ones already invited
    for row in range(picker.list.count()):
        picker.list.item(row).setCheckState(Qt.CheckState.Checked)
    picker.accept()
    wait_idle(qtbot, window.worker)
    assert participants.model.rowCount() == 3
    window.undo_action.trigger()  # one step undoes the whole invitation
    wait_idle(qtbot, window.worker)
    assert participants.model.rowCount() == 1


def test_print_minutes_on_a4(window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Any) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing import a4_printer, minutes_document, print_document

    tf = task_force(store)
    with store.session() as session, session.begin():
        org = records.create(session, Organisation, name="CIRAD").record_id
        ana = records.create(session, Person, name="Ana", organisation_id=org).record_id
        meeting = records.create(session, Meeting, task_force_id=tf, kind="TF meeting", title="Kick-off",
                                 held_on=date(2026, 3, 1), minutes="We agreed on the plan.").record_id
        records.create(session, MeetingParticipant, task_force_id=tf, meeting_id=meeting, person_id=ana,
                       attendance="present")
    panel = open_in(window, qtbot, "meetings", meeting)
    buttons = {b.text(): b for b in panel.findChildren(type(panel.history_button))}
    buttons["Print minutes..."].click()
    wait_idle(qtbot, window.worker)
    preview = panel.print_preview  # type: ignore[attr-defined]
    assert preview.isVisible()
    preview.close()
    from sic_desktop.documents.minutes import minutes_context

    with store.session() as session:
        context = dict(minutes_context(session, meeting))
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "minutes.pdf"))
    document = minutes_document(context)
    assert "Ana, CIRAD" in document.toPlainText()
    print_document(document, printer)
    assert (tmp_path / "minutes.pdf").read_bytes().startswith(b"%PDF")
    layout = printer.pageLayout()
    assert layout.pageSize().id() == layout.pageSize().PageSizeId.A4
    assert layout.margins().left() == 20


def test_documents_menu_writes_word_files(window: MainWindow, qtbot: QtBot, store: Store,
                                          tmp_path: Any) -> None:
    from ui import documents

    tf = task_force(store)
    with store.session() as session, session.begin():
        meeting = records.create(session, Meeting, task_force_id=tf, kind="TF meeting", title="Kick-off",
                                 held_on=date(2026, 3, 1), minutes="We agreed.").record_id
    documents.for_open_record(window.hub, None, "minutes", window)
    assert "Open a meeting first" in window.statusBar().currentMessage()
    panel = open_in(window, qtbot, "meetings", meeting)
    documents.write_document(window.hub, "minutes", panel.record_id, tmp_path / "minutes.docx", window)
    documents.write_report(window.hub, 2022, None, tmp_path / "report.docx", window)
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert (tmp_path / "minutes.docx").read_bytes()[:2] == b"PK"
    assert (tmp_path / "report.docx").read_bytes()[:2] == b"PK"


def test_a_long_title_keeps_its_line_in_a_narrow_panel(window: MainWindow, qtbot: QtBot,
                                                       store: Store) -> None:
    tf = task_force(store)
    with store.session() as session, session.begin():
        title = "Restoring degraded rangelands with holistic grazing in the Sahel"
        note = records.create(session, ConceptNote, task_force_id=tf, version=1, status="draft",
                              title=title).record_id
    window.resize(1100, 700)
    panel = open_in(window, qtbot, "notes", note)
    window.current_page().current_list().splitter.setSizes([400, 600])  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: panel.width() < 700)
    # Beside the document buttons the title was squeezed to a column of single words.
    assert panel.title.width() > panel.width() * 0.8
    assert panel.title.height() < 4 * panel.title.fontMetrics().height()


def test_totals_add_amounts_not_targets(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    tf = task_force(store)
    with store.session() as session, session.begin():
        note = records.create(session, ConceptNote, task_force_id=tf, title="N", version=1,
                              status="draft").record_id
        for requested in (1000.0, 2500.0):
            records.create(session, BudgetLine, task_force_id=tf, concept_note_id=note, item="Travel",
                           requested=requested, cofinancing_cash=100.0)
        plan = records.create(session, ActionPlan, task_force_id=tf, title="Plan").record_id
        for target in (40.0, 60.0):  # percentages of two indicators: 100 would mean nothing
            records.create(session, Indicator, task_force_id=tf, action_plan_id=plan, name="Share",
                           baseline=10.0, target_2030=target)
    budget = next(p for p in open_in(window, qtbot, "notes", note).parts if p.kind is BudgetLine)
    assert "Requested: 3,500" in budget.totals.text()
    assert "Co-financing (cash): 200" in budget.totals.text()
    indicators = next(p for p in open_in(window, qtbot, "plans", plan).parts if p.kind is Indicator)
    assert indicators.model.rowCount() == 2
    assert indicators.totals.text() == ""
    assert not indicators.totals.isVisibleTo(indicators)


def test_the_documents_menu_writes_the_official_list_of_a_chosen_cycle(
        window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from sic_desktop.db.models import Candidacy, Organisation, Person
    from sic_desktop.services.reference import reference_id
    from tests.docx_text import text_of

    with store.session() as session, session.begin():
        cirad = records.create(session, Organisation, name="CIRAD", partner=True).record_id
        awa = records.create(session, Person, name="Awa Ndiaye", organisation_id=cirad).record_id
        candidacy = records.create(session, Candidacy, task_force_id=task_force(store), person_id=awa,
                                   cycle_id=reference_id("cycle", "2022"), role="TFL",
                                   exsec_proposal="proposed").record_id
        records.update(session, Candidacy, candidacy, board_decision="approved",
                       decided_on=date(2022, 11, 20))
    asked: list[list[str]] = []

    def choose(_parent: Any, _title: str, _label: str, items: list[str], *_args: Any) -> tuple[str, bool]:
        asked.append(items)
        return "2022", True

    target = tmp_path / "official-list-2022.docx"
    monkeypatch.setattr(QInputDialog, "getItem", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), "Word document (*.docx)"))
    [action] = [a for a in window.documents_menu.actions() if a.text().startswith("&Official list")]
    action.trigger()
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert "2022" in asked[0]
    text = text_of(target)
    assert "Official list 2022" in text and "Awa Ndiaye" in text and "CIRAD" in text
    assert str(target) in window.statusBar().currentMessage()
