"""`inventory export|import`: a task force's inventory of activities through Excel."""

from typing import Any

from sic_desktop.cli.sheets import register_list_commands


def register(commands: Any) -> None:
    register_list_commands(commands, "inventory", "the inventory of activities",
                           "sic_desktop.sheets.inventory", "export_inventory", "import_inventory")
