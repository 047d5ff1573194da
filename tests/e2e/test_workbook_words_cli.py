"""`concept-notes template --lang`: the workbook's data-validation pop-ups in its language, read back."""

from pathlib import Path

from tests.core.sheets.test_workbook_validation_words import pop_ups
from tests.e2e.conftest import Cli
from tests.e2e.test_cycle_cli import run_ok


def test_a_spanish_template_refuses_a_bad_date_in_spanish(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    run_ok(cli, "--db", master_db, "concept-notes", "template", tmp_path / "nota.xlsx", "--lang", "es")
    every = set().union(*pop_ups(tmp_path / "nota.xlsx").values())
    assert ("Se espera una fecha", "Escriba una fecha, p. ej. 2025-03-31.") in every
    assert not [pair for pair in every if "Not a" in pair[0] or "Enter" in pair[1]]
