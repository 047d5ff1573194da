"""The sheets people already have, through the real command line: --map, a mapping file, --dry-run."""

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from sic_desktop.db.backup import list_backups
from tests.sheets import write_sheet

Cli = Callable[..., subprocess.CompletedProcess[str]]


def dump(cli: Cli, db: Path) -> str:
    result = cli("--db", db, "dump")
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_map_names_the_columns_and_extra_ones_are_noted(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "list.xlsx", ["Who", "Mail", "Phone"],
                       [["Ana Silva", "ana@example.org", "+351 21 000 0000"]])
    result = cli("--db", master_db, "members", "import", path, "--task-force", "A1",
                 "--map", "Who=Name", "--map", "Mail=E-mail")
    assert result.returncode == 0, result.stderr
    assert "1 added, 0 updated, 0 unchanged" in result.stdout
    assert "Not imported (no field of this list): 'Phone'" in result.stdout
    people = json.loads(dump(cli, master_db))["person"]
    assert [(p["name"], p["email"]) for p in people] == [("Ana Silva", "ana@example.org")]


def test_a_mapping_file_and_a_bad_mapping(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "list.xlsx", ["Who", "Mail"], [["Ana Silva", "ana@example.org"]])
    mapping = tmp_path / "map.txt"
    mapping.write_text("Who=Nom\nMail=Courriel\n", encoding="utf-8")
    bad = cli("--db", master_db, "members", "import", path, "--task-force", "A1", "--map", "Who")
    assert bad.returncode == 2
    assert "--map: 'Who' is not \"Title in the file=Field\"" in bad.stderr
    done = cli("--db", master_db, "members", "import", path, "--task-force", "A1", "--mapping", mapping)
    assert done.returncode == 0, done.stderr


def test_dry_run_says_what_would_change_and_changes_nothing(
        cli: Cli, master_db: Path, tmp_path: Path) -> None:
    first = write_sheet(tmp_path / "first.xlsx", ["Nom", "Courriel"], [["Ana Silva", "ana@example.org"]])
    assert cli("--db", master_db, "members", "import", first, "--task-force", "A1").returncode == 0
    second = write_sheet(tmp_path / "second.xlsx", ["Nom", "Courriel", "Pays", "Téléphone"],
                         [["Ana Silva", "ana@example.org", "Portugal", None],
                          ["Bo Chen", "bo@example.org", "China", None]])
    before = dump(cli, master_db)
    backups = sorted(list_backups(master_db))
    assert backups  # the first import made one
    result = cli("--db", master_db, "members", "import", second, "--task-force", "A1", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Would add 1, change 1, leave 0 as they are",
        "row 2: ana@example.org is Ana Silva, already known",
        "Not imported (no field of this list): 'Téléphone'",
    ]
    assert dump(cli, master_db) == before
    assert sorted(list_backups(master_db)) == backups  # not even a backup was made

    broken = write_sheet(tmp_path / "broken.xlsx", ["Name", "Email", "Role"],
                         [["Ana Silva", "not an address", "Boss"]])
    refused = cli("--db", master_db, "--json", "members", "import", broken, "--task-force", "A1",
                  "--dry-run")
    assert refused.returncode == 4
    problems = json.loads(refused.stdout)["problems"]
    assert [(p["sheet"], p["row"], p["column"]) for p in problems] == [("Sheet", 2, "Email"),
                                                                         ("Sheet", 2, "Role")]
    assert dump(cli, master_db) == before
