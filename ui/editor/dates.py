"""The date field: a date typed whole in the person's way, or picked in a calendar."""

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QStyle, QStyleOption, QVBoxLayout, QWidget

from ui.rows import number_locale

YEAR_FIRST = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")


def read_date(text: str, locale: QLocale | None = None) -> date | None:
    """The date a person typed: year first ("2019-03-05", "2019/3/5", "20190305") or in their locale's
    own short form ("15/03/2027" in France); None when it reads as no date at all."""
    text = text.strip()
    if text.isdigit() and len(text) == 8:
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    parts = YEAR_FIRST.fullmatch(text)
    if parts:
        try:
            return date(*(int(part) for part in parts.groups()))
        except ValueError:
            return None
    locale = locale or number_locale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    # Years are read whole only: "M/d/yy" would read 27 as 1927, another date than the one meant.
    formats = [re.sub("y+", "yyyy", short), locale.dateFormat(QLocale.FormatType.LongFormat)]
    for form in formats:
        found = locale.toDate(text, form)
        if found.isValid():
            return date(found.year(), found.month(), found.day())
    return None


class DateEdit(QLineEdit):
    """A date typed as a whole (the text is read when the edit is finished, never section by section)
    or picked in a calendar (the arrow at its end, or Alt+Down). Empty is no date.

    Qt's QDateEdit edits a date part by part: typing a whole date over a selected one kept the old
    year, and text it could not read became another date (today's). Here what cannot be read stays
    as typed and is reported next to the field.
    """

    picked = Signal()  # a day was chosen in the calendar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("widgets", "YYYY-MM-DD"))
        self.popup_action = self.addAction(self._arrow(), QLineEdit.ActionPosition.TrailingPosition)
        self.popup_action.setToolTip(QCoreApplication.translate("widgets", "Pick a date (Alt+Down)"))
        self.popup_action.triggered.connect(self.show_calendar)
        self._popup = QFrame(self, Qt.WindowType.Popup)
        self._popup.setFrameShape(QFrame.Shape.StyledPanel)
        self._calendar = QCalendarWidget(self._popup)
        self._calendar.setGridVisible(True)
        box = QVBoxLayout(self._popup)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._calendar)
        self._calendar.clicked.connect(self._pick)
        self._calendar.activated.connect(self._pick)

    def _arrow(self) -> QIcon:
        """The small arrow a combo box shows (the style's own), so a date looks like a pick-list."""
        side = self.fontMetrics().height()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        option = QStyleOption()
        option.initFrom(self)
        option.rect = QRect(side // 4, side // 4, side - side // 2, side - side // 2)
        painter = QPainter(pixmap)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorArrowDown, option, painter, self)
        painter.end()
        return QIcon(pixmap)

    def calendarWidget(self) -> QCalendarWidget:
        return self._calendar

    def mousePressEvent(self, event: Any) -> None:
        # The arrow's button is small: a click on the last few pixels of the field opens the calendar too.
        if event.position().x() >= self.width() - self.height():
            self.show_calendar()
            return
        super().mousePressEvent(event)

    def show_calendar(self) -> None:
        shown = read_date(self.text())
        day = QDate(shown.year, shown.month, shown.day) if shown else QDate.currentDate()
        self._calendar.setSelectedDate(day)
        self._calendar.setCurrentPage(day.year(), day.month())  # an empty field opens on this month
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._popup.show()
        self._calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, day: QDate) -> None:
        self.setText(day.toString("yyyy-MM-dd"))
        self._popup.hide()
        self.picked.emit()

    def keyPressEvent(self, event: Any) -> None:
        key, modifiers = event.key(), event.modifiers()
        everything = self.hasSelectedText() and self.selectedText() == self.text()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
                everything or modifiers & Qt.KeyboardModifier.ControlModifier):
            self.clear()
            self.editingFinished.emit()
            return
        if key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers:
            shown = read_date(self.text())
            if shown is not None or not self.text().strip():
                day = QDate.currentDate() if shown is None else QDate(shown.year, shown.month, shown.day)
                step = 0 if shown is None else (1 if key == Qt.Key.Key_Up else -1)
                self.setText(day.addDays(step).toString("yyyy-MM-dd"))
                self.textEdited.emit(self.text())
            return
        super().keyPressEvent(event)
