"""The test set-up is strict: a logged error, a window's warning or a background error fails a test."""

import logging
from types import SimpleNamespace
from typing import Any

import pytest

from tests.conftest import unexpected


def record(name: str, level: int, message: str) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, message, None, None)


def test_errors_and_the_windows_warnings_fail_a_test_unless_expected() -> None:
    records = [record("sic_desktop.cli", logging.WARNING, "bundle import: refused (exit code 4)"),
               record("ui.app", logging.WARNING, "No site key made at first run"),
               record("ui.worker", logging.ERROR, "Background task failed"),
               record("sic_desktop.sync", logging.ERROR, "internal error")]
    found = unexpected(records, [])
    assert [r.name for r in found] == ["ui.app", "ui.worker", "sic_desktop.sync"]  # a refusal is an outcome
    assert [r.name for r in unexpected(records, ["Background task", "internal"])] == ["ui.app"]


@pytest.mark.expected_log("a deliberate failure")
def test_a_test_may_say_which_errors_it_means() -> None:
    logging.getLogger("ui.worker").error("a deliberate failure")


def test_a_background_error_left_in_a_window_fails_its_test() -> None:
    from tests.gui.conftest import fail_on_errors

    unmarked: Any = SimpleNamespace(node=SimpleNamespace(get_closest_marker=lambda _name: None))
    with pytest.raises(pytest.fail.Exception, match="Background errors in the window: KeyError"):
        fail_on_errors(unmarked, [KeyError("gone")])
    fail_on_errors(unmarked, [])  # none left: nothing to say
    marked: Any = SimpleNamespace(node=SimpleNamespace(get_closest_marker=lambda _name: object()))
    fail_on_errors(marked, [KeyError("meant")])


def test_a_hanging_test_dumps_its_threads(pytestconfig: pytest.Config) -> None:
    assert float(pytestconfig.getini("faulthandler_timeout")) > 0
