"""Entry point of the frozen application (PyInstaller), the same as the `sic-desktop` script."""

import sys

from ui.launcher import main

sys.exit(main())
