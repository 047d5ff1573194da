"""Bundles: export this copy's changes, open a bundle with a preview before applying it, the log."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.services.sync_read import BundleEntry, Superseded
from ui import settings
from ui.hub import Hub
from ui.plainmodel import PlainTableModel
from ui.sync import jobs
from ui.sync.codes import bundle_kinds, conflict_kinds, verdicts, word
from ui.sync.tables import table
from ui.sync.values import Links, field_value, in_words, spec_of
from ui.translate import translated


def _cut(text: str) -> str:
    """A value in one line of a preview."""
    return text if len(text) <= 80 else text[:79] + "…"


def _short(value: Any, table_name: Any, field: str, links: Links | None = None) -> str:
    """A value in one line of a preview ("*" inserts carry every field, named by their labels)."""
    if isinstance(value, dict):
        pair = QCoreApplication.translate("PreviewDialog", "%1: %2")
        specs = {name: spec_of(table_name, name) for name in value}
        text = ", ".join(
            pair.replace("%1", QCoreApplication.translate("fields", spec.label) if spec else name)
            .replace("%2", in_words(item, spec, links, table=str(table_name)))
            for name, item in value.items() for spec in (specs[name],)
            if name != "deleted" and item is not None)
    else:
        text = in_words(value, spec_of(table_name, field), links, table=str(table_name))
    return _cut(text)


class PreviewDialog(QDialog):
    """What a bundle would do, from a dry run: signer, range, changes, conflicts; then apply or not."""

    def __init__(self, report: Any, names: dict[tuple[str, str], str] | None = None,
                 parent: QWidget | None = None, *, links: Links | None = None,
                 texts: dict[tuple[str, int], tuple[str, str]] | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Open a bundle"))
        signer = QLabel(self._from_whom(report), self)
        signer.setWordWrap(True)
        if report.summary:
            words = ", ".join(map(translated, report.summary))
            words = words[:1].upper() + words[1:]  # a line of its own ("activité : 6 ..." in French)
        elif getattr(report, "details", None) or report.conflicts:
            words = self.tr("Every change it holds meets an edit of the master copy: see below.")
        else:
            words = self.tr("Nothing new: this bundle was applied before.")
        summary = QLabel(words, self)
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(signer)
        layout.addWidget(summary)
        for warning in report.warnings:
            note = QLabel(self.tr("Warning: %1").replace("%1", translated(warning)), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.conflicts = PlainTableModel([self.tr("Record"), self.tr("Field"), self.tr("Master"),
                                          self.tr("Incoming"), self.tr("Kind")], self)
        names = names or {}

        def name(table_name: Any, record_id: Any) -> str:
            return names.get((str(table_name), str(record_id))) \
                or jobs.record_name(str(table_name), str(record_id)[:8])

        def label(table_name: Any, field: str) -> str:
            if field == "*":
                return self.tr("(new record)")
            if field == "deleted":
                return self.tr("(trash)")
            spec = spec_of(table_name, field)
            return QCoreApplication.translate("fields", spec.label) if spec else field

        kinds, texts = conflict_kinds(), texts or {}

        def sides(at: int, table_name: Any, field: str, master: Any, incoming: Any) -> tuple[str, str]:
            return texts.get(("conflict", at)) or (field_value(master, table_name, field, links),
                                                    field_value(incoming, table_name, field, links))

        self.conflicts.set_rows([(name(kind_of, c["record_id"]), label(kind_of, c["field"]),
                                  *map(_cut, sides(at, kind_of, c["field"], c["master"], c["incoming"])),
                                  word(kinds, c["kind"]))
                                 for at, c in enumerate(report.conflicts)
                                 for kind_of in (c.get("table_name", c.get("table")),)])
        box = QGroupBox(self.tr("%n conflict(s) would be queued for a person to settle", "",
                                len(report.conflicts)), self)
        inner = QVBoxLayout(box)
        inner.addWidget(table(self.conflicts, box, self.tr("Conflicts")))
        box.setVisible(bool(report.conflicts))
        layout.addWidget(box, 2)
        details = getattr(report, "details", [])
        # Nothing is applied yet: the last column says what applying will do with each change.
        self.details = PlainTableModel([self.tr("Record"), self.tr("Field"), self.tr("Was"),
                                        self.tr("Becomes"), self.tr("On applying")], self)

        def was_becomes(at: int, d: dict[str, Any]) -> tuple[str, str]:
            found = texts.get(("detail", at))
            if found:
                return _cut(found[0]), _cut(found[1])
            return (_short(d["old"], d["table"], d["field"], links),
                    _short(d["new"], d["table"], d["field"], links))

        self.details.set_rows([(name(d["table"], d["record_id"]), label(d["table"], d["field"]),
                                *was_becomes(at, d),
                                self.tr("will be applied") if d["applies"]
                                else self.tr("will wait as a conflict"))
                               for at, d in enumerate(details)])
        changes = QGroupBox(self.tr("What it changes, field by field"), self)
        inner = QVBoxLayout(changes)
        inner.addWidget(table(self.details, changes, self.tr("Changes")))
        changes.setVisible(bool(details))
        layout.addWidget(changes, 3)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Apply the bundle"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent else QGuiApplication.primaryScreen()).availableGeometry()
        tables = bool(report.conflicts or details)
        self.resize(min(1200, screen.width() - 60), min(720 if tables else 220, screen.height() - 60))

    def _from_whom(self, report: Any) -> str:
        """Who signed the bundle and which changes it carries, said in words."""
        if report.kind == "master":  # the core reads no other kind than these two
            sentence = self.tr("A master bundle from the Secretariat, changes %1 to %2, signed by <b>%3</b> "
                               "(site %4)")
        else:
            sentence = self.tr("A region's changes %1 to %2, signed by <b>%3</b> (site %4)")
        return (sentence.replace("%1", str(report.seq_from)).replace("%2", str(report.seq_to))
                .replace("%3", report.signer).replace("%4", report.site_id))


class BundlesTab(QWidget):
    """Export and open bundles; the log of every bundle written or received."""

    def __init__(self, hub: Hub, *, regional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.regional = regional
        self.setAcceptDrops(True)
        intro = QLabel(self.tr(
            "Send your changes to the Executive Secretariat as a bundle file (by e-mail or USB stick), "
            "and open the master bundle it sends back. Drop a .sicbundle file here to open it.")
            if regional else self.tr(
            "Open the bundles the regions send (or drop them here): you will see what each one changes "
            "before it is applied. Export a master bundle for each region in return."), self)
        intro.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export a bundle..."), self)
        self.export_button.clicked.connect(self.export_bundle)
        self.open_button = QPushButton(self.tr("Open a bundle..."), self)
        self.open_button.clicked.connect(lambda: self.open_bundle(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.log = PlainTableModel([self.tr("When"), self.tr("Kind"), self.tr("Site"), self.tr("Changes"),
                                    self.tr("Result")], self)
        self.superseded = PlainTableModel([self.tr("Record"), self.tr("Field"), self.tr("Your value"),
                                           self.tr("Value now"), self.tr("Decided by")], self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Bundles written and received"), self))
        layout.addWidget(table(self.log, self, self.tr("Bundle log")), 2)
        self.superseded_label = QLabel(self.tr("Your edits the Secretariat superseded"), self)
        layout.addWidget(self.superseded_label)
        self.superseded_view = table(self.superseded, self, self.tr("Superseded edits"))
        layout.addWidget(self.superseded_view, 1)
        for widget in (self.superseded_label, self.superseded_view):
            widget.setVisible(regional)

    def reload(self) -> None:
        self.hub.read(jobs.bundle_log, self._show_log)
        if self.regional:
            self.hub.read(jobs.superseded, self._show_superseded)

    def _show_log(self, entries: list[BundleEntry]) -> None:
        kinds, said = bundle_kinds(), verdicts()
        self.log.set_rows([(e.when.strftime("%Y-%m-%d %H:%M"), word(kinds, e.kind), e.site, e.range,
                            word(said, e.verdict)) for e in entries])

    def _show_superseded(self, found: list[Superseded]) -> None:
        self.superseded.set_rows([(jobs.record_name(s.table, s.record_id),
                                   QCoreApplication.translate("fields", s.label or s.field),
                                   s.mine_words or field_value(s.mine, s.table, s.field),
                                   s.now_words or field_value(s.now, s.table, s.field), s.by) for s in found])

    def _filter(self) -> str:
        return self.tr("SIC bundles (*.sicbundle)")

    # --- export

    def export_bundle(self) -> None:
        if self.regional:
            self._ask_file(None)
        else:
            self.hub.read(jobs.sites, self._choose_site)

    def _choose_site(self, sites: list[tuple[str, str]]) -> None:
        if not sites:
            QMessageBox.information(self, self.tr("Export a bundle"), self.tr(
                "No region is trusted yet: trust a region's key (Keys and trust) before making a "
                "master bundle for it."))
            return
        names = [f"{name} ({site[:8]})" for name, site in sites]
        chosen, ok = QInputDialog.getItem(self, self.tr("Export a master bundle"),
                                          self.tr("For which site?"), names, 0, False)
        if ok:
            self._ask_file(sites[names.index(chosen)][1])

    def _ask_file(self, for_site: str | None) -> None:
        folder = settings.text(settings.LAST_FOLDER, str(Path.home()))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export a bundle"),
                                              str(Path(folder) / "changes.sicbundle"), self._filter())
        if name:
            self.export_to(Path(name), for_site)

    def export_to(self, path: Path, for_site: str | None) -> None:
        settings.store(settings.LAST_FOLDER, str(path.parent))
        from ui.sync.passphrase import run_with_passphrase

        run_with_passphrase(self.hub, jobs.export_to(path, for_site), self._exported, self,
                            operation=True, label=self.tr("Writing the bundle..."))

    def _exported(self, done: Any) -> None:
        self.reload()
        self.window().statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Wrote %1 with %n change(s)", "", done.changes).replace("%1", str(done.path)), 10_000)

    # --- open

    def open_bundle(self, path: Path | None = None) -> None:
        if path is None:
            folder = settings.text(settings.LAST_FOLDER, str(Path.home()))
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a bundle"), folder, self._filter())
            if not name:
                return
            path = Path(name)
        settings.store(settings.LAST_FOLDER, str(path.parent))
        self.hub.read(jobs.inspect(path), lambda preview: self._preview(path, preview),
                      label=self.tr("Checking the bundle's signature and contents..."))

    def _preview(self, path: Path, preview: jobs.Preview) -> None:
        dialog = PreviewDialog(preview.report, preview.names, self, links=preview.links, texts=preview.texts)
        dialog.accepted.connect(lambda: self.apply(path))
        self.preview = dialog
        dialog.open()

    def apply(self, path: Path) -> None:
        self.hub.operation(jobs.apply(path), self._applied, label=self.tr("Applying the bundle..."),
                           everything=True)

    def _applied(self, report: Any) -> None:
        self.reload()
        what = ", ".join(map(translated, report.summary)) or self.tr("nothing new")
        text = self.tr("Bundle applied: %1.").replace("%1", what)
        if report.conflicts:  # a sentence of its own
            text += " " + self.tr("%n conflict(s) to settle in the Conflicts tab.", "", len(report.conflicts))
        self.window().statusBar().showMessage(text, 15_000)  # type: ignore[attr-defined]
        self.last_report = report

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(".sicbundle"):
                event.acceptProposedAction()
                self.open_bundle(Path(url.toLocalFile()))
                return


