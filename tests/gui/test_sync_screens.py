"""Opening a region's bundle through the Sync screens: preview, apply, and settle the conflict."""

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFont, QFontMetrics
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Activity, Person
from sic_desktop.db.store import Store, open_store
from sic_desktop.services import records
from sic_desktop.services.site import init_database
from tests.gui import test_translated
from tests.gui.conftest import Owner, store_of, wait_idle
from ui.mainwindow import MainWindow
from ui.sync.page import SyncPage
from ui.sync.settle import SettleDialog
from ui.sync.tables import SyncTable
from ui.worker import Worker

speak = test_translated.speak  # installs a language's translations for one test
translate = QCoreApplication.translate


def _public_key(store: Store, target: Path) -> Path:
    from sic_desktop.sync.identity import identity, keystore
    from sic_desktop.sync.keys import PublicKeyFile
    from sic_desktop.sync.trust import now_text

    with store.session() as session:
        me = identity(session)
    private_key = keystore(store.path, me.site_id).load()
    target.write_bytes(PublicKeyFile(me.site_id, me.name, me.role, private_key.public_key(),
                                     now_text()).to_bytes(private_key))
    return target


def _edit(store: Store, person_id: str, **values: Any) -> None:
    with store.session() as session, session.begin():
        records.update(session, Person, person_id, **values)


def _two_sites(tmp_path: Path) -> tuple[Store, Store, str]:
    """A Secretariat and its North office (a TFRR of A1 in Africa) that trust each other."""
    from sic_desktop.sync import trust
    from sic_desktop.sync.identity import identity
    from sic_desktop.sync.setup import prepare_site

    sec = init_database(tmp_path / "sec.sqlite", role="secretariat", name="Executive Secretariat")
    prepare_site(sec, secretariat_key=None)
    region = init_database(tmp_path / "north.sqlite", role="regional", name="North office")
    prepare_site(region, secretariat_key=_public_key(sec, tmp_path / "sec.pub"))
    with sec.session() as session, session.begin():
        trust.add(session, trust.read_key_file(_public_key(region, tmp_path / "north.pub")),
                  role="tfrr", task_forces=["A1"], region="Africa")
    with region.session() as session:
        region_site = identity(session).site_id
    return sec, region, region_site


@pytest.fixture
def exchange(tmp_path: Path) -> Iterator[tuple[Path, Path, str]]:
    """A Secretariat and a region that both changed one person's country; the region's bundle."""
    from sic_desktop.sync.export import export
    from sic_desktop.sync.importer import import_bundle

    sec, region, region_site = _two_sites(tmp_path)
    with sec.session() as session, session.begin():
        person = records.create(session, Person, name="Amina Diallo", country="Kenya").record_id
    import_bundle(region, export(sec, tmp_path / "master.sicbundle", for_site=region_site).path)
    _edit(region, person, country="Senegal")
    _edit(sec, person, country="Mali")
    bundle = export(region, tmp_path / "north.sicbundle").path
    sec.close()
    region.close()
    yield tmp_path / "sec.sqlite", bundle, person


LONG = " ".join(["Soil carbon baseline survey with the farmers of the three pilot districts."] * 4)


def _both_edit(tmp_path: Path, master: dict[str, Any], regional: dict[str, Any]) -> tuple[Path, Path]:
    """Two activities the region made in Africa: each site edits the first one with its own values,
    the region alone retitles the second; the Secretariat's database and the region's bundle."""
    from sic_desktop.services.reference import reference_id
    from sic_desktop.sync.export import export
    from sic_desktop.sync.importer import import_bundle

    sec, region, region_site = _two_sites(tmp_path)
    with region.session() as session, session.begin():
        first, second = (records.create(
            session, Activity, task_force_id=reference_id("task_force", "A1"), title=title,
            region_id=reference_id("region", "Africa"), status="planned", description=LONG).record_id
            for title in ("Soil survey", "Seed banks"))
    import_bundle(sec, export(region, tmp_path / "week0.sicbundle").path)
    import_bundle(region, export(sec, tmp_path / "master.sicbundle", for_site=region_site).path)
    with sec.session() as session, session.begin():
        records.update(session, Activity, first, **master)
    with region.session() as session, session.begin():
        records.update(session, Activity, first, **regional)
        records.update(session, Activity, second, title="Community seed banks")
    bundle = export(region, tmp_path / "north.sicbundle").path
    sec.close()
    region.close()
    return tmp_path / "sec.sqlite", bundle


@pytest.fixture
def activities(tmp_path: Path) -> tuple[Path, Path]:
    """Both sites changed the first activity's status and description."""
    return _both_edit(tmp_path, {"status": "ongoing", "description": LONG + " Master."},
                      {"status": "completed", "description": LONG + " Region."})


