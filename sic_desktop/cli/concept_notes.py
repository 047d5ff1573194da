"""The `concept-notes` commands (placeholder until the documents engineer's module lands)."""

from typing import Any


def register(commands: Any) -> None:
    """Nothing yet."""
