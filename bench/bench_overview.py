"""The cycle overview of 24 task forces x 17 steps against counting the same records with plain SQL.

The baseline runs, with the standard library's sqlite3, one GROUP BY task force query per table the
overview reads (memberships, candidacies, action plans with indicators, activities, meetings with
ideas and teams, concept notes by status, expressions of interest, proposals, agreements, reports);
ours is `cycle_overview`, which reads the same and derives the 408 states with their why. Same run,
warm rounds, the two taken in turn: the ratio of their least times.

Run: python bench/bench_overview.py   (target: ratio <= 2)
"""

import sqlite3
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.dataset import dataset_path
from bench.timing import ratios, timed
from sic_desktop.db.store import open_store
from sic_desktop.services.cycle_overview import cycle_overview
from sic_desktop.services.reference import reference_id

TARGET = 2.0
ROUNDS = 41
CYCLE = reference_id("cycle", "2022")
FIRST, LAST = "2022-09-01", "2023-12-31"
PLAIN = [
    ("SELECT task_force_id, role, count(*) FROM membership WHERE deleted = 0 AND coalesce(status, 'active')"
     " != 'left' AND (start IS NULL OR start <= :last) AND (\"end\" IS NULL OR \"end\" >= :first)"
     " GROUP BY task_force_id, role"),
    ("SELECT task_force_id, board_decision, count(*) FROM candidacy WHERE deleted = 0 AND cycle_id = :cycle"
     " GROUP BY task_force_id, board_decision"),
    ("SELECT p.task_force_id, p.title, (SELECT count(*) FROM indicator i WHERE i.action_plan_id = p.id"
     " AND i.deleted = 0) FROM action_plan p WHERE p.deleted = 0 AND p.cycle_id = :cycle"),
    ("SELECT task_force_id, count(*) FROM activity WHERE deleted = 0 AND cycle_id = :cycle"
     " GROUP BY task_force_id"),
    ("SELECT m.task_force_id, m.id, m.kind, m.held_on, (SELECT count(*) FROM project_idea i WHERE"
     " i.meeting_id = m.id AND i.deleted = 0), (SELECT count(*) FROM project_team t JOIN project_idea i"
     " ON t.idea_id = i.id WHERE i.meeting_id = m.id AND t.deleted = 0) FROM meeting m WHERE m.deleted = 0"
     " AND (m.cycle_id = :cycle OR (m.cycle_id IS NULL AND m.held_on BETWEEN :first AND :last))"),
    ("SELECT task_force_id, status, count(*) FROM concept_note WHERE deleted = 0 AND cycle_id = :cycle"
     " GROUP BY task_force_id, status"),
    ("SELECT task_force_id, answer, count(*) FROM expression_of_interest WHERE deleted = 0"
     " AND concept_note_id IN (SELECT id FROM concept_note WHERE cycle_id = :cycle)"
     " GROUP BY task_force_id, answer"),
    ("SELECT task_force_id, count(*) FROM full_proposal WHERE deleted = 0 AND concept_note_id IN"
     " (SELECT id FROM concept_note WHERE cycle_id = :cycle) GROUP BY task_force_id"),
    ("SELECT task_force_id, signed_on, start FROM agreement WHERE deleted = 0 AND concept_note_id IN"
     " (SELECT id FROM concept_note WHERE cycle_id = :cycle)"),
    ("SELECT task_force_id, count(*) FROM progress_report WHERE deleted = 0 AND cycle_id = :cycle"
     " GROUP BY task_force_id"),
]


def main() -> int:
    path = dataset_path()
    plain = sqlite3.connect(path)
    values = {"cycle": CYCLE, "first": FIRST, "last": LAST}

    def count_plainly() -> int:
        return sum(len(plain.execute(query, values).fetchall()) for query in PLAIN)

    store = open_store(path)
    with store.session() as session:
        grid = cycle_overview(session, 2022, today=date(2024, 1, 15))
        count_plainly()
        baseline, ours = timed(count_plainly, lambda: cycle_overview(session, 2022, today=date(2024, 1, 15)),
                               rounds=ROUNDS)
    store.close()
    plain.close()
    ratio, by_rounds = ratios(baseline, ours)
    print(f"{len(grid.counts)} task forces x {len(grid.steps)} steps: plain SQL counts "
          f"{min(baseline) * 1000:.1f} ms, the overview {min(ours) * 1000:.1f} ms (least of {ROUNDS})")
    print(f"ratio {ratio:.2f} (target <= {TARGET}); the median of the rounds' ratios {by_rounds:.2f}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
