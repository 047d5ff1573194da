"""The core's refusals and summaries, met through the window, read in the person's language."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Person
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui import test_translated
from tests.gui.conftest import wait_idle
from tests.gui.test_translated import Opener
from tests.sheets import members_sheet
from ui import spreadsheets
from ui.mainwindow import MainWindow

# The French and Spanish windows of the translation tests (their fixtures, shared).
speak = test_translated.speak
window_in = test_translated.window_in


def _dialog_text(qtbot: QtBot) -> str:
    """The text of the error box the window opened (then closed)."""
    boxes: list[QMessageBox] = []

    def opened() -> None:
        boxes[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert boxes

    qtbot.waitUntil(opened, timeout=5_000)
    [box] = boxes
    text = box.text()
    box.close()
    return text


def _with_dialogs(window: MainWindow) -> None:
    """Errors go to the window's own dialog (the test fixture would only collect them)."""
    window.worker.error_handler = window.show_error


def test_a_refused_spreadsheet_says_why_in_french(window_in: Opener, qtbot: QtBot, tmp_path: Path) -> None:
    window = window_in("fr")
    _with_dialogs(window)
    broken = members_sheet(tmp_path / "membres.xlsx", [
        [None, "Ana", "pas-une-adresse", None, None, None, "TFM", None, None],
        [None, "Bo", "bo@example.org", None, None, "Atlantide", "TFM", None, None],
    ])
    spreadsheets.import_list(window.hub, "members", None, window, broken, code="A1")
    wait_idle(qtbot, window.worker)
    text = _dialog_text(qtbot)
    lines = text.split("\n")
    assert lines[0] == "Rien n'a été importé : 2 problèmes trouvés"  # the French plural
    assert lines[1] == \
        "  Members, ligne 2, colonne 'Email' : 'pas-une-adresse' n'est pas une adresse électronique"
    assert lines[2].startswith(
        "  Members, ligne 3, colonne 'Region' : région inconnu(e) 'Atlantide' ; connus : ")

    good = members_sheet(tmp_path / "bons.xlsx",
                         [[None, "Ana", "ana@example.org", None, None, None, "TFM", None, None]])
    spreadsheets.import_list(window.hub, "members", None, window, good, code="A1")
    wait_idle(qtbot, window.worker)
    status = window.statusBar().currentMessage()
    assert status.startswith("bons.xlsx importé : 1 ajout, 0 mise à jour, "), status  # French: 0 is singular
    assert status.endswith(" modifications de champ consignées"), status


def test_a_broken_bundle_says_why_in_spanish(window_in: Opener, qtbot: QtBot, tmp_path: Path) -> None:
    window = window_in("es")
    _with_dialogs(window)
    broken = tmp_path / "roto.sicbundle"
    broken.write_bytes(b"PK\x03\x04 this is no bundle")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(broken))])
    window.dropEvent(QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))  # opens the bundle's preview
    wait_idle(qtbot, window.worker)
    assert _dialog_text(qtbot) == \
        f"{broken} no es un paquete de SIC Desktop (no es un archivo ZIP, o está cortado)"


def test_english_stays_english(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    _with_dialogs(window)
    broken = members_sheet(tmp_path / "members.xlsx",
                           [[None, None, None, None, None, None, "TFM", None, None]])
    spreadsheets.import_list(window.hub, "members", None, window, broken, code="A1")
    wait_idle(qtbot, window.worker)
    assert _dialog_text(qtbot) == \
        "Nothing was imported: 1 problem found\n  Members, row 2, column 'Name': is required"


def test_a_refused_undo_says_why_in_french(window_in: Opener, qtbot: QtBot, store: Store,
                                          tmp_path: Path) -> None:
    window = window_in("fr")
    _with_dialogs(window)
    sheet = members_sheet(tmp_path / "bons.xlsx",
                          [[None, "Ana", "ana@example.org", None, None, None, "TFM", None, None]])
    spreadsheets.import_list(window.hub, "members", None, window, sheet, code="A1")
    wait_idle(qtbot, window.worker)
    with store.session() as session, session.begin():  # an edit made after the import, elsewhere
        ana = session.scalars(select(Person.id).where(Person.name == "Ana")).one()
        records.update(session, Person, ana, name="Ana Silva")
    window.undo_action.trigger()
    wait_idle(qtbot, window.worker)
    assert _dialog_text(qtbot) == (
        "Action impossible (annuler l'importation de bons.xlsx) : personne 'Ana Silva' : Nom a été "
        "modifié entre-temps (il contient maintenant 'Ana Silva'). Annulez ou rétablissez d'abord ces "
        "modifications ; rien n'a été modifié")
