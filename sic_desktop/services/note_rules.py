"""The concept-note rules, checked on every local write before it is flushed (window, CLI, imports).

A status is never typed; a step needs the records before it (no assessment before the note is
submitted, no letter before the Bureau's validation); a submitted note is read-only to its task force
until the Secretariat returns it; an assessment is pinned to the content it assessed, and a later change
of that content bumps the note's version. Received changes (a merge, a master bundle) are not checked
here: the sync layer authorises them, and `follow_notes` brings the statuses up to date after a merge.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from sic_desktop.db import models as m
from sic_desktop.db.base import Record, new_id, record_class
from sic_desktop.db.changelog import StoreSession
from sic_desktop.errors import InputRefused, ReadOnly
from sic_desktop.services import assessments
from sic_desktop.services.note_status import (
    DECISIONS,
    NOT_CONTENT,
    PARTS,
    derive,
    facts_of,
    fingerprint,
    live,
    submitted,
)
from sic_desktop.text import Text, joined

STAGES: tuple[type[Record], ...] = (m.Assessment, m.Validation, m.ExpressionOfInterest, m.FullProposal,
                                    m.Agreement, m.LetterOfSupport)
WATCHED: tuple[type[Record], ...] = (m.ConceptNote, *PARTS, *STAGES, m.AssessmentScore, m.NoteStatusChange)
DERIVED_KEY = "sic_derived_steps"  # ids of the status changes `follow` wrote: not a person's step
AFTER_VALIDATION = ("validated", "expression of interest", "full proposal", "funded")


class StepRefused(InputRefused):
    """A write that would skip a step of the cycle, or type what the records decide."""


class NoteLocked(ReadOnly, InputRefused):
    """The record is read-only here for now (a submitted note, a letter only the Secretariat issues)."""


def title(note: m.ConceptNote) -> str:
    """The note's title as stored (not as an edit being refused would have it)."""
    history = inspect(note).attrs["title"].history
    return repr((history.deleted[0] if history.deleted else note.title) or note.id)


class _Flush:
    """One flush's view: this copy's role and author, the time, and the notes it touches."""

    def __init__(self, session: Session) -> None:
        self.session = session
        with session.no_autoflush:
            site = session.scalars(select(m.Site)).one_or_none()
        self.role = site.role if site else "secretariat"
        self.author = str(session.info.get("author") or (site.author if site else ""))
        self.now = datetime.now(UTC).isoformat()
        self.notes: dict[str, m.ConceptNote] = {}
        self.content_changed: set[str] = set()
        self.steps: dict[str, m.NoteStatusChange] = {}  # hand-taken steps written in this flush

    def note(self, note_id: str | None) -> m.ConceptNote | None:
        if note_id is None:
            return None
        if note_id not in self.notes:
            found = next((o for o in self.session.new if isinstance(o, m.ConceptNote) and o.id == note_id),
                         None)
            with self.session.no_autoflush:
                found = found or self.session.get(m.ConceptNote, note_id)
            if found is None:
                return None
            self.notes[note_id] = found
        return self.notes[note_id]

    def note_of(self, obj: Record) -> m.ConceptNote | None:
        if isinstance(obj, m.ConceptNote):
            obj.id = obj.id or new_id()
            self.notes[obj.id] = obj
            return obj
        if isinstance(obj, m.AssessmentScore):
            assessment = next((o for o in self.session.new
                               if isinstance(o, m.Assessment) and o.id == obj.assessment_id), None)
            with self.session.no_autoflush:
                assessment = assessment or self.session.get(m.Assessment, obj.assessment_id)
            return self.note(assessment.concept_note_id) if assessment else None
        return self.note(getattr(obj, "concept_note_id", None))


def changed(obj: Record, key: str) -> bool:
    return bool(inspect(obj).attrs[key].history.has_changes())


def comes_alive(obj: Record, is_new: bool) -> bool:
    """A record added, or brought back from the trash."""
    return is_new or (changed(obj, "deleted") and not obj.deleted)


def moves_on(obj: Record) -> bool:
    """An edit that takes a step as much as a new record would: the Bureau's decision, a signature."""
    return (isinstance(obj, m.Validation) and changed(obj, "decision")) or \
        (isinstance(obj, m.Agreement) and changed(obj, "signed_on"))


