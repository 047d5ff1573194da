"""The sync screens speak of people, records and money, never of ids, raw floats or the OS account."""

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sic_desktop.db.models import Activity, Membership, Organisation, Person
from sic_desktop.db.store import open_store
from sic_desktop.services import records
from sic_desktop.services.reference import reference_id
from tests.gui.conftest import Owner
from tests.gui.sync_sites import open_window, preview_bundle, sync_page, two_sites
from ui.mainwindow import MainWindow

UUID = re.compile(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}|\b[0-9a-f]{8}\b")


@pytest.fixture
def newcomers(tmp_path: Path) -> tuple[Path, Path]:
    """The region adds a person, her membership and an activity with a budget, and moves a person the
    Secretariat also moved: the Secretariat's database and the region's bundle."""
    from sic_desktop.sync.export import export
    from sic_desktop.sync.importer import import_bundle

    sec, region, region_site = two_sites(tmp_path)
    a1 = reference_id("task_force", "A1")
    with sec.session() as session, session.begin():
        soil, farm, lab = (records.create(session, Organisation, name=name).record_id
                           for name in ("Soil Institute", "Farm Union", "Carbon Lab"))
        amina = records.create(session, Person, name="Amina Diallo", organisation_id=soil).record_id
    import_bundle(region, export(sec, tmp_path / "master.sicbundle", for_site=region_site).path)
    with region.session() as session, session.begin():
        awa = records.create(session, Person, name="Awa Diop", organisation_id=farm).record_id
        records.create(session, Membership, task_force_id=a1, person_id=awa, role="TFM")
        records.create(session, Activity, task_force_id=a1, title="Zaï pits in Yatenga",
                       region_id=reference_id("region", "Africa"), budget=2900000.0, currency="XOF")
        records.update(session, Person, amina, organisation_id=farm)
    with sec.session() as session, session.begin():
        records.update(session, Person, amina, organisation_id=lab)
    bundle = export(region, tmp_path / "north.sicbundle").path
    sec.close()
    region.close()
    return tmp_path / "sec.sqlite", bundle


def _texts(model: Any) -> list[list[str]]:
    return [[str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_preview_names_people_records_and_money(
        qtbot: QtBot, owned: Owner, newcomers: tuple[Path, Path]) -> None:
    db, bundle = newcomers
    window: MainWindow = open_window(qtbot, owned, db)
    preview = preview_bundle(qtbot, window, bundle)
    details, conflicts = _texts(preview.details), _texts(preview.conflicts)
    shown = " | ".join(" | ".join(row) for row in details + conflicts)
    assert not UUID.search(shown), shown  # no record is named by its id
    membership = next(row for row in details if row[0].startswith("membership"))
    assert membership[0] == "membership: Awa Diop · TFM"  # a record the bundle adds, by what it links to
    # The membership came in the region's current cycle; its cycle is named by its year.
    assert membership[3].startswith("Cycle: 2022, Person: Awa Diop, Role: TFM")
    activity = next(row for row in details if row[0].startswith("activity"))
    assert "Budget: 2,900,000 XOF" in activity[3] and "2900000" not in shown
    assert preview.details.headerData(4, Qt.Orientation.Horizontal) == "On applying"
    assert [row[4] for row in details] == ["will be applied"] * 3 + ["will wait as a conflict"]
    assert conflicts == [["person: Amina Diallo", "Organisation", "Carbon Lab", "Farm Union",
                          "both copies changed this field"]]


def test_the_region_sees_who_superseded_its_edit_by_site_name(
        qtbot: QtBot, owned: Owner, newcomers: tuple[Path, Path]) -> None:
    from sic_desktop.sync.conflicts import open_conflicts, resolve
    from sic_desktop.sync.export import export
    from sic_desktop.sync.identity import identity
    from sic_desktop.sync.importer import import_bundle

    db, bundle = newcomers
    sec, region = open_store(db), open_store(db.with_name("north.sqlite"))
    import_bundle(sec, bundle)
    with sec.session(immediate=True) as session, session.begin():
        [conflict] = open_conflicts(session)
        resolve(session, conflict.id, "keep-master")
    with region.session() as session:
        region_site = identity(session).site_id
    import_bundle(region, export(sec, db.with_name("back.sicbundle"), for_site=region_site).path)
    sec.close()
    region.close()
    window = open_window(qtbot, owned, db.with_name("north.sqlite"), role="regional")
    rows = sync_page(window).bundles.superseded.rows
    assert [tuple(row) for row in rows] == [
        ("person: Amina Diallo", "Organisation", "Farm Union", "Carbon Lab", "Executive Secretariat")]


def test_the_conflicts_tab_names_each_side_by_its_site(
        qtbot: QtBot, owned: Owner, newcomers: tuple[Path, Path]) -> None:
    from tests.gui.sync_sites import apply_and_settle

    db, bundle = newcomers
    window: MainWindow = open_window(qtbot, owned, db)
    page = apply_and_settle(qtbot, window, preview_bundle(qtbot, window, bundle))
    [item] = page.conflicts.items
    assert (item.master_author, item.incoming_author) == ("Executive Secretariat", "North office")
    assert (item.words(item.master), item.words(item.incoming)) == ("Carbon Lab", "Farm Union")
