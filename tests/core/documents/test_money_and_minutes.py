"""Money in the concept note to the cent with its currency, and minutes that say who came."""

import re
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from sic_desktop.db.models import (
    BudgetLine,
    ConceptNote,
    Meeting,
    MeetingParticipant,
    Organisation,
    Person,
    TaskForce,
)
from sic_desktop.db.store import Store
from sic_desktop.documents.generate import write_concept_note, write_minutes
from sic_desktop.documents.minutes import meeting_place
from sic_desktop.documents.pdf import docx_to_pdf
from sic_desktop.services import records

from .conftest import pdf_text


def _task_force(store: Store) -> str:
    with store.session() as session:
        return session.scalars(select(TaskForce.id).where(TaskForce.code == "A2")).one()


def _note(store: Store, *, currency: str | None, amount_requested: float | None = None) -> str:
    tf = _task_force(store)
    with store.session() as session, session.begin():
        note = records.create(session, ConceptNote, task_force_id=tf, title="Sahel soils", version=1,
                              status="draft", currency=currency,
                              amount_requested=amount_requested).record_id
        records.create(session, BudgetLine, task_force_id=tf, concept_note_id=note, item="Soil analyses",
                       requested=12500.5, cofinancing_cash=1000.25)
        return note


def _document_text(path: Path) -> str:
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_a_budget_line_with_cents_keeps_them_and_its_currency_everywhere_in_the_concept_note(
        store: Store, tmp_path: Path) -> None:
    note = _note(store, currency="EUR")
    with store.session() as session:
        write_concept_note(session, note, tmp_path / "note.docx")
    document = Document(str(tmp_path / "note.docx"))
    cover = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cover["Amount requested"] == "12,500.50 EUR"  # the lines' request when none is given
    assert cover["Total budget"].startswith("13,500.75 EUR")
    text = _document_text(tmp_path / "note.docx")
    assert "Amounts in EUR." in text and "the stated currency" not in text
    assert "12,500.50" in text and "1,000.25" in text and "12,501" not in text
    assert "Amount requested: 12,500.50 EUR." in text
    assert "Warning" not in text


def test_no_currency_is_said_plainly_not_as_the_stated_one(store: Store, tmp_path: Path) -> None:
    note = _note(store, currency=None)
    with store.session() as session:
        write_concept_note(session, note, tmp_path / "note.docx")
    text = _document_text(tmp_path / "note.docx")
    assert "No currency is stated for these amounts." in text
    assert "the stated currency" not in text


def test_asking_more_than_the_whole_budget_is_warned_in_the_document(store: Store, tmp_path: Path) -> None:
    note = _note(store, currency="EUR", amount_requested=20000)
    with store.session() as session:
        write_concept_note(session, note, tmp_path / "note.docx")
    text = _document_text(tmp_path / "note.docx")
    assert ("Warning: The amount requested (20,000 EUR) is more than the total budget "
            "(13,500.75 EUR).") in text


def _meeting(store: Store, place: str | None, online: bool) -> str:
    tf = _task_force(store)
    with store.session() as session, session.begin():
        org = records.create(session, Organisation, name="CIRAD").record_id
        meeting = records.create(session, Meeting, task_force_id=tf, kind="TF meeting", title="Kick-off",
                                 held_on=date(2026, 3, 1), place=place, online=online).record_id
        for name, attendance in (("Ana", "present"), ("Ben", None), ("Chloé", "invited"),
                                 ("Dan", "invited"), ("Eve", None)):
            person = records.create(session, Person, name=name, organisation_id=org).record_id
            records.create(session, MeetingParticipant, task_force_id=tf, meeting_id=meeting,
                           person_id=person, attendance=attendance)
        return meeting


def test_word_minutes_say_who_was_present_and_who_was_only_invited(store: Store, tmp_path: Path) -> None:
    meeting = _meeting(store, "Online", True)
    with store.session() as session:
        write_minutes(session, meeting, tmp_path / "minutes.docx")
    document = Document(str(tmp_path / "minutes.docx"))
    text = _document_text(tmp_path / "minutes.docx")
    facts = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert facts["Place"] == "Online"
    assert "1 present, 4 invited (attendance not recorded)." in text
    headings = [p.text for p in document.paragraphs
                if p.style is not None and str(p.style.name).startswith("Heading")]
    assert "Present" in headings and "Invited, attendance not recorded" in headings
    present = document.tables[1]
    assert [row.cells[0].text for row in present.rows][1:] == ["Ana"]


@pytest.mark.slow
def test_libreoffice_shows_the_minutes_attendance_and_the_notes_money(store: Store, tmp_path: Path,
                                                                      soffice: str) -> None:
    meeting = _meeting(store, "Online", True)
    note = _note(store, currency="XOF", amount_requested=20000)
    with store.session() as session:
        write_minutes(session, meeting, tmp_path / "minutes.docx")
        write_concept_note(session, note, tmp_path / "note.docx")
    docx_to_pdf(tmp_path / "minutes.docx", tmp_path / "minutes.pdf")
    docx_to_pdf(tmp_path / "note.docx", tmp_path / "note.pdf")
    minutes = _flat(pdf_text(tmp_path / "minutes.pdf"))
    assert "Place Online " in minutes and "Online and online" not in minutes
    assert "1 present, 4 invited (attendance not recorded)" in minutes
    assert re.search(r"Present Name Organisation Role Ana CIRAD Invited", minutes)
    concept = _flat(pdf_text(tmp_path / "note.pdf"))
    assert "Amount requested 20,000 XOF" in concept and "Amounts in XOF." in concept
    assert "12,500.50" in concept and "13,500.75 XOF" in concept
    assert "is more than the total budget (13,500.75 XOF)" in concept


def test_an_online_place_is_not_said_twice() -> None:
    assert meeting_place("Online", True) == "Online"
    assert meeting_place("Montpellier", True) == "Montpellier and online"
    assert meeting_place(None, True) == "Online"
    assert meeting_place("Montpellier", False) == "Montpellier"
