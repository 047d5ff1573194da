"""The Secretariat's word on a pair of alike notes travels to every copy, and only it can say it."""

import pytest
from sqlalchemy import select

from sic_desktop.db.models import ConceptNote, OverlapChoice
from sic_desktop.errors import NotFound, ReadOnly
from sic_desktop.services import records
from sic_desktop.services.overlap_choices import choices, choose
from sic_desktop.services.reference import reference_id
from tests.core.sync.copies import A1, Copy, down

A2 = reference_id("task_force", "A2")


def _notes(sec: Copy) -> tuple[str, str]:
    with sec.store.session() as session, session.begin():
        ours = records.create(session, ConceptNote, task_force_id=A1, title="Sahel biochar", version=1,
                              status="draft").record_id
        theirs = records.create(session, ConceptNote, task_force_id=A2, title="Biochar in the Sahel",
                                version=1, status="draft").record_id
    return ours, theirs


def test_connect_the_teams_reaches_the_region_which_cannot_change_it(
    world: tuple[Copy, Copy, Copy],
) -> None:
    sec, north, _ = world
    ours, theirs = _notes(sec)
    with sec.store.session() as session, session.begin():
        choose(session, a=theirs, b=ours, choice="connect the teams", note="Same sites in Niger")
    down(sec, north)
    with north.store.session() as session:
        key = tuple(sorted((ours, theirs)))
        assert choices(session) == {key: ("connect the teams", "Same sites in Niger")}
        assert session.get(ConceptNote, theirs) is None  # A2's note stays out of north's copy
    with north.store.session() as session, session.begin(), \
            pytest.raises(ReadOnly, match="overlap choice records are the Executive Secretariat's"):
        choose(session, a=ours, b=theirs, choice="not an overlap")
    with sec.store.session() as session, session.begin():  # changed its mind, then took it back
        choose(session, a=ours, b=theirs, choice="not an overlap")
    down(sec, north)
    with north.store.session() as session:
        assert list(choices(session).values()) == [("not an overlap", None)]
    with sec.store.session() as session, session.begin():
        choose(session, a=ours, b=theirs, choice=None)
    down(sec, north)
    with north.store.session() as session:
        assert choices(session) == {}
        assert len(session.scalars(select(OverlapChoice)).all()) == 1  # in the trash, one per pair


def test_a_choice_names_notes_that_exist(world: tuple[Copy, Copy, Copy]) -> None:
    sec = world[0]
    ours, _ = _notes(sec)
    with sec.store.session() as session, session.begin(), pytest.raises(NotFound, match="No concept note"):
        choose(session, a=ours, b="no-such-note", choice="not an overlap")
