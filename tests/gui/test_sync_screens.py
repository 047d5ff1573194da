"""Opening a region's bundle through the Sync screens: preview, apply, and settle the conflict."""

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from sic_desktop.db.models import Person
from sic_desktop.db.store import Store, open_store
from sic_desktop.services import records
from sic_desktop.services.site import init_database
from tests.gui.conftest import wait_idle
from ui.mainwindow import MainWindow
from ui.sync.page import SyncPage
from ui.worker import Worker


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


@pytest.fixture
def exchange(tmp_path: Path) -> Iterator[tuple[Path, Path, str]]:
    """A Secretariat and a region that both changed one person's country; the region's bundle."""
    from sic_desktop.sync import trust
    from sic_desktop.sync.export import export
    from sic_desktop.sync.identity import identity
    from sic_desktop.sync.importer import import_bundle
    from sic_desktop.sync.setup import prepare_site

    sec = init_database(tmp_path / "sec.sqlite", role="secretariat", name="Executive Secretariat")
    prepare_site(sec, secretariat_key=None)
    region = init_database(tmp_path / "north.sqlite", role="regional", name="North office")
    prepare_site(region, secretariat_key=_public_key(sec, tmp_path / "sec.pub"))
    with sec.session() as session, session.begin():
        trust.add(session, trust.read_key_file(_public_key(region, tmp_path / "north.pub")),
                  role="tfrr", task_forces=["A1"], region="Africa")
        person = records.create(session, Person, name="Amina Diallo", country="Kenya").record_id
    with region.session() as session:
        region_site = identity(session).site_id
    import_bundle(region, export(sec, tmp_path / "master.sicbundle", for_site=region_site).path)
    _edit(region, person, country="Senegal")
    _edit(sec, person, country="Mali")
    bundle = export(region, tmp_path / "north.sicbundle").path
    sec.close()
    region.close()
    yield tmp_path / "sec.sqlite", bundle, person


def test_open_preview_apply_and_resolve(qtbot: QtBot, exchange: tuple[Path, Path, str]) -> None:
    db, bundle, person = exchange
    worker = Worker(open_store(db))
    window = MainWindow(worker)
    qtbot.addWidget(window)
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
    assert ("Country", "Kenya", "Senegal", "conflict") in [row[1:] for row in preview.details.rows]
    preview.apply_button.click()
    wait_idle(qtbot, worker)
    assert errors == []
    applied = window.statusBar().currentMessage()  # two sentences, each ending in a full stop
    assert re.fullmatch(r"Bundle applied: [^.]+\. 1 conflict(\(s\))? to settle in the Conflicts tab\.",
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
    with worker.store.session() as session:
        assert session.get(Person, person).country == "Senegal"  # type: ignore[union-attr]
    window.close()
    worker.close()




def test_region_sees_the_edits_the_secretariat_superseded(
        qtbot: QtBot, exchange: tuple[Path, Path, str]) -> None:
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
    qtbot.addWidget(window)
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


def test_region_exports_its_changes(qtbot: QtBot, exchange: tuple[Path, Path, str], tmp_path: Path) -> None:
    db, _bundle, _person = exchange
    worker = Worker(open_store(db.with_name("north.sqlite")))
    window = MainWindow(worker, role="regional")
    qtbot.addWidget(window)
    worker.error_handler = pytest.fail
    window.show()
    window.start()
    wait_idle(qtbot, worker)
    assert window.waiting_label.text() == "1 change waiting to be exported"
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
