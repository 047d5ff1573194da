"""A new membership in the window belongs to the current cycle unless the person picks another."""

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Cycle
from sic_desktop.db.store import Store
from tests.gui.test_defaults import listing_of, new_dialog
from ui.mainwindow import MainWindow


def test_a_new_membership_starts_in_the_current_cycle(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session:
        cycle = session.scalars(select(Cycle.id).where(Cycle.year == 2022)).one()
    dialog = new_dialog(listing_of(window, qtbot, "members", "membership"), qtbot)
    qtbot.waitUntil(lambda: dialog.form.values.get("cycle_id") == cycle)
    values, _problems = dialog.form.collect()
    assert values["cycle_id"] == cycle  # what is shown is what is saved
    dialog.reject()



def test_the_members_list_shows_each_memberships_cycle(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    from sic_desktop.db.models import Membership, Person
    from sic_desktop.services import records
    from sic_desktop.services.cycles import new_cycle
    from sic_desktop.services.reference import reference_id

    with store.session() as session, session.begin():
        person = records.create(session, Person, name="Amina Diallo").record_id
        records.create(session, Membership, task_force_id=reference_id("task_force", "A1"), person_id=person,
                       role="TFL", status="active")
        new_cycle(session, 2023)
    members = listing_of(window, qtbot, "members", "membership")
    cycle = next(c for c, s in enumerate(members.model.specs) if s.name == "cycle_id")
    status = next(c for c, s in enumerate(members.model.specs) if s.name == "status")
    assert not members.view.isColumnHidden(cycle)  # shown at first: two rows of one person differ by it
    qtbot.waitUntil(lambda: members.proxy.rowCount() == 2)
    rows = {(members.proxy.index(r, cycle).data(), members.proxy.index(r, status).data())
            for r in range(members.proxy.rowCount())}
    assert rows == {("2022", "active"), ("2023", "to confirm")}
