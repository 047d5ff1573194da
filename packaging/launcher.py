"""Entry point of the frozen application (PyInstaller), the same as the `sic-desktop` script."""

import sys

from sic_desktop.cli import main

sys.exit(main())
