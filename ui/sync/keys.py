"""This site's key fingerprint and public key file; the Secretariat's registry of trusted keys."""

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.services import lists
from ui import settings
from ui.errors import message_of
from ui.hub import Hub
from ui.plainmodel import PlainTableModel
from ui.sync.codes import key_statuses, roles, word
from ui.sync.tables import table
from ui.worker import Control


@dataclass(frozen=True)
class KeyFacts:
    name: str
    role: str
    site_id: str
    key_id: str
    fingerprint: str
    trusted: list[tuple[str, ...]]
    task_forces: list[str]
    regions: list[str]
    problem: str = ""  # why this site has no key to show (none made yet, or the keyring is locked)


def key_facts(session: Any, control: Control) -> KeyFacts:
    from sic_desktop.sync import keys, trust
    from sic_desktop.sync.identity import identity, keystore

    me = identity(session)
    key_id = fingerprint = problem = ""
    try:
        public = keystore(control.store.path, me.site_id).public_key()
        key_id, fingerprint = keys.key_id(public), keys.fingerprint(public)
    except Exception as error:  # no key yet, or the keyring is locked: say so on the screen
        problem = message_of(error)
    trusted: list[tuple[str, ...]] = [
        (s.name, s.role, ", ".join(s.task_forces), s.region or "", s.status, s.key_id)
        for s in trust.all_keys(session)]
    codes, regions = lists.task_force_codes(session), lists.region_names(session)
    return KeyFacts(me.name, me.role, me.site_id, key_id, fingerprint, trusted, codes, regions, problem)


