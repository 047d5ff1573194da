"""STC assessments: scores within each criterion's scale, one per criterion, and whether one is stale."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from sic_desktop.errors import InputRefused
from sic_desktop.services.note_status import fingerprint, is_stale, live
from sic_desktop.text import Text

# The Initiative's own scale is not known to us: 1 to 5 until the Secretariat sets a criterion's
# lowest and highest score (reference data, editable in the master copy).
DEFAULT_SCALE = (1, 5)


@dataclass(frozen=True)
class Pinned:
    """What an assessment assessed, and whether the note has changed since."""

    version: int
    note_version: int
    stale: bool

    @property
    def why(self) -> str:
        if not self.stale:
            return Text("current: it assessed version %1, the note as it is now", str(self.version))
        return Text("stale: it assessed version %1; the concept note has changed since (now version %2)",
                    str(self.version), str(self.note_version))


def scale_of(criterion: m.Criterion) -> tuple[int, int]:
    low, high = DEFAULT_SCALE
    return (criterion.scale_min if criterion.scale_min is not None else low,
            criterion.scale_max if criterion.scale_max is not None else high)


def pinned(session: Session, assessment: m.Assessment) -> Pinned:
    """Whether an assessment still describes its concept note."""
    note = session.get(m.ConceptNote, assessment.concept_note_id)
    if note is None:
        return Pinned(assessment.concept_note_version, assessment.concept_note_version, stale=False)
    stale = is_stale(assessment, note, fingerprint(session, note))
    return Pinned(assessment.concept_note_version, note.version, stale)


def stale_assessments(session: Session, note_id: str) -> list[m.Assessment]:
    """A note's assessments that describe an earlier content."""
    return [a for a in live(session, m.Assessment, note_id) if pinned(session, a).stale]


def check_score(session: Session, score: m.AssessmentScore) -> None:
    """A score lies within its criterion's scale, and an assessment scores each criterion once."""
    with session.no_autoflush:
        criterion = session.get(m.Criterion, score.criterion_id) if score.criterion_id else None
        if criterion is not None and score.score is not None:
            low, high = scale_of(criterion)
            if not low <= score.score <= high:
                raise InputRefused(Text("The score for criterion %1 must be between %2 and %3 (found %4)",
                                        criterion.code, str(low), str(high), str(score.score)))
        twins = [other for other in live(session, m.AssessmentScore, score.assessment_id, exclude=score,
                                         field="assessment_id")
                 if other.criterion_id == score.criterion_id]
    if twins and not score.deleted:
        code = criterion.code if criterion is not None else score.criterion_id
        raise InputRefused(Text("This assessment already scores criterion %1: change that score instead",
                                code))


def criteria(session: Session) -> list[m.Criterion]:
    """The STC's criteria, in code order (the filled-in list an assessment starts with)."""
    with session.no_autoflush:
        return list(session.scalars(select(m.Criterion).where(m.Criterion.deleted.is_(False))
                                    .order_by(m.Criterion.code)))
