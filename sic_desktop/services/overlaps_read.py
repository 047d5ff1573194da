"""The overlaps screen's read: each alike pair of concept notes named for a person, with its reasons."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db.models import ConceptNote, TaskForce
from sic_desktop.services.overlap_choices import choices, pair
from sic_desktop.services.overlaps import find_overlaps
from sic_desktop.text import Text


@dataclass(frozen=True)
class Note:
    id: str
    task_force: str  # the code
    title: str
    acronym: str


@dataclass(frozen=True)
class Pair:
    """Two alike notes of different task forces (a, b in id order), how alike (0-1) and why."""

    a: Note
    b: Note
    score: float
    reasons: tuple[Text, ...]
    choice: str | None = None  # the Secretariat's word on the pair: "not an overlap" | "connect the teams"


def overlap_pairs(session: Session) -> list[Pair]:
    """Every alike pair, the most alike first."""
    found = find_overlaps(session)
    wanted = {note_id for pair in found for note_id in (pair.a, pair.b)}
    notes: dict[str, Note] = {}
    if wanted:
        rows = session.connection().execute(
            select(ConceptNote.id, TaskForce.code, ConceptNote.title, ConceptNote.acronym)
            .join(TaskForce, TaskForce.id == ConceptNote.task_force_id).where(ConceptNote.id.in_(wanted)))
        notes = {note_id: Note(note_id, code, title, acronym or "") for note_id, code, title, acronym in rows}
    chosen = choices(session)
    return [Pair(notes[p.a], notes[p.b], p.score, p.reasons,
                 chosen.get(pair(p.a, p.b), (None, None))[0]) for p in found]
