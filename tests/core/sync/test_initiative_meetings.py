"""A TF leaders' meeting is the whole Initiative's: every regional copy receives it and adds its people."""

from datetime import date

import pytest

from sic_desktop.errors import ReadOnly
from sic_desktop.services.reference import reference_id
from tests.core.sync.copies import A1, Copy, down, up

A2 = reference_id("task_force", "A2")


def test_every_region_receives_the_leaders_meetings_and_adds_its_own_participants(
        world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, _ = world  # north follows A1 only
    first = sec.edit("create", "meeting", task_force_id=A2, kind="TFL meeting",
                     title="1st TF leaders meeting", held_on=date(2023, 2, 1))
    a2_only = sec.edit("create", "meeting", task_force_id=A2, kind="TF meeting",
                       title="A2 ideas", held_on=date(2023, 3, 1))
    down(sec, north)
    assert north.get("meeting", first).title == "1st TF leaders meeting"
    assert north.get("meeting", a2_only) is None  # another task force's own meeting stays its own
    up(sec, north)

    second = sec.edit("create", "meeting", task_force_id=A2, kind="TFL meeting",
                      title="2nd TF leaders meeting", held_on=date(2023, 6, 20))
    sec.edit("update", "meeting", first, title="1st TF leaders meeting (Rome)")
    sec.edit("update", "meeting", a2_only, kind="TFL meeting")  # found to be the leaders' after all
    down(sec, north)
    assert north.get("meeting", second).held_on == date(2023, 6, 20)
    assert north.get("meeting", first).title == "1st TF leaders meeting (Rome)"
    assert north.get("meeting", a2_only).title == "A2 ideas"  # its whole state, not just the kind

    with pytest.raises(ReadOnly):
        north.edit("update", "meeting", first, title="Renamed by a region")
    amina = north.edit("create", "person", name="Amina Diallo")
    north.edit("create", "membership", task_force_id=A1, person_id=amina, role="TFL", status="active")
    taking_part = north.edit("create", "meeting_participant", task_force_id=A1, meeting_id=second,
                             person_id=amina, attendance="present")
    up(sec, north)  # a bundle with a record its signer may not write is refused whole
    assert sec.get("meeting_participant", taking_part).meeting_id == second
    assert sec.open_conflicts() == []


def test_a_leaders_meeting_travels_once_not_in_every_master_bundle(world: tuple[Copy, Copy, Copy]) -> None:
    from sic_desktop.sync.export import export

    sec, north, _ = world
    sec.edit("create", "meeting", task_force_id=A2, kind="TFL meeting", title="1st TF leaders meeting",
             held_on=date(2023, 2, 1))
    down(sec, north)
    up(sec, north)  # north acknowledges it
    sec.edit("create", "person", name="Someone new")
    again = export(sec.store, north.folder / "again.sicbundle", for_site=north.site_id)
    assert again.changes == 1  # the new person only: the meeting's state is not carried again
