"""A focus ring a person can see: the platform's style, with a clear ring on the widget Tab reached."""

from typing import Any

# `QtCore.Qt`, looked up when a ring is drawn: the first paint goes without Qt's enums (ui/qtvalues.py)
from PySide6 import QtCore
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

RING = 2  # pixels: seen at a glance, at 100 % and at 150 %
Element = QStyle.PrimitiveElement
Control = QStyle.ControlElement
Complex = QStyle.ComplexControl
State = QStyle.StateFlag
# Fusion (Linux's usual style) marks a focused button or combo box with a hairline a shade off its
# frame, and a focused table cell not at all: keyboard users lost their place.
RINGED_CONTROLS = (Control.CE_PushButton,)
RINGED_COMPLEX = (Complex.CC_ComboBox, Complex.CC_ToolButton)


def _ring(option: QStyleOption, painter: QPainter, inset: int, selected: bool = False) -> None:
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
    pen = QPen(option.palette.color(role), RING)
    pen.setJoinStyle(QtCore.Qt.PenJoinStyle.MiterJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(pen)
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    half = RING / 2
    painter.drawRect(QRectF(option.rect).adjusted(inset + half, inset + half, -inset - half, -inset - half))
    painter.restore()


def _keyboard_focus(option: QStyleOption) -> bool:
    """Focus reached from the keyboard (a mouse click draws no ring, as browsers' :focus-visible)."""
    state = option.state
    return bool(state & State.State_HasFocus) and bool(state & State.State_KeyboardFocusChange)


class FocusRingStyle(QProxyStyle):
    """Draws the platform's widgets, then a ring in the highlight colour round the focused one."""

    def drawPrimitive(self, element: Element, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if element == Element.PE_FrameFocusRect:  # table cells, tabs, check boxes: Qt asks for a ring
            if option.state & State.State_KeyboardFocusChange:
                _ring(option, painter, 0, bool(option.state & State.State_Selected))
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(self, element: Control, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if element in RINGED_CONTROLS and _keyboard_focus(option):
            _ring(option, painter, 0)

    def drawComplexControl(self, control: Complex, option: Any, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in RINGED_COMPLEX and _keyboard_focus(option):
            _ring(option, painter, 0)


def install() -> None:
    """Wrap the style Qt chose for this platform (once) in the focus ring."""
    style = QApplication.style()
    if isinstance(style, FocusRingStyle):
        return
    base = QStyleFactory.create(style.name())
    if base is not None:
        QApplication.setStyle(FocusRingStyle(base))
