"""A concept note's or a meeting's repeating parts as editable tables, each edit one undo command."""

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.services.budget import add_up, read_budget
from sic_desktop.services.kinds import Record
from sic_desktop.words import money
from ui.columnfit import bold_titles, share
from ui.editor.dialogs import NewRecordDialog
from ui.editor.form import labelled, reason_text
from ui.editor.widgets import FieldInput, NotAValue, make_input
from ui.fields import fields_of, record_problems
from ui.hub import Hub
from ui.queries import link_choices, list_fields, load_rows
from ui.rows import reader
from ui.tablemodel import RecordTableModel
from ui.undo import TrashCommand, UpdateCommand
from ui.worker import Control

Index = QModelIndex | QPersistentModelIndex


# lupdate reads `translate("context", "literal")` calls; the alias keeps lines short.
translate = QCoreApplication.translate

TEXT_KINDS = ("text", "long", "link")
TEXT_CAP_CHARS = 28  # a longer text is elided in its cell; the tooltip and the editor show it whole
TEXT_FLOOR_CHARS = 10  # squeezed to fit a narrow panel, a text column still shows this much
TITLE_LINES = 2  # a long title wraps rather than widen its column; in a narrow panel, onto one more line
WRAP = int(Qt.TextFlag.TextWordWrap)

# Amounts that add up over the rows; baselines, targets and measurements over time do not.
SUMMED = {"budget_line": ("requested", "cofinancing_cash", "cofinancing_in_kind")}


def title_lines(metrics: QFontMetrics, title: str, width: int) -> int:
    """How many lines a header title takes when Qt wraps it within `width`."""
    height = metrics.boundingRect(QRect(0, 0, max(1, width), 10_000), WRAP, title).height()
    return max(1, height // metrics.height())


def title_width(metrics: QFontMetrics, title: str, lines: int) -> int:
    """The narrowest width showing the whole title on at most `lines` lines, no word cut."""
    narrowest = metrics.boundingRect(QRect(0, 0, 1, 10_000), WRAP, title).width()  # its widest word
    widest = metrics.horizontalAdvance(title)
    while narrowest < widest:
        middle = (narrowest + widest) // 2
        if title_lines(metrics, title, middle) <= lines:
            widest = middle
        else:
            narrowest = middle + 1
    return narrowest


class EditableTableModel(RecordTableModel):
    """Rows of a part; an edited cell becomes an update command instead of a direct write."""

    def __init__(self, part: "PartTable") -> None:
        super().__init__(part.specs, part)
        self.part = part

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and not self.part.read_only else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and index.isValid()
                and self.specs[index.column()].kind in TEXT_KINDS):
            return self.rows[index.row()].texts[index.column()] or None  # the whole of an elided text
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.part.edit(index.row(), index.column(), value)


