"""What a person sees on a 1366x768 screen: every column title of a table, and dialogs that fit."""

import html
from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QTableView, QWidget
from pytestqt.qtbot import QtBot

from sic_desktop.db.models import (
    ActionItem,
    ActionPlan,
    BudgetLine,
    ConceptNote,
    ConceptNoteIndicator,
    ConceptNotePartner,
    Indicator,
    Membership,
    Organisation,
)
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.test_parts import open_in, task_force
from ui.editor.dialogs import NewRecordDialog
from ui.editor.parts import PartTable
from ui.mainwindow import MainWindow

WRAP = int(Qt.TextFlag.TextWordWrap)
LONG = "Restoring degraded rangelands with holistic grazing and soil carbon monitoring in the Sahel"


def assert_every_title_readable(view: QTableView) -> None:
    """Each shown column lies within the table's width, its title whole: no word cut, no line hidden."""
    header = view.horizontalHeader()
    font = header.font()
    font.setBold(True)  # the titles of a selected row's table
    metrics = QFontMetrics(font)
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    assert not view.horizontalScrollBar().isVisible()
    for column in range(view.model().columnCount()):
        if view.isColumnHidden(column):
            continue
        title = str(view.model().headerData(column, Qt.Orientation.Horizontal))
        left, width = view.columnViewportPosition(column), view.columnWidth(column)
        assert left >= 0 and left + width <= view.viewport().width(), title
        widest_word = metrics.boundingRect(QRect(0, 0, 1, 10_000), WRAP, title).width()  # where Qt breaks it
        assert widest_word + margins <= width, title
        wrapped = metrics.boundingRect(QRect(0, 0, width - margins, 10_000), WRAP, title)
        assert wrapped.height() <= header.height(), title


def show_part(part: PartTable, qtbot: QtBot) -> None:
    tabs = part.parentWidget()
    while tabs is not None and not hasattr(tabs, "setCurrentWidget"):
        tabs = tabs.parentWidget()
    tabs.setCurrentWidget(part)  # type: ignore[union-attr]
    qtbot.waitUntil(part.view.isVisible)
    QApplication.processEvents()
    part.view.selectRow(0)  # the titles turn bold and must still fit


