"""The authority table on every local path: services, a write that skips them, and the text rules."""

import pytest

from sic_desktop.db.models import Activity, BudgetLine, ConceptNote, Person, Validation
from sic_desktop.db.store import Store
from sic_desktop.errors import InputRefused, ReadOnly
from sic_desktop.services import records
from sic_desktop.services.authority import rules
from sic_desktop.services.reference import reference_id
from tests.core.services.test_records import trust_this_copy_with

A1, A2 = reference_id("task_force", "A1"), reference_id("task_force", "A2")
AFRICA, EUROPE = reference_id("region", "Africa"), reference_id("region", "Europe")


def _note(store: Store, task_force: str, title: str, region: str | None = None) -> str:
    with store.session() as session, session.begin():
        return records.create(session, ConceptNote, task_force_id=task_force, title=title, version=1,
                              status="draft", region_id=region).record_id


def test_the_table_names_every_parent_a_child_shares_its_scope_with() -> None:
    table = rules()
    assert ("concept_note_id", "concept_note") in table["budget_line"].parents
    assert ("action_plan_id", "action_plan") in table["indicator"].parents
    assert ("meeting_id", "meeting") in table["meeting_participant"].parents
    assert ("team_id", "project_team") in table["project_team_member"].parents
    assert ("assessment_id", "assessment") in table["assessment_score"].parents
    assert table["validation"].owner == table["letter_of_support"].owner == "secretariat"
    assert table["person"].owner == "shared" and table["region"].owner == "reference"


def test_a_budget_line_of_one_task_force_cannot_hang_on_anothers_note(regional_store: Store) -> None:
    theirs = _note(regional_store, A2, "Andean soils")  # before the copy knows its scope
    trust_this_copy_with(regional_store, "A1", "A2")
    with regional_store.session() as session, session.begin(), \
            pytest.raises(ReadOnly, match="task force of its concept note"):
        records.create(session, BudgetLine, task_force_id=A1, concept_note_id=theirs, item="Consultancy",
                       requested=5_000_000.0)


def test_a_tfrr_cannot_add_to_another_regions_note_through_a_child(regional_store: Store) -> None:
    alps = _note(regional_store, A1, "Alpine pastures", EUROPE)
    sahel = _note(regional_store, A1, "Sahel residues", AFRICA)
    trust_this_copy_with(regional_store, "A1", role="tfrr", region="Africa")
    with regional_store.session() as session, session.begin():
        records.create(session, BudgetLine, task_force_id=A1, concept_note_id=sahel, item="Soil tests")
        with pytest.raises(ReadOnly, match=r"'Alpine pastures', which belongs to another region \(Europe\)"):
            records.create(session, BudgetLine, task_force_id=A1, concept_note_id=alps, item="Travel")
        with pytest.raises(ReadOnly, match="only the Secretariat"):
            records.update(session, ConceptNote, sahel, region_id=None)


def test_bureau_decisions_are_the_secretariats_even_in_the_regions_own_task_force(
    regional_store: Store,
) -> None:
    from datetime import date

    note = _note(regional_store, A1, "Sahel residues")
    trust_this_copy_with(regional_store, "A1")
    with regional_store.session() as session, session.begin(), \
            pytest.raises(ReadOnly, match="Executive Secretariat"):
        records.create(session, Validation, task_force_id=A1, concept_note_id=note, decision="validated",
                       decided_on=date(2026, 11, 20))


def test_a_write_that_skips_the_services_is_still_refused_at_flush(regional_store: Store) -> None:
    trust_this_copy_with(regional_store, "A1")
    with pytest.raises(ReadOnly, match="A2"), regional_store.session() as session, session.begin():
        session.add(Activity(task_force_id=A2, title="Written around the services"))
        session.flush()
    with regional_store.session() as session:
        assert session.query(Activity).count() == 0


def test_text_caps_and_control_characters_hold_on_every_write(store: Store) -> None:
    with store.session() as session, session.begin():
        records.create(session, Activity, task_force_id=A1, title="Trials", description="d" * 32_767)
        records.create(session, Activity, task_force_id=A1, title="Tabs", description="a\tb\r\nc")
        for values, reason in (
            ({"description": "d" * 32_768}, "longer than 32,767 characters"),
            ({"title": "t" * 2_001}, "longer than 2,000 characters"),
            ({"title": "Null\x00byte"}, r"control character \(U\+0000\)"),
            ({"description": "Bell\x07"}, r"control character \(U\+0007\)"),
            ({"budget": 1e308}, "too large"),
        ):
            with pytest.raises(InputRefused, match=reason):
                records.create(session, Activity, **{"task_force_id": A1, "title": "Trials", **values})
        with pytest.raises(InputRefused, match="line break"):
            records.create(session, Person, name="Amina", email="amina@example.org\nBcc: all@example.org")
    with pytest.raises(InputRefused, match="longer than"), store.session() as session, session.begin():
        session.add(Person(name="n" * 400_000))  # around the services: the flush refuses it
        session.flush()
