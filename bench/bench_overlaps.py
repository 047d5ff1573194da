"""Overlap detection over the benchmark's 500 concept notes against reading their texts from the database.

The baseline reads what detection compares (title, acronym, objectives, activities, countries of every
note and the partners) in one Core query each (no ORM result layer), in the same run; ours is
`find_overlaps`, which reads the same the same way and scores the pairs. Median of warm rounds each.

Run: python bench/bench_overlaps.py   (target: ratio <= 5)
"""

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select
from sqlalchemy.orm import Session

from bench.dataset import dataset_path
from sic_desktop.db.models import ConceptNote, ConceptNotePartner
from sic_desktop.db.store import open_store
from sic_desktop.services.overlaps import find_overlaps

TARGET = 5.0
ROUNDS = 15


def read_texts(session: Session) -> int:
    connection = session.connection()
    rows = connection.execute(
        select(ConceptNote.id, ConceptNote.task_force_id, ConceptNote.title, ConceptNote.objectives,
               ConceptNote.activities, ConceptNote.countries, ConceptNote.acronym)
        .where(ConceptNote.deleted.is_(False))).all()
    partners = connection.execute(
        select(ConceptNotePartner.concept_note_id, ConceptNotePartner.organisation_id)).all()
    return len(rows) + len(partners)


def timed(work: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    store = open_store(dataset_path())
    with store.session() as session:
        notes = session.scalar(select(ConceptNote.id).limit(1))
        assert notes is not None, "the benchmark dataset has no concept notes"
        found = find_overlaps(session)  # warm both queries' compiled forms alike
        read_texts(session)
        baseline = timed(lambda: read_texts(session))
        ours = timed(lambda: find_overlaps(session))
    store.close()
    ratio = ours / baseline
    print(f"500 concept notes: reading their texts {baseline * 1000:.1f} ms, "
          f"finding overlaps {ours * 1000:.1f} ms ({len(found)} pairs found)")
    print(f"ratio {ratio:.2f} (target <= {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
