"""A region withdraws, from the Sync area, an unsent edit its Secretariat now refuses."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sic_desktop.db.models import Activity
from sic_desktop.db.store import open_store
from sic_desktop.services import records
from sic_desktop.services.reference import reference_id
from tests.gui.conftest import Owner, wait_idle
from tests.gui.sync_sites import public_key, two_sites
from ui.mainwindow import MainWindow
from ui.sync.page import SyncPage
from ui.worker import Worker


def _edit_now_outside_the_scope(tmp_path: Path) -> tuple[Path, str]:
    """The region retitled an activity of A1; the Secretariat then moved it to task force A3."""
    from sic_desktop.sync import trust
    from sic_desktop.sync.export import export
    from sic_desktop.sync.importer import import_bundle

    sec, region, region_site = two_sites(tmp_path)
    with sec.session() as session, session.begin():
        activity = records.create(session, Activity, task_force_id=reference_id("task_force", "A1"),
                                  title="Trials", region_id=reference_id("region", "Africa")).record_id
    import_bundle(region, export(sec, tmp_path / "m1.sicbundle", for_site=region_site).path)
    with region.session() as session, session.begin():
        records.update(session, Activity, activity, title="Field trials")
    with sec.session() as session, session.begin():
        trust.add(session, trust.read_key_file(public_key(region, tmp_path / "north2.pub")),
                  role="tfrr", task_forces=["A3"], region="Africa")
    import_bundle(region, export(sec, tmp_path / "m2.sicbundle", for_site=region_site).path)
    sec.close()
    region.close()
    return tmp_path / "north.sqlite", activity


def test_a_region_withdraws_a_refused_edit_from_the_sync_area(
        qtbot: QtBot, owned: Owner, tmp_path: Path) -> None:
    from sic_desktop.sync.withdraw import pending

    db, activity = _edit_now_outside_the_scope(tmp_path)
    worker = Worker(open_store(db))
    window = owned(MainWindow(worker, role="regional"))
    errors: list[BaseException] = []
    worker.error_handler = errors.append
    window.show()
    window.start()
    wait_idle(qtbot, worker)
    window.navigation.choose_area("sync")
    page = window.current_page()
    assert isinstance(page, SyncPage) and page.withdraw is not None
    page.tabs.setCurrentWidget(page.withdraw)
    tab = page.withdraw
    qtbot.waitUntil(lambda: bool(tab.model.rows))
    [row] = [row for row in tab.model.rows if row[4]]
    assert row[1:3] == ("the activity 'Field trials'", "Title")
    assert "outside this copy's (A3)" in row[4]
    selected = tab.current()
    assert selected is not None and selected.problem  # the refused one is selected
    # Keyboard only: Tab from the table to the button, Space to press it, then Yes.
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Tab)
    assert tab.withdraw_button.hasFocus()
    qtbot.keyClick(tab.withdraw_button, Qt.Key.Key_Space)
    confirm = tab.confirm
    assert isinstance(confirm, QMessageBox) and confirm.isVisible()
    assert "Field trials" in confirm.text()
    confirm.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, worker)
    # The edit and the change that withdraws it both travel, marked; neither can be withdrawn again.
    qtbot.waitUntil(lambda: [row[4] for row in tab.model.rows][-2:] == ["(withdrawn)"] * 2)
    assert not [row for row in tab.model.rows if row[4] not in ("", "(withdrawn)")]
    tab.view.selectRow(len(tab.model.rows) - 1)
    assert not tab.withdraw_button.isEnabled()
    assert not errors
    window.close()
    worker.close()
    store = open_store(db)
    try:
        with store.session() as session:
            kept = session.get(Activity, activity)
            assert kept is not None and kept.title == "Trials"
            assert not [change for change in pending(session) if change.problem]
    finally:
        store.close()
