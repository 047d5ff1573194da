"""The overlaps screen: alike notes of different task forces, scored, with reasons, sortable, searchable."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import ConceptNote, OverlapChoice
from sic_desktop.db.store import Store
from sic_desktop.services import records
from sic_desktop.services.reference import reference_id
from tests.gui.conftest import wait_idle
from ui.mainwindow import MainWindow
from ui.overlaps import OverlapsPage

CASSAVA = ("Restore degraded cassava fields on ferralsols with mucuna cover crops and farmer field schools, "
           "measure soil organic carbon with portable spectrometers and pay smallholders for verified gains")


def note(session: Any, code: str, title: str, **values: Any) -> str:
    return records.create(session, ConceptNote, task_force_id=reference_id("task_force", code), title=title,
                          version=1, **values).record_id


def test_alike_notes_of_two_task_forces_are_listed_with_score_and_reasons(
        window: MainWindow, qtbot: QtBot, store: Store, qtmodeltester: Any) -> None:
    with store.session() as session, session.begin():
        cassava_a1 = note(session, "A1", "Cassava soils carbon in West Africa", acronym="CASSAVA",
                          countries="Ghana, Nigeria", objectives=CASSAVA, activities=CASSAVA)
        cassava_a2 = note(session, "A2", "Carbon of cassava soils, West Africa", acronym="CASSAVA",
                          countries="Nigeria, Ghana", objectives=CASSAVA, activities=CASSAVA)
        note(session, "A3", "Peatland rewetting in Indonesia", acronym="PEAT", countries="Indonesia",
             objectives="Block drainage canals and rewet peat domes with communities",
             activities="Canal blocking, fire patrols, paludiculture trials")
        near_a3 = note(session, "A3", "Mangrove blue carbon in Senegal", acronym="MANGROVE",
                       countries="Senegal", objectives="Replant mangroves in the Saloum delta with villages",
                       activities="Mangrove nurseries, replanting, blue carbon accounting")
        near_a4 = note(session, "A4", "Blue carbon of Senegal's mangroves", acronym="BLUE",
                       countries="Senegal", objectives="Replant mangroves in the Saloum delta with villages",
                       activities="Mangrove nurseries, replanting, blue carbon accounting, credits")
    window.hub.everything_changed.emit()
    window.navigation.choose_area("overlaps")
    page = window.current_page()
    assert isinstance(page, OverlapsPage)
    wait_idle(qtbot, window.worker)
    qtmodeltester.check(page.model)

    shown = [tuple(page.proxy.index(row, column).data() for column in range(5))
             for row in range(page.proxy.rowCount())]
    pairs = {frozenset(page.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole))
             for row in range(page.proxy.rowCount())}
    assert pairs == {frozenset((cassava_a1, cassava_a2)), frozenset((near_a3, near_a4))}
    assert page.summary.text() == ("Pairs of concept notes from different task forces that are alike "
                                   "(the same subject, countries, partners or acronym): 2")
    scores = [float(row[0]) for row in shown]
    assert scores == sorted(scores, reverse=True)  # the most alike first
    cassava = next(row for row in range(page.proxy.rowCount())
                   if "cassava" in page.proxy.index(row, 2).data().lower())
    reasons = page.proxy.index(cassava, 5).data()
    assert "same acronym: CASSAVA" in reasons and "same countries: Ghana, Nigeria" in reasons
    assert {page.proxy.index(cassava, 1).data(), page.proxy.index(cassava, 3).data()} == {"A1", "A2"}

    # A click on a header sorts by that column, either way; the search narrows to one pair.
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        page.view.sortByColumn(2, order)
        titles = [page.proxy.index(row, 2).data() for row in range(page.proxy.rowCount())]
        assert titles == sorted(titles, reverse=order == Qt.SortOrder.DescendingOrder)
    page.search.setText("mangrove")
    assert page.proxy.rowCount() == 1
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    assert page.current_pair() in ((near_a3, near_a4), (near_a4, near_a3))
    assert "Mangrove blue carbon in Senegal" in page.detail.text() and "- same countries: Senegal" in \
        page.detail.text()
    page.search.clear()
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.view.setCurrentIndex(page.proxy.index(1, 0))  # the less alike pair, not the first row
    chosen = page.current_pair()
    window.hub.everything_changed.emit()  # as after any edit: the chosen pair stays chosen
    wait_idle(qtbot, window.worker)
    assert page.current_pair() == chosen and page.view.currentIndex().row() == 1
    assert window.errors == []  # type: ignore[attr-defined]


def test_no_alike_notes_says_so(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session, session.begin():
        note(session, "A1", "Peatland rewetting in Indonesia", objectives="Block drainage canals")
        note(session, "A2", "Rangeland grazing plans in Kenya", objectives="Rotational grazing with herders")
    window.hub.everything_changed.emit()
    window.navigation.choose_area("overlaps")
    wait_idle(qtbot, window.worker)
    page = window.current_page()
    assert isinstance(page, OverlapsPage)
    assert page.proxy.rowCount() == 0
    assert page.summary.text() == "No concept notes of different task forces are alike."


def test_the_secretariat_marks_a_pair_not_an_overlap_and_the_list_says_so(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session, session.begin():
        a1 = note(session, "A1", "Cassava soils carbon in West Africa", acronym="CASSAVA",
                  countries="Ghana, Nigeria", objectives=CASSAVA, activities=CASSAVA)
        a2 = note(session, "A2", "Carbon of cassava soils, West Africa", acronym="CASSAVA",
                  countries="Nigeria, Ghana", objectives=CASSAVA, activities=CASSAVA)
    window.hub.everything_changed.emit()
    window.navigation.choose_area("overlaps")
    wait_idle(qtbot, window.worker)
    page = window.current_page()
    assert isinstance(page, OverlapsPage)
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    button = page.choice_buttons["not an overlap"]
    assert button.isEnabled() and button.text() == "&Not an overlap"
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # its mnemonic, from the keyboard
    wait_idle(qtbot, window.worker)
    qtbot.waitUntil(lambda: page.proxy.index(0, 6).data() == "not an overlap")
    with store.session() as session:
        [choice] = session.scalars(select(OverlapChoice)).all()
    assert {choice.note_a, choice.note_b} == {a1, a2} and choice.choice == "not an overlap"

    page.choice_buttons[None].click()  # taken back: the pair is an open question again
    wait_idle(qtbot, window.worker)
    qtbot.waitUntil(lambda: page.proxy.index(0, 6).data() == "")
    with store.session() as session:
        assert session.scalars(select(OverlapChoice).where(OverlapChoice.deleted.is_(False))).all() == []
    assert window.errors == []  # type: ignore[attr-defined]


def test_a_regional_copy_reads_the_choice_but_cannot_make_it(
        regional: Callable[[], MainWindow], qtbot: QtBot) -> None:
    shown = regional()
    with shown.worker.store.session() as session, session.begin():  # type: ignore[union-attr]
        note(session, "A1", "Cassava soils carbon in West Africa", acronym="CASSAVA", objectives=CASSAVA)
        note(session, "A2", "Carbon of cassava soils, West Africa", acronym="CASSAVA", objectives=CASSAVA)
    shown.hub.everything_changed.emit()
    shown.navigation.choose_area("overlaps")
    wait_idle(qtbot, shown.worker)
    page = shown.current_page()
    assert isinstance(page, OverlapsPage)
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    for button in page.choice_buttons.values():
        assert not button.isEnabled()
        assert button.toolTip() == "The Executive Secretariat decides on overlaps: read-only here"
