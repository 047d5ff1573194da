"""Test set-up shared by every suite: offscreen Qt, and every data folder, keyring and setting in tmp."""

import os

# Without a display Qt aborts the process; offscreen must be chosen before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only, so tests never touch the developer's own."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Point data folders, QSettings and the default database at tmp; use an in-memory keyring."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("SIC_DESKTOP_DB", str(tmp_path / "default.sqlite"))
    monkeypatch.delenv("SIC_DESKTOP_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


class LogFailHandler(logging.Handler):
    """Keeps every record a test logs at WARNING or above, to fail the test on the unexpected ones."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def unexpected(records: list[logging.LogRecord], expected: list[str]) -> list[logging.LogRecord]:
    """Errors from anywhere and the window's warnings, less those the test said it expects.

    The core's warnings (a refused import, an interrupted command) are outcomes its tests check; an
    error or a window's warning is a bug showing itself, as qutebrowser's logfail has it.
    """
    return [record for record in records
            if (record.levelno >= logging.ERROR or record.name.split(".")[0] == "ui")
            and not any(re.search(pattern, record.getMessage()) for pattern in expected)]


@pytest.fixture(autouse=True)
def fail_on_logged_problems(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test fails when it logs an error (a background task's, say) it did not expect.

    A test that expects one says so with `@pytest.mark.expected_log(PATTERN, ...)`, or reads the
    log itself through `caplog`.
    """
    handler = LogFailHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    yield
    root.removeHandler(handler)
    if "caplog" in request.fixturenames:
        return
    marker = request.node.get_closest_marker("expected_log")
    found = unexpected(handler.records, list(marker.args) if marker else [])
    if found:
        said = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in found)
        pytest.fail(f"Unexpected log records (mark the test expected_log if they are meant):\n{said}",
                    pytrace=False)
