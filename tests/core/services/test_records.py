"""Creating, editing, trashing and restoring records, with messages that say what is wrong."""

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sic_desktop.db.models import (
    ActionPlan,
    Activity,
    ConceptNote,
    Cycle,
    Meeting,
    Membership,
    Person,
    Region,
    TaskForce,
)
from sic_desktop.db.store import Store
from sic_desktop.errors import NotFound, ReadOnly
from sic_desktop.services import records
from sic_desktop.services.records import current_cycle_id
from sic_desktop.services.reference import reference_id
from sic_desktop.services.validation import InvalidRecord

A1 = reference_id("task_force", "A1")


def test_create_returns_what_changed(store: Store) -> None:
    with store.session() as session, session.begin():
        outcome = records.create(session, Person, name="  Lucía Pérez ", email="lucia@example.org")
        assert outcome.tables == {"person"}
        assert session.get(Person, outcome.record_id).name == "Lucía Pérez"  # type: ignore[union-attr]


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"name": ""}, "name", "Name: is required"),
    ({"name": "X", "email": "not-an-address"}, "email", "is not an e-mail address"),
    ({"name": "X", "profile_url": "javascript:alert(1)"}, "profile_url", "is not a web link"),
    ({"name": "X", "organisation_id": "no-such-id"}, "organisation_id", "does not exist"),
])
def test_a_person_with_a_bad_field_is_refused_with_the_field_named(
        store: Store, values: dict[str, str], field: str, words: str) -> None:
    with store.session() as session, session.begin():
        with pytest.raises(InvalidRecord) as refused:
            records.create(session, Person, **values)
        assert field in refused.value.problems
        assert words in str(refused.value)
        assert session.scalars(select(Person)).all() == []


def test_activity_dates_budget_and_status_are_checked(store: Store) -> None:
    with store.session() as session, session.begin(), pytest.raises(InvalidRecord) as refused:
        records.create(session, Activity, task_force_id=A1, title="Mapping", start=date(2024, 5, 1),
                       end=date(2023, 1, 1), budget=-5.0, status="someday")
    assert refused.value.problems == {
        "end": "is before the start", "budget": "cannot be negative",
        "status": "'someday' is not one of: planned, ongoing, completed"}


def test_unknown_fields_are_refused(store: Store) -> None:
    with store.session() as session, session.begin(), pytest.raises(InvalidRecord, match="not a field"):
        records.create(session, Person, name="X", shoe_size=42)


def test_edit_keeps_the_other_fields(store: Store) -> None:
    with store.session() as session, session.begin():
        person_id = records.create(session, Person, name="Ada", country="Kenya").record_id
        outcome = records.update(session, Person, person_id, email="ada@example.org")
        assert [(c.field, c.new) for c in outcome.changes] == [("email", "ada@example.org")]
        assert session.get(Person, person_id).country == "Kenya"  # type: ignore[union-attr]


def test_trash_and_restore(store: Store) -> None:
    with store.session() as session, session.begin():
        person_id = records.create(session, Person, name="Ada").record_id
        records.delete(session, Person, person_id)
        assert [p.id for p in records.trash(session, Person)] == [person_id]
        with pytest.raises(NotFound):
            records.update(session, Person, person_id, name="Ghost")
        records.restore(session, Person, person_id)
        assert records.trash(session, Person) == []
        assert records.get(session, Person, person_id).name == "Ada"


def test_duplicate_starts_a_new_record_from_an_old_one(store: Store) -> None:
    with store.session() as session, session.begin():
        person_id = records.create(session, Person, name="Ada").record_id
        membership_id = records.create(session, Membership, task_force_id=A1, person_id=person_id,
                                       role="TFRR", region_id=reference_id("region", "Africa")).record_id
        copy = records.duplicate(session, Membership, membership_id, role="TFM")
        duplicate = records.get(session, Membership, copy.record_id)
        assert (duplicate.person_id, duplicate.role, duplicate.region_id) == (
            person_id, "TFM", reference_id("region", "Africa"))
        assert copy.record_id != membership_id


def test_reference_data_is_read_only_in_a_regional_copy(regional_store: Store) -> None:
    with regional_store.session() as session, session.begin():
        with pytest.raises(ReadOnly, match="Executive Secretariat"):
            records.update(session, TaskForce, A1, name="Renamed")
        with pytest.raises(ReadOnly):
            records.create(session, Region, name="Antarctica")
        # ... while the region's own records stay editable.
        records.create(session, Person, name="Regional member")


