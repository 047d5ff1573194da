"""PDF from a .docx through LibreOffice headless, found where its installers put it."""

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from sic_desktop.errors import SicError
from sic_desktop.text import Text

TIMEOUT_SECONDS = 120


class PdfUnavailable(SicError):
    """LibreOffice is not installed, so no PDF can be made from a Word document."""


def candidates(platform: str, environ: Mapping[str, str],
               expand: Callable[[str], list[str]] = glob.glob) -> list[PurePath]:
    """Where LibreOffice's own installers put the program on `platform`, most likely first.

    PATH is searched before these (by `soffice`); they are for the usual case where it is not on PATH:
    Windows never adds it, macOS keeps it inside the .app.
    """
    if platform == "win32":
        # 64-bit LibreOffice on 64-bit Windows, a 32-bit one, a per-user install.
        roots = [environ.get(name) for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")]
        found: list[PurePath] = [PureWindowsPath(root, "LibreOffice", "program", "soffice.exe")
                                 for root in roots if root]
        local = environ.get("LOCALAPPDATA")
        if local:
            found.append(PureWindowsPath(local, "Programs", "LibreOffice", "program", "soffice.exe"))
        return list(dict.fromkeys(found))
    if platform == "darwin":
        found = [PurePosixPath("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
        home = environ.get("HOME")
        if home:
            found.append(PurePosixPath(home, "Applications/LibreOffice.app/Contents/MacOS/soffice"))
        return found
    # Debian/Ubuntu/Fedora packages, then The Document Foundation's own packages (/opt/libreofficeX.Y).
    found = [PurePosixPath("/usr/lib/libreoffice/program/soffice"),
             PurePosixPath("/usr/lib64/libreoffice/program/soffice")]
    found += sorted((PurePosixPath(path) for path in expand("/opt/libreoffice*/program/soffice")),
                    key=_version_of, reverse=True)
    return [*found, PurePosixPath("/snap/bin/libreoffice")]


def _version_of(program: PurePath) -> tuple[int, ...]:
    """(24, 8) for /opt/libreoffice24.8/program/soffice: 24.8 is newer than 7.6, though it sorts first."""
    digits = program.parts[2].removeprefix("libreoffice").split(".")
    return tuple(int(part) for part in digits if part.isdigit())


def soffice(platform: str | None = None, environ: Mapping[str, str] | None = None,
            which: Callable[[str], str | None] = shutil.which,
            is_file: Callable[[PurePath], bool] = lambda path: Path(path).is_file(),
            expand: Callable[[str], list[str]] = glob.glob) -> str | None:
    """The LibreOffice program: `SIC_DESKTOP_SOFFICE`, else on PATH, else where its installer puts it."""
    platform = platform or sys.platform
    environ = os.environ if environ is None else environ
    chosen = environ.get("SIC_DESKTOP_SOFFICE")
    if chosen:
        return chosen if is_file(PurePath(chosen)) else None
    on_path = which("soffice") or which("libreoffice")
    if on_path:
        return on_path
    for path in candidates(platform, environ, expand):
        if is_file(path):
            return str(path)
    return None


def install_advice(platform: str | None = None) -> Text:
    """What to install, said for the person's system."""
    platform = platform or sys.platform
    if platform == "win32":
        return Text("install LibreOffice from libreoffice.org (it goes to C:\\Program Files\\LibreOffice)")
    if platform == "darwin":
        return Text("install LibreOffice from libreoffice.org into Applications")
    return Text("install LibreOffice Writer (on Debian or Ubuntu: sudo apt install libreoffice-writer)")


def docx_to_pdf(source: Path, target: Path) -> None:
    """Convert `source` (.docx, or .xlsx) to PDF at `target` with LibreOffice headless."""
    program = soffice()
    if program is None:
        raise PdfUnavailable(Text("PDF output needs LibreOffice, which was not found on this computer: "
                                  "%1, or write a .docx instead", install_advice()))
    convert(source, target, "pdf")


def convert(source: Path, target: Path, extension: str) -> None:
    """Let LibreOffice save `source` as `extension`, into `target`."""
    program = soffice()
    if program is None:
        raise PdfUnavailable(Text("LibreOffice was not found on this computer: %1", install_advice()))
    with tempfile.TemporaryDirectory(prefix="sic-soffice-") as scratch:
        work = Path(scratch)
        # Its own profile: a LibreOffice the user has open would otherwise take the job over.
        profile = (work / "profile").as_uri()
        out = work / "out"
        command = [program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", extension, "--outdir", str(out), str(source)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=TIMEOUT_SECONDS)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise SicError(Text("LibreOffice could not convert %1: %2", source.name, str(exc))) from exc
        produced = out / f"{source.stem}.{extension.split(':')[0]}"
        if not produced.is_file():
            raise SicError(Text("LibreOffice did not convert %1 to %2", source.name, extension))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(produced), target)
