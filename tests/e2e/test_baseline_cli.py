"""A frozen baseline with the real program: `cycle new` closes 2022, a later edit leaves its baseline."""

import subprocess
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.table import Table

from sic_desktop.services.reference import reference_id

Cli = Callable[..., subprocess.CompletedProcess[str]]
A1 = reference_id("task_force", "A1")
CYCLE_2022 = reference_id("cycle", "2022")


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def rows_of(path: Path) -> list[str]:
    return ["\t".join(c.text for c in row.cells) for block in Document(str(path)).iter_inner_content()
            if isinstance(block, Table) for row in block.rows]


def test_editing_a_2022_activity_after_cycle_new_leaves_the_2022_baseline(cli: Cli, master_db: Path,
                                                                           tmp_path: Path) -> None:
    db = ("--db", master_db)
    trials = ok(cli(*db, "records", "add", "activity", f"task_force_id={A1}", f"cycle_id={CYCLE_2022}",
                    "title=Biochar trials", "status=ongoing"))
    ok(cli(*db, "records", "add", "activity", f"task_force_id={A1}", f"cycle_id={CYCLE_2022}",
           "title=Sahel pastures", "status=ongoing"))
    ok(cli(*db, "cycle", "new", "2023"))
    ok(cli(*db, "records", "set", "activity", trials, "status=completed"))
    ok(cli(*db, "documents", "annual-report", "--cycle", "2023", "report.docx", "--lang", "en"))
    rows = rows_of(tmp_path / "report.docx")
    assert "Ongoing\t2\t1\t-1" in rows and "Completed\t0\t1\t+1" in rows and "Total\t2\t2\t+0" in rows
