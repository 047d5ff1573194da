"""One version: pyproject.toml's, read from the installed metadata by --version, the About box and the log."""

import importlib.metadata
import tomllib
from pathlib import Path

import pytest

import sic_desktop
from sic_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_the_version_is_pyprojects_through_the_installed_metadata() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert sic_desktop.__version__ == importlib.metadata.version("sic-desktop") == declared


def test_a_source_tree_never_installed_says_so_instead_of_failing(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(_name: str) -> str:
        raise importlib.metadata.PackageNotFoundError("sic-desktop")

    monkeypatch.setattr(importlib.metadata, "version", missing)
    assert sic_desktop.__version__ == "0.0.0+source"


def test_version_option_prints_it_and_exits_without_opening_anything(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--db", str(tmp_path / "never.sqlite"), "--version"],
             open_window=lambda _path: pytest.fail("the window opened"))
    assert done.value.code == 0
    assert capsys.readouterr().out == f"sic-desktop {sic_desktop.__version__}\n"
    assert not (tmp_path / "never.sqlite").exists()