@pytest.fixture
def affiliated(tmp_path: Path) -> tuple[Path, Path]:
    """A person of the Soil Institute: the Secretariat says she moved to the Carbon Lab, the region
    to the Farm Union."""
    from sic_desktop.db.models import Organisation
    from sic_desktop.sync.export import export
    from sic_desktop.sync.importer import import_bundle

    sec, region, region_site = _two_sites(tmp_path)
    with sec.session() as session, session.begin():
        soil, farm, lab = (records.create(session, Organisation, name=name).record_id
                           for name in ("Soil Institute", "Farm Union", "Carbon Lab"))
        person = records.create(session, Person, name="Amina Diallo", organisation_id=soil).record_id
    import_bundle(region, export(sec, tmp_path / "master.sicbundle", for_site=region_site).path)
    _edit(region, person, organisation_id=farm)
    _edit(sec, person, organisation_id=lab)
    bundle = export(region, tmp_path / "north.sicbundle").path
    sec.close()
    region.close()
    return tmp_path / "sec.sqlite", bundle


def _fail(error: BaseException) -> None:
    pytest.fail(str(error))


def _open(qtbot: QtBot, owned: Owner, db: Path, role: str = "secretariat") -> MainWindow:
    worker = Worker(open_store(db))
    window = MainWindow(worker, role=role)
    owned(window)
    worker.error_handler = _fail
    window.show()
    window.start()
    wait_idle(qtbot, worker)
    window.navigation.choose_area("sync")
    wait_idle(qtbot, worker)
    return window


def _close(window: MainWindow) -> None:
    window.close()
    window.worker.close()


def _sync(window: MainWindow) -> SyncPage:
    page = window.current_page()
    assert isinstance(page, SyncPage)
    return page


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
    worker.error_handler = _fail
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
    window = _open(qtbot, owned, db)
    page = _sync(window)
    page.tabs.setCurrentWidget(page.conflicts)
    wait_idle(qtbot, window.worker)
    assert page.conflicts.note.isVisible()  # nothing waits yet
    page.tabs.setCurrentWidget(page.bundles)
    _preview(qtbot, window, bundle).apply_button.click()
    wait_idle(qtbot, window.worker)
    page.tabs.setCurrentWidget(page.conflicts)  # no task force clicked, nothing read by hand
    assert page.conflicts.model.rowCount() == 2
    assert page.conflicts.view.isVisible() and not page.conflicts.note.isVisible()


def test_the_status_bar_follows_exports_and_applied_bundles(
        qtbot: QtBot, owned: Owner, exchange: tuple[Path, Path, str], tmp_path: Path) -> None:
    db, bundle, person = exchange
    region = _open(qtbot, owned, db.with_name("north.sqlite"), role="regional")
    assert region.waiting_label.text() == "0 changes waiting to be exported"  # its one edit was sent
    with store_of(region.worker).session() as session, session.begin():
        records.update(session, Person, person, name="Amina Diallo Ba", email="amina@example.org")
    region.hub.everything_changed.emit()  # as a spreadsheet import announces its many changes
    qtbot.waitUntil(lambda: region.waiting_label.text() == "2 changes waiting to be exported")
    region.bundle_label.setText("stale")  # read again, or left as it was
    _sync(region).bundles.export_to(tmp_path / "again.sicbundle", None)
    wait_idle(qtbot, region.worker)
    qtbot.waitUntil(lambda: region.waiting_label.text() == "0 changes waiting to be exported")
    qtbot.waitUntil(lambda: region.bundle_label.text().startswith("Last bundle: 20"))
    _close(region)

    secretariat = _open(qtbot, owned, db)
    secretariat.bundle_label.setText("stale")
    _preview(qtbot, secretariat, bundle).apply_button.click()
    wait_idle(qtbot, secretariat.worker)
    qtbot.waitUntil(lambda: secretariat.bundle_label.text().startswith("Last bundle: 20"))
    _close(secretariat)


def _preview(qtbot: QtBot, window: MainWindow, bundle: Path) -> Any:
    page = _sync(window)
    page.open_bundle(bundle)
    wait_idle(qtbot, window.worker)
    return page.bundles.preview


def _apply_and_settle(qtbot: QtBot, window: MainWindow, preview: Any) -> SyncPage:
    """Apply the previewed bundle and turn to the Conflicts tab, read again."""
    preview.apply_button.click()
    wait_idle(qtbot, window.worker)
    page = _sync(window)
    page.tabs.setCurrentWidget(page.conflicts)
    page.conflicts.reload()
    wait_idle(qtbot, window.worker)
    return page


def test_preview_and_status_count_records_in_words(
        qtbot: QtBot, owned: Owner, activities: tuple[Path, Path]) -> None:
    db, bundle = activities
    window = _open(qtbot, owned, db)
    preview = _preview(qtbot, window, bundle)
    said = " / ".join(label.text() for label in preview.findChildren(QLabel))
    assert "1 activity record changed" in said, said  # English plural forms: no "(s)", no "activitys"
    preview.apply_button.click()
    wait_idle(qtbot, window.worker)
    assert window.statusBar().currentMessage() == \
        "Bundle applied: 1 activity record changed. 2 conflicts to settle in the Conflicts tab."
    _close(window)


def test_preview_sizes_its_columns_and_fits_a_small_screen(
        qtbot: QtBot, owned: Owner, activities: tuple[Path, Path]) -> None:
    db, bundle = activities
    window = _open(qtbot, owned, db)
    preview = _preview(qtbot, window, bundle)
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
    _close(window)


