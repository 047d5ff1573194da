"""The first run on a computer: set this copy up as the Secretariat's master or as a regional copy."""

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class FirstRunDialog(QDialog):
    """Asks who this copy is; a regional copy also needs the Secretariat's public key file."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up SIC Desktop"))
        intro = QLabel(self.tr(
            "There is no database at %1 yet. Who works on this computer? A regional copy sends its "
            "changes to the Executive Secretariat and needs the Secretariat's public key file "
            "(ask the Secretariat for it).").replace("%1", str(database)), self)
        intro.setWordWrap(True)
        self.regional = QRadioButton(
            self.tr("A task force leader or regional representative (regional copy)"), self)
        self.secretariat = QRadioButton(self.tr("The Executive Secretariat (master copy)"), self)
        group = QButtonGroup(self)
        group.addButton(self.regional)
        group.addButton(self.secretariat)
        self.regional.setChecked(True)
        # ui.app's FIRST_RUN_NAME, in the person's language: what is typed here is stored as it is.
        self.name = QLineEdit(self.tr("This computer"), self)
        self.name.setAccessibleName(self.tr("Name of this copy"))
        self.key_file = QLineEdit(self)
        self.key_file.setAccessibleName(self.tr("The Secretariat's public key file"))
        browse = QPushButton(self.tr("Choose..."), self)
        browse.clicked.connect(self._browse)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_file, 1)
        key_row.addWidget(browse)
        self.key_widget = QWidget(self)
        self.key_widget.setLayout(key_row)
        key_row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Name of this copy"), self.name)
        form.addRow(self.tr("Secretariat's key"), self.key_widget)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #d9534f;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.regional.toggled.connect(self.key_widget.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.regional)
        layout.addWidget(self.secretariat)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("The Secretariat's public key file"),
                                                str(Path.home()))
        if chosen:
            self.key_file.setText(chosen)

    def choice(self) -> tuple[str, str, Path | None]:
        """(role, site name, Secretariat key file or None)."""
        role = "regional" if self.regional.isChecked() else "secretariat"
        typed = self.key_file.text().strip()
        key = Path(typed) if role == "regional" and typed else None
        return role, self.name.text().strip(), key

    def _check(self) -> None:
        role, name, key = self.choice()
        if not name:
            self.problem.setText(self.tr("Give this copy a name (for example your region or office)."))
        elif role == "regional" and (key is None or not key.is_file()):
            self.problem.setText(self.tr("Choose the public key file the Secretariat sent you."))
        else:
            self.accept()


def set_up(database: Path, role: str, name: str, key: Path | None) -> None:
    """Create the database for this site and its signing key (pinning the Secretariat's for a region)."""
    from sic_desktop.services.site import init_database
    from sic_desktop.sync.setup import prepare_site

    store = init_database(database, role=role, name=name)
    try:
        prepare_site(store, secretariat_key=key)
    except BaseException:
        store.close()
        database.unlink(missing_ok=True)
        raise
    store.close()
