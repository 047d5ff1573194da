"""Resources are found in a source checkout and a frozen bundle; the default database follows the env."""

import sys
from pathlib import Path

import pytest

from sic_desktop import paths
from sic_desktop.db.migrate import HEAD_REVISION


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


@pytest.mark.slow
def test_resources_found_in_an_installed_wheel(tmp_path: Path) -> None:
    import subprocess

    root = Path(__file__).resolve().parents[2]
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    [wheel] = (tmp_path / "dist").glob("*.whl")
    site = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    program = (
        f"import sys; sys.path.insert(0, {str(site)!r})\n"
        "from sic_desktop.paths import resources_dir\n"
        "from sic_desktop.db.migrate import head_revision\n"
        "print(resources_dir()); print(head_revision())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found, head = result.stdout.split()
    assert Path(found) == site / "sic_desktop" / "resources"
    assert (Path(found) / "templates" / "concept-note.docx").is_file()
    assert head == HEAD_REVISION  # the wheel carries every migration, the newest included
