"""The Secretariat's choice on a pair of alike concept notes: "not an overlap" or "connect the teams".

One record per pair (the two note ids in sorted order), written in the Secretariat's copy and sent to
every copy in master bundles, so the overlaps list says the same everywhere.
"""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.models import ConceptNote, OverlapChoice
from sic_desktop.db.models.projects import OVERLAP_CHOICES
from sic_desktop.errors import NotFound, UsageError
from sic_desktop.services import records
from sic_desktop.services.records import Outcome
from sic_desktop.text import Text, joined


def pair(a: str, b: str) -> tuple[str, str]:
    """The pair's key: its two note ids in order, whichever way round it was named."""
    return (a, b) if a <= b else (b, a)


def _find(session: Session, a: str, b: str) -> OverlapChoice | None:
    first, second = pair(a, b)
    return session.scalars(select(OverlapChoice).where(
        OverlapChoice.note_a == first, OverlapChoice.note_b == second)).first()


def choose(session: Session, *, a: str, b: str, choice: str | None, note: str | None = None,
           today: date | None = None) -> Outcome:
    """Record (or with `choice` None, take back) the Secretariat's word on the pair of notes a and b."""
    if a == b:
        raise UsageError(Text("A concept note is not an overlap of itself"))
    if choice is not None and choice not in OVERLAP_CHOICES:
        raise UsageError(Text("%1 is not one of: %2", repr(choice), joined(OVERLAP_CHOICES)))
    first, second = pair(a, b)
    records.check_writable(session, OverlapChoice, {"note_a": first, "note_b": second, "choice": choice})
    for note_id in (a, b):
        found = session.get(ConceptNote, note_id)
        if found is None or found.deleted:
            raise NotFound(Text("No concept note with id %1", note_id))
    existing = _find(session, a, b)
    if choice is None:
        if existing is None or existing.deleted:
            return Outcome(existing.id if existing else "")
        return records.delete(session, OverlapChoice, existing.id)
    values = {"choice": choice, "note": note, "decided_on": today or date.today()}
    if existing is None:
        return records.create(session, OverlapChoice, note_a=first, note_b=second, **values)
    if existing.deleted:
        records.restore(session, OverlapChoice, existing.id)
    return records.update(session, OverlapChoice, existing.id, **values)


def choices(session: Session) -> dict[tuple[str, str], tuple[str, str | None]]:
    """Every live choice by pair: (choice, note)."""
    return {(c.note_a, c.note_b): (c.choice, c.note) for c in session.scalars(
        select(OverlapChoice).where(OverlapChoice.deleted.is_(False)))}
