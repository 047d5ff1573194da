"""End-to-end fixtures: the real `sic-desktop` program run as a subprocess on temporary databases."""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """Run `sic-desktop ARGS...` in tmp_path; returns the finished process (never raises)."""
    environment = dict(os.environ)
    environment["HOME"] = str(tmp_path / "home")
    environment.pop("SIC_DESKTOP_DB", None)
    environment["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    environment.setdefault("SIC_DESKTOP_PASSPHRASE", "correct horse battery staple")

    def run(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "sic_desktop", *map(str, args)], cwd=tmp_path, env=environment,
            capture_output=True, text=True, input=stdin, timeout=120, check=False)

    return run


@pytest.fixture
def master_db(cli: Cli, tmp_path: Path) -> Path:
    """A Secretariat database made by `init`."""
    path = tmp_path / "master.sqlite"
    result = cli("--db", path, "init", "--role", "secretariat", "--site-name", "Executive Secretariat")
    assert result.returncode == 0, result.stderr
    return path