@event.listens_for(StoreSession, "before_flush", insert=True)
def _before_flush(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    if session.info.get("sic_mode") is not None:  # shipped reference data, or received changes
        return
    new = [o for o in session.new if isinstance(o, WATCHED)]
    dirty = [o for o in session.dirty if isinstance(o, WATCHED) and o not in session.new
             and session.is_modified(o, include_collections=False)]
    if new or dirty:
        check_and_follow(session, new, dirty)


def check_and_follow(session: Session, new: list[Record], dirty: list[Record]) -> None:
    """Refuse what breaks a rule, then write what follows: versions, pins, scores, statuses."""
    flush = _Flush(session)
    derived_steps: set[str] = session.info.pop(DERIVED_KEY, set())
    new = [o for o in new if o.id not in derived_steps]
    for obj in new:
        if isinstance(obj, m.NoteStatusChange):
            obj.changed_at, obj.changed_by = flush.now, flush.author
    for obj in dirty:
        _check_edit(flush, obj)
    for obj in [*new, *dirty]:
        note = flush.note_of(obj)
        if note is None:
            continue
        if isinstance(obj, m.ConceptNote):
            _check_note(flush, obj, obj in new)
        elif isinstance(obj, PARTS):
            flush.content_changed.add(note.id)
        elif isinstance(obj, m.AssessmentScore):
            assessments.check_score(session, obj)
        elif isinstance(obj, m.NoteStatusChange) and obj not in new:
            continue  # history taken back or restored (the Secretariat's alone: _check_edit)
        elif comes_alive(obj, obj in new) or moves_on(obj):
            _check_step(flush, obj, note)
    for note_id in flush.content_changed:
        _check_unlocked(flush, flush.notes[note_id])
    _follow(flush, [o for o in new if isinstance(o, m.Assessment)])


def _check_edit(flush: _Flush, obj: Record) -> None:
    """What, once written, stays: a step's record, an assessment's pin, a letter's number."""
    fixed = {m.NoteStatusChange: [c.key for c in m.NoteStatusChange.__table__.columns if c.key != "deleted"],
             m.Assessment: ["concept_note_version", "content_sha256", "concept_note_id"],
             m.LetterOfSupport: ["reference", "concept_note_id"]}.get(type(obj), [])
    for key in fixed:
        if changed(obj, key):
            raise StepRefused(Text("The %1 of a %2 is set once and never changed", key, obj.__label__))
    if isinstance(obj, m.NoteStatusChange) and changed(obj, "deleted") and flush.role != "secretariat":
        raise NoteLocked(Text("A concept note's status changes are its history: only the Secretariat can "
                              "take one back"))
    if isinstance(obj, m.LetterOfSupport) and flush.role != "secretariat":
        raise NoteLocked(Text("Letters of support are issued by the Secretariat: read-only in this copy"))


def _check_note(flush: _Flush, note: m.ConceptNote, is_new: bool) -> None:
    if is_new or changed(note, "deleted") or any(
            changed(note, c.key) for c in m.ConceptNote.__table__.columns if c.key not in NOT_CONTENT):
        flush.content_changed.add(note.id)
    if not changed(note, "status") or (is_new and note.status in (None, "draft")):
        return
    derived = derive(facts_of(flush.session, note))
    # A regional copy never writes a status (the master copy derives it and sends it back), so its
    # bundles carry no status the Secretariat would have to refuse.
    if note.status != derived.status or flush.role != "secretariat":
        raise StepRefused(Text("A concept note's status follows its records and is never typed: %1 is %2 "
                               "(%3), not %4", title(note), derived.status, derived.why, repr(note.status)))


def _check_unlocked(flush: _Flush, note: m.ConceptNote) -> None:
    if flush.role != "secretariat" and submitted(flush.session, note.id):
        raise NoteLocked(Text("The concept note %1 has been submitted: it is read-only to its task force "
                              "until the Secretariat returns it", title(note)))


def _check_step(flush: _Flush, obj: Record, note: m.ConceptNote) -> None:
    """A record that moves the note on: the records before it must exist."""
    session = flush.session
    facts = facts_of(session, note, exclude=obj)
    now = derive(facts)
    refuse: str | None = None
    if isinstance(obj, m.NoteStatusChange):
        refuse = _check_action(flush, obj, note, facts.missing, now.status)
    elif isinstance(obj, m.Assessment) and not facts.submitted:
        refuse = Text("the STC assesses submitted notes; %1 is %2 (%3)", title(note), now.status, now.why)
    elif isinstance(obj, m.Validation):
        if obj.decision in DECISIONS and facts.assessed_version is None:
            refuse = Text("the Bureau decides on a note with a current STC assessment; %1 is %2 (%3)",
                          title(note), now.status, now.why)
    elif isinstance(obj, m.ExpressionOfInterest) and now.status not in AFTER_VALIDATION:
        refuse = Text("an expression of interest follows the Bureau's validation; %1 is %2 (%3)",
                      title(note), now.status, now.why)
    elif isinstance(obj, m.FullProposal) and now.status not in AFTER_VALIDATION[1:]:
        refuse = Text("a full proposal follows an expression of interest; %1 is %2 (%3)",
                      title(note), now.status, now.why)
    elif isinstance(obj, m.Agreement) and now.status not in AFTER_VALIDATION[2:]:
        refuse = Text("an agreement follows a full proposal; %1 is %2 (%3)", title(note), now.status, now.why)
    elif isinstance(obj, m.LetterOfSupport):
        refuse = _check_letter(flush, obj, note, facts.decision, facts.assessed_version)
    if refuse:
        raise StepRefused(Text("This %1 cannot be recorded: %2", obj.__label__, refuse))


def _check_action(flush: _Flush, step: m.NoteStatusChange, note: m.ConceptNote,
                  missing: tuple[str, ...], status: str) -> str | None:
    step.from_status = status
    flush.steps[note.id] = step
    if step.to_status == "submitted":
        if status == "draft":
            return Text("only a complete note can be submitted; %1 still lacks: %2", title(note),
                        joined(missing))
        if status != "complete":
            return Text("%1 is already %2", title(note), status)
        return None
    if step.to_status == "returned":
        if flush.role != "secretariat":
            return Text("only the Secretariat returns a submitted note to its task force")
        if status not in ("submitted", "assessed"):
            return Text("a note is returned before the Bureau decides on it; %1 is %2", title(note), status)
        return None
    return Text("a status is taken by hand only to submit or return a note; %1 follows from the records",
                repr(step.to_status))


def _check_letter(flush: _Flush, letter: m.LetterOfSupport, note: m.ConceptNote, decision: str | None,
                  assessed: int | None) -> str | None:
    if flush.role != "secretariat":
        raise NoteLocked(Text("Letters of support are issued by the Secretariat: read-only in this copy"))
    if decision != "validated":
        return Text("the Bureau has not validated %1", title(note))
    if assessed is None:
        return Text("the STC's assessment of %1 is stale: the note changed after it was assessed",
                    title(note))
    with flush.session.no_autoflush:
        taken = flush.session.scalars(select(m.LetterOfSupport.id).where(
            m.LetterOfSupport.reference == letter.reference,
            m.LetterOfSupport.id != (letter.id or ""))).first()
    if taken is not None:
        return Text("the number %1 was given to another letter; a number is never reused", letter.reference)
    return None


def _follow(flush: _Flush, added: list[m.Assessment]) -> None:
    """Write what the records now imply: a new version, an assessment's pin and scores, the status."""
    session = flush.session
    for note_id in flush.content_changed:
        note = flush.notes[note_id]
        pinned = any(a.concept_note_version == note.version for a in live(session, m.Assessment, note_id)
                     if a not in added)
        if pinned and not changed(note, "version") and note.status is not None:
            note.version = (note.version or 1) + 1
    for assessment in added:
        pinned_note = flush.note(assessment.concept_note_id)
        if pinned_note is None:
            continue
        note = pinned_note
        assessment.id = assessment.id or new_id()
        assessment.concept_note_version = note.version or 1
        assessment.content_sha256 = fingerprint(session, note)
        scores = live(session, m.AssessmentScore, assessment.id, field="assessment_id")
        scored = {s.criterion_id for s in scores}
        for criterion in assessments.criteria(session):
            if criterion.id not in scored:
                session.add(m.AssessmentScore(
                    id=new_id(), deleted=False, task_force_id=assessment.task_force_id,
                    assessment_id=assessment.id, criterion_id=criterion.id))
    if flush.role == "secretariat":
        for note in flush.notes.values():
            follow(flush, note)


def follow(flush: _Flush, note: m.ConceptNote) -> None:
    """Store the status a note's records give it, with who, when and why (the master copy's record)."""
    if note.deleted:  # a note in the trash keeps the status it had, should it come back
        return
    derived = derive(facts_of(flush.session, note))
    if note.status == derived.status:
        return
    before, note.status = note.status, derived.status
    if note.id in flush.steps or before is None:
        return  # the hand-taken step (or the note's creation) is the record of this change
    steps = live(flush.session, m.NoteStatusChange, note.id)
    latest = max(steps, key=lambda s: s.changed_at or "", default=None)
    if latest is not None and latest.to_status == derived.status:
        return  # a step received from its task force already says so (a submission, merged)
    step_id = new_id()
    flush.session.info.setdefault(DERIVED_KEY, set()).add(step_id)
    flush.session.add(m.NoteStatusChange(
        id=step_id, deleted=False, task_force_id=note.task_force_id, concept_note_id=note.id,
        from_status=before, to_status=derived.status, changed_at=flush.now, changed_by=flush.author,
        why=derived.why))


def notes_touched(session: Session, changes: Iterable[Mapping[str, Any]]) -> list[str]:
    """The concept notes a merge's changes (change-log rows) touched: the note itself or a record
    that names it. Only their statuses can have moved; re-deriving every note after each bundle made
    a merge of 2,000 activity edits take seconds."""
    by_table: defaultdict[str, set[str]] = defaultdict(set)
    for change in changes:
        by_table[change["table_name"]].add(change["record_id"])
    found = set(by_table.pop("concept_note", set()))
    for table, ids in by_table.items():
        column = record_class(table).__table__.columns.get("concept_note_id")
        if column is None:
            continue
        listed = sorted(ids)
        for start in range(0, len(listed), 500):
            found.update(session.scalars(select(column).where(
                column.table.c.id.in_(listed[start:start + 500]))))
    found.discard(None)
    return sorted(found)


def follow_notes(session: Session, note_ids: list[str] | None = None) -> Any:
    """Bring stored statuses up to date with the records (after a merge applied received changes)."""
    flush = _Flush(session)
    query = select(m.ConceptNote).where(m.ConceptNote.deleted.is_(False))
    if note_ids is not None:
        query = query.where(m.ConceptNote.id.in_(note_ids))
    for note in session.scalars(query):
        flush.notes[note.id] = note
        follow(flush, note)
    session.flush()
