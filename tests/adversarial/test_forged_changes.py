"""A trusted region signs changes its own copy would never make: each is refused at the Secretariat.

Every bundle here is validly signed with north's key (a TFRR of A1 for Africa) and offered to the
Secretariat through `bundle import`: exit 4, the reason in words, the records byte-identical.
"""

import hashlib
from typing import Any

import pytest

from tests.adversarial.conftest import A1, A2, Sites, attachments, refused
from tests.e2e.test_sync_helpers import World, change_line, forge, lines, region_id

NEW_ID = "20000000-0000-4000-8000-000000000001"


def _insert(sites: Sites, table: str, **values: Any) -> dict[str, Any]:
    return change_line(sites.north, 1, table=table, record=NEW_ID, new={"deleted": False, **values})


def test_a_budget_line_cannot_reach_into_another_task_forces_concept_note(world: World, sites: Sites) -> None:
    # Labelled as A1's own, but hung on A2's concept note: it would show in A2's Word document.
    line = _insert(sites, "budget_line", task_force_id=A1, concept_note_id=sites.note_a2,
                   item="Consultancy", requested=5_000_000.0)
    refused(world, sites.sec, forge(sites.north, sites.sec, lines(line)),
            "concept note 'Andean soils'", "task force A2")
    indicator = _insert(sites, "concept_note_indicator", task_force_id=A2, concept_note_id=sites.note_a2,
                        name="Hectares")
    refused(world, sites.sec, forge(sites.north, sites.sec, lines(indicator)), "outside their task forces")


def test_a_child_record_cannot_reach_into_another_region_through_its_parent(
    world: World, sites: Sites
) -> None:
    # A1 is north's task force, but this note is Europe's; a budget line carries no region of its
    # own: its region is its parent's.
    alps = sites.sec.edit("create", "concept_note", task_force_id=A1, title="Alpine pastures", version=1,
                          status="draft", region_id=region_id("Europe"))
    line = _insert(sites, "budget_line", task_force_id=A1, concept_note_id=alps, item="Travel")
    refused(world, sites.sec, forge(sites.north, sites.sec, lines(line)), "another region (Europe)")
    # Nor can a TFRR release one of its region's records from the region, to edit it from elsewhere.
    release = change_line(sites.north, 1, table="concept_note", record=sites.note_a1, kind="update",
                          field="region_id", old=region_id("Africa"), new=None)
    refused(world, sites.sec, forge(sites.north, sites.sec, lines(release)), "only the Secretariat")


def test_a_region_cannot_sign_a_bureau_decision_or_a_letter_of_support(world: World, sites: Sites) -> None:
    decision = _insert(sites, "validation", task_force_id=A1, concept_note_id=sites.note_a1,
                       decision="validated", decided_on="2026-11-20")
    refused(world, sites.sec, forge(sites.north, sites.sec, lines(decision)), "Executive Secretariat")
    document = b"PK\x03\x04 a letter of support the region wrote itself " * 40
    digest = hashlib.sha256(document).hexdigest()
    letter = _insert(sites, "letter_of_support", task_force_id=A1, concept_note_id=sites.note_a1,
                     reference="4p1000-2026-999", issued_on="2026-11-21", document_sha256=digest)
    files = [(f"attachments/{digest}", document)]
    body = lines(letter)
    listed = {
        "changes.jsonl": {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)},
        f"attachments/{digest}": {"sha256": digest, "size": len(document)},
    }
    kept = attachments(sites.sec)
    refused(world, sites.sec, forge(sites.north, sites.sec, body, extra=files, listed=listed),
            "Executive Secretariat")
    assert attachments(sites.sec) == kept


