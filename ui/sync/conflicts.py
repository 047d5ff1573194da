"""The conflict queue: base, master and incoming side by side per field; keep, take or edit."""

import difflib
import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.services.naming import author_of
from ui.fields import fields_of
from ui.fieldspec import FieldSpec
from ui.hub import Hub
from ui.plainmodel import PlainTableModel
from ui.queries import Titles
from ui.sync.codes import conflict_kinds, word
from ui.sync.jobs import link_titles, record_name
from ui.sync.settle import SettleDialog
from ui.sync.tables import table
from ui.sync.values import Links, in_words
from ui.worker import Control


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    record_id: str
    record: str
    field: str
    label: str
    kind: str
    base: Any
    master: Any
    incoming: Any
    master_author: str
    incoming_author: str
    text_field: bool
    spec: FieldSpec | None = None
    links: Links | None = None

    def words(self, value: Any) -> str:
        """A value of this conflict's field as a person reads it (a choice in their words, a link by name)."""
        return in_words(value, self.spec, self.links, table=self.table)


def load_conflicts(session: Any, _control: Control) -> list[ConflictView]:
    from sic_desktop.services.kinds import record_class
    from sic_desktop.sync.conflicts import as_json, open_conflicts

    titles = Titles(session)
    found = []
    for conflict in open_conflicts(session):
        data = as_json(conflict, session)  # "master" is what the master holds now
        try:
            model = record_class(data["table"])
            specs = {s.name: s for s in fields_of(model)}
            record = titles.of(data["table"]).get(data["record_id"], data["record_id"][:8])
        except KeyError:
            specs, record = {}, data["record_id"][:8]
        spec = specs.get(data["field"])
        label = QCoreApplication.translate("fields", spec.label) if spec else data["field"]
        if data["field"] == "deleted":
            label = QCoreApplication.translate("ConflictsTab", "In the trash")
        sides = (data["base"], data["master"], data["incoming"])
        links = link_titles(titles, [(data["table"], data["field"], value) for value in sides])
        found.append(ConflictView(  # words in the person's language: translate is thread-safe
            data["id"], data["table"], data["record_id"], record_name(data["table"], record), data["field"],
            label, data["kind"], *sides, author_of(session, conflict.master_change, data["master_author"]),
            author_of(session, conflict.incoming_change, data["incoming_author"]),
            spec is not None and spec.kind in ("text", "long"), spec, links))
    return found


def show(value: Any) -> str:
    return "" if value is None else str(value)


def diff_html(master: str, incoming: str) -> str:
    """Words removed from the master in red, words the incoming adds in green."""
    old, new = master.split(), incoming.split()
    out = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            out.append(f"<span style='background:#f4c7c3;color:#000;text-decoration:line-through'>"
                       f"{html.escape(' '.join(old[a1:a2]))}</span>")
        if op in ("insert", "replace"):
            added = html.escape(" ".join(new[b1:b2]))
            out.append(f"<span style='background:#c7f0c3;color:#000'>{added}</span>")
        if op == "equal":
            out.append(html.escape(" ".join(old[a1:a2])))
    return " ".join(out)


