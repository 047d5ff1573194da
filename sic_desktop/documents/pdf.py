"""PDF from a .docx through LibreOffice headless, when it is installed."""

import shutil
import subprocess
import tempfile
from pathlib import Path

from sic_desktop.errors import SicError
from sic_desktop.text import Text

TIMEOUT_SECONDS = 120


class PdfUnavailable(SicError):
    """LibreOffice is not installed, so no PDF can be made from a Word document."""


def soffice() -> str | None:
    """The LibreOffice program, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(source: Path, target: Path) -> None:
    """Convert `source` (.docx, or .xlsx) to PDF at `target` with LibreOffice headless."""
    program = soffice()
    if program is None:
        raise PdfUnavailable(Text("PDF output needs LibreOffice (soffice), which is not installed; "
                                  "write a .docx instead, or install LibreOffice"))
    convert(source, target, "pdf")


def convert(source: Path, target: Path, extension: str) -> None:
    """Let LibreOffice save `source` as `extension`, into `target`."""
    program = soffice()
    if program is None:
        raise PdfUnavailable(Text("LibreOffice (soffice) is not installed"))
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
