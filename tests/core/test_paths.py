"""Resources are found in a source checkout and a frozen bundle; the default database follows the env."""

import sys
from pathlib import Path

import pytest

from sic_desktop import paths


def test_resources_found_in_the_source_tree() -> None:
    found = paths.resources_dir()
    assert (found / "reference.json").is_file()


def test_resources_found_in_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "resources"
    bundled.mkdir()
    (bundled / "reference.json").write_text("{}")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == bundled


def test_default_database_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIC_DESKTOP_DB", str(tmp_path / "chosen.sqlite"))
    assert paths.default_database() == tmp_path / "chosen.sqlite"
    monkeypatch.delenv("SIC_DESKTOP_DB")
    assert paths.default_database().parent == paths.data_dir()
