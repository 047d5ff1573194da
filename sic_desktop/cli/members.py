"""`members export|import`: a task force's member list through Excel."""

from typing import Any

from sic_desktop.cli.sheets import register_list_commands


def register(commands: Any) -> None:
    register_list_commands(commands, "members", "the member list", "sic_desktop.sheets.members",
                           "export_members", "import_members")
