"""`members export|import`: a task force's member list through a spreadsheet."""

from typing import Any

from sic_desktop.cli.sheets import register_list_commands
from sic_desktop.sheets.kinds import MEMBERS


def register(commands: Any) -> None:
    register_list_commands(commands, MEMBERS)
