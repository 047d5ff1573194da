"""A regional copy: reference data is read-only there, and superseded edits are shown in Sync."""

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from tests.gui.conftest import wait_idle
from ui.areapage import AreaPage
from ui.mainwindow import MainWindow
from ui.sync.page import SyncPage


def test_reference_lists_are_read_only_in_a_region(regional: Callable[[], MainWindow], qtbot: QtBot) -> None:
    window = regional()
    worker = window.worker
    window.navigation.choose_area("reference")
    page = window.current_page()
    assert isinstance(page, AreaPage)
    goals = page.current_list()
    assert goals is not None and goals.read_only
    wait_idle(qtbot, worker)
    assert not goals.new_button.isEnabled()
    goals.view.selectRow(0)
    goals.open_current()
    wait_idle(qtbot, worker)
    assert goals.panel is not None
    assert not goals.panel.form.inputs["title"].widget.isEnabled()
    window.navigation.choose_area("members")
    members = window.current_page().current_list()  # type: ignore[union-attr]
    assert members is not None and not members.read_only  # a region's own records stay editable
    window.navigation.choose_area("sync")
    sync = window.current_page()
    assert isinstance(sync, SyncPage)
    wait_idle(qtbot, worker)
    assert sync.bundles.superseded_view.isVisibleTo(sync)
    assert not sync.conflicts.keep_button.isEnabled()
    assert "regional" in window.site_label.text()


def test_a_record_outside_this_copys_scope_opens_read_only(window: Any, qtbot: QtBot, store: Any,
                                                           monkeypatch: Any) -> None:
    from sqlalchemy import select

    from sic_desktop.db.models import Activity, TaskForce
    from sic_desktop.errors import ReadOnly
    from sic_desktop.services import records

    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        theirs = records.create(session, Activity, task_force_id=a1, title="Theirs").record_id
        ours = records.create(session, Activity, task_force_id=a1, title="Ours").record_id
    real = records.check_writable

    def scoped(session: Any, model: Any, *states: dict[str, Any], **options: Any) -> None:
        if any(state.get("title") == "Theirs" for state in states):
            raise ReadOnly("This activity belongs to a task force outside this copy's (A2)")
        real(session, model, *states, **options)

    monkeypatch.setattr(records, "check_writable", scoped)
    window.navigation.choose_area("inventory")
    listing = window.current_page().current_list()
    listing.reload()
    wait_idle(qtbot, window.worker)
    listing.open_record(theirs)
    wait_idle(qtbot, window.worker)
    panel = listing.panel
    assert "read-only here" in panel.title.text() and "outside this copy" in panel.title.toolTip()
    assert not panel.form.inputs["title"].widget.isEnabled()
    assert not panel.trash_button.isEnabled() and not panel.duplicate_button.isEnabled()
    listing.open_record(ours)
    wait_idle(qtbot, window.worker)
    assert listing.panel.form.inputs["title"].widget.isEnabled()
