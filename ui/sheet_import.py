"""Before a list is imported: which column is which field (with the first rows), then what would change."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.translate import translated

if TYPE_CHECKING:
    from sic_desktop.sheets.preview import Glimpse, Preview

translate = QCoreApplication.translate
MAPPINGS = "sheets/mapping"  # settings: a mapping remembered per file layout


def remembered(kind: str, layout: str) -> dict[str, str]:
    """The mapping chosen last time for a file laid out this way ({} when none)."""
    try:
        found = json.loads(settings.text(f"{MAPPINGS}/{kind}/{layout}", "{}"))
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def remember(kind: str, layout: str, mapping: dict[str, str]) -> None:
    settings.store(f"{MAPPINGS}/{kind}/{layout}", json.dumps(mapping, ensure_ascii=False))


def _table(parent: QWidget, header: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(header), parent)
    table.setHorizontalHeaderLabels(header)
    for r, row in enumerate(rows):
        for c, value in enumerate(row[:len(header)]):
            table.setItem(r, c, QTableWidgetItem(value))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.resizeColumnsToContents()
    return table


class MappingDialog(QDialog):
    """Each column of the file -> a field or "not imported", above the file's first rows."""

    def __init__(self, glimpse: Glimpse, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("spreadsheets", "Which column is which?"))
        self.glimpse = glimpse
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
            "spreadsheets", "Choose the field each column of %1 fills; the first rows are shown below.")
            .replace("%1", source), self))
        form = QFormLayout()
        self.choices: dict[int, QComboBox] = {}
        for index, title in enumerate(glimpse.titles):
            if not title:
                continue
            box = QComboBox(self)
            box.addItem(translate("spreadsheets", "(not imported)"), "")
            for name in glimpse.fields:
                box.addItem(name, name)
            chosen = glimpse.chosen.get(index)
            box.setCurrentIndex(box.findData(chosen) if chosen else 0)
            box.setAccessibleName(title)
            self.choices[index] = box
            form.addRow(title, box)
        layout.addLayout(form)
        layout.addWidget(_table(self, glimpse.titles, glimpse.rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        """{title in the file: field or "ignore"} for every column, as the command line's --map takes."""
        return {self.glimpse.titles[index]: (box.currentData() or "ignore")
                for index, box in self.choices.items()}


class PreviewDialog(QDialog):
    """What the import would add, change and leave alone, its notes, and every problem found."""

    def __init__(self, preview: Preview, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("spreadsheets", "Before importing %1").replace("%1", source))
        layout = QVBoxLayout(self)
        result = preview.result
        if result is not None:
            text = translate("spreadsheets", "%1 will be added, %2 changed, %3 left as they are.")
            self.summary = QLabel(text.replace("%1", str(result.added)).replace("%2", str(result.updated))
                                  .replace("%3", str(result.unchanged)), self)
            notes = [translated(note) for note in (*result.matches, *result.notes)]
        else:
            count = len(preview.problems) or 1
            self.summary = QLabel(translate("spreadsheets", "Nothing can be imported. Problems found: %1.")
                                  .replace("%1", str(count)), self)
            notes = [translated(preview.refusal)] if preview.refusal else []
        layout.addWidget(self.summary)
        self.notes = QLabel("\n".join(notes), self)
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        header = [translate("spreadsheets", "Sheet"), translate("spreadsheets", "Row"),
                  translate("spreadsheets", "Column"), translate("spreadsheets", "Problem")]
        self.problems = _table(self, header, [[p.sheet, str(p.row), p.column, translated(p.reason)]
                                              for p in preview.problems])
        self.problems.setVisible(bool(preview.problems))
        layout.addWidget(self.problems, 1)
        if not preview.problems:
            layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(translate("spreadsheets", "Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(preview.ok)
        self.columns_button = self.buttons.addButton(translate("spreadsheets", "Columns..."),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


def mapping_problem(preview: Preview) -> bool:
    """Whether the file's titles are the trouble (row 1): then the mapping step comes first."""
    return any(problem.row == 1 for problem in preview.problems)
