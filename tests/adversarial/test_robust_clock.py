"""A region's wrong clock, in validly signed bundles through the real program (issue 11 item 9)."""

import sqlite3
import time
from pathlib import Path

import pytest

from sic_desktop.db.clock import MAX_AHEAD_MS, HybridClock, format_hlc, parse_hlc
from tests.e2e.test_sync_helpers import Site, World, change_line, forge, lines

FIFTY_YEARS_MS = 50 * 365 * 86_400_000


@pytest.fixture
def world(tmp_path: Path) -> World:
    (tmp_path / "home").mkdir(exist_ok=True)
    return World(tmp_path)


def insert_change(site: Site, record: str) -> str:
    connection = sqlite3.connect(site.db)
    try:
        row = connection.execute("SELECT change_id FROM change WHERE record_id = ? AND field = '*'",
                                 (record,)).fetchone()
    finally:
        connection.close()
    return str(row[0])


def test_a_clock_value_past_the_year_9999_is_refused_by_inspect_and_import(world: World) -> None:
    sec = world.secretariat()
    north = world.region("north", sec)
    bad = world.folder / "year-33658.sicbundle"
    bad.write_bytes(forge(north, sec, lines(change_line(north, 1, hlc="999999999999999:00000"))))
    before = sec.dump()

    for action in ("inspect", "import"):
        result = world.run("--db", sec.db, "bundle", action, bad, check=None)
        assert result.returncode == 4, (action, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        assert "which is no time at all (the year 33658)" in result.stderr
    assert sec.dump() == before


def test_a_clock_fifty_years_ahead_does_not_win_against_a_later_change(world: World) -> None:
    sec = world.secretariat()
    north = world.region("north", sec)
    south = world.region("south", sec, region="Europe")
    person = sec.edit("create", "person", name="Amina Diallo", country="Kenya")
    for region in (north, south):
        region.import_(sec.export(for_site=region))
    # North's laptop thinks it is 2076: a validly signed edit carrying that clock.
    future = format_hlc(int(time.time() * 1000) + FIFTY_YEARS_MS, 0)
    edit = change_line(north, 1, hlc=future, table="person", record=person, field="country",
                       kind="update", old="Kenya", new="Senegal", based_on=insert_change(sec, person))
    ahead = world.folder / "north-ahead.sicbundle"
    ahead.write_bytes(forge(north, sec, lines(edit)))

    first = sec.import_(ahead)

    assert "runs more than a day ahead" in first.stdout
    assert "does not matter" not in first.stdout
    assert sec.records("person")[person]["country"] == "Senegal"
    # South edits the same field after North's change arrived: the later change shows.
    south.edit("update", "person", person, country="Mali")
    sec.import_(south.export(), check=3)
    assert sec.records("person")[person]["country"] == "Mali"
    [conflict] = sec.conflicts()
    assert {conflict["master"], conflict["incoming"]} == {"Mali", "Senegal"}


def test_a_site_clock_set_right_again_comes_back() -> None:
    wrong = 4_000_000_000.0  # 2096
    clock = HybridClock(wall=lambda: wrong)
    clock.tick()
    now = 1_800_000_000.0
    clock._wall = lambda: now
    millis, _ = parse_hlc(clock.tick())
    assert millis == int(now * 1000)
    # Within the bound a slow wall clock never takes the clock back.
    clock._wall = lambda: now - MAX_AHEAD_MS / 2000
    assert parse_hlc(clock.tick()) == (int(now * 1000), 1)
