"""In a TFRR's window the Secretariat's decisions are read-only before anyone types, each saying why;
an STC assessor's copy says what it is."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from sic_desktop.db import models as m
from sic_desktop.db.changelog import seeding
from sic_desktop.db.store import open_store
from sic_desktop.services.reference import reference_id
from sic_desktop.services.site import init_database
from tests.core.services.test_records import trust_this_copy_with
from tests.gui.conftest import close_window, collect_errors, fail_on_errors, wait_idle
from ui.mainwindow import MainWindow
from ui.worker import Worker

A1, AFRICA = reference_id("task_force", "A1"), reference_id("region", "Africa")


def _open(qtbot: QtBot, path: Path, role: str) -> tuple[MainWindow, Worker]:
    """A regional copy trusted with `role` (TFRR of A1 in Africa, or an STC assessor), with records
    as its master bundle brought them."""
    store = init_database(path, role="regional", name="Africa office")
    with store.session() as session, session.begin(), seeding(session):
        session.add_all([
            m.Person(id=reference_id("test", "amina"), name="Amina Diallo"),
            m.Candidacy(task_force_id=A1, person_id=reference_id("test", "amina"), role="TFL",
                        region_id=AFRICA, exsec_proposal="proposed"),
            m.Organisation(name="CIRAD", partner=True),
            m.Funder(name="Green Climate Fund"),
        ])
    store.close()
    store = open_store(path)
    if role == "stc":
        trust_this_copy_with(store, role="stc")
    else:
        trust_this_copy_with(store, "A1", role="tfrr", region="Africa")
    worker = Worker(store)
    shown = MainWindow(worker, role="regional")
    shown.show()
    shown.start()
    wait_idle(qtbot, worker)
    return shown, worker


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    windows: list[tuple[MainWindow, Worker, list[BaseException]]] = []

    def open_window(role: str = "tfrr") -> MainWindow:
        shown, worker = _open(qtbot, tmp_path / f"{role}.sqlite", role)
        windows.append((shown, worker, collect_errors(shown)))
        return shown

    yield open_window
    for shown, worker, errors in windows:
        close_window(qtbot, shown)
        worker.close()
        fail_on_errors(request, errors)


def _list(qtbot: QtBot, window: MainWindow, area: str, table: str) -> Any:
    window.navigation.choose_area(area)
    page: Any = window.current_page()
    page.tabs.setCurrentIndex(page.area.kinds.index(table))
    listing = page.current_list()
    wait_idle(qtbot, window.worker)
    return listing


def _first(qtbot: QtBot, window: MainWindow, area: str, table: str) -> Any:
    listing = _list(qtbot, window, area, table)
    listing.view.selectRow(0)
    listing.open_current()
    wait_idle(qtbot, window.worker)
    return listing.panel


def test_a_candidacys_decisions_are_read_only_in_a_tfrrs_window_and_say_why(opened: Any,
                                                                            qtbot: QtBot) -> None:
    window = opened()
    panel = _first(qtbot, window, "members", "candidacy")
    for name, label in (("board_decision", "Governing Board decision"),
                        ("exsec_proposal", "Secretariat proposal"), ("decided_on", "Decided on")):
        widget = panel.form.inputs[name].widget
        assert not widget.isEnabled()
        assert widget.toolTip() == f"Read-only here: {label} is the Executive Secretariat's decision"
    # The rest of the candidacy is the task force's: it writes it.
    assert panel.form.inputs["motivation"].widget.isEnabled()
    assert panel.form.inputs["motivation"].widget.toolTip() == ""


def test_a_partner_flag_and_a_funder_are_read_only_in_a_region(opened: Any, qtbot: QtBot) -> None:
    window = opened()
    panel = _first(qtbot, window, "members", "organisation")
    assert not panel.form.inputs["partner"].widget.isEnabled()
    partner = panel.form.inputs["partner"].widget
    assert "Partner of the Initiative is the Executive Secretariat" in partner.toolTip()
    assert panel.form.inputs["country"].widget.isEnabled()
    panel = _first(qtbot, window, "funding", "funder")
    assert "read-only here" in panel.title.text()
    assert "funder records are the Executive Secretariat's" in panel.title.toolTip()
    assert not panel.form.inputs["name"].widget.isEnabled() and not panel.trash_button.isEnabled()


def test_an_stc_copy_says_so_and_opens_a_person_read_only(opened: Any, qtbot: QtBot) -> None:
    window = opened("stc")
    assert "STC assessor's copy" in window.site_label.text()
    panel = _first(qtbot, window, "members", "person")
    assert "writes only STC assessments and their scores" in panel.title.toolTip()
    assert not panel.form.inputs["name"].widget.isEnabled()


def test_the_trust_dialog_trusts_an_stc_assessor_for_no_task_force(qtbot: QtBot) -> None:
    from types import SimpleNamespace

    from ui.sync.keys import KeyFacts, TrustDialog

    facts = KeyFacts("Secretariat", "secretariat", "s1", "k1", "ab cd", [], ["A1", "A2"], ["Africa"])
    dialog = TrustDialog(SimpleNamespace(site_name="M. Diop", role="regional", fingerprint="ef 01"), facts)
    qtbot.addWidget(dialog)
    dialog.task_forces.item(0).setCheckState(dialog.task_forces.item(0).checkState().Checked)
    dialog.role.setCurrentIndex(dialog.role.findData("stc"))
    assert dialog.scope() == ("stc", [], None)  # what `trust add FILE --role stc` accepts
    dialog.role.setCurrentIndex(dialog.role.findData("tfl"))
    assert dialog.scope() == ("tfl", ["A1"], None)


def test_new_is_disabled_with_the_reason_where_a_copy_may_add_none_of_a_kind(opened: Any,
                                                                           qtbot: QtBot) -> None:
    region = opened()
    validations = _list(qtbot, region, "assessments", "validation")
    assert not validations.new_button.isEnabled()
    assert validations.new_button.toolTip() == (
        "Read-only here: Bureau validation records are the Executive Secretariat's to write")
    assessments = _list(qtbot, region, "assessments", "assessment")
    assert not assessments.new_button.isEnabled()
    assert "written by the STC or the Executive Secretariat" in assessments.new_button.toolTip()
    candidacies = _list(qtbot, region, "members", "candidacy")  # the task force's own: it adds them
    assert candidacies.new_button.isEnabled()

    stc = opened("stc")
    people = _list(qtbot, stc, "members", "person")
    assert not people.new_button.isEnabled()
    assert "writes only STC assessments and their scores" in people.new_button.toolTip()
    assert _list(qtbot, stc, "assessments", "assessment").new_button.isEnabled()
