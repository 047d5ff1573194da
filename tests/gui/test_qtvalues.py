"""The plain ints the first window uses instead of Qt's enums are Qt's own values."""

from PySide6.QtCore import Qt

from ui import qtvalues


def test_roles_are_qt_roles() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == qtvalues.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == qtvalues.TOOL_TIP_ROLE
    assert Qt.ItemDataRole.TextAlignmentRole.value == qtvalues.TEXT_ALIGNMENT_ROLE
    assert Qt.ItemDataRole.UserRole.value == qtvalues.USER_ROLE


def test_alignments_and_orientation_are_qt_values() -> None:
    assert Qt.AlignmentFlag.AlignCenter.value == qtvalues.ALIGN_CENTER
    assert (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value == qtvalues.ALIGN_RIGHT_MIDDLE
    assert Qt.Orientation.Vertical.value == qtvalues.VERTICAL
