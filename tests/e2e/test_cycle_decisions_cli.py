"""The cycle's steps through the real command line: status follows the records, letters are central.

Every refused write exits with 4 and leaves `dump` byte for byte as it was.
"""

import json
from pathlib import Path
from typing import Any

from sic_desktop.documents import samples
from sic_desktop.sheets.note_workbook import write_workbook
from tests.e2e.test_sync_helpers import World, task_force

A1 = task_force("A1")


def note_from_workbook(world: World, db: Path, code: str = "A1") -> str:
    workbook = world.folder / f"note-{code}.xlsx"
    write_workbook(samples.concept_note_form(), workbook)
    answer = world.json("--db", db, "concept-notes", "import", workbook, "--task-force", code)
    return str(answer["id"])


def refused(world: World, db: Path, *args: str, words: str) -> None:
    """The command is refused with exit 4, says why, and changes nothing."""
    before = world.run("--db", db, "dump").stdout
    result = world.run("--db", db, *args, check=None)
    assert result.returncode == 4, (args, result.stdout, result.stderr)
    assert words in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert world.run("--db", db, "dump").stdout == before


def show(world: World, db: Path, kind: str, record_id: str) -> dict[str, Any]:
    found: dict[str, Any] = world.json("--db", db, "records", "show", kind, record_id)
    return found


def add(world: World, db: Path, kind: str, *values: str) -> str:
    return str(world.json("--db", db, "records", "add", kind, *values)["id"])


def test_a_note_moves_step_by_step_and_its_letter_needs_a_current_assessment(tmp_path: Path) -> None:
    world = World(tmp_path)
    db = world.secretariat().db
    note = note_from_workbook(world, db)
    owner = (f"task_force_id={A1}", f"concept_note_id={note}")
    assert show(world, db, "concept_note", note)["status"] == "complete"

    refused(world, db, "records", "set", "concept_note", note, "status=funded", words="never typed")
    funder = add(world, db, "funder", "name=Green Climate Fund")
    refused(world, db, "records", "add", "agreement", *owner, f"funder_id={funder}", "signed_on=2026-03-01",
            words="an agreement follows a full proposal")
    refused(world, db, "records", "add", "assessment", *owner, "assessor=STC",
            words="the STC assesses submitted notes")

    add(world, db, "note_status_change", *owner, "to_status=submitted", "why=Ready for the STC")
    assessment = add(world, db, "assessment", *owner, "assessor=STC", "recommendation=recommended")
    assert show(world, db, "concept_note", note)["status"] == "assessed"
    assert show(world, db, "assessment", assessment)["concept_note_version"] == 1
    scores = world.json("--db", db, "records", "list", "assessment_score")
    assert len(scores) >= 5 and {s["assessment_id"] for s in scores} == {assessment}
    refused(world, db, "records", "set", "assessment_score", scores[0]["id"], "score=9",
            words="must be between 1 and 5")
    world.run("--db", db, "records", "set", "assessment_score", scores[0]["id"], "score=4")

    add(world, db, "validation", *owner, "decision=validated", "decided_on=2026-09-25")
    assert show(world, db, "concept_note", note)["status"] == "validated"
    refused(world, db, "documents", "letter-of-support", note, "letter.docx", words="settings signatory NAME")
    world.run("--db", db, "settings", "signatory", "Paul Luu")

    # A change after the assessment makes it stale: no letter until the content is put back.
    risks = show(world, db, "concept_note", note)["risks"]
    world.run("--db", db, "records", "set", "concept_note", note, "risks=A risk nobody assessed")
    assert show(world, db, "concept_note", note)["version"] == 2
    refused(world, db, "documents", "letter-of-support", note, "letter.docx", words="is stale")
    world.run("--db", db, "records", "set", "concept_note", note, f"risks={risks}")
    issued = world.json("--db", db, "documents", "letter-of-support", note, "letter.docx")
    assert issued["issued"] is True
    [letter] = world.json("--db", db, "records", "list", "letter_of_support")
    assert letter["reference"].startswith("LoS-") and letter["reference"].endswith("-001")
    refused(world, db, "records", "set", "letter_of_support", letter["id"], "reference=LoS-2026-777",
            words="set once")

    steps = [(s["from_status"], s["to_status"]) for s in sorted(
        world.json("--db", db, "records", "list", "note_status_change"), key=lambda s: s["changed_at"])]
    assert steps[:3] == [("draft", "complete"), ("complete", "submitted"), ("submitted", "assessed")]
    assert ("assessed", "validated") in steps


def test_a_regional_copy_may_neither_edit_its_submitted_note_nor_issue_a_letter(tmp_path: Path) -> None:
    world = World(tmp_path)
    sec = world.secretariat()
    region = world.region("north", sec, task_forces=("A1",))
    region.import_(sec.export(for_site=region))
    db = region.db
    note = note_from_workbook(world, db)
    add(world, db, "note_status_change", f"task_force_id={A1}", f"concept_note_id={note}",
        "to_status=submitted")
    refused(world, db, "records", "set", "concept_note", note, "title=Improved quietly",
            words="read-only to its task force until the Secretariat returns it")
    refused(world, db, "records", "add", "budget_line", f"task_force_id={A1}", f"concept_note_id={note}",
            "item=Extra", words="until the Secretariat returns it")
    refused(world, db, "records", "add", "note_status_change", f"task_force_id={A1}",
            f"concept_note_id={note}", "to_status=returned", words="only the Secretariat returns")
    refused(world, db, "documents", "letter-of-support", note, "letter.docx",
            words="issued by the Secretariat")
    refused(world, db, "records", "add", "letter_of_support", f"task_force_id={A1}",
            f"concept_note_id={note}", "reference=LoS-2026-001", "issued_on=2026-10-01",
            words="Secretariat")
    # The submission travels to the Secretariat, whose copy records it.
    report = sec.import_(region.export())
    assert report.returncode == 0, report.stderr
    [step] = json.loads(sec.dump())["note_status_change"]  # the region's own, not a second one
    assert (step["from_status"], step["to_status"]) == ("complete", "submitted")
    assert show(world, sec.db, "concept_note", note)["status"] == "submitted"
