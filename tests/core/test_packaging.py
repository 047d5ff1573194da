"""The name and the reverse-DNS id are the same everywhere the application is described."""

import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from sic_desktop import APP_ID, APP_NAME

ROOT = Path(__file__).resolve().parents[2]


def test_one_id_for_desktop_entry_appstream_and_bundle() -> None:
    desktop = (ROOT / "packaging" / f"{APP_ID}.desktop").read_text()
    assert f"Icon={APP_ID}" in desktop and f"Name={APP_NAME}" in desktop
    metainfo = ElementTree.parse(ROOT / "packaging" / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    assert f'name="{APP_ID}"' in (ROOT / "packaging" / "sic-desktop.spec").read_text()


def test_the_script_name_is_the_one_the_desktop_entry_runs() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    # A console program for the command line and a windowed one, as python and pythonw.
    assert project["scripts"] == {"sic-desktop": "ui.launcher:main"}
    assert project["gui-scripts"] == {"sic-desktopw": "ui.launcher:main"}
    assert "Exec=sic-desktop" in (ROOT / "packaging" / f"{APP_ID}.desktop").read_text()


def test_every_package_folder_goes_into_the_wheel_and_translation_sources_do_not() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    folders = {".".join(path.relative_to(ROOT).parts) for top in ("sic_desktop", "ui")
               for path in [ROOT / top, *(ROOT / top).rglob("*")]
               if path.is_dir() and path.name != "__pycache__" and any(path.glob("*.py"))}
    resources = ROOT / "resources"
    folders |= {".".join(("sic_desktop", "resources", *path.relative_to(resources).parts))
                for path in [resources, *resources.iterdir()] if path.is_dir()}
    assert folders <= set(setuptools["packages"])
    assert setuptools["package-data"]["sic_desktop.resources.translations"] == ["*.qm"]
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
