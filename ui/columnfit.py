"""Column widths that fit a table's viewport: shrunk towards their floors, the room left to one column."""

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView


def bold_titles(header: QHeaderView) -> QFontMetrics:
    """The metrics titles need: Qt draws a title bold beside a selected row, and sizes it so."""
    font = header.font()
    font.setBold(True)
    return QFontMetrics(font)


def share(wanted: list[int], floors: list[int], room: int, grow: int | None) -> list[int]:
    """Widths for columns that want `wanted` pixels and can give up room down to `floors`, in `room`.

    Too wide, each gives up room in proportion to what it can spare, rounded up so no scroll bar is
    left; with room to spare, column `grow` (an index, or None) takes it.
    """
    widths = list(wanted)
    slack = [width - floor for width, floor in zip(widths, floors, strict=True)]
    spare = sum(slack)
    take = min(sum(widths) - room, spare)
    if take > 0:
        widths = [width - -(-can * take // spare) for width, can in zip(widths, slack, strict=True)]
    elif grow is not None and room > sum(widths):
        widths[grow] += room - sum(widths)
    return widths
