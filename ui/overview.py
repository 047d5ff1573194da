"""The cycle overview: the steps of the cycle with their planned windows, and counts per task force."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.hub import Hub


class OverviewPage(QWidget):
    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Cycle overview")))