def test_french_screens_show_choices_and_the_base_in_french(
        qtbot: QtBot, owned: Owner, activities: tuple[Path, Path], speak: Callable[[str], None]) -> None:
    speak("fr")
    db, bundle = activities
    window = _open(qtbot, owned, db)
    preview = _preview(qtbot, window, bundle)
    statuses = {"planned": translate("choices", "planned"), "ongoing": translate("choices", "ongoing"),
                "completed": translate("choices", "completed")}
    assert statuses["ongoing"] != "ongoing"  # French words to look for
    assert (statuses["ongoing"], statuses["completed"]) in [row[2:4] for row in preview.conflicts.rows]
    assert (statuses["planned"], statuses["completed"]) in [row[2:4] for row in preview.details.rows]
    page = _apply_and_settle(qtbot, window, preview)
    [status] = [at for at, item in enumerate(page.conflicts.items) if item.field == "status"]
    assert page.conflicts.model.rows[status][3:] == (statuses["ongoing"], statuses["completed"])
    page.conflicts.view.selectRow(status)
    sides = {key: side.toPlainText() for key, side in page.conflicts.sides.items()}
    assert sides == {"base": statuses["planned"], "master": statuses["ongoing"],
                     "incoming": statuses["completed"]}
    _close(window)


def test_a_link_reads_as_the_records_name(qtbot: QtBot, owned: Owner, affiliated: tuple[Path, Path]) -> None:
    db, bundle = affiliated
    window = _open(qtbot, owned, db)
    preview = _preview(qtbot, window, bundle)
    assert [row[1:4] for row in preview.conflicts.rows] == [  # not their ids
        ("Organisation", "Carbon Lab", "Farm Union")]
    page = _apply_and_settle(qtbot, window, preview)
    assert [row[3:] for row in page.conflicts.model.rows] == [("Carbon Lab", "Farm Union")]
    page.conflicts.view.selectRow(0)
    sides = {key: side.toPlainText() for key, side in page.conflicts.sides.items()}
    assert sides == {"base": "Soil Institute", "master": "Carbon Lab", "incoming": "Farm Union"}
    _close(window)


def test_conflicts_tab_says_when_nothing_waits(
        qtbot: QtBot, owned: Owner, activities: tuple[Path, Path]) -> None:
    from sic_desktop.sync.importer import import_bundle

    db, bundle = activities
    window = _open(qtbot, owned, db)
    conflicts = _sync(window).conflicts
    _sync(window).tabs.setCurrentWidget(conflicts)
    conflicts.reload()
    wait_idle(qtbot, window.worker)
    assert conflicts.note.isVisible() and conflicts.note.text() == "No conflicts wait to be settled."
    assert not conflicts.view.isVisible()
    import_bundle(store_of(window.worker), bundle)
    conflicts.reload()
    wait_idle(qtbot, window.worker)
    assert conflicts.view.isVisible() and not conflicts.note.isVisible()
    _close(window)

    region = _open(qtbot, owned, db.with_name("north.sqlite"), role="regional")
    conflicts = _sync(region).conflicts
    _sync(region).tabs.setCurrentWidget(conflicts)
    assert conflicts.note.isVisible() and "settled at the Executive Secretariat" in conflicts.note.text()
    assert not conflicts.view.isVisible() and not conflicts.keep_button.isVisible()
    _close(region)


def test_settle_with_a_new_value_wraps_long_text_and_saves_it(
        qtbot: QtBot, owned: Owner, activities: tuple[Path, Path]) -> None:
    from sic_desktop.sync.importer import import_bundle

    db, bundle = activities
    window = _open(qtbot, owned, db)
    import_bundle(store_of(window.worker), bundle)
    conflicts = _sync(window).conflicts
    _sync(window).tabs.setCurrentWidget(conflicts)
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
    _close(window)


def test_keys_tab_names_roles_and_says_when_the_key_is_missing(
        qtbot: QtBot, owned: Owner, exchange: tuple[Path, Path, str]) -> None:
    import keyring

    from sic_desktop.sync.identity import identity, keystore
    from sic_desktop.sync.keys import SERVICE

    db, _bundle, _person = exchange
    window = _open(qtbot, owned, db)
    keys = _sync(window).keys
    keys.reload()
    wait_idle(qtbot, window.worker)
    assert sorted(row[1] for row in keys.model.rows) == ["Secretariat", "TFRR"]
    assert "Fingerprint" in keys.mine.text()
    with store_of(window.worker).session() as session:
        site = identity(session).site_id
    _close(window)
    keyring.delete_password(SERVICE, keystore(db, site).username)  # a key lost with the keyring
    window = _open(qtbot, owned, db)
    keys = _sync(window).keys
    keys.reload()
    wait_idle(qtbot, window.worker)
    assert "Fingerprint" not in keys.mine.text()
    assert "This site has no key to sign bundles with: " in keys.mine.text()
    assert keys.make_button.isVisibleTo(keys) and not keys.export_button.isEnabled()
    _close(window)
