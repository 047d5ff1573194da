"""`members export|import`: a task force's member list through Excel."""

from typing import Any

from sic_desktop.cli.sheets import register_list_commands


def register(commands: Any) -> None:
    from sic_desktop.sheets import members

    register_list_commands(commands, "members", "the member list", members.export_members,
                           members.import_members)
