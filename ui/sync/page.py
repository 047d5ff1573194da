"""The Sync area: bundles out and in, conflicts, keys and trust, each on its own tab."""

from pathlib import Path

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.hub import Hub


class SyncPage(QWidget):
    def __init__(self, hub: Hub, *, regional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.tabs = QTabWidget(self)
        self.tabs.addTab(QLabel(self.tr("Bundles")), self.tr("Bundles"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def export_bundle(self) -> None:
        pass

    def open_bundle(self, path: Path | None = None) -> None:
        pass
