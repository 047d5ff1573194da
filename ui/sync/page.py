"""The Sync area: bundles out and in, the conflict queue, this site's key and the trusted keys."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.hub import Hub
from ui.sync.bundles import BundlesTab
from ui.sync.conflicts import ConflictsTab
from ui.sync.keys import KeysTab
from ui.sync.withdraw import WithdrawTab


class SyncPage(QWidget):
    """Tabs for bundles, conflicts (the Secretariat's) and keys; the File menu lands here too."""

    def __init__(self, hub: Hub, *, regional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(QCoreApplication.translate("areas", "Sync"))
        self.bundles = BundlesTab(hub, regional=regional, parent=self.tabs)
        self.conflicts = ConflictsTab(hub, regional=regional, parent=self.tabs)
        self.keys = KeysTab(hub, regional=regional, parent=self.tabs)
        self.tabs.addTab(self.bundles, self.tr("Bundles"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.keys, self.tr("Keys and trust"))
        # Only a region's changes wait for an acknowledgement (the Secretariat's own are the master's).
        self.withdraw = WithdrawTab(hub, parent=self.tabs) if regional else None
        if self.withdraw is not None:
            self.tabs.insertTab(1, self.withdraw, self.tr("Waiting to be acknowledged"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        # An applied bundle may queue conflicts, bring keys and log itself: every tab reads again.
        hub.everything_changed.connect(self.reload)

    def set_task_force(self, _task_force_id: str | None) -> None:
        self.reload()

    def reload(self) -> None:
        self.bundles.reload()
        self.conflicts.reload()
        self.keys.reload()
        if self.withdraw is not None:
            self.withdraw.reload()

    def export_bundle(self) -> None:
        self.tabs.setCurrentWidget(self.bundles)
        self.bundles.export_bundle()

    def open_bundle(self, path: Path | None = None) -> None:
        self.tabs.setCurrentWidget(self.bundles)
        self.bundles.open_bundle(path)