def test_the_secretariat_edits_reference_data(store: Store) -> None:
    with store.session() as session, session.begin():
        records.update(session, TaskForce, A1, name="NDCs and national policy")
        records.create(session, Region, name="Antarctica")
        assert session.get(TaskForce, A1).name == "NDCs and national policy"  # type: ignore[union-attr]


def trust_this_copy_with(store: Store, *codes: str, role: str = "tfl", region: str | None = None) -> None:
    """What a master bundle tells a regional copy: the scope its key may sign for."""
    import base64
    from datetime import datetime

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from sic_desktop.db.models import Site, TrustedKey

    raw = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    with store.session() as session, session.begin():
        site_id = session.scalars(select(Site.site_id)).one()
        session.add(TrustedKey(key_id="k" * 16, site_id=site_id, name="Africa office", role=role,
                               task_forces=json.dumps(list(codes)), region=region,
                               public_key=base64.b64encode(raw).decode(),
                               status="active", added_at=datetime(2026, 1, 1)))


def test_a_regional_copy_edits_only_its_own_task_forces(regional_store: Store) -> None:
    a2 = reference_id("task_force", "A2")
    with regional_store.session() as session, session.begin():  # before it knows its scope: anything
        outside = records.create(session, Activity, task_force_id=a2, title="Elsewhere").record_id
    trust_this_copy_with(regional_store, "A1")
    with regional_store.session() as session, session.begin():
        mine = records.create(session, Activity, task_force_id=A1, title="Ours").record_id
        records.update(session, Activity, mine, title="Ours, renamed")
        attempts: tuple[Callable[[], object], ...] = (
            lambda: records.create(session, Activity, task_force_id=a2, title="Theirs"),
            lambda: records.update(session, Activity, outside, title="Changed"),
            lambda: records.delete(session, Activity, outside),
            lambda: records.update(session, Activity, mine, task_force_id=a2),
        )
        for attempt in attempts:
            with pytest.raises(ReadOnly, match="outside this copy's \\(A1\\)"):
                attempt()
        records.create(session, Person, name="People are shared")


def test_a_tfrr_copy_edits_only_its_region(regional_store: Store) -> None:
    trust_this_copy_with(regional_store, "A1", role="tfrr", region="Africa")
    with regional_store.session() as session, session.begin():
        records.create(session, Activity, task_force_id=A1, title="Sahel",
                       region_id=reference_id("region", "Africa"))
        with pytest.raises(ReadOnly, match="another region"):
            records.create(session, Activity, task_force_id=A1, title="Andes",
                           region_id=reference_id("region", "Latin America & the Caribbean"))


def test_a_regional_import_into_another_task_force_is_refused(regional_store: Store, tmp_path: Path) -> None:
    from sic_desktop.sheets.inventory import export_inventory, import_inventory

    trust_this_copy_with(regional_store, "A1")
    sheet = tmp_path / "inventory.xlsx"
    with regional_store.session() as session:
        export_inventory(session, sheet)
    with regional_store.session() as session, session.begin(), pytest.raises(ReadOnly):
        import_inventory(session, sheet, task_force="A2")


def test_a_new_activity_plan_or_note_belongs_to_the_current_cycle_a_meeting_to_its_date(store: Store) -> None:
    """New records are counted in today's cycle by the overview unless told otherwise."""
    with store.session() as session, session.begin():
        current = current_cycle_id(session)
        assert current is not None and session.get(Cycle, current) is not None
        a2 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A2")).one()
        made = {
            "activity": records.create(session, Activity, task_force_id=a2, title="Biochar trials"),
            "plan": records.create(session, ActionPlan, task_force_id=a2, title="A2 plan"),
            "note": records.create(session, ConceptNote, task_force_id=a2, title="Sahel soils",
                                   currency="EUR"),
            "meeting": records.create(session, Meeting, task_force_id=a2, kind="other", title="Of 2021",
                                      held_on=date(2021, 5, 5)),
            "told": records.create(session, Activity, task_force_id=a2, title="Older", cycle_id=None),
        }
        models: dict[str, type[Activity | ActionPlan | ConceptNote | Meeting]] = {
            "activity": Activity, "plan": ActionPlan, "note": ConceptNote, "meeting": Meeting,
            "told": Activity}
        cycles = {key: records.get(session, models[key], outcome.record_id).cycle_id
                  for key, outcome in made.items()}
    assert cycles == {"activity": current, "plan": current, "note": current, "meeting": None, "told": None}
