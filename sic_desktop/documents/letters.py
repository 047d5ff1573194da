"""The letter of support: issued when the Bureau validates a note, filed with the record."""

import hashlib
import io
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from sic_desktop.db.base import new_id
from sic_desktop.db.changelog import RecordedChange, take_recorded
from sic_desktop.documents import languages, phrases, word
from sic_desktop.documents.contexts import Addressee, LetterContext, paragraphs
from sic_desktop.documents.note_records import load_note
from sic_desktop.errors import InputRefused
from sic_desktop.services.assessments import pinned
from sic_desktop.services.note_rules import NoteLocked
from sic_desktop.services.note_status import live
from sic_desktop.services.records import site_role
from sic_desktop.services.settings import DEFAULT_TITLE, signatory
from sic_desktop.text import Text, joined

DECISIONS = {"validated": "validated", "not validated": "did not validate",
             "deferred": "deferred its decision on"}


def long_date(day: date | None) -> str:
    return languages.long_date(day)  # in the language the document is written in


@dataclass(frozen=True)
class Issued:
    """A letter filed with its concept note: the record, the document and what was logged."""

    letter_id: str
    reference: str
    document: bytes
    changes: list[RecordedChange]


def record_bureau_decision(session: Session, *, concept_note_id: str, decision: str,
                           decided_on: date, notes: str | None = None,
                           signatory_name: str = "") -> Issued | None:
    """Record the Bureau's decision; a validation also issues and files the letter of support."""
    note = load_note(session, concept_note_id)
    if decision not in DECISIONS:
        raise InputRefused(Text("Decision: %1 is not one of: %2", repr(decision), joined(DECISIONS)))
    validation = m.Validation(id=new_id(), task_force_id=note.task_force_id,
                              concept_note_id=note.id, decision=decision,
                              decided_on=decided_on, notes=notes)
    session.add(validation)
    session.flush()  # the note's status follows the decision (services/note_rules.py)
    if decision != "validated":
        take_recorded(session)
        return None
    return issue_letter(session, concept_note_id=note.id, issued_on=decided_on,
                        signatory_name=signatory_name)


def issue_letter(session: Session, *, concept_note_id: str, issued_on: date | None = None,
                 signatory_name: str = "") -> Issued:
    """Make the letter for a validated note, store the .docx and the LetterOfSupport record.

    Only the Secretariat issues letters, numbers them (once: a number is never given again) and has
    them signed by the signatory named in its settings; the note's assessment must be current.
    """
    note = load_note(session, concept_note_id)
    if site_role(session) != "secretariat":
        raise NoteLocked(Text("Letters of support are issued by the Secretariat: read-only in this copy"))
    validation = latest_validation(session, note.id)
    if validation is None or validation.decision != "validated":
        raise InputRefused(Text("The concept note %1 has not been validated by the Bureau: a letter of "
                                "support follows a validation", repr(note.title)))
    if not [a for a in live(session, m.Assessment, note.id) if not pinned(session, a).stale]:
        raise InputRefused(Text("The STC's assessment of %1 is stale: the concept note changed after it "
                                "was assessed; a letter needs a current assessment", repr(note.title)))
    signer = signatory(session)
    if not signatory_name and signer is None:
        raise InputRefused(Text("Name who signs the letters of support first: "
                                "sic-desktop settings signatory NAME"))
    signatory_name = signatory_name or (signer.name if signer else "")
    issued_on = issued_on or date.today()
    reference = next_reference(session, issued_on.year)
    letter = m.LetterOfSupport(id=new_id(), task_force_id=note.task_force_id,
                               concept_note_id=note.id, validation_id=validation.id,
                               reference=reference, issued_on=issued_on)
    letter.language = languages.current()
    letter.signatory = signatory_name
    document = _render(letter_context(session, note, validation, letter, signatory_name=signatory_name))
    digest = hashlib.sha256(document).hexdigest()
    if session.get(m.Attachment, digest) is None:
        session.add(m.Attachment(sha256=digest, data=document, size=len(document)))
    letter.file_name = f"{reference}.docx"
    letter.document_sha256 = digest
    session.add(letter)
    session.flush()
    return Issued(letter.id, reference, document, take_recorded(session))


