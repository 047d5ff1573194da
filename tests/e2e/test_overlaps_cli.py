"""`concept-notes overlaps` with the real program: alike notes of two task forces, in words and JSON."""

import json
from pathlib import Path

from tests.e2e.conftest import Cli
from tests.e2e.test_sync_helpers import task_force

OBJECTIVES = ("Restore degraded cassava fields on ferralsols with mucuna cover crops and farmer field "
              "schools; measure soil organic carbon with portable spectrometers")
OTHERS = [
    ("Mangrove blue carbon in the Mekong delta", "Replant mangroves and monitor sediment carbon", "Viet Nam"),
    ("Rangeland grazing plans for Andean pastures", "Rotational grazing with herder cooperatives", "Peru"),
    ("Vineyard cover crops in Mediterranean France", "Winegrowers trial legume mixes", "France"),
    ("Rice straw compost for Punjab", "Stop straw burning with compost hubs and credit", "India"),
]


def add_note(cli: Cli, db: Path, code: str, title: str, objectives: str, countries: str) -> str:
    result = cli("--db", db, "records", "add", "concept_note", f"task_force_id={task_force(code)}",
                 f"title={title}", f"objectives={objectives}", f"countries={countries}", "version=1",
                 "--json")
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)["id"])


def test_the_secretariat_lists_alike_notes_of_different_task_forces(cli: Cli, master_db: Path) -> None:
    empty = cli("--db", master_db, "concept-notes", "overlaps")
    assert empty.returncode == 0 and "No concept notes of different task forces are alike" in empty.stdout

    for n, (title, objectives, countries) in enumerate(OTHERS):
        add_note(cli, master_db, f"A{n + 2}", title, objectives, countries)
    first = add_note(cli, master_db, "A1", "Cassava ferralsols carbon farming", OBJECTIVES, "Ghana, Togo")
    second = add_note(cli, master_db, "A6", "Carbon farming on cassava ferralsols", OBJECTIVES, "Togo")

    result = cli("--db", master_db, "concept-notes", "overlaps", "--json")
    assert result.returncode == 0, result.stderr
    [pair] = json.loads(result.stdout)
    assert sorted(pair) == ["a", "b", "reasons", "score"]
    assert {pair["a"], pair["b"]} == {first, second}
    assert 0 < pair["score"] <= 1
    assert any("cassava" in reason and "ferralsols" in reason for reason in pair["reasons"])
    assert "same countries: Togo" in pair["reasons"]

    human = cli("--db", master_db, "concept-notes", "overlaps")
    assert human.returncode == 0
    assert f'A1 "Cassava ferralsols carbon farming" ({first})' in human.stdout
    assert f'A6 "Carbon farming on cassava ferralsols" ({second})' in human.stdout
    assert "same countries: Togo" in human.stdout
