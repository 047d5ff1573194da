"""The merge on real SQLite files with real keys: the cases of sync.md item 5, and the region side."""

import hashlib
import shutil
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from sic_desktop.db.clock import format_hlc, parse_hlc
from sic_desktop.db.models import Attachment
from sic_desktop.db.store import Store, open_store
from sic_desktop.errors import InputRefused
from sic_desktop.services.dump import dump_json
from sic_desktop.services.reference import reference_id
from sic_desktop.services.site import init_database
from sic_desktop.sync import conflicts, state, trust
from sic_desktop.sync.export import export
from sic_desktop.sync.identity import identity
from sic_desktop.sync.importer import import_bundle, inspect_bundle
from sic_desktop.sync.keys import PublicKeyFile
from sic_desktop.sync.setup import prepare_site
from tests.core.sync.copies import A1, AFRICA, Copy, down, up
from tests.notes import advance, sample_note


def test_fast_forward_same_value_and_preview(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, south = world
    person = sec.edit("create", "person", name="Ana", country="Chile")
    down(sec, north, south)
    north.edit("update", "person", person, country="Peru")
    south.edit("update", "person", person, country="Peru")
    preview = inspect_bundle(sec.store, north.export())
    assert preview.verdict == "preview" and preview.summary == ["1 person record changed"]
    [detail] = preview.details
    assert (detail["field"], detail["old"], detail["new"], detail["applies"]) == (
        "country",
        "Chile",
        "Peru",
        True,
    )
    assert 'country: "Chile" -> "Peru"' in preview.text()
    assert sec.get("person", person).country == "Chile"
    assert up(sec, north).verdict == "applied"
    report = up(sec, south)
    assert report.merged == 1 and report.conflicts == []
    assert sec.get("person", person).country == "Peru"


def test_summary_counts_records_in_words_a_language_can_pluralise(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, south = world
    people = [sec.edit("create", "person", name=name, country="Chile") for name in ("Ana", "Ben")]
    activity = sec.edit("create", "activity", task_force_id=A1, title="Trials", region_id=AFRICA)
    down(sec, north, south)
    for person in people:
        north.edit("update", "person", person, country="Peru")
        south.edit("update", "person", person, country="Peru")
    north.edit("update", "activity", activity, title="Field trials")
    up(sec, south)
    summary = up(sec, north).summary
    assert summary == ["1 activity record changed", "2 values already equal"]
    counted = summary[0]
    assert (counted.template, counted.counted) == ("%n %1 record(s) changed", 1)  # type: ignore[attr-defined]
    assert "activitys" not in " ".join(summary)
    north.edit("update", "person", people[0], country="Mali")
    north.edit("update", "person", people[1], country="Mali")
    assert up(sec, north).summary == ["2 person records changed"]


def test_delete_against_edit_and_delete_against_delete(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, south = world
    first = sec.edit("create", "person", name="Ana")
    second = sec.edit("create", "person", name="Ben")
    down(sec, north, south)
    sec.edit("update", "person", first, languages="Spanish")
    north.edit("delete", "person", first)
    report = up(sec, north)
    [conflict] = report.conflicts
    assert conflict["kind"] == "delete-edit"
    assert sec.get("person", first).deleted is False  # the master's edit stays until a person decides
    north.edit("delete", "person", second)
    south.edit("delete", "person", second)
    up(sec, north)
    assert up(sec, south).conflicts == []
    assert sec.get("person", second).deleted is True


def test_orphan_is_a_conflict_not_a_crash(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, _ = world
    idea = north.edit("create", "project_idea", task_force_id=A1, title="Biochar")
    up(sec, north)
    sec.edit("delete", "project_idea", idea)
    team = north.edit("create", "project_team", task_force_id=A1, name="Team", idea_id=idea)
    [conflict] = up(sec, north).conflicts
    assert (conflict["kind"], conflict["field"]) == ("orphan", "idea_id")
    assert sec.get("project_team", team) is not None  # nothing typed is lost
    with sec.store.session() as session, session.begin():
        conflicts.resolve(session, conflict["id"], "keep-master")
    assert sec.get("project_team", team).deleted is True


def test_possible_duplicates_are_flagged_not_merged(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, south = world
    a = north.edit("create", "person", name="Amina Diallo", email="amina@example.org")
    b = south.edit("create", "person", name="A. Diallo", email="Amina@Example.org")
    up(sec, north)
    [conflict] = up(sec, south).conflicts
    assert conflict["kind"] == "duplicate" and conflict["master"] == f'"{a}"'
    assert sec.get("person", a) is not None and sec.get("person", b) is not None
    with sec.store.session() as session, session.begin(), pytest.raises(Exception, match="dupl"):
        conflicts.resolve(session, conflict["id"], "value", "x")


def test_region_keeps_its_unsent_edit_until_the_resolution_arrives(
    world: tuple[Copy, Copy, Copy],
) -> None:
    sec, north, _ = world
    person = sec.edit("create", "person", name="Ana", country="Chile")
    down(sec, north)
    sec.edit("update", "person", person, country="Argentina")
    north.edit("update", "person", person, country="Peru")
    down(sec, north)  # the master's concurrent value must not overwrite the unsent edit
    assert north.get("person", person).country == "Peru"
    [conflict] = up(sec, north).conflicts
    with sec.store.session() as session, session.begin():
        conflicts.resolve(session, conflict["id"], "keep-master")
    down(sec, north)
    assert north.get("person", person).country == "Argentina"
    assert up(sec, north).verdict == "already applied"


def test_rollback_and_registry(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, south = world
    sec.edit("create", "person", name="Ana")
    older = sec.export(for_site=north)
    newer = sec.export(for_site=north)
    import_bundle(north.store, newer)
    with pytest.raises(InputRefused, match="older than the last master bundle"):
        import_bundle(north.store, older)
    assert import_bundle(north.store, newer).verdict == "already applied"
    with north.store.session() as session:
        names = {scope.name for scope in trust.all_keys(session)}
    assert names == {"sec", "north", "south"}
    with pytest.raises(InputRefused, match="made for another copy"):
        import_bundle(south.store, newer)


def test_resolution_value_is_typed(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, south = world
    activity = north.edit("create", "activity", task_force_id=A1, title="T", region_id=AFRICA)
    up(sec, north)
    down(sec, south)
    north.edit("update", "activity", activity, budget=10.0)
    south.edit("update", "activity", activity, budget=20.0)
    up(sec, north)
    [conflict] = up(sec, south).conflicts
    with sec.store.session() as session, session.begin(), pytest.raises(InputRefused):
        conflicts.resolve(session, conflict["id"], "value", "lots")
    with sec.store.session() as session, session.begin():
        conflicts.resolve(session, conflict["id"], "value", 15)
    assert sec.get("activity", activity).budget == 15.0


def test_a_clock_that_ran_ahead_comes_back_once_the_laptop_is_set_right(
        world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, _ = world
    # The laptop's clock once ran seventy years ahead: its hybrid clock remembers that time.
    with north.store.session() as session, session.begin():
        session.execute(text("UPDATE site SET last_hlc = :h"), {"h": format_hlc(4 * 10**12, 0)})
    person = north.edit("create", "person", name="From the future")
    report = up(sec, north)
    # Beyond the bound (a day ahead) the remembered time was wrong: the new change is dated now,
    # so it wins no conflict by a clock that is no longer wrong (issue 11.9).
    assert report.verdict == "applied" and report.warnings == []
    assert sec.get("person", person) is not None
    with sec.store.session() as session:
        stamp = session.execute(text("SELECT hlc FROM change WHERE record_id = :r"),
                                {"r": person}).scalars().first()
    assert stamp is not None
    assert abs(parse_hlc(stamp)[0] - time.time() * 1000) < 600_000


def test_attachments_travel_by_hash(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, _ = world
    document = b"PK\x03\x04 a signed letter of support " * 50
    digest = hashlib.sha256(document).hexdigest()
    with sec.store.session() as session, session.begin():
        note = sample_note(session, "A1")
        advance(session, note, "validated")  # a letter follows the Bureau's validation
        session.add(Attachment(sha256=digest, data=document, size=len(document)))
    sec.edit(
        "create",
        "letter_of_support",
        task_force_id=A1,
        concept_note_id=note,
        reference="4p1000-2026-001",
        issued_on=date(2026, 11, 25),
        document_sha256=digest,
    )
    down(sec, north)
    with north.store.session() as session:
        stored = session.get(Attachment, digest)
        assert stored is not None and stored.data == document


def _twins(sec: Copy, tmp_path: Path) -> tuple[Store, Store]:
    """Two identical master copies (the same file), to import the same bundles in two orders."""
    sec.store.close()
    twin = tmp_path / "twin.sqlite"
    shutil.copyfile(sec.store.path, twin)
    return open_store(sec.store.path), open_store(twin)


def _state(store: Store) -> tuple[str, list[tuple[Any, ...]]]:
    with store.session() as session:
        queue = [
            (c.id, c.field, c.base, c.master, c.incoming, c.master_change, c.incoming_change)
            for c in conflicts.open_conflicts(session)
        ]
        return dump_json(session), queue


@pytest.mark.parametrize("south_last", [True, False])
def test_any_import_order_gives_the_same_master_and_conflicts(
    world: tuple[Copy, Copy, Copy], tmp_path: Path, south_last: bool
) -> None:
    sec, north, south = world
    person = sec.edit("create", "person", name="Ana", country="Chile")
    down(sec, north, south)
    if south_last:
        north.edit("update", "person", person, country="Peru")
        north.edit("update", "person", person, country="Lima, Peru")
        south.edit("update", "person", person, country="Mali")
    else:
        north.edit("update", "person", person, country="Peru")
        south.edit("update", "person", person, country="Mali")
        north.edit("update", "person", person, country="Lima, Peru")
    from_north, from_south = north.export(), south.export()
    first, second = _twins(sec, tmp_path)
    try:
        import_bundle(first, from_north)
        import_bundle(first, from_south)
        import_bundle(second, from_south)
        import_bundle(second, from_north)
        assert _state(first) == _state(second)
        _, queue = _state(first)
        [(_, field, base, master, incoming, _, _)] = queue
        assert (field, base) == ("country", '"Chile"')
        assert {master, incoming} == {'"Mali"', '"Lima, Peru"'}
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("edits", [1, 2])
def test_conflict_base_of_a_record_the_region_made_is_the_value_it_was_made_with(
    world: tuple[Copy, Copy, Copy], edits: int
) -> None:
    sec, north, _ = world
    activity = north.edit("create", "activity", task_force_id=A1, title="Trials", region_id=AFRICA)
    up(sec, north)
    down(sec, north)
    sec.edit("update", "activity", activity, title="Master trials")
    for title in ("Field trials", "Field trials 2")[:edits]:
        north.edit("update", "activity", activity, title=title)
    [conflict] = up(sec, north).conflicts
    assert (conflict["field"], conflict["base"]) == ("title", '"Trials"')
    [queued] = sec.open_conflicts()
    assert queued["base"] == "Trials"


def test_pending_count_follows_acknowledgements(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, _ = world

    def pending(copy: Copy) -> int:
        with copy.store.session() as session:
            return state.pending_count(session)

    north.edit("create", "person", name="Ana")
    north.edit("create", "person", name="Ben")
    assert pending(north) == 2 and pending(sec) == 0
    up(sec, north)
    assert pending(north) == 2  # sent, not yet acknowledged
    down(sec, north)
    assert pending(north) == 0


def test_keep_master_keeps_what_the_master_holds_now(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, _ = world
    person = sec.edit("create", "person", name="Ana", country="Chile")
    down(sec, north)
    sec.edit("update", "person", person, country="Argentina")
    north.edit("update", "person", person, country="Peru")
    [conflict] = up(sec, north).conflicts
    sec.edit("update", "person", person, country="Uruguay")  # edited again before deciding
    with sec.store.session() as session:
        [listed] = [conflicts.as_json(c, session) for c in conflicts.open_conflicts(session)]
    assert (listed["master"], listed["incoming"]) == ("Uruguay", "Peru")
    with sec.store.session() as session, session.begin():
        conflicts.resolve(session, conflict["id"], "keep-master")
    assert sec.get("person", person).country == "Uruguay"


def test_orphan_taken_restores_the_parent(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, _ = world
    idea = north.edit("create", "project_idea", task_force_id=A1, title="Biochar")
    up(sec, north)
    sec.edit("delete", "project_idea", idea)
    north.edit("create", "project_team", task_force_id=A1, name="Team", idea_id=idea)
    [conflict] = up(sec, north).conflicts
    with sec.store.session() as session, session.begin():
        settled = conflicts.resolve(session, conflict["id"], "take-incoming")
    assert sec.get("project_idea", idea).deleted is False
    assert len(settled.changes) == 1


def test_three_regions_in_every_order(world: tuple[Copy, Copy, Copy], tmp_path: Path) -> None:
    sec, north, south = world
    person = sec.edit("create", "person", name="Ana", country="Chile")
    with sec.store.session() as session:
        me = identity(session)
    west_store = init_database(tmp_path / "west.sqlite", role="regional", name="west", author="west")
    try:
        prepare_site(west_store, secretariat_key=sec.card())
        with west_store.session() as session:
            west = Copy(west_store, identity(session).site_id, tmp_path)
        west_key = PublicKeyFile.from_bytes(west.card().read_bytes())
        with sec.store.session() as session, session.begin():
            trust.add(session, west_key, role="tfrr", task_forces=["A1"], region="Africa")
        down(sec, north, south, west)
        north.edit("update", "person", person, country="Peru")
        west.edit("update", "person", person, country="Ghana")
        south.edit("update", "person", person, country="Mali")
        north.edit("update", "person", person, country="Lima, Peru")
        bundles = [north.export(), south.export(), west.export()]
    finally:
        west_store.close()
    assert me.is_secretariat
    sec.store.close()
    states = []
    for number, order in enumerate([(0, 1, 2), (2, 1, 0), (1, 0, 2), (1, 2, 0)]):
        copy = tmp_path / f"order{number}.sqlite"
        shutil.copyfile(sec.store.path, copy)
        store = open_store(copy)
        try:
            for index in order:
                import_bundle(store, bundles[index])
            states.append(_state(store))
        finally:
            store.close()
    assert all(state_ == states[0] for state_ in states)
    _, queue = states[0]
    assert len(queue) == 2  # two regions' values wait; the third shows


def test_a_wider_scope_brings_the_new_task_force_history(
    world: tuple[Copy, Copy, Copy], tmp_path: Path
) -> None:
    sec, north, _ = world
    a2 = reference_id("task_force", "A2")
    old = sec.edit("create", "activity", task_force_id=a2, title="Before the widening")
    sec.edit("create", "person", name="Shared with every region")
    down(sec, north)
    up(sec, north)  # north says which master bundle it applied
    assert north.get("activity", old) is None
    key = PublicKeyFile.from_bytes(north.card().read_bytes())
    with sec.store.session() as session, session.begin():
        trust.add(session, key, role="tfrr", task_forces=["A1", "A2"], region="Africa")
    widened = export(sec.store, tmp_path / "widened.sicbundle", for_site=north.site_id)
    assert widened.changes == 1  # A2's history only: the person was acknowledged already
    import_bundle(north.store, widened.path)
    assert north.get("activity", old).title == "Before the widening"
    up(sec, north)
    sec.edit("update", "activity", old, title="Renamed")
    export_path = sec.export(for_site=north)
    import_bundle(north.store, export_path)
    assert north.get("activity", old).title == "Renamed"
    with north.store.session() as session:
        assert state.pending_count(session) == 0


def test_delete_made_before_an_edit_arrived_is_a_conflict_whatever_the_acks(
    world: tuple[Copy, Copy, Copy],
) -> None:
    sec, north, _ = world
    early = sec.edit("create", "person", name="Ana")
    late = sec.edit("create", "person", name="Ben")
    down(sec, north)
    up(sec, north)
    sec.edit("update", "person", early, languages="Spanish")
    sec.edit("update", "person", late, languages="Quechua")
    north.edit("delete", "person", early)  # before the edit reached north
    down(sec, north)  # the edits arrive: north's next bundle acknowledges them
    north.edit("delete", "person", late)  # after the edit reached north
    report = up(sec, north)
    [conflict] = report.conflicts
    assert (conflict["kind"], conflict["record_id"]) == ("delete-edit", early)
    assert sec.get("person", early).deleted is False  # the edit stays until a person decides
    assert sec.get("person", late).deleted is True  # a delete made knowing the edit merges


def test_a_delete_of_a_record_never_edited_elsewhere_merges(world: tuple[Copy, Copy, Copy]) -> None:
    sec, north, south = world
    person = north.edit("create", "person", name="Only north's")
    north.edit("update", "person", person, country="Ghana")
    north.edit("delete", "person", person)  # north never held another site's change of it
    south.edit("create", "person", name="Unrelated")
    up(sec, south)
    assert up(sec, north).conflicts == []
    assert sec.get("person", person).deleted is True
