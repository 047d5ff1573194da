"""Overlap detection over the benchmark's 500 concept notes against reading their texts from the database.

The baseline reads what detection compares (title, acronym, objectives, activities, countries of every
note and the partners) in one Core query each (no ORM result layer), in the same run; ours is
`find_overlaps`, which reads the same the same way, tokenises every note's text and scores the pairs.
Judged on the first look: each round starts with no note's words kept (as after the program starts);
both queries are compiled before the rounds, as the baseline's are. The look again (words of unchanged
notes kept from the last look) is printed too. The two are taken in turn: the ratio of their least times.

Run: python bench/bench_overlaps.py   (target: ratio <= 5)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select
from sqlalchemy.orm import Session

from bench.dataset import dataset_path
from bench.timing import ratios, timed
from sic_desktop.db.models import ConceptNote, ConceptNotePartner
from sic_desktop.db.store import open_store
from sic_desktop.services.overlaps import find_overlaps, forget_words

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
        read_texts(session)  # compile both queries alike
        found = find_overlaps(session)

        def first_look() -> None:
            forget_words()
            find_overlaps(session)

        baseline, ours = timed(lambda: read_texts(session), first_look, rounds=ROUNDS)
        again = timed(lambda: find_overlaps(session), rounds=ROUNDS)[0]
    store.close()
    ratio, by_rounds = ratios(baseline, ours)
    print(f"500 concept notes: reading their texts {min(baseline) * 1000:.1f} ms, finding overlaps "
          f"{min(ours) * 1000:.1f} ms on a first look (least of {ROUNDS}; {len(found)} pairs found)")
    print(f"ratio {ratio:.2f} (target <= {TARGET}); the median of the rounds' ratios {by_rounds:.2f}; "
          f"a look again (unchanged notes' words kept) {min(again) * 1000:.1f} ms, "
          f"{min(again) / min(baseline):.1f}x")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
