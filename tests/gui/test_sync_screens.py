"""Opening a region's bundle through the Sync screens: preview, apply, and settle the conflict."""

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFont, QFontMetrics
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Activity, Person
from sic_desktop.db.store import open_store
from sic_desktop.services import records
from tests.gui import test_translated
from tests.gui.conftest import Owner, store_of, wait_idle
from tests.gui.sync_sites import (
    LONG,
    apply_and_settle,
    both_edit,
    close_window,
    edit_person,
    fail,
    open_window,
    preview_bundle,
    sync_page,
    two_sites,
)
from ui.mainwindow import MainWindow
from ui.sync.page import SyncPage
from ui.sync.settle import SettleDialog
from ui.sync.tables import SyncTable
from ui.worker import Worker

speak = test_translated.speak  # installs a language's translations for one test
translate = QCoreApplication.translate


@pytest.fixture
def exchange(tmp_path: Path) -> Iterator[tuple[Path, Path, str]]:
    """A Secretariat and a region that both changed one person's country; the region's bundle."""
    from sic_desktop.sync.export import export
    from sic_desktop.sync.importer import import_bundle

    sec, region, region_site = two_sites(tmp_path)
    with sec.session() as session, session.begin():
        person = records.create(session, Person, name="Amina Diallo", country="Kenya").record_id
    import_bundle(region, export(sec, tmp_path / "master.sicbundle", for_site=region_site).path)
    edit_person(region, person, country="Senegal")
    edit_person(sec, person, country="Mali")
    bundle = export(region, tmp_path / "north.sicbundle").path
    sec.close()
    region.close()
    yield tmp_path / "sec.sqlite", bundle, person


@pytest.fixture
def activities(tmp_path: Path) -> tuple[Path, Path]:
    """Both sites changed the first activity's status and description."""
    return both_edit(tmp_path, {"status": "ongoing", "description": LONG + " Master."},
                      {"status": "completed", "description": LONG + " Region."})


@pytest.fixture
def affiliated(tmp_path: Path) -> tuple[Path, Path]:
    """A person of the Soil Institute: the Secretariat says she moved to the Carbon Lab, the region
    to the Farm Union."""
    from sic_desktop.db.models import Organisation
    from sic_desktop.sync.export import export
    from sic_desktop.sync.importer import import_bundle

    sec, region, region_site = two_sites(tmp_path)
    with sec.session() as session, session.begin():
        soil, farm, lab = (records.create(session, Organisation, name=name).record_id
                           for name in ("Soil Institute", "Farm Union", "Carbon Lab"))
        person = records.create(session, Person, name="Amina Diallo", organisation_id=soil).record_id
    import_bundle(region, export(sec, tmp_path / "master.sicbundle", for_site=region_site).path)
    edit_person(region, person, organisation_id=farm)
    edit_person(sec, person, organisation_id=lab)
    bundle = export(region, tmp_path / "north.sicbundle").path
    sec.close()
    region.close()
    return tmp_path / "sec.sqlite", bundle


def test_open_preview_apply_and_resolve(qtbot: QtBot, owned: Owner, exchange: tuple[Path, Path, str]) -> None:
    db, bundle, person = exchange
    worker = Worker(open_store(db))
    window = MainWindow(worker)
    owned(window)
    errors: list[BaseException] = []
    worker.error_handler = errors.append
    window.show()
    window.start()
    wait_idle(qtbot, worker)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)  # a .sicbundle dropped on the window opens its preview
    wait_idle(qtbot, worker)
    page = window.current_page()
    assert isinstance(page, SyncPage)
    preview = page.bundles.preview
    assert preview.isVisible()
    said = [label.text() for label in preview.findChildren(QLabel)]
    assert any(text.startswith("A region's changes ") and "signed by <b>North office</b>" in text
               for text in said), said  # the bundle's kind in words, not its code
    assert preview.conflicts.rowCount() == 1
    assert preview.conflicts.rows[0][:4] == ("person: Amina Diallo", "Country", "Mali", "Senegal")
    assert ("Country", "Kenya", "Senegal", "will wait as a conflict") in [
        row[1:] for row in preview.details.rows]
    preview.apply_button.click()
    wait_idle(qtbot, worker)
    assert errors == []
    applied = window.statusBar().currentMessage()  # two sentences, each ending in a full stop
    assert re.fullmatch(r"Bundle applied: [^.]+\. 1 conflict to settle in the Conflicts tab\.",
                        applied), applied
    assert page.bundles.log.rowCount() >= 2  # the master bundle written earlier, and this import

    page.tabs.setCurrentWidget(page.conflicts)
    page.conflicts.reload()
    wait_idle(qtbot, worker)
    assert page.conflicts.model.rowCount() == 1
    assert page.conflicts.sides["base"].toPlainText() == "Kenya"
    assert page.conflicts.sides["master"].toPlainText() == "Mali"
    assert page.conflicts.sides["incoming"].toPlainText() == "Senegal"
    page.conflicts.take_button.click()
    wait_idle(qtbot, worker)
    assert errors == []
    assert page.conflicts.model.rowCount() == 0
    with store_of(worker).session() as session:
        assert session.get(Person, person).country == "Senegal"  # type: ignore[union-attr]
    window.close()
    worker.close()




