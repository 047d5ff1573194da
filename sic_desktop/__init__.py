"""SIC Desktop core: the store, services, sync and documents of the Strategy Implementation Cycle."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sic-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "SIC Desktop"
# Reverse-DNS id shared by the desktop entry, the AppStream metadata and the PyInstaller bundle
# (4p1000.org; a name part may not start with a digit, hence the underscore).
APP_ID = "org._4p1000.SICDesktop"