def _render(context: LetterContext) -> bytes:
    buffer = io.BytesIO()
    word.render("letter-of-support", phrases.localise(context), buffer,
                template=languages.template_file("letter-of-support"))
    return buffer.getvalue()


def letter_again(session: Session, letter: m.LetterOfSupport) -> bytes:
    """The filed letter written again in the language documents are being written in: the same number,
    date and signatory (today's, for a letter filed before letters kept theirs). Nothing is stored or
    numbered: the filed letter stays in the language it was issued in.
    """
    note = load_note(session, letter.concept_note_id)
    validation = (session.get(m.Validation, letter.validation_id) if letter.validation_id else None) \
        or latest_validation(session, note.id)
    if validation is None:
        raise InputRefused(Text("The letter %1 names no validation of the Bureau", letter.reference))
    signer = signatory(session)
    name = letter.signatory or (signer.name if signer else "")
    return _render(letter_context(session, note, validation, letter, signatory_name=name))


def filed_letter(session: Session, concept_note_id: str) -> tuple[m.LetterOfSupport, bytes] | None:
    """The latest letter filed for a note, with its stored document."""
    letters = session.scalars(
        select(m.LetterOfSupport)
        .where(m.LetterOfSupport.concept_note_id == concept_note_id,
               m.LetterOfSupport.deleted.is_(False))
        .order_by(m.LetterOfSupport.issued_on.desc(), m.LetterOfSupport.reference.desc())).all()
    for letter in letters:
        stored = session.get(m.Attachment, letter.document_sha256) \
            if letter.document_sha256 else None
        if stored is not None:
            return letter, stored.data
    return None


def latest_validation(session: Session, concept_note_id: str) -> m.Validation | None:
    return session.scalars(
        select(m.Validation)
        .where(m.Validation.concept_note_id == concept_note_id, m.Validation.deleted.is_(False))
        .order_by(m.Validation.decided_on.desc())).first()


def next_reference(session: Session, year: int) -> str:
    """LoS-YEAR-NNN, one more than the highest of that year in this copy."""
    prefix = f"LoS-{year}-"
    taken = session.scalars(select(m.LetterOfSupport.reference)
                            .where(m.LetterOfSupport.reference.like(f"{prefix}%"))).all()
    numbers = [int(r[len(prefix):]) for r in taken if r[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


def letter_context(session: Session, note: m.ConceptNote, validation: m.Validation,
                   letter: m.LetterOfSupport, *, signatory_name: str = "") -> LetterContext:
    """Everything the letter says, addressed to the project team leader."""
    task_force = session.get(m.TaskForce, note.task_force_id)
    team = session.get(m.ProjectTeam, note.team_id) if note.team_id else None
    leader = session.get(m.Person, team.leader_id) if team and team.leader_id else None
    leader_org = session.get(m.Organisation, leader.organisation_id) \
        if leader and leader.organisation_id else None
    lead_org = session.get(m.Organisation, note.lead_organisation_id) \
        if note.lead_organisation_id else None
    assessment = session.scalars(
        select(m.Assessment)
        .where(m.Assessment.concept_note_id == note.id, m.Assessment.deleted.is_(False))
        .order_by(m.Assessment.concept_note_version.desc(), m.Assessment.assessed_on.desc())
    ).first()
    addressee = Addressee(
        name=leader.name if leader else (team.name if team else "The project team"),
        organisation=(leader_org.name if leader_org else (lead_org.name if lead_org else "")),
        email=leader.email or "" if leader else "")
    return LetterContext(
        doc_label="Letter of support", reference=letter.reference,
        issued=long_date(letter.issued_on), title=note.title, acronym=note.acronym or "",
        version=str(note.version),
        task_force=f"{task_force.code} · {task_force.name}" if task_force else "",
        lead_organisation=lead_org.name if lead_org else "", addressee=addressee,
        greeting=f"Dear {leader.name}," if leader else "Dear colleagues,",
        decision=DECISIONS[validation.decision], decided_on=long_date(validation.decided_on),
        assessed_on=long_date(assessment.assessed_on) if assessment else "",
        recommendation=(assessment.recommendation or "") if assessment else "",
        notes=paragraphs(validation.notes), signatory_name=signatory_name,
        signatory_title=_title(session))


def _title(session: Session) -> str:
    signer = signatory(session)
    return signer.title if signer else DEFAULT_TITLE
