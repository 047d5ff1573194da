"""`--version` reads the installed metadata; both entry points behave alike and log what they did."""

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from tests.e2e.conftest import Cli

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_the_installed_packages(cli: Cli) -> None:
    result = cli("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"sic-desktop {version('sic-desktop')}\n"


def test_the_script_and_python_m_print_the_same_version(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("sic-desktop")
    module = subprocess.run([sys.executable, "-m", "sic_desktop", "--version"], capture_output=True,
                            text=True, check=True, env={**os.environ, "HOME": str(tmp_path)})
    installed = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=True,
                               env={**os.environ, "HOME": str(tmp_path)})
    assert module.stdout == installed.stdout != ""


def test_a_refused_bundle_is_in_the_log_with_its_reason(cli: Cli, master_db: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "week.sicbundle"
    bogus.write_bytes(b"not a bundle")
    result = cli("--db", master_db, "bundle", "import", bogus)
    assert result.returncode == 4
    [log] = (tmp_path / "home").glob("**/sic-desktop.log")
    text = log.read_text(encoding="utf-8")
    assert f"sic-desktop started: --db {master_db} bundle import {bogus}" in text
    assert "bundle import: refused (exit code 4)" in text
    assert "init: done (exit code 0)" in text