def test_a_file_no_change_refers_to_is_refused_and_never_stored(world: World, sites: Sites) -> None:
    person = change_line(sites.north, 1)
    body = lines(person)
    junk = b"\x00" * 4096 + b"not referenced by anything"
    digest = hashlib.sha256(junk).hexdigest()
    listed = {
        "changes.jsonl": {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)},
        f"attachments/{digest}": {"sha256": digest, "size": len(junk)},
    }
    kept = attachments(sites.sec)
    refused(world, sites.sec, forge(sites.north, sites.sec, body, extra=[(f"attachments/{digest}", junk)],
                                    listed=listed), "no change of it refers to")
    assert attachments(sites.sec) == kept


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"name": "x" * 2_001}, "longer than 2,000 characters"),
        ({"name": "Amina", "expertise": "y" * 32_768}, "longer than 32,767 characters"),
        ({"name": "Amina\x00Diallo"}, "control character (U+0000)"),
        ({"name": "Amina", "expertise": "Soils\x1b[31m"}, "control character (U+001B)"),
        ({"name": "Amina\nDiallo"}, "line break"),
        ({"name": "   "}, "is required"),
        ({"name": ""}, "is required"),
        ({"name": "Amina", "email": "amina@example.org\n"}, "line break"),
        ({"name": "Amina", "profile_url": "https://example.org/amina\n"}, "line break"),
        ({"name": "Amina", "organisation_id": "../../etc/passwd"}, "not the id of a record"),
    ],
)
def test_person_values_a_regions_copy_would_refuse(world: World, sites: Sites, values: dict[str, Any],
                                                    reason: str) -> None:
    line = change_line(sites.north, 1, new={"deleted": False, **values})
    refused(world, sites.sec, forge(sites.north, sites.sec, lines(line)), reason)


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"start": "20240101"}, "not a valid date"),
        ({"start": "2024-W01-1"}, "not a valid date"),
        ({"start": "2026-05-01", "end": "2026-04-30"}, "is before the start"),
        ({"budget": 1e308}, "too large"),
        ({"budget": -5.0}, "cannot be negative"),
        ({"title": " "}, "is required"),
    ],
)
def test_activity_values_a_regions_copy_would_refuse(world: World, sites: Sites, values: dict[str, Any],
                                                      reason: str) -> None:
    line = _insert(sites, "activity", **({"task_force_id": A1, "title": "Residues"} | values))
    refused(world, sites.sec, forge(sites.north, sites.sec, lines(line)), reason)


def test_ids_that_are_not_uuids_are_refused(world: World, sites: Sites) -> None:
    for overrides in ({"record": "1"}, {"id": "x" * 36}, {"based_on": "../../../../"}):
        line = change_line(sites.north, 1, **overrides)
        refused(world, sites.sec, forge(sites.north, sites.sec, lines(line)), "is not valid")


def test_a_delete_cannot_claim_to_have_seen_any_change_it_likes(world: World, sites: Sites) -> None:
    import sqlite3

    person = sites.sec.edit("create", "person", name="Kofi Mensah")
    sites.sec.edit("update", "person", person, country="Ghana")  # north never saw this edit
    with sqlite3.connect(sites.sec.db) as connection:
        [unrelated] = connection.execute(
            "SELECT change_id FROM change WHERE record_id = ? AND field = '*'", (sites.note_a2,)).fetchone()
    delete = change_line(sites.north, 1, table="person", record=person, kind="delete", field="deleted",
                         old=False, new=True)
    seen = {"deletes_seen": {delete["id"]: unrelated}}
    bundle = forge(sites.north, sites.sec, lines(delete), manifest=seen)
    refused(world, sites.sec, bundle, "not another copy's change of that record")


def test_a_region_cannot_type_its_notes_status_or_return_its_own_submission(
    world: World, sites: Sites
) -> None:
    # A note goes from draft to funded only through the records that take it there.
    funded = change_line(sites.north, 1, table="concept_note", record=sites.note_a1, kind="update",
                         field="status", old="draft", new="funded")
    refused(world, sites.sec, forge(sites.north, sites.sec, lines(funded)), "status follows its records")
    # Returning a submitted note is the Secretariat's step, even when a region signs it.
    returned = _insert(sites, "note_status_change", task_force_id=A1, concept_note_id=sites.note_a1,
                       to_status="returned", why="We return it ourselves")
    refused(world, sites.sec, forge(sites.north, sites.sec, lines(returned)), "Secretariat")
