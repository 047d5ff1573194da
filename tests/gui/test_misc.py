"""History, long work with its delayed progress dialog, the error dialog, the first run."""

import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sic_desktop.db.models import Person
from sic_desktop.db.store import Store
from sic_desktop.errors import InputRefused
from sic_desktop.services import records
from tests.gui.conftest import wait_idle
from ui.errors import explain, install_excepthook, show_error
from ui.history import Entry, HistoryDialog, history
from ui.mainwindow import MainWindow
from ui.worker import Cancelled, Control, Worker


def test_history_tells_who_changed_what(store: Store, qtmodeltester: Any, qtbot: QtBot) -> None:
    with store.session() as session, session.begin():
        person = records.create(session, Person, name="Ana", country="Peru").record_id
    with store.session() as session, session.begin():
        records.update(session, Person, person, country="Chile")
    with store.session() as session:
        entries = history(session, "person", person)
    assert [e.field for e in entries] == ["(created)", "Country"]
    assert (entries[1].old, entries[1].new) == ("Peru", "Chile")
    assert entries[1].author
    dialog = HistoryDialog(entries, "Ana")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    shown = dialog.view.model()
    assert [shown.index(row, 2).data() for row in range(shown.rowCount())] == ["Country", "(created)"]


def test_history_reads_newest_first_with_shipped_values_last(qtbot: QtBot) -> None:
    entries = [Entry("shipped with the program", "", "(created)", "", "A1", "insert", True),
               Entry("2024-01-05 10:00", "Ana", "Title", "", "Survey", "update", True),
               Entry("2024-01-05 10:00", "Ana", "Status", "", "planned", "update", True),
               Entry("2024-02-05 09:00", "Bo", "Status", "planned", "ongoing", "update", True),
               Entry("2024-02-06 09:00", "Bo", "Minutes", "", "Agreed.\nTo do: a survey.", "update", True)]
    dialog = HistoryDialog(entries, "Survey")  # as history() gives them: the change log's order
    qtbot.addWidget(dialog)
    shown = dialog.view.model()
    assert shown.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "<qt>Agreed.<br>To do: a survey.</qt>"
    assert [(shown.index(row, 0).data(), shown.index(row, 2).data()) for row in range(shown.rowCount())] == [
        ("2024-02-06 09:00", "Minutes"), ("2024-02-05 09:00", "Status"), ("2024-01-05 10:00", "Status"),
        ("2024-01-05 10:00", "Title"),
        ("shipped with the program", "(created)")]


def test_progress_appears_after_half_a_second_and_cancel_rolls_back(
        window: MainWindow, qtbot: QtBot, store: Store) -> None:
    def slow(session: Any, control: Control) -> None:
        records.create(session, Person, name="Half-written")
        for _ in range(200):
            time.sleep(0.02)
            control.check()

    failures: list[BaseException] = []
    started = time.monotonic()
    window.worker.run(slow, write=True, label="Importing...", on_error=failures.append)
    qtbot.wait(200)
    assert window.progress.dialog() is None  # short work never flashes a dialog
    qtbot.waitUntil(lambda: window.progress.dialog() is not None, timeout=3000)
    assert time.monotonic() - started >= 0.45
    dialog = window.progress.dialog()
    assert dialog is not None and dialog.isVisible()
    dialog.findChild(QPushButton).click()
    wait_idle(qtbot, window.worker)
    assert len(failures) == 1 and isinstance(failures[0], Cancelled)
    assert window.progress.dialog() is None
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_user_errors_are_explained_and_bugs_reported(qtbot: QtBot) -> None:
    words, details = explain(InputRefused("The bundle is signed by an unknown key"))
    assert words == "The bundle is signed by an unknown key" and details is None
    try:
        raise KeyError("oops")
    except KeyError as bug:
        words, details = explain(bug)
    assert "bug" in words and "saved" in words
    assert details is not None and "KeyError" in details
    box = show_error(InputRefused("Nothing was changed"))
    qtbot.addWidget(box)
    assert box.isVisible() and box.text() == "Nothing was changed"
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()


@pytest.mark.expected_log("Unexpected error")  # the bug the hook reports is logged too
def test_excepthook_shows_the_dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    try:
        raise RuntimeError("a slot failed")
    except RuntimeError as bug:
        sys.excepthook(type(bug), bug, bug.__traceback__)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "RuntimeError: a slot failed" in boxes[-1].detailedText()
    for box in boxes:
        box.close()


def test_first_run_makes_a_database(tmp_path: Path) -> None:
    from ui.app import FIRST_RUN_NAME, open_database, site_role

    store = open_database(tmp_path / "new" / "sic.sqlite")
    try:
        assert site_role(store) == "secretariat"
        from sic_desktop.services.site import site_info

        with store.session() as session:
            assert site_info(session).name == FIRST_RUN_NAME
    finally:
        store.close()


def test_worker_runs_jobs_in_order_off_the_ui_thread(qtbot: QtBot, db_path: Path) -> None:
    import threading

    from sic_desktop.db.store import open_store

    worker = Worker(open_store(db_path))
    seen: list[Any] = []
    for n in range(5):
        worker.run(lambda _s, _c, n=n: (n, threading.current_thread().name), seen.append)
    qtbot.waitUntil(worker.is_idle)
    worker.close()
    assert [n for n, _ in seen] == [0, 1, 2, 3, 4]
    assert {name for _, name in seen} == {"sic-db"}


def test_cycle_overview(window: MainWindow, qtbot: QtBot, qtmodeltester: Any) -> None:
    from ui.overview import OverviewPage

    window.navigation.choose_area("overview")
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    wait_idle(qtbot, window.worker)
    assert page.grid.columnCount() == 17
    assert page.counts.rowCount() >= 6  # the shipped task forces A1-A6
    qtmodeltester.check(page.grid)


