"""Document contexts built from the database: letters, minutes groups, annual-report counts."""

import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from sic_desktop.db import models as m
from sic_desktop.db.base import new_id
from sic_desktop.db.store import Store
from sic_desktop.documents import samples
from sic_desktop.documents.annual_report import annual_report
from sic_desktop.documents.generate import write_concept_note
from sic_desktop.documents.letters import filed_letter, issue_letter, record_bureau_decision
from sic_desktop.documents.minutes import minutes_context
from sic_desktop.documents.note_records import save_form
from sic_desktop.errors import InputRefused, NotFound
from sic_desktop.services.reference import reference_id
from sic_desktop.sheets.common import task_force_by_code
from tests.notes import advance, name_signatory

A2 = reference_id("task_force", "A2")
CYCLE = reference_id("cycle", "2022")


@pytest.fixture
def note_id(store: Store) -> str:
    with store.session() as session, session.begin():
        return save_form(session, samples.concept_note_form(),
                         task_force=task_force_by_code(session, "A2")).note_id


def test_a_validation_issues_numbered_letters_filed_with_the_note(store: Store,
                                                                  note_id: str) -> None:
    with store.session() as session, session.begin():
        advance(session, note_id, "assessed")
        name_signatory(session)
        first = record_bureau_decision(session, concept_note_id=note_id, decision="validated",
                                       decided_on=date(2025, 9, 25), notes="Well argued.")
        second = issue_letter(session, concept_note_id=note_id, issued_on=date(2025, 10, 1))
    assert first is not None and first.reference == "LoS-2025-001"
    assert second.reference == "LoS-2025-002"
    assert any(c.table == "letter_of_support" for c in first.changes)
    with store.session() as session:
        letter, document = filed_letter(session, note_id) or (None, b"")
        assert letter is not None and letter.reference == "LoS-2025-002"
        assert document == second.document
        note = session.get(m.ConceptNote, note_id)
        assert note is not None and note.status == "validated"
        letters = session.scalars(select(m.LetterOfSupport)).all()
        assert all(x.validation_id and x.document_sha256 for x in letters)
    text = "\n".join(p.text for p in Document(io.BytesIO(first.document)).paragraphs)
    assert "Dear colleagues," in text and "Well argued." in text and "Paul Luu" in text


def test_other_decisions_issue_no_letter(store: Store, note_id: str) -> None:
    with store.session() as session, session.begin():
        advance(session, note_id, "assessed")
        assert record_bureau_decision(session, concept_note_id=note_id, decision="deferred",
                                      decided_on=date(2025, 9, 25)) is None
        note = session.get(m.ConceptNote, note_id)
        assert note is not None and note.status == "assessed"
        assert record_bureau_decision(session, concept_note_id=note_id,
                                      decision="not validated",
                                      decided_on=date(2025, 9, 26)) is None
        assert note.status == "not validated"
        with pytest.raises(InputRefused, match="has not been validated"):
            issue_letter(session, concept_note_id=note_id)
        with pytest.raises(InputRefused, match="is not one of"):
            record_bureau_decision(session, concept_note_id=note_id, decision="maybe",
                                   decided_on=date(2025, 9, 26))


def test_minutes_group_people_by_attendance(store: Store) -> None:
    with store.session() as session, session.begin():
        people = [m.Person(id=new_id(), name=n) for n in ("Zoé", "adam", "Maria", "Li")]
        meeting = m.Meeting(id=new_id(), task_force_id=A2, kind="TFL meeting", title="T",
                            held_on=date(2025, 1, 2), place="Montpellier", online=True)
        session.add_all([*people, meeting])
        session.flush()
        for person, attendance in zip(people, ("present", None, "apologies", "absent"),
                                      strict=True):
            session.add(m.MeetingParticipant(task_force_id=A2, meeting_id=meeting.id,
                                             person_id=person.id, attendance=attendance))
        for position in (2, 1):
            session.add(m.AgendaItem(task_force_id=A2, meeting_id=meeting.id,
                                     position=position, title=f"Item {position}"))
        meeting_id = meeting.id
    with store.session() as session:
        context = minutes_context(session, meeting_id, issued=date(2025, 1, 3))
        with pytest.raises(NotFound):
            minutes_context(session, "nope")
    assert [a["name"] for a in context["present"]] == ["Zoé"]
    assert [a["name"] for a in context["invited"]] == ["adam"]  # nothing recorded: not "present"
    assert [a["name"] for a in context["apologies"]] == ["Maria"]
    assert [a["name"] for a in context["absent"]] == ["Li"]
    assert [a["title"] for a in context["agenda"]] == ["Item 1", "Item 2"]
    assert context["place"] == "Montpellier and online" and context["issued"] == "3 January 2025"


def test_annual_report_counts(store: Store, note_id: str) -> None:
    with store.session() as session, session.begin():
        later = m.Cycle(id=new_id(), year=2023)
        session.add(later)
        session.flush()
        for cycle, status in ((CYCLE, "ongoing"), (CYCLE, "planned"), (later.id, "ongoing")):
            session.add(m.Activity(task_force_id=A2, cycle_id=cycle, title="a", status=status))
        person = m.Person(id=new_id(), name="P")
        session.add(person)
        session.flush()
        session.add(m.Membership(task_force_id=A2, person_id=person.id, role="TFRR",
                                 region_id=reference_id("region", "Africa"), status="active"))
        session.add(m.Membership(task_force_id=A2, person_id=person.id, role="TFM",
                                 status="left"))
        note = session.get(m.ConceptNote, note_id)
        assert note is not None
        note.cycle_id = later.id
        advance(session, note_id, "assessed")
        later_id = later.id
    with store.session() as session:
        report = annual_report(session, year=2023, issued=date(2025, 12, 1))
        baseline = annual_report(session, year=2022)
        with pytest.raises(NotFound, match="No cycle 1990; known: 2022, 2023"):
            annual_report(session, year=1990)
    context = report.context
    assert [(r["status"], r["baseline"], r["now"], r["change"]) for r in context["inventory"]] \
        == [("Planned", "1", "1", "+0"), ("Ongoing", "1", "2", "+1")]
    assert context["inventory_total"]["change"] == "+1"
    assert context["members"] == [{"region": "Africa", "tfl": "0", "tfrr": "1", "tfm": "0",
                                   "total": "1"}]
    stages = {s["stage"]: s["count"] for s in context["pipeline"]}
    assert stages["Concept notes drafted"] == "1" and stages["Assessed by the STC"] == "1"
    assert baseline.context["pipeline"][0]["count"] == "0"
    assert report.chart is None and later_id


def test_generation_reports_progress(store: Store, note_id: str, tmp_path: Path) -> None:
    steps: list[tuple[int, int, str]] = []
    with store.session() as session:
        write_concept_note(session, note_id, tmp_path / "n.docx",
                           progress=lambda *step: steps.append(step))
    assert steps[0][0] == 0 and steps[-1] == (2, 2, "Written")


def test_pdf_without_libreoffice_says_what_is_missing(store: Store, note_id: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from sic_desktop.documents import pdf
    from sic_desktop.documents.pdf import PdfUnavailable

    monkeypatch.setattr(pdf, "soffice", lambda: None)
    with store.session() as session, pytest.raises(PdfUnavailable, match="needs LibreOffice"):
        write_concept_note(session, note_id, tmp_path / "n.pdf")
    assert not (tmp_path / "n.pdf").exists()
