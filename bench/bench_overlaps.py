"""Overlap detection over the benchmark's 500 concept notes against reading their texts from the database.

The baseline reads what detection compares (title, acronym, objectives, activities, countries of every
note and the partners) in one Core query each (no ORM result layer), in the same run; ours is
`find_overlaps`, which reads the same the same way and scores the pairs (the words of a note whose
text has not changed since the last look are kept; the first look's time is printed too). Warm
rounds, the two taken in turn: the ratio of their least times.

Run: python bench/bench_overlaps.py   (target: ratio <= 5)
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select
from sqlalchemy.orm import Session

from bench.dataset import dataset_path
from bench.timing import ratios, timed
from sic_desktop.db.models import ConceptNote, ConceptNotePartner
from sic_desktop.db.store import open_store
from sic_desktop.services.overlaps import find_overlaps

TARGET = 5.0
ROUNDS = 21


def read_texts(session: Session) -> int:
    connection = session.connection()
    rows = connection.execute(
        select(ConceptNote.id, ConceptNote.task_force_id, ConceptNote.title, ConceptNote.objectives,
               ConceptNote.activities, ConceptNote.countries, ConceptNote.acronym)
        .where(ConceptNote.deleted.is_(False))).all()
    partners = connection.execute(
        select(ConceptNotePartner.concept_note_id, ConceptNotePartner.organisation_id)).all()
    return len(rows) + len(partners)


def main() -> int:
    store = open_store(dataset_path())
    with store.session() as session:
        notes = session.scalar(select(ConceptNote.id).limit(1))
        assert notes is not None, "the benchmark dataset has no concept notes"
        read_texts(session)  # warm both queries' compiled forms alike
        start = time.perf_counter()
        found = find_overlaps(session)  # the first look, every note's words read from its text
        first = time.perf_counter() - start
        read_texts(session)
        baseline, ours = timed(lambda: read_texts(session), lambda: find_overlaps(session), rounds=ROUNDS)
    store.close()
    ratio, by_rounds = ratios(baseline, ours)
    print(f"500 concept notes: reading their texts {min(baseline) * 1000:.1f} ms, finding overlaps "
          f"{min(ours) * 1000:.1f} ms (least of {ROUNDS}; {len(found)} pairs found)")
    print(f"ratio {ratio:.2f} (target <= {TARGET}); the median of the rounds' ratios {by_rounds:.2f}; "
          f"the first look (no note's words kept yet) {first * 1000:.1f} ms, {first / min(baseline):.1f}x")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
