"""Documents and the concept-note workbook with the real program: files a person would open."""

import json
import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from sic_desktop.db import models as m
from sic_desktop.db.base import new_id
from sic_desktop.db.store import Store, open_store
from sic_desktop.documents import samples
from sic_desktop.documents.letters import record_bureau_decision
from sic_desktop.services.reference import reference_id
from sic_desktop.sheets.note_read import read_workbook
from sic_desktop.sheets.note_workbook import MAIN_SHEET, write_workbook
from tests.notes import advance, name_signatory

Cli = Callable[..., subprocess.CompletedProcess[str]]


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    return result


def text_of(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.fixture
def store(master_db: Path) -> Iterator[Store]:
    opened = open_store(master_db)
    yield opened
    opened.close()


@pytest.fixture
def note_id(cli: Cli, master_db: Path, tmp_path: Path) -> str:
    workbook = tmp_path / "filled.xlsx"
    write_workbook(samples.concept_note_form(), workbook)
    result = ok(cli("--db", master_db, "concept-notes", "import", workbook, "--task-force", "A2",
                    "--json"))
    answer = json.loads(result.stdout)
    assert answer["created"] is True and answer["version"] == 1
    return str(answer["id"])


def test_template_import_export_round_trip(cli: Cli, master_db: Path, tmp_path: Path,
                                           note_id: str) -> None:
    ok(cli("--db", master_db, "concept-notes", "template", "blank.xlsx"))
    blank = load_workbook(tmp_path / "blank.xlsx")
    assert blank[MAIN_SHEET].protection.sheet
    assert list(blank["Lists"]["A"])[1].value == "Africa"  # regions from the database
    ok(cli("--db", master_db, "concept-notes", "export", note_id, "out.xlsx"))
    exported = read_workbook(tmp_path / "out.xlsx")
    expected = samples.concept_note_form()
    expected.id = note_id
    assert exported == expected
    again = ok(cli("--db", master_db, "--json", "concept-notes", "import", "out.xlsx",
                   "--task-force", "A2"))
    assert json.loads(again.stdout) == {"id": note_id, "created": False, "version": 1,
                                        "changes": 0}


def test_template_without_a_database_uses_the_shipped_lists(cli: Cli, tmp_path: Path) -> None:
    ok(cli("--db", tmp_path / "none.sqlite", "concept-notes", "template", "blank.xlsx"))
    assert (tmp_path / "blank.xlsx").is_file() and not (tmp_path / "none.sqlite").exists()


def test_a_bad_workbook_changes_nothing_and_says_where(cli: Cli, master_db: Path,
                                                       tmp_path: Path) -> None:
    workbook = tmp_path / "bad.xlsx"
    write_workbook(samples.concept_note_form(), workbook)
    wb = load_workbook(workbook)
    wb["Budget"]["C3"] = "a lot"
    wb.save(workbook)
    before = ok(cli("--db", master_db, "dump")).stdout
    result = cli("--db", master_db, "concept-notes", "import", workbook, "--task-force", "A2")
    assert result.returncode == 4
    assert "Budget, row 3, column 'Requested': cell C3 must be a number" in result.stderr
    assert ok(cli("--db", master_db, "dump")).stdout == before


def test_unknown_task_force_is_a_usage_error(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    write_workbook(samples.concept_note_form(), tmp_path / "n.xlsx")
    result = cli("--db", master_db, "concept-notes", "import", "n.xlsx", "--task-force", "Z9")
    assert result.returncode == 2 and "No task force 'Z9'" in result.stderr


def test_concept_note_document(cli: Cli, master_db: Path, tmp_path: Path, note_id: str) -> None:
    result = ok(cli("--db", master_db, "--json", "documents", "concept-note", note_id, "n.docx"))
    assert json.loads(result.stdout)["title"] == samples.concept_note_form().title
    text = text_of(tmp_path / "n.docx")
    assert "Restoring soil carbon in Sahelian agropastoral landscapes" in text
    assert "Réseau Billital Maroobé" in text and "2,750,000" in text
    missing = cli("--db", master_db, "documents", "concept-note", "no-such-id", "x.docx")
    assert missing.returncode == 1 and "No concept note with id no-such-id" in missing.stderr
    wrong = cli("--db", master_db, "documents", "concept-note", note_id, "x.odt")
    assert wrong.returncode == 2 and "write a .docx or a .pdf" in wrong.stderr


def test_letter_of_support_follows_validation_and_is_filed(
        cli: Cli, master_db: Path, tmp_path: Path, note_id: str, store: Store) -> None:
    refused = cli("--db", master_db, "documents", "letter-of-support", note_id, "l.docx")
    assert refused.returncode == 4 and "has not been validated by the Bureau" in refused.stderr
    with store.session() as session, session.begin():
        advance(session, note_id, "assessed")
        name_signatory(session)
        issued = record_bureau_decision(session, concept_note_id=note_id, decision="validated",
                                        decided_on=date(2025, 9, 25))
    assert issued is not None and issued.reference == "LoS-2025-001"
    result = ok(cli("--db", master_db, "--json", "documents", "letter-of-support", note_id,
                    "l.docx"))
    assert json.loads(result.stdout)["issued"] is False
    assert (tmp_path / "l.docx").read_bytes() == issued.document  # the filed copy, not a new one
    text = text_of(tmp_path / "l.docx")
    assert "Our reference: LoS-2025-001" in text and "25 September 2025" in text
    dump = json.loads(ok(cli("--db", master_db, "dump")).stdout)
    letters = dump["letter_of_support"]
    assert [(x["reference"], x["file_name"]) for x in letters] == [
        ("LoS-2025-001", "LoS-2025-001.docx")]
    assert dump["concept_note"][0]["status"] == "validated"


def add_meeting(store: Store) -> str:
    task_force = reference_id("task_force", "A2")
    with store.session() as session, session.begin():
        organisation = m.Organisation(id=new_id(), name="ISRA")
        people = [m.Person(id=new_id(), name=name, organisation_id=organisation.id)
                  for name in ("Aminata Diallo", "Jorge Ramírez", "Sarah Müller")]
        meeting = m.Meeting(id=new_id(), task_force_id=task_force, kind="TF meeting",
                            title="Project ideas for 2025", held_on=date(2025, 2, 18),
                            online=True, cycle_id=reference_id("cycle", "2022"),
                            minutes="Opened at 14:00 UTC.")
        session.add_all([organisation, *people, meeting])
        session.flush()
        session.add(m.Membership(task_force_id=task_force, person_id=people[0].id, role="TFL"))
        for person, attendance in zip(people, ("present", "present", "apologies"), strict=True):
            session.add(m.MeetingParticipant(task_force_id=task_force, meeting_id=meeting.id,
                                             person_id=person.id, attendance=attendance))
        session.add(m.AgendaItem(task_force_id=task_force, meeting_id=meeting.id, position=1,
                                 title="Project ideas from the regions", notes="Five ideas."))
        session.add(m.Decision(task_force_id=task_force, meeting_id=meeting.id, position=1,
                               text="Form a team on Sahelian soils."))
        session.add(m.MeetingAction(task_force_id=task_force, meeting_id=meeting.id,
                                    what="Circulate the template", owner_id=people[0].id,
                                    due=date(2025, 2, 25), status="open"))
        return meeting.id


def test_minutes_as_word(cli: Cli, master_db: Path, tmp_path: Path, store: Store) -> None:
    meeting_id = add_meeting(store)
    ok(cli("--db", master_db, "documents", "minutes", meeting_id, "minutes.docx"))
    text = text_of(tmp_path / "minutes.docx")
    for expected in ("Project ideas for 2025", "Aminata Diallo", "TFL", "Sarah Müller",
                     "Form a team on Sahelian soils.", "Circulate the template", "25 Feb 2025",
                     "Online", "Opened at 14:00 UTC."):
        assert expected in text


@pytest.mark.slow
def test_minutes_as_pdf(cli: Cli, master_db: Path, tmp_path: Path, store: Store) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: PDF output needs it")
    meeting_id = add_meeting(store)
    ok(cli("--db", master_db, "documents", "minutes", meeting_id, "minutes.pdf"))
    text = subprocess.run(["pdftotext", str(tmp_path / "minutes.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Project ideas for 2025" in text and "Page 1 of 1" in text


@pytest.mark.slow
def test_concept_note_and_letter_as_pdf(cli: Cli, master_db: Path, tmp_path: Path, store: Store,
                                        note_id: str) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: PDF output needs it")
    with store.session() as session, session.begin():
        advance(session, note_id, "assessed")
        name_signatory(session)
        record_bureau_decision(session, concept_note_id=note_id, decision="validated",
                               decided_on=date(2025, 9, 25))
    ok(cli("--db", master_db, "documents", "concept-note", note_id, "note.pdf"))
    ok(cli("--db", master_db, "documents", "letter-of-support", note_id, "letter.pdf"))
    for name, expected in (("note.pdf", "10. Sustainability and scaling"),
                           ("letter.pdf", "Our reference: LoS-2025-001")):
        text = subprocess.run(["pdftotext", str(tmp_path / name), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert expected in text


def test_annual_report(cli: Cli, master_db: Path, tmp_path: Path, store: Store,
                       note_id: str) -> None:
    add_meeting(store)
    task_force = reference_id("task_force", "A2")
    with store.session() as session, session.begin():
        note = session.get(m.ConceptNote, note_id)
        assert note is not None
        note.cycle_id = reference_id("cycle", "2022")
        plan = m.ActionPlan(id=new_id(), task_force_id=task_force, title="Plan",
                            cycle_id=reference_id("cycle", "2022"))
        indicator = m.Indicator(id=new_id(), task_force_id=task_force, action_plan_id=plan.id,
                                name="Concept notes drafted", unit="notes", baseline=0,
                                target_cycle=10)
        session.add_all([plan, indicator])
        session.flush()
        session.add(m.IndicatorValue(task_force_id=task_force, indicator_id=indicator.id,
                                     measured_on=date(2023, 6, 1), value=4))
    ok(cli("--db", master_db, "documents", "annual-report", "--cycle", "2022", "report.docx",
           "--task-force", "A2"))
    document = Document(str(tmp_path / "report.docx"))
    text = text_of(tmp_path / "report.docx")
    assert "Annual progress report 2022" in text and "Task force A2" in text
    assert "Concept notes drafted" in text and "40%" in text
    assert "Project ideas for 2025" in text
    assert len(document.inline_shapes) == 2  # the progress chart and the indicator over time
    unknown = cli("--db", master_db, "documents", "annual-report", "--cycle", "1999", "r.docx")
    assert unknown.returncode == 1 and "No cycle 1999; known: 2022" in unknown.stderr


def test_check_template(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    document = Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("{{ ti")
    paragraph.add_run("tle }} {{ favourite_colour }}")
    document.save(str(tmp_path / "concept-note.docx"))
    result = cli("--db", master_db, "documents", "check-template", "concept-note.docx")
    assert result.returncode == 4
    assert "{{ title }} is split across formatting runs" in result.stdout
    assert "{{ favourite_colour }} is not provided by the data" in result.stdout


def test_templates_lists_shipped_and_own(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    listed = json.loads(ok(cli("--db", master_db, "--json", "documents", "templates")).stdout)
    assert not any(t["own"] for t in listed["templates"].values())
    own = Path(listed["folder"])
    own.mkdir(parents=True)
    Document().save(str(own / "letter-of-support.docx"))
    listed = json.loads(ok(cli("--db", master_db, "--json", "documents", "templates")).stdout)
    assert listed["templates"]["letter-of-support"]["own"] is True
    assert listed["templates"]["concept-note"]["own"] is False
    assert listed["templates"]["letter-of-support.fr"]["own"] is False  # replaced in English only
    assert listed["templates"]["letter-of-support.fr"]["path"].endswith("letter-of-support.fr.docx")
