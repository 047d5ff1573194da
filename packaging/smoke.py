"""The smoke test of a built program, the same on Linux, Windows and macOS.

    python packaging/smoke.py PATH/TO/sic-desktop[.exe]

runs a regional representative's week through the console program (every command group of the README's
command-line section, members and inventory through Excel, bundles both ways, a document) and opens the
window offscreen for a few seconds. `make test-package` runs it on the installed .deb; the release
workflow on the Windows and macOS builds.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Program:
    """The installed program run in a folder of its own, with its own home (data, settings, log)."""

    executable: Path
    folder: Path
    ran: list[list[str]] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("SIC_DESKTOP", "PYTHON"))}
        env.update(HOME=str(self.folder / "home"), SIC_DESKTOP_PASSPHRASE="correct horse battery staple",
                   PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", QT_QPA_PLATFORM="offscreen")
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env.pop(name, None)
        if sys.platform == "win32":  # Windows' folders come from the shell, not from HOME
            env["SIC_DESKTOP_LOG_DIR"] = str(self.folder / "home" / "logs")
        return env

    def __call__(self, *args: str | Path, code: int = 0) -> str:
        words = [str(arg) for arg in args]
        result = subprocess.run([str(self.executable), *words], cwd=self.folder, env=self.env,
                                capture_output=True, text=True, timeout=180, check=False)
        assert result.returncode == code, (words, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr, result.stderr
        self.ran.append(words)
        return result.stdout

    def log(self) -> str:
        [path] = (self.folder / "home").glob("**/sic-desktop.log")
        return path.read_text(encoding="utf-8")


def _add_row(workbook_path: Path, values: dict[str, str]) -> None:
    workbook = openpyxl.load_workbook(workbook_path)
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    sheet.append([values.get(str(title)) for title in header])
    workbook.save(workbook_path)


def _rows(workbook_path: Path) -> list[dict[str, object]]:
    sheet = openpyxl.load_workbook(workbook_path).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    return [dict(zip(header, row, strict=False)) for row in sheet.iter_rows(min_row=2, values_only=True)]


def command_line(program: Program) -> None:
    """A regional representative's week: every command group of the README's command-line section."""
    assert program("--version") == f"sic-desktop {version('sic-desktop')}\n"
    sec, north = program.folder / "sec.sqlite", program.folder / "north.sqlite"
    program("--db", sec, "init", "--role", "secretariat", "--site-name", "Executive Secretariat")
    program("--db", sec, "keys", "export", "sec.pub")
    program("--db", north, "init", "--role", "regional", "--site-name", "North",
            "--secretariat-key", "sec.pub")
    program("--db", north, "keys", "export", "north.pub")
    assert "site_id" in program("--db", north, "keys", "fingerprint", "--json")
    program("--db", sec, "trust", "add", "north.pub", "--role", "tfrr", "--task-force", "A1",
            "--region", "Africa")
    assert "tfrr" in program("--db", sec, "trust", "list")

    # Members and the inventory through Excel: the modules loaded by name must be in the build.
    program("--db", north, "members", "export", "members.xlsx", "--task-force", "A1")
    _add_row(program.folder / "members.xlsx", {"Name": "Amina Diallo", "Email": "amina@example.org",
                                                "Country": "Senegal", "Role": "TFM"})
    program("--db", north, "members", "import", "members.xlsx", "--task-force", "A1")
    program("--db", north, "members", "export", "members-again.xlsx", "--task-force", "A1")
    assert [row["Name"] for row in _rows(program.folder / "members-again.xlsx")] == ["Amina Diallo"]
    assert "Amina Diallo" in program("--db", north, "records", "list", "person")
    program("--db", north, "inventory", "export", "inventory.xlsx", "--task-force", "A1")
    _add_row(program.folder / "inventory.xlsx", {"Title": "Compost trials", "Region": "Africa",
                                                    "Countries": "Kenya", "Status": "ongoing"})
    program("--db", north, "inventory", "import", "inventory.xlsx", "--task-force", "A1")
    program("--db", north, "inventory", "export", "inventory-again.xlsx", "--task-force", "A1")
    assert [row["Title"] for row in _rows(program.folder / "inventory-again.xlsx")] == ["Compost trials"]

    # The week's bundle to the Secretariat and the master bundle back.
    program("--db", north, "bundle", "export", "north.sicbundle")
    assert "North" in program("--db", sec, "bundle", "inspect", "north.sicbundle")
    program("--db", sec, "bundle", "import", "north.sicbundle")
    assert "Amina Diallo" in program("--db", sec, "dump")
    site = re.search(r'"site_id": "([^"]+)"', program("--db", north, "keys", "fingerprint", "--json"))
    assert site is not None
    program("--db", sec, "bundle", "export", "master.sicbundle", "--for", site.group(1))
    program("--db", north, "bundle", "import", "master.sicbundle")
    program("--db", sec, "conflicts", "list")

    # Documents: a Word file, and a PDF when LibreOffice is here (CI installs it).
    program("--db", sec, "documents", "templates")
    program("--db", sec, "documents", "annual-report", "--cycle", "2022", "report.docx")
    assert (program.folder / "report.docx").read_bytes()[:2] == b"PK"
    if shutil.which("soffice"):
        program("--db", sec, "documents", "annual-report", "--cycle", "2022", "report.pdf")
        assert (program.folder / "report.pdf").read_bytes()[:5] == b"%PDF-"
    program("--db", sec, "concept-notes", "template", "concept-note.xlsx")
    program("--db", sec, "concept-notes", "overlaps", "--json")
    program("--db", sec, "settings", "signatory", "Paul Luu", "--title", "Executive Secretary")

    # The cycle: its overview from the records, and its calendar (icalendar must be in the build).
    assert '"state"' in program("--db", sec, "cycle", "overview", "--cycle", "2022", "--json")
    program("--db", sec, "cycle", "ics", "--cycle", "2022", "cycle.ics")
    assert (program.folder / "cycle.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    program("--db", sec, "history", "compact")
    program("--db", sec, "backup", "create")
    program("--db", sec, "backup", "list")

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^sic-desktop --db PATH ([a-z-]+)", readme, flags=re.MULTILINE))
    exercised = {words[2] for words in program.ran if len(words) > 2 and words[0] == "--db"}
    assert documented and documented <= exercised, documented - exercised

    log = program.log()
    assert "bundle import: done" in log and "members import: done" in log
    assert not list((program.folder / "home").glob("**/crash-*.txt"))


def window(program: Program) -> None:
    """The window opens offscreen, paints, and stays open a few seconds without an error."""
    database = program.folder / "sec.sqlite"
    program("--db", database, "init", "--role", "secretariat", "--site-name", "Executive Secretariat")
    shown = subprocess.Popen([str(program.executable), "--db", str(database)], cwd=program.folder,
                              env=program.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while "window shown" not in program.log() and time.monotonic() < deadline:
            assert shown.poll() is None, shown.communicate()
            time.sleep(0.2)
        assert "window shown" in program.log(), program.log()
        time.sleep(3)  # a few seconds of the event loop: the database thread, the first list
        assert shown.poll() is None, shown.communicate()
    finally:
        shown.terminate()
        _out, errors = shown.communicate(timeout=30)
    assert "Traceback" not in errors and "Error" not in errors, errors


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: python packaging/smoke.py PATH/TO/sic-desktop", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="sic-smoke-") as scratch:
        for name, check in (("command line", command_line), ("window", window)):
            folder = Path(scratch) / name.replace(" ", "-")
            (folder / "home").mkdir(parents=True)
            check(Program(Path(sys.argv[1]).resolve(), folder))
            print(f"smoke: {name}: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