def test_region_sees_the_edits_the_secretariat_superseded(
        qtbot: QtBot, owned: Owner, exchange: tuple[Path, Path, str]) -> None:
    from sic_desktop.sync.conflicts import open_conflicts, resolve
    from sic_desktop.sync.export import export
    from sic_desktop.sync.identity import identity
    from sic_desktop.sync.importer import import_bundle

    db, bundle, _person = exchange
    sec, region = open_store(db), open_store(db.with_name("north.sqlite"))
    import_bundle(sec, bundle)
    with sec.session(immediate=True) as session, session.begin():
        [conflict] = open_conflicts(session)
        resolve(session, conflict.id, "keep-master")
    with region.session() as session:
        region_site = identity(session).site_id
    import_bundle(region, export(sec, db.with_name("back.sicbundle"), for_site=region_site).path)
    sec.close()
    worker = Worker(region)
    window = MainWindow(worker, role="regional")
    owned(window)
    window.show()
    window.start()
    wait_idle(qtbot, worker)
    window.navigation.choose_area("sync")
    wait_idle(qtbot, worker)
    page = window.current_page()
    assert isinstance(page, SyncPage)
    rows = page.bundles.superseded.rows
    assert [row[:4] for row in rows] == [("person: Amina Diallo", "Country", "Senegal", "Mali")]
    window.close()
    worker.close()


def test_region_exports_its_changes(
        qtbot: QtBot, owned: Owner, exchange: tuple[Path, Path, str], tmp_path: Path) -> None:
    db, _bundle, _person = exchange
    worker = Worker(open_store(db.with_name("north.sqlite")))
    window = MainWindow(worker, role="regional")
    owned(window)
    worker.error_handler = fail
    window.show()
    window.start()
    wait_idle(qtbot, worker)
    # Its one edit went into north.sicbundle: still carried by the next export until acknowledged,
    # but no longer waiting for the person to export it.
    assert window.waiting_label.text() == "0 changes waiting to be exported"
    window.navigation.choose_area("sync")
    page = window.current_page()
    assert isinstance(page, SyncPage)
    target = tmp_path / "usb" / "africa.sicbundle"
    target.parent.mkdir()
    page.bundles.export_to(target, None)
    wait_idle(qtbot, worker)
    assert target.read_bytes()[:2] == b"PK"
    assert "Wrote" in window.statusBar().currentMessage()
    assert any(row[1] == "changes" and row[4] == "exported" for row in page.bundles.log.rows)
    window.close()
    worker.close()


def test_the_conflicts_tab_lists_the_conflicts_a_bundle_just_queued(
        qtbot: QtBot, owned: Owner, activities: tuple[Path, Path]) -> None:
    db, bundle = activities
    window = open_window(qtbot, owned, db)
    page = sync_page(window)
    page.tabs.setCurrentWidget(page.conflicts)
    wait_idle(qtbot, window.worker)
    assert page.conflicts.note.isVisible()  # nothing waits yet
    page.tabs.setCurrentWidget(page.bundles)
    preview_bundle(qtbot, window, bundle).apply_button.click()
    wait_idle(qtbot, window.worker)
    page.tabs.setCurrentWidget(page.conflicts)  # no task force clicked, nothing read by hand
    assert page.conflicts.model.rowCount() == 2
    assert page.conflicts.view.isVisible() and not page.conflicts.note.isVisible()


