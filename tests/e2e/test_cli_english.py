"""The command line speaks English whatever the machine's language: the core's messages as ever."""

import os
from pathlib import Path

import pytest

from tests.e2e.conftest import Cli
from tests.sheets import members_sheet


@pytest.fixture(autouse=True)
def french_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """A French (and Spanish-speaking second) desktop: the program must not follow it."""
    for name, value in (("LANG", "fr_FR.UTF-8"), ("LANGUAGE", "fr:es"), ("LC_ALL", "fr_FR.UTF-8")):
        monkeypatch.setitem(os.environ, name, value)


def test_an_import_refused_and_done_in_english(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    broken = members_sheet(tmp_path / "broken.xlsx",
                           [[None, "Ana", "no-address", None, None, None, "Boss", None, None]])
    refused = cli("--db", master_db, "members", "import", broken, "--task-force", "A1")
    assert refused.returncode == 4
    assert refused.stderr == (
        "sic-desktop: Nothing was imported: 2 problems found\n"
        "  Members, row 2, column 'Email': 'no-address' is not an e-mail address\n"
        "  Members, row 2, column 'Role': 'Boss' is not one of: TFL, TFRR, TFM\n")
    good = members_sheet(tmp_path / "good.xlsx",
                         [[None, "Ana", "ana@example.org", None, None, None, "TFM", None, None]])
    done = cli("--db", master_db, "members", "import", good, "--task-force", "A1")
    assert done.returncode == 0, done.stderr
    assert "1 added, 0 updated, " in done.stdout and "field changes logged" in done.stdout


def test_a_broken_bundle_is_refused_in_english(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sicbundle"
    junk.write_bytes(b"not a bundle")
    result = cli("--db", master_db, "bundle", "import", junk)
    assert result.returncode == 4
    assert f"{junk} is not a SIC Desktop bundle (not a ZIP file, or cut short)" in result.stderr
    unknown = cli("--db", master_db, "members", "import", junk, "--task-force", "Z9")
    assert "No task force 'Z9'; known: " in unknown.stderr
