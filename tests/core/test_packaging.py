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
    assert project["gui-scripts"] == {"sic-desktop": "ui.launcher:main"}
    assert "Exec=sic-desktop" in (ROOT / "packaging" / f"{APP_ID}.desktop").read_text()