class TrustDialog(QDialog):
    """Trust a region's key for a scope, after comparing its fingerprint by telephone or in person."""

    def __init__(self, key: Any, facts: KeyFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trust a key"))
        warning = QLabel(self.tr("Compare this fingerprint with the one the person reads to you "
                                 "(by telephone or in person) before trusting the key."), self)
        warning.setWordWrap(True)
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Task force leader (TFL)"), "tfl")
        self.role.addItem(self.tr("Task force regional representative (TFRR)"), "tfrr")
        self.role.addItem(self.tr("STC assessor (the notes submitted for assessment)"), "stc")
        self.task_forces = QListWidget(self)
        for code in facts.task_forces:
            item = QListWidgetItem(code, self.task_forces)
            item.setCheckState(item.checkState().Unchecked)
        self.region = QComboBox(self)
        self.region.addItem("", None)
        for name in facts.regions:
            self.region.addItem(name, name)
        form = QFormLayout()
        site = self.tr("%1 (%2)").replace("%2", word(roles(), key.role)).replace("%1", key.site_name)
        form.addRow(self.tr("Site"), QLabel(site, self))
        form.addRow(self.tr("Fingerprint"), QLabel(f"<tt>{key.fingerprint}</tt>", self))
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Task forces"), self.task_forces)
        form.addRow(self.tr("Region"), self.region)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def scope(self) -> tuple[str, list[str], str | None]:
        codes = [self.task_forces.item(i).text() for i in range(self.task_forces.count())
                 if self.task_forces.item(i).checkState().value]
        if self.role.currentData() == "stc":  # an assessor belongs to no task force or region
            return "stc", [], None
        return str(self.role.currentData()), codes, self.region.currentData()


class KeysTab(QWidget):
    """The fingerprint to read out, the public key file to send, and (Secretariat) who is trusted."""

    def __init__(self, hub: Hub, *, regional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.regional = regional
        self.facts: KeyFacts | None = None
        self.mine = QLabel(self)
        self.mine.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export my public key..."), self)
        self.export_button.clicked.connect(self.export_key)
        self.trust_button = QPushButton(self.tr("Trust a key file..."), self)
        self.trust_button.clicked.connect(self.trust_file)
        self.make_button = QPushButton(self.tr("Make this site's key..."), self)
        self.make_button.setToolTip(self.tr("For a copy whose key could not be made when it was set up"))
        self.make_button.clicked.connect(self.make_key)
        self.make_button.hide()
        self.revoke_button = QPushButton(self.tr("Revoke the selected key"), self)
        self.revoke_button.clicked.connect(self.revoke)
        for button in (self.trust_button, self.revoke_button):
            button.setVisible(not regional)
        # This site's key beside its facts, the others' keys above their list: two short rows, so the
        # tab stays narrow enough for 1366x768 at 150 % in French.
        own = QHBoxLayout()
        for button in (self.export_button, self.make_button):
            own.addWidget(button)
        own.addStretch(1)
        others = QHBoxLayout()
        others.addWidget(QLabel(self.tr("Trusted keys"), self))
        others.addStretch(1)
        for button in (self.trust_button, self.revoke_button):
            others.addWidget(button)
        self.model = PlainTableModel([self.tr("Name"), self.tr("Role"), self.tr("Task forces"),
                                      self.tr("Region"), self.tr("Status"), self.tr("Key id")], self)
        self.view = table(self.model, self, self.tr("Trusted keys"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.mine)
        layout.addLayout(own)
        layout.addLayout(others)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        self.hub.read(key_facts, self._show)

    def _show(self, facts: KeyFacts) -> None:
        self.facts = facts
        said, statuses = roles(), key_statuses()
        site = self.tr("<b>%1</b> (%2), site %3").replace("%1", html.escape(facts.name)) \
            .replace("%2", word(said, facts.role)).replace("%3", facts.site_id)
        if facts.problem:
            key = self.tr("This site has no key to sign bundles with: %1") \
                .replace("%1", html.escape(facts.problem))
            self.mine.setText(f"{site}<br><span style='color:#b00020'>{key}</span>")
        else:
            self.mine.setText(site + "<br>" + self.tr("Key id <tt>%1</tt><br>Fingerprint <tt>%2</tt>")
                              .replace("%1", facts.key_id).replace("%2", facts.fingerprint))
        self.model.set_rows([(name, word(said, role), task_forces, region, word(statuses, status), key_id)
                             for name, role, task_forces, region, status, key_id in facts.trusted],
                            keys=[row[-1] for row in facts.trusted])
        self.make_button.setVisible(not facts.key_id)
        self.export_button.setEnabled(bool(facts.key_id))

    def make_key(self) -> None:
        from ui.sync.passphrase import run_with_passphrase

        def job(session: Any, control: Control) -> Any:
            from sic_desktop.sync.identity import identity, keystore
            from sic_desktop.sync.setup import prepare_site

            me = identity(session)
            if me.is_secretariat:  # its own key is also the one its regions pin
                return prepare_site(control.store, secretariat_key=None)
            return keystore(control.store.path, me.site_id).create()

        run_with_passphrase(self.hub, job, lambda _none: self.reload(), self, operation=True)

    def export_key(self) -> None:
        folder = settings.text(settings.LAST_FOLDER, str(Path.home()))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export my public key"),
                                              str(Path(folder) / "public-key.sickey"))
        if not name:
            return

        def job(session: Any, control: Control) -> str:
            from sic_desktop.files import write_atomic
            from sic_desktop.sync.identity import identity, keystore
            from sic_desktop.sync.keys import PublicKeyFile
            from sic_desktop.sync.trust import now_text

            me = identity(session)
            private_key = keystore(control.store.path, me.site_id).load()
            info = PublicKeyFile(me.site_id, me.name, me.role, private_key.public_key(), now_text())
            write_atomic(Path(name), info.to_bytes(private_key))
            return info.fingerprint

        from ui.sync.passphrase import run_with_passphrase

        run_with_passphrase(self.hub, job, lambda fingerprint: self.mine.setText(
            self.mine.text() + "<br>" + self.tr("Written to %1").replace("%1", name)), self)

    def trust_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Trust a key file"),
                                              settings.text(settings.LAST_FOLDER, str(Path.home())))
        if name and self.facts is not None:
            self.hub.read(lambda _s, _c: _read_key(Path(name)), self._confirm)

    def _confirm(self, key: Any) -> None:
        assert self.facts is not None
        dialog = TrustDialog(key, self.facts, self)
        dialog.accepted.connect(lambda: self._trust(key, *dialog.scope()))
        dialog.open()

    def _trust(self, key: Any, role: str, codes: list[str], region: str | None) -> None:
        def job(session: Any, _control: Control) -> Any:
            from sic_desktop.sync import trust

            return trust.add(session, key, role=role, task_forces=codes, region=region)

        self.hub.write(job, lambda _scope: self.reload())

    def revoke(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        key_id = self.model.keys[rows[0].row()]

        def job(session: Any, _control: Control) -> Any:
            from sic_desktop.sync import trust

            return trust.revoke(session, key_id)

        self.hub.write(job, lambda _scope: self.reload())


def _read_key(path: Path) -> Any:
    from sic_desktop.sync.trust import read_key_file

    return read_key_file(path)
