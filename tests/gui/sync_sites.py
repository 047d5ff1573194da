"""Two real sites for the Sync screens' tests: a Secretariat and its North office, and the window on one."""

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from sic_desktop.db.models import Activity, Person
from sic_desktop.db.store import Store, open_store
from sic_desktop.services import records
from sic_desktop.services.site import init_database
from tests.gui.conftest import Owner, wait_idle
from ui.mainwindow import MainWindow
from ui.sync.page import SyncPage
from ui.worker import Worker


def public_key(store: Store, target: Path) -> Path:
    from sic_desktop.sync.identity import identity, keystore
    from sic_desktop.sync.keys import PublicKeyFile
    from sic_desktop.sync.trust import now_text

    with store.session() as session:
        me = identity(session)
    private_key = keystore(store.path, me.site_id).load()
    target.write_bytes(PublicKeyFile(me.site_id, me.name, me.role, private_key.public_key(),
                                     now_text()).to_bytes(private_key))
    return target


def edit_person(store: Store, person_id: str, **values: Any) -> None:
    with store.session() as session, session.begin():
        records.update(session, Person, person_id, **values)


def two_sites(tmp_path: Path) -> tuple[Store, Store, str]:
    """A Secretariat and its North office (a TFRR of A1 in Africa) that trust each other."""
    from sic_desktop.sync import trust
    from sic_desktop.sync.identity import identity
    from sic_desktop.sync.setup import prepare_site

    sec = init_database(tmp_path / "sec.sqlite", role="secretariat", name="Executive Secretariat")
    prepare_site(sec, secretariat_key=None)
    region = init_database(tmp_path / "north.sqlite", role="regional", name="North office")
    prepare_site(region, secretariat_key=public_key(sec, tmp_path / "sec.pub"))
    with sec.session() as session, session.begin():
        trust.add(session, trust.read_key_file(public_key(region, tmp_path / "north.pub")),
                  role="tfrr", task_forces=["A1"], region="Africa")
    with region.session() as session:
        region_site = identity(session).site_id
    return sec, region, region_site


LONG = " ".join(["Soil carbon baseline survey with the farmers of the three pilot districts."] * 4)


def both_edit(tmp_path: Path, master: dict[str, Any], regional: dict[str, Any]) -> tuple[Path, Path]:
    """Two activities the region made in Africa: each site edits the first one with its own values,
    the region alone retitles the second; the Secretariat's database and the region's bundle."""
    from sic_desktop.services.reference import reference_id
    from sic_desktop.sync.export import export
    from sic_desktop.sync.importer import import_bundle

    sec, region, region_site = two_sites(tmp_path)
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


def fail(error: BaseException) -> None:
    pytest.fail(str(error))


def open_window(qtbot: QtBot, owned: Owner, db: Path, role: str = "secretariat") -> MainWindow:
    worker = Worker(open_store(db))
    window = MainWindow(worker, role=role)
    owned(window)
    worker.error_handler = fail
    window.show()
    window.start()
    wait_idle(qtbot, worker)
    window.navigation.choose_area("sync")
    wait_idle(qtbot, worker)
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    window.worker.close()


def sync_page(window: MainWindow) -> SyncPage:
    page = window.current_page()
    assert isinstance(page, SyncPage)
    return page


def preview_bundle(qtbot: QtBot, window: MainWindow, bundle: Path) -> Any:
    page = sync_page(window)
    page.open_bundle(bundle)
    wait_idle(qtbot, window.worker)
    return page.bundles.preview


def apply_and_settle(qtbot: QtBot, window: MainWindow, preview: Any) -> SyncPage:
    """Apply the previewed bundle and turn to the Conflicts tab, read again."""
    preview.apply_button.click()
    wait_idle(qtbot, window.worker)
    page = sync_page(window)
    page.tabs.setCurrentWidget(page.conflicts)
    page.conflicts.reload()
    wait_idle(qtbot, window.worker)
    return page
