"""Values in the window as people write them: cycles by their year, money to the cent with its currency."""

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Activity, BudgetLine, ConceptNote, Cycle, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.conftest import Owner, wait_idle
from tests.gui.test_parts import open_in
from ui.mainwindow import MainWindow


def _activity_with_a_cycle(store: Store, **values: object) -> int:
    """An activity recorded in the first cycle; that cycle's year."""
    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        cycle = session.scalars(select(Cycle).order_by(Cycle.year)).first()
        assert cycle is not None
        records.create(session, Activity, task_force_id=a1, title="Agroforestry in Kaffrine",
                       cycle_id=cycle.id, **values)
        return cycle.year


def test_the_window_opens_when_the_first_list_holds_a_record_with_a_cycle(
        qtbot: QtBot, owned: Owner, store: Store, db_path: Path) -> None:
    from ui.app import start_window

    year = _activity_with_a_cycle(store, budget=12500.5, currency="EUR")
    window, worker = start_window(db_path)  # the quick read paints the inventory before the store opens
    owned(window)
    page = window.pages["inventory"].current_list()  # type: ignore[attr-defined]
    quick = [row.texts for row in page.model.rows]
    wait_idle(qtbot, worker)
    full = [row.texts for row in page.model.rows]
    for texts in (quick, full):
        assert len(texts) == 1
        assert str(year) in texts[0]  # the cycle by its year
        assert "12,500.50 EUR" in texts[0]
    assert quick == full  # the quick read and the full one show the same words


def test_a_budget_line_with_cents_totals_to_the_cent_and_too_much_asked_is_warned(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session, session.begin():
        tf = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        note = records.create(session, ConceptNote, task_force_id=tf, title="Soils of the Sahel", version=1,
                              status="draft", currency="EUR", amount_requested=20000).record_id
        records.create(session, BudgetLine, task_force_id=tf, concept_note_id=note, item="Soil analyses",
                       requested=12500.5, cofinancing_cash=1000.25)
    panel = open_in(window, qtbot, "notes", note)
    wait_idle(qtbot, window.worker)
    budget = next(p for p in panel.parts if p.kind is BudgetLine)
    assert "Requested: 12,500.50 EUR" in budget.totals.text()
    assert "Co-financing (cash): 1,000.25 EUR" in budget.totals.text()
    cell = budget.model.index(0, [s.name for s in budget.specs].index("requested"))
    assert budget.model.data(cell) == "12,500.50 EUR"
    message = panel.form.messages["amount_requested"]
    assert message.text() == "Amount requested: 20,000 EUR is more than the total budget (13,500.75 EUR)"
    assert not message.isHidden()
    with store.session() as session, session.begin():
        records.update(session, ConceptNote, note, amount_requested=13000.0)
    panel.form.reload()
    wait_idle(qtbot, window.worker)
    assert message.isHidden()  # within the budget: no warning left behind
    currency = panel.form.inputs["currency"]
    currency.show_value("XOF")
    currency.committed.emit()  # as leaving the field after typing does
    wait_idle(qtbot, window.worker)
    assert "Requested: 12,500.50 XOF" in budget.totals.text()  # the lines follow their note's currency
    assert budget.model.data(cell) == "12,500.50 XOF"


def test_history_shows_money_to_the_cent_and_the_cycle_by_its_year(store: Store, qtbot: QtBot) -> None:
    from ui.history import HistoryDialog, history

    year = _activity_with_a_cycle(store, budget=12500.0, currency="EUR", status="planned")
    with store.session() as session, session.begin():
        activity = session.scalars(select(Activity.id)).one()
        records.update(session, Activity, activity, budget=12500.5, status="ongoing")
    with store.session() as session:
        entries = history(session, "activity", activity)
    dialog = HistoryDialog(entries, "Agroforestry in Kaffrine")
    qtbot.addWidget(dialog)
    rows = {row[2]: row for row in dialog.model.rows}
    assert rows["Budget"][3:5] == ("12,500 EUR", "12,500.50 EUR")
    assert rows["Status"][3:5] == ("planned", "ongoing")
    created = rows["(created)"][4]
    assert f"Cycle recorded in: {year}" in created and "Budget: 12,500 EUR" in created
    assert "Task force: A1" in created  # a link by its record's title, never its id


def test_printed_minutes_list_as_present_only_who_was_marked_present(
        window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    import re
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    from sic_desktop.db.models import Meeting, MeetingParticipant, Person
    from ui.printing import a4_printer

    with store.session() as session, session.begin():
        tf = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        meeting = records.create(session, Meeting, task_force_id=tf, kind="TF meeting", title="Kick-off",
                                 held_on=date(2026, 3, 1), place="Online", online=True).record_id
        for name, attendance in (("Ana", "present"), ("Ben", None), ("Chloé", "invited"),
                                 ("Dan", "invited"), ("Eve", None)):
            person = records.create(session, Person, name=name).record_id
            records.create(session, MeetingParticipant, task_force_id=tf, meeting_id=meeting,
                           person_id=person, attendance=attendance)
    panel = open_in(window, qtbot, "meetings", meeting)
    buttons = {b.text(): b for b in panel.findChildren(type(panel.history_button))}
    buttons["Print minutes..."].click()
    wait_idle(qtbot, window.worker)
    preview = panel.print_preview  # type: ignore[attr-defined]
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "minutes.pdf"))
    preview.paintRequested.emit(printer)  # what the preview's Print button prints
    preview.close()
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "minutes.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = re.sub(r"\s+", " ", text)
    assert "1 present, 4 invited (attendance not recorded)" in flat
    assert "Present Ana Invited, attendance not recorded Ben Chloé Dan Eve" in flat, flat
    assert "Online and online" not in flat


@pytest.mark.parametrize(("kind", "values"), [
    ("meeting", {"kind": "TF meeting", "title": "Kick-off", "held_on": date(2026, 3, 1), "online": True}),
    ("concept_note", {"title": "Sahel soils", "version": 2, "status": "draft", "amount_requested": 0.5,
                      "currency": "USD"}),
    ("action_plan", {"title": "Plan 2026"}),
])
def test_every_first_list_with_a_cycle_reads_the_same_quick_and_full(
        store: Store, db_path: Path, kind: str, values: dict[str, object]) -> None:
    from sic_desktop.db.base import record_class
    from ui.queries import load_rows
    from ui.quickread import first_screen

    model = record_class(kind)
    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        cycle = session.scalars(select(Cycle).order_by(Cycle.year)).first()
        assert cycle is not None
        records.create(session, model, task_force_id=a1, cycle_id=cycle.id, **values)
    quick = first_screen(db_path, kind, None)
    assert quick is not None
    with store.session() as session:
        full = load_rows(session, kind)
    assert [row.texts for row in quick.rows] == [row.texts for row in full]
    assert str(cycle.year) in quick.rows[0].texts
