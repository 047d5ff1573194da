"""The `sic-desktop` program: a command runs headless (the core's command line), none opens the window."""

import sys
from pathlib import Path

BUNDLE_SUFFIX = ".sicbundle"
_bundle: Path | None = None  # a bundle the program was opened with, previewed once the window is there


def bundle_argument(argv: list[str]) -> tuple[list[str], Path | None]:
    """`sic-desktop [--db PATH] FILE.sicbundle` (a double click on a bundle): the window, then its preview."""
    if not argv or not argv[-1].lower().endswith(BUNDLE_SUFFIX):
        return argv, None
    rest = argv[:-1]
    only_the_database = ((len(rest) == 2 and rest[0] == "--db")
                         or (len(rest) == 1 and rest[0].startswith("--db=")))
    if not rest or only_the_database:
        return rest, Path(argv[-1])
    return argv, None


def offer_bundle(path: Path) -> None:
    """Preview `path` in the main window once it exists (after the first-run dialog, if there is one)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.mainwindow import MainWindow

    def attempt() -> None:
        windows = [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, MainWindow)]
        if windows:
            windows[0]._open_bundle(path)
        else:
            QTimer.singleShot(200, attempt)

    QTimer.singleShot(0, attempt)


def open_window(database: Path) -> int:
    from ui.app import make_application, run_window  # Qt loads only when a window is wanted

    if _bundle is not None:
        make_application()
        offer_bundle(_bundle)
    return int(run_window(database))


def main(argv: list[str] | None = None) -> int:
    from sic_desktop import logs
    from sic_desktop.cli import main as command_line

    global _bundle
    words = sys.argv[1:] if argv is None else argv
    logs.start("sic-desktop", words)
    words, _bundle = bundle_argument(words)
    return command_line(words, open_window=open_window)


if __name__ == "__main__":
    sys.exit(main())
