"""One input per kind of field, each telling when the person finished an edit."""

import math
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from sic_desktop.services.validation import Reason
from ui.editor.dates import DateEdit, read_date
from ui.fieldspec import FieldSpec
from ui.rows import number_locale

IDLE_SAVE_MS = 1500  # typing pauses this long: save, so a crash never loses more than a moment
FEWEST_LINES, MOST_LINES = 4, 20  # of a long text's box
SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
# Reasons of the inputs' own, translated where they are shown (form.reason_text) like the services' ones.
NOT_WHOLE = str(QT_TRANSLATE_NOOP("validation", "%1 is not a whole number"))
NOT_NUMBER = str(QT_TRANSLATE_NOOP("validation", "%1 is not a number"))
NOT_DATE = str(QT_TRANSLATE_NOOP("validation", "%1 is not a date: type year-month-day, like 2027-03-15"))
NOT_LISTED = str(QT_TRANSLATE_NOOP("validation", "%1 is not in the list: pick one of its entries"))


class NotAValue(ValueError):
    """What was typed cannot be read as the field's kind; `reason` says why (in English as str())."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason)
        self.reason = reason


class FieldInput(QObject):
    """Wraps one widget: read and set the typed value; `committed` when an edit is finished."""

    committed = Signal()

    def __init__(self, spec: FieldSpec, widget: QWidget | None) -> None:
        assert widget is not None
        super().__init__(widget)
        self.spec = spec
        self.widget = widget
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_SAVE_MS)
        self._idle.timeout.connect(self.committed)
        self._loading = False
        self.name_for_screen_readers(widget)

    def name_for_screen_readers(self, widget: QWidget) -> None:
        """The field's label as the name of its widget and of any line edit inside it (dates, links)."""
        name = QCoreApplication.translate("fields", self.spec.label)
        widget.setAccessibleName(name)
        for inner in widget.findChildren(QLineEdit):
            inner.setAccessibleName(name)

    def typing(self) -> None:
        if not self._loading:
            self._idle.start()

    def finish(self) -> None:
        if not self._loading:
            self._idle.stop()
            self.committed.emit()

    def pending(self) -> bool:
        return self._idle.isActive()

    def value(self) -> Any:
        raise NotImplementedError

    def show_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False
            self._idle.stop()

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """Links only: the records to pick from, as (title, id)."""

    def shown(self) -> str:
        """What the field shows, in words: a link's name, a choice in the person's language, a date."""
        widget = self.widget
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QComboBox):
            return widget.currentText().strip()
        return ""


class TextInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.edit = QLineEdit(parent)
        super().__init__(spec, self.edit)
        self.edit.textEdited.connect(self.typing)
        self.edit.editingFinished.connect(self.finish)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def _show(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)  # a text wider than its field shows its beginning, not its end


class LongInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.edit = _PlainText(parent)
        super().__init__(spec, self.edit)
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self.typing)
        self.edit.focus_lost.connect(self._focus_lost)

    def _focus_lost(self) -> None:
        if self.pending():
            self.finish()

    def value(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def _show(self, value: Any) -> None:
        if self.edit.toPlainText() != (value or ""):
            self.edit.setPlainText("" if value is None else str(value))


class _PlainText(QPlainTextEdit):
    """In a form, grows with its text up to MOST_LINES, so the form scrolls rather than a box inside it."""

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A table cell's editor keeps a few lines and scrolls: growing, it would cover the rows below.
        self.grows = not (parent is not None and isinstance(parent.parentWidget(), QAbstractItemView))
        if not self.grows:
            self.setMinimumHeight(70)
            return
        # Fixed, not expanding: a short form's spare height would otherwise surround the box, not fill it.
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._fit_height)
        self._fit_height()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.grows:
            self._fit_height()  # a new width wraps the text onto more or fewer lines

    def _fit_height(self) -> None:
        layout = self.document().documentLayout()
        lines = min(max(round(layout.documentSize().height()), FEWEST_LINES), MOST_LINES)
        # Qt scrolls when the lines come within a pixel of the bottom margin: the + 1 keeps them clear.
        chrome = 2 * (self.frameWidth() + self.document().documentMargin()) + 1
        self.setFixedHeight(math.ceil(lines * QFontMetricsF(self.font()).lineSpacing() + chrome))

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class NumberInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.edit = QLineEdit(parent)
        super().__init__(spec, self.edit)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.textEdited.connect(self.typing)
        self.edit.editingFinished.connect(self.finish)

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        whole = self.spec.kind == "whole"
        compact = "".join(text.split())  # spaces typed as thousands separators, whichever the locale
        # The person's locale first, then the C form ("1.5", "1,234.5") that spreadsheets and code write,
        # unless the text holds the person's decimal point: French "2,500" is two and a half, never 2500.
        locale = number_locale()
        tries = [(locale, text), (locale, compact)]
        if locale.decimalPoint() not in text:
            tries.append((QLocale.c(), compact))
        for locale, typed in tries:
            parsed, ok = locale.toLongLong(typed) if whole else locale.toDouble(typed)
            if ok:
                return int(parsed) if whole else float(parsed)
        raise NotAValue(Reason(NOT_WHOLE if whole else NOT_NUMBER, repr(text)))

    def _show(self, value: Any) -> None:
        locale = number_locale()
        if value is None:
            self.edit.setText("")
        elif isinstance(value, float):  # the shortest text that reads back as the same float: no noise
            self.edit.setText(locale.toString(value, "f", SHORTEST))
        else:
            self.edit.setText(locale.toString(int(value)))


class DateInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.edit = DateEdit(parent)
        super().__init__(spec, self.edit)
        self.edit.setToolTip(QCoreApplication.translate("widgets", "Ctrl+Delete empties the date"))
        self.edit.textEdited.connect(self.typing)
        self.edit.editingFinished.connect(self.finish)
        self.edit.picked.connect(self.finish)

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        found = read_date(text)
        if found is None:
            raise NotAValue(Reason(NOT_DATE, repr(text)))
        return found

    def _show(self, value: Any) -> None:
        self.edit.setText(value.isoformat() if value else "")


class FlagInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.box = QCheckBox(parent)
        super().__init__(spec, self.box)
        self.box.toggled.connect(lambda _on: self.finish())

    def value(self) -> Any:
        return self.box.isChecked()

    def _show(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ChoiceInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.combo = QComboBox(parent)
        super().__init__(spec, self.combo)
        if not spec.required:
            self.combo.addItem("", None)
        for choice in spec.choices:  # the person reads their language; the record keeps the stored value
            self.combo.addItem(QCoreApplication.translate("choices", choice), choice)
        # Nothing chosen until the person (or a default that makes sense) chooses: a combo box shows
        # its first entry otherwise, and a new membership was silently a task force leader's.
        self.combo.setCurrentIndex(-1)
        self.combo.activated.connect(lambda _at: self.finish())

    def value(self) -> Any:
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        at = self.combo.findData(value)
        if at < 0 and value is not None:  # a value from another copy that is no longer a choice
            self.combo.addItem(QCoreApplication.translate("choices", str(value)), value)
            at = self.combo.count() - 1
        self.combo.setCurrentIndex(max(at, 0) if value is not None or not self.spec.required else -1)


class LinkInput(FieldInput):
    """Pick a related record by typing part of its name (a completer) or from the list."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        self.combo = QComboBox(parent)
        super().__init__(spec, self.combo)
        self.combo.setEditable(True)
        self.name_for_screen_readers(self.combo)  # again: the line edit comes with setEditable
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(20)
        completer = self.combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.activated.connect(lambda _at: self.finish())
        line = self.combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(self.finish)
        self._wanted: Any = None

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        self._loading = True
        try:
            self.combo.clear()
            self.combo.addItem("", None)
            for title, record_id in choices:
                self.combo.addItem(title, record_id)
        finally:
            self._loading = False
        self.show_value(self._wanted)

    def value(self) -> Any:
        text = self.combo.currentText().strip()
        if not text:
            return None
        at = self.combo.findText(text, Qt.MatchFlag.MatchExactly)
        if at < 0:
            raise NotAValue(Reason(NOT_LISTED, repr(text)))
        return self.combo.itemData(at)

    def _show(self, value: Any) -> None:
        self._wanted = value
        at = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(at, 0))
        if value is not None and at < 0:
            self.combo.setEditText("?")


def make_input(spec: FieldSpec, parent: QWidget | None = None) -> FieldInput:
    kinds: dict[str, type[FieldInput]] = {
        "text": TextInput, "long": LongInput, "number": NumberInput, "whole": NumberInput,
        "date": DateInput, "flag": FlagInput, "choice": ChoiceInput, "link": LinkInput,
    }
    return kinds[spec.kind](spec, parent)