def test_the_status_bar_follows_exports_and_applied_bundles(
        qtbot: QtBot, owned: Owner, exchange: tuple[Path, Path, str], tmp_path: Path) -> None:
    db, bundle, person = exchange
    region = open_window(qtbot, owned, db.with_name("north.sqlite"), role="regional")
    assert region.waiting_label.text() == "0 changes waiting to be exported"  # its one edit was sent
    with store_of(region.worker).session() as session, session.begin():
        records.update(session, Person, person, name="Amina Diallo Ba", email="amina@example.org")
    region.hub.everything_changed.emit()  # as a spreadsheet import announces its many changes
    qtbot.waitUntil(lambda: region.waiting_label.text() == "2 changes waiting to be exported")
    region.bundle_label.setText("stale")  # read again, or left as it was
    sync_page(region).bundles.export_to(tmp_path / "again.sicbundle", None)
    wait_idle(qtbot, region.worker)
    qtbot.waitUntil(lambda: region.waiting_label.text() == "0 changes waiting to be exported")
    qtbot.waitUntil(lambda: region.bundle_label.text().startswith("Last bundle: 20"))
    close_window(region)

    secretariat = open_window(qtbot, owned, db)
    secretariat.bundle_label.setText("stale")
    preview_bundle(qtbot, secretariat, bundle).apply_button.click()
    wait_idle(qtbot, secretariat.worker)
    qtbot.waitUntil(lambda: secretariat.bundle_label.text().startswith("Last bundle: 20"))
    close_window(secretariat)


def test_preview_and_status_count_records_in_words(
        qtbot: QtBot, owned: Owner, activities: tuple[Path, Path]) -> None:
    db, bundle = activities
    window = open_window(qtbot, owned, db)
    preview = preview_bundle(qtbot, window, bundle)
    said = " / ".join(label.text() for label in preview.findChildren(QLabel))
    assert "1 activity record changed" in said, said  # English plural forms: no "(s)", no "activitys"
    preview.apply_button.click()
    wait_idle(qtbot, window.worker)
    assert window.statusBar().currentMessage() == \
        "Bundle applied: 1 activity record changed. 2 conflicts to settle in the Conflicts tab."
    close_window(window)


def test_preview_sizes_its_columns_and_fits_a_small_screen(
        qtbot: QtBot, owned: Owner, activities: tuple[Path, Path]) -> None:
    db, bundle = activities
    window = open_window(qtbot, owned, db)
    preview = preview_bundle(qtbot, window, bundle)
    assert preview.width() <= 1366 and preview.height() <= 768
    for view in preview.findChildren(SyncTable):
        header = view.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        widths = [view.columnWidth(column) for column in range(view.model().columnCount())]
        assert len(set(widths)) > 1, widths  # not Qt's 100 pixels each
        for column, width in enumerate(widths):
            title = str(view.model().headerData(column, Qt.Orientation.Horizontal))
            assert QFontMetrics(bold).horizontalAdvance(title) < width, title
        assert sum(widths) <= view.viewport().width()  # no sideways scrolling
        assert view.height() >= 6 * view.verticalHeader().defaultSectionSize()  # room for rows
    preview.reject()
    close_window(window)


def test_french_screens_show_choices_and_the_base_in_french(
        qtbot: QtBot, owned: Owner, activities: tuple[Path, Path], speak: Callable[[str], None]) -> None:
    speak("fr")
    db, bundle = activities
    window = open_window(qtbot, owned, db)
    preview = preview_bundle(qtbot, window, bundle)
    statuses = {"planned": translate("choices", "planned"), "ongoing": translate("choices", "ongoing"),
                "completed": translate("choices", "completed")}
    assert statuses["ongoing"] != "ongoing"  # French words to look for
    assert (statuses["ongoing"], statuses["completed"]) in [row[2:4] for row in preview.conflicts.rows]
    assert (statuses["planned"], statuses["completed"]) in [row[2:4] for row in preview.details.rows]
    page = apply_and_settle(qtbot, window, preview)
    [status] = [at for at, item in enumerate(page.conflicts.items) if item.field == "status"]
    assert page.conflicts.model.rows[status][3:] == (statuses["ongoing"], statuses["completed"])
    page.conflicts.view.selectRow(status)
    sides = {key: side.toPlainText() for key, side in page.conflicts.sides.items()}
    assert sides == {"base": statuses["planned"], "master": statuses["ongoing"],
                     "incoming": statuses["completed"]}
    close_window(window)


def test_a_link_reads_as_the_records_name(qtbot: QtBot, owned: Owner, affiliated: tuple[Path, Path]) -> None:
    db, bundle = affiliated
    window = open_window(qtbot, owned, db)
    preview = preview_bundle(qtbot, window, bundle)
    assert [row[1:4] for row in preview.conflicts.rows] == [  # not their ids
        ("Organisation", "Carbon Lab", "Farm Union")]
    page = apply_and_settle(qtbot, window, preview)
    assert [row[3:] for row in page.conflicts.model.rows] == [("Carbon Lab", "Farm Union")]
    page.conflicts.view.selectRow(0)
    sides = {key: side.toPlainText() for key, side in page.conflicts.sides.items()}
    assert sides == {"base": "Soil Institute", "master": "Carbon Lab", "incoming": "Farm Union"}
    close_window(window)


