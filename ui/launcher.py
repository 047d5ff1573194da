"""The `sic-desktop` program: a command runs headless (the core's command line), none opens the window."""

import sys
from pathlib import Path


def open_window(database: Path) -> int:
    from ui.recover import check_before_opening

    # A damaged file is named in a dialog offering its last good backup, before any window.
    if not check_before_opening(database):
        return 4
    from ui.app import run_window  # Qt loads only when a window is wanted

    return int(run_window(database))


def main(argv: list[str] | None = None) -> int:
    from sic_desktop.cli import main as command_line

    return command_line(argv, open_window=open_window)


if __name__ == "__main__":
    sys.exit(main())
