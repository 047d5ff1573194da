"""SIC Desktop core: the store, services, sync and documents of the Strategy Implementation Cycle."""

from typing import Any

APP_NAME = "SIC Desktop"
# Reverse-DNS id shared by the desktop entry, the AppStream metadata and the PyInstaller bundle
# (4p1000.org; a name part may not start with a digit, hence the underscore).
APP_ID = "org._4p1000.SICDesktop"


def __getattr__(name: str) -> Any:
    # The version is read from the installed metadata only when asked: importlib.metadata costs
    # ~25 ms, which every command and the window's first paint would otherwise pay.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("sic-desktop")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0+source"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