def test_concept_note_parts_fit_a_laptop_panel(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    tf = task_force(store)
    with store.session() as session, session.begin():
        note = records.create(session, ConceptNote, task_force_id=tf, title="Sahel soils", version=1,
                              status="draft").record_id
        cirad = records.create(session, Organisation, name="CIRAD").record_id
        records.create(session, ConceptNotePartner, task_force_id=tf, concept_note_id=note,
                       organisation_id=cirad, role="Lead", contribution=LONG)
        for position in range(1, 4):
            records.create(session, BudgetLine, task_force_id=tf, concept_note_id=note, position=position,
                           item=LONG, category="Field work", requested=453126.0, cofinancing_cash=12000.0,
                           cofinancing_in_kind=2500.0, source="Regional government")
        records.create(session, ConceptNoteIndicator, task_force_id=tf, concept_note_id=note, name=LONG,
                       unit="ha", baseline="0", target="12,000", measurement=LONG)
    window.resize(1366, 768)
    panel = open_in(window, qtbot, "notes", note)
    for part in panel.parts:
        show_part(part, qtbot)
        assert_every_title_readable(part.view)
    budget = next(p for p in panel.parts if p.kind is BudgetLine)
    item = next(c for c, s in enumerate(budget.specs) if s.name == "item")
    assert budget.view.columnWidth(item) < budget.view.fontMetrics().horizontalAdvance(LONG)  # elided
    assert budget.model.index(0, item).data(Qt.ItemDataRole.ToolTipRole) == LONG  # and whole on hover
    assert window.errors == []  # type: ignore[attr-defined]


def test_action_plan_parts_fit_a_laptop_panel(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    tf = task_force(store)
    with store.session() as session, session.begin():
        plan = records.create(session, ActionPlan, task_force_id=tf, title="Plan A1").record_id
        for _ in range(3):
            records.create(session, ActionItem, task_force_id=tf, action_plan_id=plan, what=LONG,
                           who="Ana Ribeiro, CIRAD", due=date(2026, 6, 30), status="in progress")
            records.create(session, Indicator, task_force_id=tf, action_plan_id=plan, name=LONG, unit="ha",
                           baseline=0.0, target_cycle=1500.0, target_2030=574589.0, target_2050=1250000.0)
    window.resize(1366, 768)
    panel = open_in(window, qtbot, "plans", plan)
    for part in panel.parts:
        show_part(part, qtbot)
        assert_every_title_readable(part.view)
        # The long text gave way, not the columns beside it: each shows its whole value.
        for column, spec in enumerate(part.specs):
            if spec.kind != "long" and spec.name != "name" and not part.view.isColumnHidden(column):
                assert part.view.columnWidth(column) >= part.view.sizeHintForColumn(column), spec.name


def test_a_column_sized_by_hand_keeps_its_width(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    tf = task_force(store)
    with store.session() as session, session.begin():
        plan = records.create(session, ActionPlan, task_force_id=tf, title="Plan A1").record_id
        records.create(session, ActionItem, task_force_id=tf, action_plan_id=plan, what=LONG)
    window.resize(1366, 768)
    panel = open_in(window, qtbot, "plans", plan)
    items = panel.parts[0]
    show_part(items, qtbot)
    items.view.horizontalHeader().resizeSection(0, 500)  # as a drag of the column's edge does
    window.resize(1300, 760)
    qtbot.wait(50)
    assert items.view.columnWidth(0) == 500


def test_a_short_new_record_dialog_shows_its_form_whole(window: MainWindow, qtbot: QtBot) -> None:
    for kind, hidden in ((ConceptNotePartner, ("task_force_id", "concept_note_id")), (Membership, ())):
        dialog = NewRecordDialog(window.hub, kind, hidden=hidden, parent=window)
        dialog.show()
        qtbot.waitExposed(dialog)
        scroll_bar = dialog.form_area.verticalScrollBar()

        def laid_out(bar: QWidget = scroll_bar) -> bool:
            return not bar.isVisible()

        qtbot.waitUntil(laid_out, timeout=1000)  # once laid out
        empty = dialog.form_area.viewport().height() - dialog.form.sizeHint().height()
        assert empty < 2 * dialog.fontMetrics().height(), kind  # no blank half of a dialog either
        dialog.close()


def test_a_long_new_record_dialog_fits_the_screen(window: MainWindow, qtbot: QtBot) -> None:
    dialog = NewRecordDialog(window.hub, ConceptNote, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)  # laid out
    screen = dialog.screen().availableGeometry()
    assert dialog.form.sizeHint().height() > screen.height()  # else this dialog tells nothing
    assert dialog.frameGeometry().height() <= 0.9 * screen.height()  # title bar and taskbar in view
    assert dialog.form_area.verticalScrollBar().isVisible()
    assert dialog.form_area.horizontalScrollBar().maximum() == 0  # its scroll bar takes no field's width
    dialog.close()


def test_history_shows_every_column_title(qtbot: QtBot) -> None:
    from ui.history import Entry, HistoryDialog

    created = "; ".join(f"Field {n}: {LONG}" for n in range(12))  # a new record: all its fields in one line
    dialog = HistoryDialog([
        Entry("2026-03-01 09:16:58", "root (Executive Secretariat (benchmark))", "(created)", "", created,
              "insert", True),
        Entry("2026-03-02 10:00:00", "Ana", "Title", LONG, LONG + " and the Sahel", "update", True),
        Entry("2026-03-03 11:00:00", "Ben (Africa office)", "Title", LONG, "Sahel soils", "update", False),
    ], "Concept note: Sahel soils")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)  # laid out
    view, header = dialog.view, dialog.view.horizontalHeader()
    assert dialog.width() < dialog.screen().availableGeometry().width()  # the 800 pixels of Qt's test screen
    assert not view.horizontalScrollBar().isVisible()
    for column in range(header.count()):
        left, width = view.columnViewportPosition(column), view.columnWidth(column)
        assert left >= 0 and left + width <= view.viewport().width(), column
        assert width >= header.sectionSizeHint(column), column  # the title whole
    became = view.model().mapFromSource(dialog.model.index(2, 4))  # type: ignore[attr-defined]  # oldest last
    lines = view.fontMetrics().lineSpacing()
    assert 2 * lines <= view.rowHeight(became.row()) <= 5 * lines  # wrapped, yet not one field a line
    assert html.unescape(str(became.data(Qt.ItemDataRole.ToolTipRole))) == f"<qt>{created}</qt>"
