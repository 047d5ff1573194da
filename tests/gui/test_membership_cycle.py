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

