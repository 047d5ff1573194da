"""A concept note's status, derived from its records (never typed), and the fingerprint of its content.

draft -> complete -> submitted (by its task force) -> assessed (a current STC assessment) ->
validated / not validated (the Bureau) -> expression of interest -> full proposal -> funded (an
agreement signed). Only two steps are taken by hand, as a `note_status_change` record: a task force
submits a complete note, and the Secretariat returns a submitted one. Every other step follows from
the records that prove it, and each step is written down with who, when and why (services/note_rules.py).
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from sic_desktop.db.base import Record
from sic_desktop.db.models.projects import NOTE_ACTIONS
from sic_desktop.db.values import to_plain
from sic_desktop.services.validation import columns_of, label_of
from sic_desktop.text import Text, joined, word

R = TypeVar("R", bound=Record)

# The repeating parts of a note: their content counts in the fingerprint and in "complete".
PARTS: tuple[type[Record], ...] = (m.ConceptNotePartner, m.WorkPlanItem, m.BudgetLine,
                                   m.ConceptNoteIndicator)
# What the services fill in: not content, so neither in the fingerprint nor typed by a person.
NOT_CONTENT = frozenset({"status", "version", "deleted", "id"})
# A note is complete when these fields hold a value and these parts have at least one row.
REQUIRED_FIELDS = ("title", "objectives", "activities", "lead_organisation_id", "duration_months",
                   "amount_requested")
REQUIRED_PARTS: tuple[type[Record], ...] = (m.WorkPlanItem, m.BudgetLine, m.ConceptNoteIndicator)
DECISIONS = ("validated", "not validated")  # a "deferred" Bureau decision leaves the status as it was


@dataclass(frozen=True)
class Derived:
    """A status and why the records give it."""

    status: str
    why: str


@dataclass(frozen=True)
class Facts:
    """What the records say about one note, as far as its status goes."""

    missing: tuple[str, ...] = ()  # what a complete note still lacks (field labels, part names)
    submitted: bool = False  # its latest hand-taken step is "submitted", not "returned"
    assessed_version: int | None = None  # the version a current (not stale) assessment holds
    decision: str | None = None  # the Bureau's latest decision (validated / not validated)
    decided_on: date | None = None
    interest: bool = False  # an expression of interest exists
    proposal: bool = False  # a full proposal exists
    signed_on: date | None = None  # an agreement was signed


def derive(facts: Facts) -> Derived:
    """The status the records give a note, and why: the furthest stage their proof reaches."""
    if not facts.submitted:
        if facts.missing:
            return Derived("draft", Text("still missing: %1", joined(facts.missing)))
        return Derived("complete", Text("every required part is filled in: its task force can submit it"))
    if facts.signed_on is not None:
        return Derived("funded", Text("an agreement was signed on %1", facts.signed_on.isoformat()))
    if facts.proposal:
        return Derived("full proposal", Text("a full proposal was prepared for a funder"))
    if facts.interest:
        return Derived("expression of interest", Text("an expression of interest went to a funder"))
    if facts.decision == "validated":
        return Derived("validated", Text("the Bureau validated it on %1", _day(facts.decided_on)))
    if facts.decision == "not validated":
        return Derived("not validated", Text("the Bureau did not validate it (%1)", _day(facts.decided_on)))
    if facts.assessed_version is not None:
        return Derived("assessed", Text("the STC assessed version %1", str(facts.assessed_version)))
    return Derived("submitted", Text("submitted by its task force: waiting for the STC's assessment"))


def _day(day: date | None) -> str:
    return day.isoformat() if day else "?"


def live(session: Session, model: type[R], note_id: str, *, exclude: object = None,
         field: str = "concept_note_id") -> list[R]:
    """The records of `model` under a note that are not in the trash, as this session holds them now:
    also those added or changed in a flush under way (so a rule sees what is about to be written)."""
    column = model.__table__.columns[field]
    with session.no_autoflush:
        stored = session.scalars(select(model).where(column == note_id))
        found: dict[object, R] = {obj.id: obj for obj in stored}
    for obj in session.new:
        if isinstance(obj, model):
            found[obj.id or id(obj)] = obj
    return [obj for obj in found.values()
            if obj is not exclude and not obj.deleted and getattr(obj, field) == note_id]


def fingerprint(session: Session, note: m.ConceptNote) -> str:
    """The SHA-256 of a note's content: its fields and the rows of its parts (ids and order aside)."""
    fields = {key: to_plain(getattr(note, key)) for key in columns_of(m.ConceptNote)
              if key not in NOT_CONTENT}
    parts: dict[str, list[str]] = {}
    for model in PARTS:
        skip = NOT_CONTENT | {"concept_note_id", "task_force_id"}
        rows = [json.dumps({key: to_plain(getattr(obj, key)) for key in columns_of(model) if key not in skip},
                           sort_keys=True, ensure_ascii=False)
                for obj in live(session, model, note.id)]
        parts[model.__tablename__] = sorted(rows)
    text = json.dumps({"fields": fields, "parts": parts}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def is_stale(assessment: m.Assessment, note: m.ConceptNote, current: str) -> bool:
    """An assessment no longer describes the note: its content changed since (or, for an assessment
    made before fingerprints, the version did)."""
    if assessment.content_sha256:
        return assessment.content_sha256 != current
    return assessment.concept_note_version != note.version


def missing(session: Session, note: m.ConceptNote) -> tuple[str, ...]:
    """What a complete note still lacks, in words."""
    absent: list[str] = [word(label_of(m.ConceptNote, key), "fields") for key in REQUIRED_FIELDS
                         if getattr(note, key) in (None, "")]
    absent += [word(model.__label__, "records") for model in REQUIRED_PARTS
               if not live(session, model, note.id)]
    return tuple(absent)


def submitted(session: Session, note_id: str, *, exclude: object = None) -> bool:
    """Whether the note's latest hand-taken step is a submission (a return undoes it)."""
    steps = [s for s in live(session, m.NoteStatusChange, note_id, exclude=exclude)
             if s.to_status in NOTE_ACTIONS]
    if not steps:
        return False
    # A step being written now has no time yet: it is the newest.
    latest = max(steps, key=lambda s: (s.changed_at is None, s.changed_at or ""))
    return latest.to_status == "submitted"


def facts_of(session: Session, note: m.ConceptNote, *, exclude: object = None) -> Facts:
    """What the records say about a note now; `exclude` leaves one record out (the one being judged)."""
    current = fingerprint(session, note)
    assessed = [a.concept_note_version for a in live(session, m.Assessment, note.id, exclude=exclude)
                if not is_stale(a, note, current)]
    decisions = [v for v in live(session, m.Validation, note.id, exclude=exclude) if v.decision in DECISIONS]
    latest = max(decisions, key=lambda v: (v.decided_on or date.min, v.id is None), default=None)
    signed = [a.signed_on for a in live(session, m.Agreement, note.id, exclude=exclude) if a.signed_on]
    return Facts(
        missing=missing(session, note), submitted=submitted(session, note.id, exclude=exclude),
        assessed_version=max(assessed) if assessed else None,
        decision=latest.decision if latest else None, decided_on=latest.decided_on if latest else None,
        interest=bool(live(session, m.ExpressionOfInterest, note.id, exclude=exclude)),
        proposal=bool(live(session, m.FullProposal, note.id, exclude=exclude)),
        signed_on=min(signed) if signed else None)


def status_of(session: Session, note_id: str) -> Derived:
    """The status a note's records give it now, and why (what the window and the lists show)."""
    note = session.get(m.ConceptNote, note_id)
    if note is None:
        return Derived("draft", "")
    return derive(facts_of(session, note))


def history(session: Session, note_id: str) -> list[m.NoteStatusChange]:
    """A note's status changes, oldest first."""
    steps = live(session, m.NoteStatusChange, note_id)
    return sorted(steps, key=lambda s: s.changed_at or "")


def submit(session: Session, note_id: str, *, why: str | None = None) -> Any:
    """The task force hands in a complete note for assessment (read-only to it until returned)."""
    from sic_desktop.services import records

    note = records.get(session, m.ConceptNote, note_id)
    return records.create(session, m.NoteStatusChange, task_force_id=note.task_force_id,
                          concept_note_id=note.id, to_status="submitted", why=why)


def return_to_team(session: Session, note_id: str, *, why: str | None = None) -> Any:
    """The Secretariat hands a submitted note back to its task force to be revised."""
    from sic_desktop.services import records

    note = records.get(session, m.ConceptNote, note_id)
    return records.create(session, m.NoteStatusChange, task_force_id=note.task_force_id,
                          concept_note_id=note.id, to_status="returned", why=why)
