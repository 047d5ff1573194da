"""`python -m sic_desktop` runs the command line."""

import sys

from sic_desktop.cli import main

sys.exit(main())
