"""The name and the reverse-DNS id are the same everywhere the application is described."""

import re
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
    assert f'APP_ID = "{APP_ID}"' in (ROOT / "packaging" / "sic-desktop.spec").read_text()
    assert f'#define AppId "{APP_ID}"' in (ROOT / "packaging" / "windows" / "sic-desktop.iss").read_text()


def test_the_newest_release_in_the_appstream_metadata_is_the_packages_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    metainfo = ElementTree.parse(ROOT / "packaging" / f"{APP_ID}.metainfo.xml").getroot()
    release = metainfo.find("releases/release")
    assert release is not None and release.get("version") == project["version"]


def inno_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";") or stripped.startswith("#"):
            continue
        if stripped.startswith("[") and stripped.endswith("]") and " " not in stripped:
            current = stripped[1:-1]
            sections[current] = []
        else:
            sections[current].append(stripped)
    return sections


def test_the_windows_installer_script_is_well_formed_and_names_what_the_build_makes() -> None:
    script = (ROOT / "packaging" / "windows" / "sic-desktop.iss").read_text()
    sections = inno_sections(script)
    assert set(sections) == {"Setup", "Languages", "Tasks", "Files", "Icons", "Registry", "Run", "Code"}
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # per user: no administrator needed
    assert setup["ChangesAssociations"] == "yes"
    for section in ("Languages", "Tasks", "Files", "Icons", "Registry", "Run"):
        for entry in sections[section]:
            assert entry.count('"') % 2 == 0, entry
            parameters = [part.strip() for part in entry.split('; ')]
            assert all(re.fullmatch(r"[A-Za-z]+: .+", part) for part in parameters), entry
    # The programs the spec builds, the association opening the windowed one with the file.
    spec = (ROOT / "packaging" / "sic-desktop.spec").read_text()
    assert '("sic-desktopw", False), ("sic-desktop", True)' in spec
    assert '#define WindowExe "sic-desktopw.exe"' in script
    assert '#define ConsoleExe "sic-desktop.exe"' in script
    assert 'Software\\Classes\\.sicbundle' in script and '""{app}\\{#WindowExe}"" ""%1""' in script
    # Nothing deletes the user's data folder on uninstall.
    assert "UninstallDelete" not in script and "{localappdata}" not in script.lower()


def test_the_release_workflow_builds_with_the_spec_and_runs_the_smoke_test_on_each_system() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text()
    for needed in ("runs-on: windows-", "runs-on: ${{ matrix.runner }}", "macos-14", "ubuntu-",
                   "packaging\\sic-desktop.spec", "packaging/sic-desktop.spec", "packaging\\smoke.py",
                   "packaging/smoke.py", "ISCC.exe", "hdiutil", "make test-package", "action-gh-release"):
        assert needed in workflow, needed
    assert "\t" not in workflow  # YAML forbids tabs


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
