"""The window's overview read: which cycle it shows, and "what is due from me" only in a regional copy."""

from datetime import date

from sic_desktop.db.models import Cycle
from sic_desktop.db.store import Store
from sic_desktop.services import records
from sic_desktop.services.overview_screen import default_year, overview_screen


def test_the_newest_cycle_begun_is_shown_unless_another_is_chosen(store: Store) -> None:
    with store.session() as session, session.begin():
        records.create(session, Cycle, year=2023)
        records.create(session, Cycle, year=2099)
    with store.session() as session:
        shown = overview_screen(session, None, today=date(2023, 3, 15))
        chosen = overview_screen(session, 2022, today=date(2023, 3, 15))
    assert shown.cycles == [2099, 2023, 2022] and shown.year == 2023
    assert shown.grid is not None and shown.grid.year == 2023
    assert chosen.year == 2022 and chosen.grid is not None and len(chosen.grid.cells) == 6 * 17
    assert chosen.windows[5].end == date(2023, 1, 31) and chosen.names["A1"]
    assert shown.due is None  # the Secretariat's copy has no task forces of its own
    assert default_year([2030, 2031], date(2026, 1, 1)) == 2030 and default_year([], date.today()) is None


def test_a_regional_copy_not_yet_told_its_task_forces_has_nothing_due(regional_store: Store) -> None:
    with regional_store.session() as session:
        shown = overview_screen(session, 2022, today=date(2023, 3, 15))
    assert shown.due == []
