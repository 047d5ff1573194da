"""`python -m sic_desktop`: the `sic-desktop` command line (its commands, --version and the log file)."""

import sys

from sic_desktop import logs
from sic_desktop.cli import main

logs.start("sic-desktop")
sys.exit(main())
