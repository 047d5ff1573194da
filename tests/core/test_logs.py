"""The log file a user sends: where it is, what it records, how it rotates, and crash reports beside it."""

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sic_desktop import logs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv("SIC_DESKTOP_LOG_DIR", str(folder))
    level = logging.getLogger().level
    yield folder
    logs.stop()
    logging.getLogger().setLevel(level)


def test_the_log_folder_is_the_platforms_own(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SIC_DESKTOP_LOG_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert logs.log_dir() == tmp_path / "state" / "SIC Desktop" / "log"


def test_start_up_and_a_refusal_with_its_reason_are_in_the_file(log_folder: Path) -> None:
    path = logs.start("sic-desktop", ["bundle", "import", "week.sicbundle"])
    assert path == log_folder / logs.LOG_NAME
    logging.getLogger("sic_desktop.sync.importer").info("refused week.sicbundle: unknown signer")
    logging.getLogger("sic_desktop.db").debug("a detail nobody needs")
    text = path.read_text(encoding="utf-8")
    assert "sic-desktop started: bundle import week.sicbundle; Python" in text
    assert "INFO sic_desktop.sync.importer" in text and "refused week.sicbundle: unknown signer" in text
    assert "a detail nobody needs" not in text


@pytest.mark.expected_log("Background task failed")
def test_an_error_is_logged_with_its_traceback(log_folder: Path) -> None:
    logs.start("sic-desktop", [])
    try:
        nothing: dict[str, int] = {}
        nothing["missing"]
    except KeyError:
        logging.getLogger("ui.worker").exception("Background task failed")
    text = (log_folder / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "ERROR ui.worker" in text and "Traceback (most recent call last)" in text
    assert "KeyError: 'missing'" in text


def test_starting_twice_writes_each_line_once(log_folder: Path) -> None:
    logs.start("sic-desktop", [])
    logs.start("sic-desktop", [])
    logging.getLogger("sic_desktop").info("only once")
    assert (log_folder / logs.LOG_NAME).read_text(encoding="utf-8").count("only once") == 1


def test_the_file_rotates_and_keeps_a_bounded_history(
        log_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    logs.start("sic-desktop", [])
    for number in range(400):
        logging.getLogger("sic_desktop").info("line %04d %s", number, "x" * 40)
    names = sorted(path.name for path in log_folder.glob(f"{logs.LOG_NAME}*"))
    assert names == [logs.LOG_NAME] + [f"{logs.LOG_NAME}.{n}" for n in range(1, logs.BACKUPS + 1)]
    assert all(path.stat().st_size <= 2_000 for path in log_folder.glob(f"{logs.LOG_NAME}*"))
    assert "line 0399" in (log_folder / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "line 0000" not in "".join(path.read_text() for path in log_folder.glob(f"{logs.LOG_NAME}*"))


def test_a_folder_that_cannot_be_written_leaves_the_program_running(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("SIC_DESKTOP_LOG_DIR", str(blocker / "logs"))
    assert logs.start("sic-desktop", []) is None


def test_a_clean_run_leaves_no_crash_report(log_folder: Path) -> None:
    logs.start("sic-desktop", [])
    assert len(logs.crash_reports(log_folder)) == 1  # open while the program runs
    logs.stop()
    assert logs.crash_reports(log_folder) == []


def test_a_hard_crash_leaves_its_report_in_the_log_folder(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    code = ("from sic_desktop import logs; logs.start('sic-desktop', []); "
            "import faulthandler; faulthandler._sigsegv()")
    environment = {**os.environ, "SIC_DESKTOP_LOG_DIR": str(folder)}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True,
                            timeout=60, check=False)
    assert result.returncode != 0
    [report] = logs.crash_reports(folder)
    text = report.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text and "<string>" in text


def test_old_crash_reports_are_pruned(log_folder: Path) -> None:
    log_folder.mkdir()
    for number in range(15):
        (log_folder / f"{logs.CRASH_PREFIX}20260101-0000{number:02d}-1.txt").write_text("Fatal Python error")
    logs.start("sic-desktop", [])
    logs.stop()
    kept = logs.crash_reports(log_folder)
    assert len(kept) == logs.CRASH_REPORTS_KEPT - 1
    assert kept[-1].name.endswith("000014-1.txt")


def test_a_faulthandler_already_on_stderr_is_given_back(log_folder: Path) -> None:
    import faulthandler

    assert faulthandler.is_enabled()  # pytest's own
    logs.start("sic-desktop", [])
    logs.stop()
    assert faulthandler.is_enabled()
