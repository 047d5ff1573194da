"""What the window shows of the concept-note rules: fields the records fill in, locks and letters."""

from dataclasses import dataclass

from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from sic_desktop.db.base import Record
from sic_desktop.documents.letters import filed_letter, latest_validation
from sic_desktop.services import assessments, note_status
from sic_desktop.services.records import site_role
from sic_desktop.text import Text, word


def derived_fields(session: Session, model: type[Record], record_id: str) -> dict[str, str]:
    """The fields of a record that follow from other records, each with why it holds its value."""
    if model is m.ConceptNote:
        derived = note_status.status_of(session, record_id)
        return {"status": Text("Follows the records: %1", derived.why),
                "version": Text("Goes up when the content changes after an STC assessment")}
    if model is m.Assessment:
        assessment = session.get(m.Assessment, record_id)
        if assessment is None:
            return {}
        why = assessments.pinned(session, assessment).why
        return {"concept_note_version": why, "content_sha256": why}
    if model is m.NoteStatusChange:
        history = Text("A status change is the note's history: it is never edited")
        return {field: history for field in ("from_status", "to_status", "changed_at", "changed_by", "why")}
    return {}


def shown_status(session: Session, note_id: str) -> str:
    """The status the window shows: what the records give now (a regional copy stores none itself)."""
    return note_status.status_of(session, note_id).status


def lock_reason(session: Session, model: type[Record], record_id: str) -> str | None:
    """Why this copy may not change the record for now (beyond its scope), or None."""
    role = site_role(session)
    if role == "secretariat":
        return None
    if model is m.LetterOfSupport:
        return Text("Letters of support are issued by the Secretariat: read-only in this copy")
    note_id = record_id if model is m.ConceptNote else None
    if model in note_status.PARTS:
        part = session.get(model, record_id)
        note_id = getattr(part, "concept_note_id", None)
    if note_id and note_status.submitted(session, note_id):
        return Text("The concept note has been submitted: it is read-only to its task force until the "
                    "Secretariat returns it")
    return None


def list_marks(session: Session, model: type[Record], ids: list[str]) -> dict[str, dict[str, str]]:
    """What a list shows differently from the stored values, by record and field: a stale assessment
    says so beside its version; a regional copy's notes show the status their records give now."""
    marks: dict[str, dict[str, str]] = {}
    if model is m.Assessment:
        for record_id in ids:
            assessment = session.get(m.Assessment, record_id)
            if assessment is not None and assessments.pinned(session, assessment).stale:
                marks[record_id] = {"concept_note_version": Text("%1 (stale)",
                                                                 str(assessment.concept_note_version))}
    elif model is m.ConceptNote and site_role(session) != "secretariat":
        marks = {record_id: {"status": word(shown_status(session, record_id), "choices")}
                 for record_id in ids}
    return marks


@dataclass(frozen=True)
class LetterOffer:
    """Whether the letter of support can be written now, and why (or why not)."""

    ready: bool
    why: str


def letter_offer(session: Session, note_id: str) -> LetterOffer:
    """The letter is offered once the Bureau has validated the note with a current assessment."""
    filed = filed_letter(session, note_id)
    if filed is not None:
        return LetterOffer(True, Text("Letter %1 is filed with the note", filed[0].reference))
    if site_role(session) != "secretariat":
        return LetterOffer(False, Text("Letters of support are issued by the Secretariat: read-only in this "
                                       "copy"))
    validation = latest_validation(session, note_id)
    if validation is None or validation.decision != "validated":
        return LetterOffer(False, Text("A letter follows the Bureau's validation"))
    current = [a for a in note_status.live(session, m.Assessment, note_id)
               if not assessments.pinned(session, a).stale]
    if not current:
        return LetterOffer(False, Text("The STC's assessment is stale: the concept note changed after it was "
                                       "assessed"))
    return LetterOffer(True, Text("The Bureau validated the note: the letter can be issued"))
