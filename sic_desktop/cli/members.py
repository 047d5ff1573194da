"""The `members` commands (being written)."""

from typing import Any


def register(commands: Any) -> None:
    """Nothing yet."""