class ConflictsTab(QWidget):
    """Only the Secretariat settles conflicts; a settlement travels back in the next master bundle."""

    def __init__(self, hub: Hub, *, regional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.regional = regional
        self.items: list[ConflictView] = []
        self.model = PlainTableModel([self.tr("Record"), self.tr("Field"), self.tr("Kind"),
                                      self.tr("Master"), self.tr("Incoming")], self)
        self.view = table(self.model, self, self.tr("Conflicts"))
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.sides: dict[str, QPlainTextEdit] = {}
        self.authors: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, (key, title) in enumerate((("base", self.tr("Base (before both edits)")),
                                               ("master", self.tr("Master (kept for now)")),
                                               ("incoming", self.tr("Incoming (from the region)")))):
            heading = QLabel(f"<b>{title}</b>", self)
            heading.setWordWrap(True)  # three headings side by side: in French at 150 % one line overflows
            grid.addWidget(heading, 0, column, Qt.AlignmentFlag.AlignTop)
            self.authors[key] = QLabel(self)
            self.authors[key].setWordWrap(True)
            grid.addWidget(self.authors[key], 1, column)
            side = QPlainTextEdit(self)
            side.setReadOnly(True)
            side.setAccessibleName(title)
            self.sides[key] = side
            grid.addWidget(side, 2, column)
        for column in range(3):
            grid.setColumnStretch(column, 1)  # three equal sides, whatever their headings
        self.diff = QTextBrowser(self)
        self.diff.setAccessibleName(self.tr("Differences between master and incoming"))
        self.keep_button = QPushButton(self.tr("Keep master"), self)
        self.take_button = QPushButton(self.tr("Take incoming"), self)
        self.edit_button = QPushButton(self.tr("Edit..."), self)
        self.keep_button.clicked.connect(lambda: self.resolve("keep-master"))
        self.take_button.clicked.connect(lambda: self.resolve("take-incoming"))
        self.edit_button.clicked.connect(self.edit)
        buttons = QHBoxLayout()
        for button in (self.keep_button, self.take_button, self.edit_button):
            buttons.addWidget(button)
            button.setEnabled(False)
        buttons.addStretch(1)
        detail = QWidget(self)
        stacked = QVBoxLayout(detail)
        stacked.addLayout(grid, 2)
        stacked.addWidget(QLabel(self.tr("Differences (long texts)"), self))
        stacked.addWidget(self.diff, 1)
        stacked.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(detail)
        self.note = QLabel(self.tr(
            "Conflicts are settled at the Executive Secretariat, in its master copy: when one of your edits "
            "meets another there, a person decides, and the decision comes back in the next master "
            "bundle. The Bundles tab lists your edits that were replaced.") if regional
            else self.tr("No conflicts wait to be settled."), self)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        line = 70 * self.fontMetrics().averageCharWidth()  # lines short enough to read, a short note on one
        self.note.setFixedWidth(min(line, self.fontMetrics().horizontalAdvance(self.note.text()) + 8))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.splitter, 1)
        self._show_empty(True)

    def _show_empty(self, empty: bool) -> None:
        """The note alone while nothing waits (and always on a regional copy, which settles nothing)."""
        self.note.setVisible(empty or self.regional)
        self.splitter.setVisible(not empty and not self.regional)

    def reload(self) -> None:
        if not self.regional:
            self.hub.read(load_conflicts, self._show)

    def _show(self, items: list[ConflictView]) -> None:
        self.items = items
        kinds = conflict_kinds()
        self.model.set_rows([(c.record, c.label, word(kinds, c.kind), c.words(c.master), c.words(c.incoming))
                             for c in items], keys=[c.id for c in items])
        self._show_empty(not items)
        if items:
            self.view.selectRow(0)
        else:
            self._fill(None)

    def current(self) -> ConflictView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._fill(self.current())

    def _side_words(self, item: ConflictView, key: str) -> str:
        value = getattr(item, key)
        if value is not None:
            return item.words(value)
        if key == "base" and item.kind in ("orphan", "duplicate"):  # no value both sides started from
            return self.tr("(not known)")
        return self.tr("(empty)")

    def _fill(self, item: ConflictView | None) -> None:
        for key, side in self.sides.items():
            side.setPlainText(self._side_words(item, key) if item else "")
        self.authors["master"].setText(item.master_author if item else "")
        self.authors["incoming"].setText(item.incoming_author if item else "")
        long_text = item is not None and item.text_field
        self.diff.setHtml(diff_html(show(item.master), show(item.incoming)) if item and long_text else "")
        for button in (self.keep_button, self.take_button, self.edit_button):
            button.setEnabled(item is not None and not self.regional)

    def edit(self) -> None:
        item = self.current()
        if item is None:
            return
        settle = SettleDialog(item.label, item.record, item.master, item.spec, self)
        settle.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per click: none left behind
        settle.accepted.connect(lambda: self._settle_with(item, settle.value()))
        self.settle = settle
        settle.open()

    def _settle_with(self, item: ConflictView, value: Any) -> None:
        trimmed = isinstance(value, str) and not item.text_field  # a stray space would fail a number or date
        self.resolve("value", value.strip() if trimmed else value, item)

    def resolve(self, choice: str, value: Any = None, item: ConflictView | None = None) -> None:
        """Settle `item` (the selected conflict when None): keep the master, take incoming, or a value."""
        item = item or self.current()
        if item is None:
            return

        def job(session: Any, _control: Control) -> Any:
            from sic_desktop.errors import SicError
            from sic_desktop.services.records import Outcome
            from sic_desktop.sync.conflicts import parse_value, resolve

            settled_value = value
            if choice == "value" and not item.text_field and isinstance(value, str) and not (
                    item.spec is not None and item.spec.kind == "choice"):
                try:  # numbers, yes/no, null as JSON; a date or a choice as typed
                    settled_value = parse_value(value)
                except SicError:
                    settled_value = value
            settled = resolve(session, item.id, choice, settled_value)
            return Outcome(item.record_id, settled.recorded)

        # The hub announces the field the resolution changed (none when the master's value is kept).
        self.hub.write(job, lambda _settled: self.reload())
