"""LibreOffice is found where each platform's installer puts it, on a fake file system of each platform."""

import sys
from pathlib import PurePath

import pytest

from sic_desktop.documents import pdf

WINDOWS_ENV = {"ProgramFiles": "C:\\Program Files", "ProgramW6432": "C:\\Program Files",
               "ProgramFiles(x86)": "C:\\Program Files (x86)",
               "LOCALAPPDATA": "C:\\Users\\ana\\AppData\\Local"}


def find(platform: str, files: set[str], environ: dict[str, str], path: dict[str, str] | None = None,
         opt: list[str] | None = None) -> str | None:
    """`pdf.soffice` on a computer holding `files`, with `path` the programs on PATH."""
    return pdf.soffice(platform, environ, which=lambda name: (path or {}).get(name),
                       is_file=lambda candidate: str(candidate) in files, expand=lambda _pattern: opt or [])


def test_windows_finds_the_64_bit_install_in_program_files() -> None:
    program = "C:\\Program Files\\LibreOffice\\program\\soffice.exe"
    assert find("win32", {program}, WINDOWS_ENV) == program


def test_windows_finds_a_32_bit_install_and_a_per_user_install() -> None:
    x86 = "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe"
    assert find("win32", {x86}, WINDOWS_ENV) == x86
    user = "C:\\Users\\ana\\AppData\\Local\\Programs\\LibreOffice\\program\\soffice.exe"
    assert find("win32", {user}, WINDOWS_ENV) == user


def test_macos_finds_the_app_in_applications_or_the_users_own() -> None:
    system = "/Applications/LibreOffice.app/Contents/MacOS/soffice"
    assert find("darwin", {system}, {"HOME": "/Users/ana"}) == system
    own = "/Users/ana/Applications/LibreOffice.app/Contents/MacOS/soffice"
    assert find("darwin", {own}, {"HOME": "/Users/ana"}) == own


def test_linux_finds_the_distributions_package_and_the_newest_of_the_foundations() -> None:
    debian = "/usr/lib/libreoffice/program/soffice"
    assert find("linux", {debian}, {}) == debian
    versions = ["/opt/libreoffice7.6/program/soffice", "/opt/libreoffice24.8/program/soffice",
                "/opt/libreoffice24.2/program/soffice"]
    assert find("linux", set(versions), {}, opt=versions) == "/opt/libreoffice24.8/program/soffice"


def test_path_comes_first_on_every_platform() -> None:
    on_path = {"soffice": "/usr/local/bin/soffice"}
    for platform, environ, installed in (
            ("win32", WINDOWS_ENV, "C:\\Program Files\\LibreOffice\\program\\soffice.exe"),
            ("darwin", {}, "/Applications/LibreOffice.app/Contents/MacOS/soffice"),
            ("linux", {}, "/usr/lib/libreoffice/program/soffice")):
        assert find(platform, {installed}, environ, path=on_path) == "/usr/local/bin/soffice"


def test_an_explicit_choice_wins_and_a_wrong_one_is_not_guessed_around() -> None:
    chosen = {"SIC_DESKTOP_SOFFICE": "/home/ana/lo/soffice"}
    assert find("linux", {"/home/ana/lo/soffice"}, chosen) == "/home/ana/lo/soffice"
    wrong = {"SIC_DESKTOP_SOFFICE": "/nowhere"}
    assert find("linux", {"/usr/lib/libreoffice/program/soffice"}, wrong) is None


@pytest.mark.parametrize(("platform", "environ"), [("win32", WINDOWS_ENV), ("darwin", {"HOME": "/Users/a"}),
                                                   ("linux", {})])
def test_nothing_installed_is_none(platform: str, environ: dict[str, str]) -> None:
    assert find(platform, set(), environ) is None


@pytest.mark.parametrize(("platform", "words"), [
    ("win32", "install LibreOffice from libreoffice.org (it goes to C:\\Program Files\\LibreOffice)"),
    ("darwin", "install LibreOffice from libreoffice.org into Applications"),
    ("linux", "sudo apt install libreoffice-writer"),
])
def test_the_message_names_what_to_install_on_each_platform(platform: str, words: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(pdf, "soffice", lambda: None)
    with pytest.raises(pdf.PdfUnavailable) as raised:
        pdf.docx_to_pdf(PurePath("note.docx"), PurePath("note.pdf"))  # type: ignore[arg-type]
    assert "PDF output needs LibreOffice, which was not found on this computer" in str(raised.value)
    assert words in str(raised.value) and "or write a .docx instead" in str(raised.value)
