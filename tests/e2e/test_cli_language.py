"""The command line speaks the machine's language where the core's messages are translated, else English."""

import os
from pathlib import Path

import pytest

from tests.e2e.conftest import Cli
from tests.sheets import members_sheet


@pytest.fixture
def machine(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """The machine's language (set before the `cli` fixture copies the environment)."""
    for name in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delitem(os.environ, name, raising=False)
    monkeypatch.setitem(os.environ, "LC_ALL", request.param)


@pytest.mark.parametrize("machine", ["C.UTF-8"], indirect=True)
def test_an_import_refused_and_done_in_english_on_an_english_machine(
        machine: None, cli: Cli, master_db: Path, tmp_path: Path) -> None:
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


@pytest.mark.parametrize("machine", ["fr_FR.UTF-8"], indirect=True)
def test_a_french_machine_is_told_in_french(machine: None, cli: Cli, master_db: Path, tmp_path: Path) -> None:
    broken = members_sheet(tmp_path / "broken.xlsx",
                           [[None, "Ana", "no-address", None, None, None, "TFM", None, None]])
    refused = cli("--db", master_db, "members", "import", broken, "--task-force", "A1")
    assert refused.returncode == 4
    assert refused.stderr.startswith("sic-desktop: Rien n'a été importé : 1 problème trouvé\n")
    unknown = cli("--db", master_db, "members", "import", broken, "--task-force", "Z9")
    assert "Aucun groupe de travail 'Z9'" in unknown.stderr


@pytest.mark.parametrize("machine", ["es_MX.UTF-8"], indirect=True)
def test_a_spanish_machine_is_told_in_spanish(machine: None, cli: Cli, master_db: Path,
                                              tmp_path: Path) -> None:
    broken = members_sheet(tmp_path / "broken.xlsx",
                           [[None, "Ana", "no-address", None, None, None, "TFM", None, None]])
    refused = cli("--db", master_db, "members", "import", broken, "--task-force", "A1")
    assert refused.returncode == 4
    assert "'no-address' no es una dirección de correo electrónico" in refused.stderr


@pytest.mark.parametrize("machine", ["C"], indirect=True)
def test_a_broken_bundle_is_refused_in_english(machine: None, cli: Cli, master_db: Path,
                                               tmp_path: Path) -> None:
    junk = tmp_path / "junk.sicbundle"
    junk.write_bytes(b"not a bundle")
    result = cli("--db", master_db, "bundle", "import", junk)
    assert result.returncode == 4
    assert f"{junk} is not a SIC Desktop bundle (not a ZIP file, or cut short)" in result.stderr
    unknown = cli("--db", master_db, "members", "import", junk, "--task-force", "Z9")
    assert "No task force 'Z9'; known: " in unknown.stderr