def test_words_for_lupdate_are_up_to_date() -> None:
    from dev import wordlist

    assert wordlist.WORDS.read_text(encoding="utf-8") == wordlist.render(), "run python -m dev.wordlist"
    # The window starts from ui/schema.py without importing the models: it must match them.
    assert wordlist.SCHEMA.read_text(encoding="utf-8") == wordlist.render_schema(), "python -m dev.wordlist"


def test_translation_files_cover_the_window() -> None:
    from sic_desktop.paths import resources_dir

    for language in ("fr", "es"):
        ts = (resources_dir() / "translations" / f"sic_desktop_{language}.ts").read_text(encoding="utf-8")
        for text in ("Members and candidacies", "Keep master", "Search (Ctrl+F)", "Amount requested",
                     "Print minutes...", "Add members...", "Totals", "is required"):
            assert text in ts, (language, text)


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ("Inventaire", "Garder la copie maître")),
    ("es", ("Inventario", "Mantener la copia maestra")),
])
def test_window_speaks_french_and_spanish(qapp: Any, language: str, expected: tuple[str, str]) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.app import install_translations

    installed = install_translations(qapp, QLocale(language))
    try:
        assert installed
        assert QCoreApplication.translate("areas", "Inventory") == expected[0]
        assert QCoreApplication.translate("ConflictsTab", "Keep master") == expected[1]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("areas", "Inventory") == "Inventory"


@pytest.mark.parametrize("language", ["en", "de"])  # English, and a language we do not have yet
def test_english_counts_one_and_many(qapp: Any, language: str) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.app import install_translations

    source = "%n change(s) waiting to be exported"
    installed = install_translations(qapp, QLocale(language))
    try:
        ours = [t for t in installed if t.translate("MainWindow", source, None, 2)]
        assert [ours[0].translate("MainWindow", source, None, n) for n in (1, 2)] == [
            "%n change waiting to be exported", "%n changes waiting to be exported"]
        assert QCoreApplication.translate("MainWindow", source, None, 1) == "1 change waiting to be exported"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_first_run_dialog_sets_up_a_regional_copy(qtbot: QtBot, tmp_path: Path) -> None:
    from sic_desktop.services.site import init_database
    from sic_desktop.sync.identity import identity, keystore
    from sic_desktop.sync.keys import PublicKeyFile
    from sic_desktop.sync.setup import prepare_site
    from sic_desktop.sync.trust import now_text
    from ui.app import site_role
    from ui.firstrun import FirstRunDialog, set_up

    sec = init_database(tmp_path / "sec.sqlite", role="secretariat", name="Executive Secretariat")
    prepare_site(sec, secretariat_key=None)
    with sec.session() as session:
        me = identity(session)
    private_key = keystore(sec.path, me.site_id).load()
    key_file = tmp_path / "secretariat.pub"
    key_file.write_bytes(PublicKeyFile(me.site_id, me.name, me.role, private_key.public_key(),
                                       now_text()).to_bytes(private_key))
    sec.close()

    target = tmp_path / "mine.sqlite"
    dialog = FirstRunDialog(target)
    qtbot.addWidget(dialog)
    dialog.name.setText("Africa office")
    dialog.buttons.accepted.emit()
    assert "key file" in dialog.problem.text()  # a regional copy needs the Secretariat's key
    dialog.key_file.setText(str(key_file))
    dialog.buttons.accepted.emit()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    set_up(target, *dialog.choice())
    from sic_desktop.db.store import open_store

    store = open_store(target)
    try:
        assert site_role(store) == "regional"
    finally:
        store.close()


def test_a_wrong_key_file_at_first_run_says_what_to_choose_and_keeps_the_dialog_open(
        qtbot: QtBot, tmp_path: Path) -> None:
    from ui.firstrun import FirstRunDialog

    letter = tmp_path / "secretariat key.txt"
    letter.write_text("Dear region, the key is attached.\n", encoding="utf-8")
    dialog = FirstRunDialog(tmp_path / "mine.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.next_steps.isVisible()  # what follows, before anything is chosen
    steps = dialog.next_steps.text()
    assert "Send your public key file" in steps and "trusts your key" in steps and "Open a bundle" in steps
    dialog.name.setText("Africa office")
    dialog.key_file.setText(str(letter))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.result() != FirstRunDialog.DialogCode.Accepted
    said = dialog.problem.text()
    assert said.startswith("secretariat key.txt is not a SIC Desktop public key file.")
    assert "JSON" not in said and "Expecting value" not in said  # no parser's words
    assert "public-key.sickey" in said  # what the file should be
    assert not (tmp_path / "mine.sqlite").exists()
    dialog.secretariat.setChecked(True)
    assert not dialog.next_steps.isVisible()
    dialog.reject()


def test_a_set_up_refused_at_first_run_asks_again_instead_of_closing(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import app
    from ui.firstrun import FirstRunDialog

    answers = iter([FirstRunDialog.DialogCode.Accepted, FirstRunDialog.DialogCode.Rejected])
    shown: list[str] = []

    def exec_(dialog: FirstRunDialog) -> FirstRunDialog.DialogCode:
        shown.append(dialog.problem.text())
        return next(answers)

    def refuse(*_args: object) -> None:
        raise InputRefused("the key file changed on the disk")

    monkeypatch.setattr(FirstRunDialog, "exec", exec_)
    monkeypatch.setattr("ui.firstrun.set_up", refuse)
    assert app.first_run(tmp_path / "mine.sqlite") is False  # cancelled on the second showing
    assert shown[0] == "" and shown[1].startswith("the key file changed on the disk")
