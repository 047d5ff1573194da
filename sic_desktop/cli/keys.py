"""The `keys` commands (placeholder until the sync engineer's module lands)."""

from typing import Any


def register(commands: Any) -> None:
    """Nothing yet."""
