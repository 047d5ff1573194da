"""`inventory export|import`: a task force's inventory of activities through a spreadsheet."""

from typing import Any

from sic_desktop.cli.sheets import register_list_commands
from sic_desktop.sheets.kinds import INVENTORY


def register(commands: Any) -> None:
    register_list_commands(commands, INVENTORY)
