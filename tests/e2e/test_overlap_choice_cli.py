"""`concept-notes overlap-choice` with the real program: the Secretariat's word shows in the overlaps list."""

import json
from pathlib import Path

from tests.e2e.conftest import Cli
from tests.e2e.test_overlaps_cli import OBJECTIVES, OTHERS, add_note


def test_the_secretariat_marks_a_pair_and_the_list_says_so(cli: Cli, master_db: Path) -> None:
    for n, (title, objectives, countries) in enumerate(OTHERS):
        add_note(cli, master_db, f"A{n + 2}", title, objectives, countries)
    first = add_note(cli, master_db, "A1", "Cassava ferralsols carbon farming", OBJECTIVES, "Ghana, Togo")
    second = add_note(cli, master_db, "A6", "Carbon farming on cassava ferralsols", OBJECTIVES, "Togo")
    marked = cli("--db", master_db, "concept-notes", "overlap-choice", second, first, "--connect-the-teams",
                 "--note", "Same farmer field schools in Togo")
    assert marked.returncode == 0, marked.stderr
    [pair] = json.loads(cli("--db", master_db, "concept-notes", "overlaps", "--json").stdout)
    assert (pair["choice"], pair["choice_note"]) == ("connect the teams", "Same farmer field schools in Togo")
    human = cli("--db", master_db, "concept-notes", "overlaps").stdout
    assert "Secretariat: connect the teams (Same farmer field schools in Togo)" in human
    cli("--db", master_db, "concept-notes", "overlap-choice", first, second, "--clear")
    [pair] = json.loads(cli("--db", master_db, "concept-notes", "overlaps", "--json").stdout)
    assert sorted(pair) == ["a", "b", "reasons", "score"]
    wrong = cli("--db", master_db, "concept-notes", "overlap-choice", first, "no-such-note",
                "--not-an-overlap")
    assert wrong.returncode != 0 and "No concept note with id no-such-note" in wrong.stderr
    assert "Traceback" not in wrong.stderr
