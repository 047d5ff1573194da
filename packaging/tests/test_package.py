"""The Debian package, installed into a scratch root, runs as a regional representative would use it.

`make test-package` builds build/sic-desktop_*.deb first; these tests install it with dpkg-deb and run
the installed program (not the source tree) through packaging/smoke.py, the checks the release workflow
runs on the Windows and macOS builds: every command group of the README's command-line section, a
document, and the window for a few seconds offscreen.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org._4p1000.SICDesktop"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

# packaging/ is not a Python package (and `packaging` is a PyPI one): load the smoke test by its path.
_spec = importlib.util.spec_from_file_location("smoke", ROOT / "packaging" / "smoke.py")
assert _spec is not None and _spec.loader is not None
smoke = sys.modules["smoke"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(smoke)
if TYPE_CHECKING:  # mypy finds smoke on its mypy_path, as the module loaded above
    from smoke import Program
else:
    Program = smoke.Program


@pytest.fixture(scope="module")
def deb() -> Path:
    built = sorted((ROOT / "build").glob(f"sic-desktop_{version('sic-desktop')}_*.deb"))
    assert built, "no .deb in build/: run `make package` (or `make test-package`)"
    return built[-1]


@pytest.fixture(scope="module")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch root with the package's files where dpkg would put them."""
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(root)], check=True)
    return root


@pytest.fixture
def program(installed: Path, tmp_path: Path) -> Iterator[Program]:
    (tmp_path / "home").mkdir()
    yield Program(installed / "opt" / "sic-desktop" / "sic-desktop", tmp_path)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_package_names_its_version_and_what_it_needs(deb: Path) -> None:
    fields = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends", "Recommends"],
                            capture_output=True, text=True, check=True).stdout
    assert "Package: sic-desktop\n" in fields
    assert f"Version: {version('sic-desktop')}\n" in fields
    assert "libxcb-cursor0" in fields and "libreoffice-writer" in fields


def test_files_are_where_desktops_look_for_them(installed: Path) -> None:
    link = installed / "usr" / "bin" / "sic-desktop"
    assert os.readlink(link) == "/opt/sic-desktop/sic-desktop"
    assert os.access(installed / "opt" / "sic-desktop" / "sic-desktop", os.X_OK)
    assert os.access(installed / "opt" / "sic-desktop" / "sic-desktopw", os.X_OK)
    share = installed / "usr" / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (share / "doc" / "sic-desktop" / "copyright").read_text().startswith("MIT License")
    for size in ICON_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon) == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_the_built_folder_carries_the_data_the_spec_lists(installed: Path) -> None:
    inside = installed / "opt" / "sic-desktop" / "_internal"
    shipped = ROOT / "resources"
    for source in [*shipped.glob("*.json"), *shipped.glob("templates/*"), *shipped.glob("translations/*.qm"),
                   *(ROOT / "sic_desktop" / "db" / "migrations" / "versions").glob("*.py")]:
        relative = source.relative_to(shipped if source.is_relative_to(shipped) else ROOT)
        target = inside / ("resources" if source.is_relative_to(shipped) else "") / relative
        assert target.read_bytes() == source.read_bytes(), relative
    # The metadata --version and the About box read.
    assert (inside / f"sic_desktop-{version('sic-desktop')}.dist-info" / "METADATA").is_file()


def test_the_desktop_entry_and_the_appstream_metadata_validate(installed: Path) -> None:
    share = installed / "usr" / "share"
    desktop = subprocess.run(["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
                             capture_output=True, text=True, check=False)
    assert desktop.returncode == 0 and desktop.stdout == "", desktop.stdout + desktop.stderr
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    appstream = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                               capture_output=True, text=True, check=False)
    assert appstream.returncode == 0, appstream.stdout + appstream.stderr
    component = ElementTree.parse(metainfo).getroot()
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == version("sic-desktop")
    assert component.find("content_rating") is not None and component.findall("screenshots/screenshot")


def test_a_regional_representatives_week_in_the_installed_program(program: Program) -> None:
    smoke.command_line(program)


def test_the_window_opens_and_stays_open_offscreen(program: Program) -> None:
    smoke.window(program)
