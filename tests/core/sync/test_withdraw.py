"""Withdrawing an unsent edit the Secretariat now refuses: the region's next bundle goes through."""

import pytest

from sic_desktop.errors import InputRefused
from sic_desktop.sync import trust
from sic_desktop.sync.keys import PublicKeyFile
from sic_desktop.sync.withdraw import pending, withdraw
from tests.core.sync.copies import A1, AFRICA, Copy, down, up


def test_an_edit_outside_the_new_scope_is_withdrawn_and_the_next_bundle_applies(
    world: tuple[Copy, Copy, Copy],
) -> None:
    sec, north, _ = world
    activity = sec.edit("create", "activity", task_force_id=A1, title="Trials", region_id=AFRICA)
    down(sec, north)
    north.edit("update", "activity", activity, title="Field trials")
    key = PublicKeyFile.from_bytes(north.card().read_bytes())
    with sec.store.session() as session, session.begin():
        trust.add(session, key, role="tfrr", task_forces=["A3"], region="Africa")
    with pytest.raises(InputRefused, match=r"'Trials' belongs to task force A1, outside their task forces"):
        up(sec, north)
    down(sec, north)  # north learns its new scope
    with north.store.session() as session:
        [edit] = [change for change in pending(session) if change.problem]
    assert (edit.field, edit.record) == ("title", "the activity 'Field trials'")
    with north.store.session() as session, session.begin():
        withdraw(session, edit.change_id)
    assert north.get("activity", activity).title == "Trials"
    with north.store.session() as session, session.begin(), pytest.raises(InputRefused, match="already"):
        withdraw(session, edit.change_id)
    with north.store.session() as session:
        assert not [change for change in pending(session) if change.problem]
    report = up(sec, north)
    assert report.verdict == "applied" and report.applied == 0
    assert sec.get("activity", activity).title == "Trials"
