"""The first run on a computer: set this copy up as the Secretariat's master or as a regional copy."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
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
        self.next_steps = QLabel(self.tr(
            "What happens next: this copy makes its own key. Send your public key file to the Executive "
            "Secretariat (Sync, Keys and trust, Export my public key...) and read its fingerprint to them "
            "on the phone. Once the Secretariat trusts your key, it sends you a bundle: open it "
            "(File, Open a bundle...) to receive your task forces' records."), self)
        self.next_steps.setWordWrap(True)
        self.regional.toggled.connect(self.next_steps.setVisible)
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
        layout.addWidget(self.next_steps)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(600, 380)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("The Secretariat's public key file"),
                                                str(Path.home()))
        if chosen:
            self.key_file.setText(chosen)
            self.problem.clear()

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
        elif role == "regional" and key is not None and (wrong := key_problem(key)) is not None:
            self.show_problem(wrong)
        else:
            self.accept()

    def show_problem(self, why: str) -> None:
        """A key file (or set-up) refused: why, what the file should be; the dialog stays open."""
        self.problem.setText(self.tr(
            "%1\nChoose the Secretariat's public key file: the small file the Executive Secretariat "
            "exported for you (Export my public key..., or `sic-desktop keys export`), usually named "
            "public-key.sickey.").replace("%1", why))


def key_problem(path: Path) -> str | None:
    """Why `path` is not the Secretariat's public key file, in the person's words; None when it is."""
    from sic_desktop.errors import InputRefused
    from sic_desktop.sync.trust import read_key_file

    try:
        key = read_key_file(path)
    except InputRefused:
        # The reader's reason is a parser's ("not valid JSON: Expecting value..."): say what it means.
        return QCoreApplication.translate(
            "FirstRunDialog", "%1 is not a SIC Desktop public key file.").replace("%1", path.name)
    if key.role != "secretariat":
        said = QCoreApplication.translate("FirstRunDialog", "%1 is the key of %2, not of the Executive "
                                          "Secretariat.")
        return said.replace("%1", path.name).replace("%2", key.site_name)
    return None


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
