"""A double click on a .sicbundle file opens the window and previews that bundle."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui import launcher
from ui.mainwindow import MainWindow


@pytest.mark.parametrize(("words", "expected"), [
    (["week.sicbundle"], ([], Path("week.sicbundle"))),
    (["--db", "a.sqlite", "D:\\Mail\\Week.SICBUNDLE"],
     (["--db", "a.sqlite"], Path("D:\\Mail\\Week.SICBUNDLE"))),
    (["--db=a.sqlite", "week.sicbundle"], (["--db=a.sqlite"], Path("week.sicbundle"))),
    # A command naming a bundle is that command, not a double click.
    (["bundle", "import", "week.sicbundle"], (["bundle", "import", "week.sicbundle"], None)),
    (["--db", "a.sqlite", "bundle", "inspect", "w.sicbundle"], (["--db", "a.sqlite", "bundle", "inspect",
                                                                 "w.sicbundle"], None)),
    ([], ([], None)),
])
def test_only_a_lone_bundle_is_opened_in_the_window(words: list[str], expected: object) -> None:
    assert launcher.bundle_argument(words) == expected


def test_the_bundle_is_previewed_in_the_window_once_it_is_there(window: MainWindow, qtbot: QtBot,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path | None] = []
    monkeypatch.setattr(window, "_open_bundle", opened.append)
    launcher.offer_bundle(Path("week.sicbundle"))
    qtbot.waitUntil(lambda: opened == [Path("week.sicbundle")])
