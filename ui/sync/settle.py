"""Settling a conflict with a value of one's own: a wrapping editor for words, a list for a choice."""

import math
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.fieldspec import FieldSpec
from ui.sync.values import in_words

WIDTH_CHARS = 70  # a comfortable line of prose; longer texts wrap onto more lines
MAX_LINES = 14  # beyond this the editor scrolls rather than leave the screen


class SettleDialog(QDialog):
    """The master's value to start from, edited in words the person reads; `value()` is what is saved."""

    def __init__(self, field: str, record: str, start: Any, spec: FieldSpec | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settle with a new value"))
        what = QLabel(self.tr("%1 of %2").replace("%1", field).replace("%2", record), self)
        what.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        self.choice: QComboBox | None = None
        self.editor: QPlainTextEdit | None = None
        if spec is not None and spec.kind in ("choice", "flag"):
            self.choice = QComboBox(self)
            if not spec.required and spec.kind == "choice":
                self.choice.addItem("", None)
            codes: tuple[Any, ...] = spec.choices if spec.kind == "choice" else (True, False)
            for code in codes:
                self.choice.addItem(in_words(code, spec), code)
            self.choice.setCurrentIndex(max(0, self.choice.findData(start)))
            self.choice.setAccessibleName(field)
            layout.addWidget(self.choice)
            self.setMinimumWidth(WIDTH_CHARS // 2 * self.fontMetrics().averageCharWidth())
        else:
            self.editor = QPlainTextEdit("" if start is None else str(start), self)  # as it is typed
            self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            self.editor.setAccessibleName(field)
            self._size_for_text(self.editor)
            layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def _size_for_text(self, editor: QPlainTextEdit) -> None:
        """As wide as a line of prose and as tall as the text wrapped to it (a few lines at least)."""
        metrics = editor.fontMetrics()
        width = WIDTH_CHARS * metrics.averageCharWidth()
        lines = sum(max(1, math.ceil(metrics.horizontalAdvance(paragraph) / width))
                    for paragraph in editor.toPlainText().split("\n"))
        frame = 2 * (editor.frameWidth() + int(editor.document().documentMargin())) + 4
        editor.setMinimumWidth(width + frame + editor.verticalScrollBar().sizeHint().width())
        editor.setMinimumHeight(min(max(lines + 1, 3), MAX_LINES) * metrics.lineSpacing() + frame)

    def value(self) -> Any:
        """The code of the choice made (yes/no for a flag), or the text as typed."""
        if self.choice is not None:
            return self.choice.currentData()
        assert self.editor is not None
        return self.editor.toPlainText()