def test_conflicts_tab_says_when_nothing_waits(
        qtbot: QtBot, owned: Owner, activities: tuple[Path, Path]) -> None:
    from sic_desktop.sync.importer import import_bundle

    db, bundle = activities
    window = open_window(qtbot, owned, db)
    conflicts = sync_page(window).conflicts
    sync_page(window).tabs.setCurrentWidget(conflicts)
    conflicts.reload()
    wait_idle(qtbot, window.worker)
    assert conflicts.note.isVisible() and conflicts.note.text() == "No conflicts wait to be settled."
    assert not conflicts.view.isVisible()
    import_bundle(store_of(window.worker), bundle)
    conflicts.reload()
    wait_idle(qtbot, window.worker)
    assert conflicts.view.isVisible() and not conflicts.note.isVisible()
    close_window(window)

    region = open_window(qtbot, owned, db.with_name("north.sqlite"), role="regional")
    conflicts = sync_page(region).conflicts
    sync_page(region).tabs.setCurrentWidget(conflicts)
    assert conflicts.note.isVisible() and "settled at the Executive Secretariat" in conflicts.note.text()
    assert not conflicts.view.isVisible() and not conflicts.keep_button.isVisible()
    close_window(region)


def test_settle_with_a_new_value_wraps_long_text_and_saves_it(
        qtbot: QtBot, owned: Owner, activities: tuple[Path, Path]) -> None:
    from sic_desktop.sync.importer import import_bundle

    db, bundle = activities
    window = open_window(qtbot, owned, db)
    import_bundle(store_of(window.worker), bundle)
    conflicts = sync_page(window).conflicts
    sync_page(window).tabs.setCurrentWidget(conflicts)
    conflicts.reload()
    wait_idle(qtbot, window.worker)
    [description] = [at for at, item in enumerate(conflicts.items) if item.field == "description"]
    conflicts.view.selectRow(description)
    assert conflicts.sides["base"].toPlainText() == LONG  # what both sides started from
    conflicts.edit_button.click()
    dialog = conflicts.settle
    editor = dialog.editor
    assert dialog.isVisible() and editor is not None
    assert editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    qtbot.waitUntil(lambda: not editor.horizontalScrollBar().isVisible(), timeout=2_000)
    document = editor.document()  # one paragraph, shown on several lines
    assert document.blockCount() == 1 and document.size().height() > 2
    assert dialog.width() <= 800
    editor.setPlainText("Agreed: both surveys, the region's districts first.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    with store_of(window.worker).session() as session:
        saved = session.scalars(select(Activity).where(Activity.title == "Soil survey")).one()
        assert saved.description == "Agreed: both surveys, the region's districts first."
    assert [item.field for item in conflicts.items] == ["status"]

    conflicts.view.selectRow(0)
    conflicts.edit_button.click()
    dialog = conflicts.settle
    assert dialog.choice is not None
    assert [dialog.choice.itemText(at) for at in range(dialog.choice.count())][-3:] == [
        "planned", "ongoing", "completed"]
    dialog.choice.setCurrentIndex(dialog.choice.findData("completed"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    with store_of(window.worker).session() as session:
        assert session.scalars(select(Activity.status).where(Activity.title == "Soil survey")).one() \
            == "completed"
    assert conflicts.items == [] and conflicts.note.isVisible()
    qtbot.waitUntil(lambda: not conflicts.findChildren(SettleDialog))  # each dialog went once closed
    close_window(window)


def test_keys_tab_names_roles_and_says_when_the_key_is_missing(
        qtbot: QtBot, owned: Owner, exchange: tuple[Path, Path, str]) -> None:
    import keyring

    from sic_desktop.sync.identity import identity, keystore
    from sic_desktop.sync.keys import SERVICE

    db, _bundle, _person = exchange
    window = open_window(qtbot, owned, db)
    keys = sync_page(window).keys
    keys.reload()
    wait_idle(qtbot, window.worker)
    assert sorted(row[1] for row in keys.model.rows) == ["Secretariat", "TFRR"]
    assert "Fingerprint" in keys.mine.text()
    with store_of(window.worker).session() as session:
        site = identity(session).site_id
    close_window(window)
    keyring.delete_password(SERVICE, keystore(db, site).username)  # a key lost with the keyring
    window = open_window(qtbot, owned, db)
    keys = sync_page(window).keys
    keys.reload()
    wait_idle(qtbot, window.worker)
    assert "Fingerprint" not in keys.mine.text()
    assert "This site has no key to sign bundles with: " in keys.mine.text()
    assert keys.make_button.isVisibleTo(keys) and not keys.export_button.isEnabled()
    close_window(window)
