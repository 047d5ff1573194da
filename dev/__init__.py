"""Developer tools, run from a source checkout (`python -m dev.NAME`); not shipped with the program."""