class FieldDelegate(QStyledItemDelegate):
    """Edits a cell with the same input the form uses for that kind of field."""

    def __init__(self, part: "PartTable") -> None:
        super().__init__(part)
        self.part = part
        self._inputs: dict[int, FieldInput] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spec = self.part.specs[index.column()]
        field_input = make_input(spec, parent)
        if spec.link:
            field_input.set_choices(self.part.choices.get(spec.name, []))
        key = id(field_input.widget)
        self._inputs[key] = field_input
        field_input.widget.destroyed.connect(lambda _o=None: self._inputs.pop(key, None))
        return field_input.widget

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        field_input = self._inputs.get(id(editor))
        if field_input is not None:
            field_input.show_value(self.part.model.rows[index.row()].values[index.column()])

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        field_input = self._inputs.get(id(editor))
        if field_input is None:
            return
        try:
            value = field_input.value()
        except NotAValue as problem:
            self.part.complain(reason_text(problem.reason))
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class PartTable(QWidget):
    """The rows of one child kind belonging to a parent record, with add and delete."""

    def __init__(self, hub: Hub, model: type[Record], link_field: str, parent_id: str,
                 task_force_id: str | None, *, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.kind = model
        self.link_field = link_field
        self.parent_id = parent_id
        self.task_force_id = task_force_id
        self.read_only = read_only
        self.specs = list_fields(model.__tablename__)  # the order load_rows gives the values in
        self.choices: dict[str, list[tuple[str, str]]] = {}
        self.model = EditableTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(FieldDelegate(self))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setWordWrap(False)  # a long text is elided on its one line, not cut mid-line
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for column, spec in enumerate(self.specs):
            self.view.setColumnHidden(column, spec.name in (link_field, "task_force_id"))
        self.view.setAccessibleName(QCoreApplication.translate("kinds", model.__label__))
        self.add_button = QPushButton(translate("parts", "Add..."), self)
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(translate("parts", "Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.delete_button):
            button.setEnabled(not read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        if model.__tablename__ == "meeting_participant":
            from ui.editor.participants import add_members_button

            self.members_button = add_members_button(self)
            buttons.addWidget(self.members_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.totals = QLabel(self)
        self.totals.setAccessibleName(translate("parts", "Totals"))
        self.totals.setWordWrap(True)  # long totals must not hold the panel wider than the window
        self.summed = [c for c, s in enumerate(self.specs) if s.name in SUMMED.get(model.__tablename__, ())]
        self.currency: str | None = None
        self.totals.setVisible(bool(self.summed))
        layout.addWidget(self.totals)
        # Columns fit the panel until the person sizes one by hand; then their widths are left alone.
        self._fitting = False
        self.sized_by_hand = False
        header.sectionResized.connect(self._resized_by_hand)
        self.view.viewport().installEventFilter(self)
        hub.records_changed.connect(self._changed)
        self.reload()
        self._load_choices()

    def tab_stops(self) -> list[QWidget]:
        """Its buttons left to right, then its table."""
        buttons = [self.add_button, self.delete_button, getattr(self, "members_button", None)]
        return [*(button for button in buttons if button is not None), self.view]

    def set_read_only(self, read_only: bool) -> None:
        """Lock the part (a record in the trash, or reference data in a regional copy)."""
        self.read_only = read_only
        for button in (self.add_button, self.delete_button, getattr(self, "members_button", None)):
            if button is not None:
                button.setEnabled(not read_only)

    def reload(self) -> None:
        kind, where = self.kind.__tablename__, (self.link_field, self.parent_id)
        self.hub.read(lambda session, _c: load_rows(session, kind, parent=where), self._show_rows)
        if self.summed:
            parent_id = self.parent_id
            self.hub.read(lambda session, _c: read_budget(session, parent_id), self._show_currency)

    def _show_currency(self, budget: Any) -> None:
        """The totals in the concept note's currency (read beside the rows; shown once both are in)."""
        self.currency = budget.currency if budget is not None else None
        self._show_totals(self.model.rows)

    def _show_rows(self, rows: list[Any]) -> None:
        position = next((at for at, spec in enumerate(self.specs) if spec.name == "position"), None)
        if position is not None:
            rows.sort(key=lambda row: (row.values[position] is None, row.values[position] or 0))
        self._fitting = True
        self.model.set_rows(rows)
        self._fitting = False
        self.fit_columns()
        self._show_totals(rows)

    def _show_totals(self, rows: list[Any]) -> None:
        sums = []
        words = reader()
        for column in self.summed:
            total = add_up([row.values[column] for row in rows])  # in cents: 12,500.50 stays so
            label = QCoreApplication.translate("fields", self.specs[column].label)
            sums.append(labelled(label, money(total, self.currency, words)))
        self.totals.setText(translate("parts", "Totals - %1").replace("%1", " · ".join(sums)) if sums else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _resized_by_hand(self) -> None:
        if not self._fitting:
            self.sized_by_hand = True

    def fit_columns(self) -> None:
        """Every title readable, long texts capped, the widest text column taking the room left over."""
        if self.sized_by_hand:
            return
        header = self.view.horizontalHeader()
        metrics = bold_titles(header)
        char = self.view.fontMetrics().averageCharWidth()
        shown = [c for c in range(len(self.specs)) if not self.view.isColumnHidden(c)]
        texts = [c for c in shown if self.specs[c].kind in TEXT_KINDS]
        titles = {c: self.model.title(c) for c in shown}
        padding = {c: header.sectionSizeFromContents(c).width() - metrics.horizontalAdvance(titles[c])
                   for c in shown}
        contents = {c: self.view.sizeHintForColumn(c) for c in shown}
        widths, floors = {}, {}
        for column in shown:
            wide = title_width(metrics, titles[column], TITLE_LINES) + padding[column]
            narrow = title_width(metrics, titles[column], TITLE_LINES + 1) + padding[column]
            content = contents[column]
            if column in texts:
                widths[column] = max(wide, min(content, TEXT_CAP_CHARS * char))
                floors[column] = max(narrow, min(content, TEXT_FLOOR_CHARS * char))
            else:  # a number cut short would read as another number
                widths[column], floors[column] = max(wide, content), max(narrow, content)
        widest = max(texts, key=contents.__getitem__) if texts else shown[-1] if shown else None
        fitted = share([widths[c] for c in shown], [floors[c] for c in shown], self.view.viewport().width(),
                       shown.index(widest) if widest is not None else None)
        widths = dict(zip(shown, fitted, strict=True))
        self._fitting = True
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        self._fitting = False
        lines = max((title_lines(metrics, titles[c], widths[c] - padding[c]) for c in shown), default=1)
        header.setMinimumHeight(header.sizeHint().height() + (lines - 1) * metrics.lineSpacing())

    def _load_choices(self) -> None:
        skip = (self.link_field, "task_force_id")
        links = {s.name: s.link for s in self.specs if s.link and s.name not in skip}
        scope = self.task_force_id

        def job(session: Any, _control: Control) -> dict[str, list[tuple[str, str]]]:
            return {name: link_choices(session, table, task_force_id=scope if table == "person" else None)
                    for name, table in links.items()}

        self.hub.read(job, lambda choices: self.choices.update(choices))

    def _changed(self, changes: list[Any]) -> None:
        # The parent's edit too: a concept note's new currency is its budget lines' currency.
        if any(c.table == self.kind.__tablename__ or (self.summed and c.record_id == self.parent_id)
               for c in changes):
            self.reload()

    def edit(self, row: int, column: int, value: Any) -> bool:
        spec = self.specs[column]
        current = self.model.rows[row]
        if value == current.values[column]:
            return False
        problem = record_problems(self.kind, {spec.name: value}).get(spec.name)
        if problem:
            self.complain(labelled(QCoreApplication.translate("fields", spec.label), reason_text(problem)))
            return False
        self.hub.undo_stack.push(UpdateCommand(self.hub, self.kind, current.id, {spec.name: value}))
        return True

    def complain(self, text: str) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 6000)

    def add(self) -> None:
        defaults = {self.link_field: self.parent_id}
        if self.task_force_id and "task_force_id" in {s.name for s in fields_of(self.kind)}:
            defaults["task_force_id"] = self.task_force_id
        dialog = NewRecordDialog(self.hub, self.kind, defaults=defaults,
                                 hidden=(self.link_field, "task_force_id"), parent=self)
        dialog.open()

    def delete_selected(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if not rows:
            return
        self.hub.undo_stack.beginMacro(translate("parts", "Delete rows"))
        for row in rows:
            self.hub.undo_stack.push(TrashCommand(self.hub, self.kind, self.model.rows[row].id))
        self.hub.undo_stack.endMacro()
