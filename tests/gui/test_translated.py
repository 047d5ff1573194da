"""The window in French and Spanish: reasons quoting the value, choices, list cells and sync words."""

from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Activity, Person
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.conftest import close_window, open_from, wait_idle
from tests.gui.test_editing import new_dialog, people_page
from tests.gui.test_lists import inventory
from ui.app import install_translations
from ui.areapage import AreaPage
from ui.mainwindow import MainWindow
from ui.worker import Worker

Opener = Callable[[str], MainWindow]


@pytest.fixture
def speak(qapp: Any) -> Iterator[Callable[[str], None]]:
    """Install the translations of a language (before any widget is made); removed afterwards."""
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        installed.extend(install_translations(qapp, QLocale(language)))
        assert installed, language

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def window_in(qtbot: QtBot, worker: Worker, speak: Callable[[str], None]) -> Iterator[Opener]:
    """Opens the main window in a language, like the `window` fixture does in English."""
    opened: list[MainWindow] = []

    def open_window(language: str) -> MainWindow:
        speak(language)
        shown = MainWindow(worker)
        errors: list[BaseException] = []
        worker.error_handler = errors.append
        shown.errors = errors  # type: ignore[attr-defined]
        with qtbot.waitSignal(shown.ready, timeout=10_000):
            shown.show()
            shown.start()
        wait_idle(qtbot, worker)
        opened.append(shown)
        return shown

    yield open_window
    for shown in opened:
        wait_idle(qtbot, worker)
        assert shown.errors == []  # type: ignore[attr-defined]
        close_window(qtbot, shown)


@pytest.mark.parametrize(("language", "required", "not_an_address"), [
    ("fr", "Nom : est obligatoire", "Courriel : 'pas une adresse' n'est pas une adresse électronique"),
    ("es", "Nombre: es obligatorio", "Correo: 'pas une adresse' no es una dirección de correo electrónico"),
])
def test_a_reason_quoting_the_value_reads_in_the_persons_language(
        window_in: Opener, qtbot: QtBot, language: str, required: str, not_an_address: str) -> None:
    window = window_in(language)
    dialog = new_dialog(people_page(window, qtbot))
    qtbot.keyClicks(dialog.form.inputs["email"].widget, "pas une adresse")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, window.worker)
    assert dialog.isVisible()  # refused: the messages stand next to their fields
    assert dialog.form.messages["name"].text() == required
    assert dialog.form.messages["email"].text() == not_an_address
    assert dialog.form.messages["email"].isVisibleTo(dialog)
    dialog.reject()


def test_a_refused_edit_of_an_open_record_says_why_in_french(
        window_in: Opener, qtbot: QtBot, store: Store) -> None:
    window = window_in("fr")
    with store.session() as session, session.begin():
        person_id = records.create(session, Person, name="Kofi Mensah").record_id
    people = people_page(window, qtbot)
    open_from(people, qtbot, person_id)
    assert people.panel.title.text() == "Personne : Kofi Mensah"
    url = people.panel.form.inputs["profile_url"].widget
    qtbot.keyClicks(url, "example.org/kofi")
    qtbot.keyClick(url, Qt.Key.Key_Return)
    wait_idle(qtbot, window.worker)
    assert people.panel.form.messages["profile_url"].text() == \
        "Profil (URL) : 'example.org/kofi' n'est pas un lien web (http:// ou https://)"
    assert window.hub.undo_stack.count() == 0


def test_a_choice_shows_french_words_and_saves_the_stored_value(
        window_in: Opener, qtbot: QtBot, store: Store) -> None:
    window = window_in("fr")
    activities = inventory(window, qtbot, store, count=3)  # planned, ongoing, completed
    status = next(c for c, s in enumerate(activities.model.specs) if s.name == "status")
    assert sorted(row.texts[status] for row in activities.model.rows) == ["achevée", "en cours", "prévue"]
    planned = next(row for row in activities.model.rows if row.values[status] == "planned")
    activities.open_record(planned.id)
    wait_idle(qtbot, window.worker)
    assert activities.panel is not None
    combo = activities.panel.form.inputs["status"].widget
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(at) for at in range(combo.count())] == ["", "prévue", "en cours", "achevée"]
    assert combo.currentText() == "prévue"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    wait_idle(qtbot, window.worker)
    assert combo.currentText() == "achevée"
    with store.session() as session:
        assert session.scalars(select(Activity.status).where(Activity.id == planned.id)).one() == "completed"

    # Typing a bad number gets the form's own reason, in French too.
    budget = activities.panel.form.inputs["budget"].widget
    qtbot.keyClicks(budget, "beaucoup")
    qtbot.keyClick(budget, Qt.Key.Key_Return)
    assert activities.panel.form.messages["budget"].text() == "Budget : 'beaucoup' n'est pas un nombre"

    activities.reload()
    wait_idle(qtbot, window.worker)
    texts = {row.id: row.texts[status] for row in activities.model.rows}
    assert texts[planned.id] == "achevée"
    qtbot.keyClicks(activities.search, "achev")  # people search the words they see
    assert activities.proxy.rowCount() == 2


def test_a_list_shows_choices_in_spanish(window_in: Opener, qtbot: QtBot, store: Store) -> None:
    window = window_in("es")
    activities = inventory(window, qtbot, store, count=3)
    status = next(c for c, s in enumerate(activities.model.specs) if s.name == "status")
    assert sorted(row.texts[status] for row in activities.model.rows) == ["completada", "en curso",
                                                                          "planificada"]


def test_a_bundle_preview_names_kinds_fields_and_codes_in_french(
        speak: Callable[[str], None], qtbot: QtBot) -> None:
    from ui.sync.bundles import PreviewDialog

    speak("fr")
    report = SimpleNamespace(
        kind="master", signer="Executive Secretariat", site_id="abc", seq_from=1, seq_to=2,
        summary=[], warnings=[],
        conflicts=[{"table_name": "person", "record_id": "0123456789", "field": "country",
                    "master": '"Mali"', "incoming": '"Senegal"', "kind": "value"}],
        details=[{"table": "activity", "record_id": "r1", "field": "*", "old": None, "applies": True,
                  "new": {"title": "Cartographie", "status": "ongoing", "budget": None, "deleted": False}}])
    dialog = PreviewDialog(report, {("activity", "r1"): "activité : Cartographie"})
    qtbot.addWidget(dialog)
    assert dialog.conflicts.rows[0] == ("personne : 01234567", "Pays", "Mali", "Senegal",
                                        "valeur modifiée des deux côtés")
    assert dialog.details.rows[0][:4] == ("activité : Cartographie", "(nouvel enregistrement)", "",
                                          "Titre : Cartographie, Statut : en cours")


def test_keys_history_and_overview_words_in_french(
        speak: Callable[[str], None], qtbot: QtBot, worker: Worker) -> None:
    from sic_desktop.services.overview_screen import OverviewScreen
    from ui.history import Entry, HistoryDialog
    from ui.overview import OverviewPage
    from ui.sync.keys import KeyFacts, TrustDialog

    speak("fr")
    facts = KeyFacts("Secrétariat", "secretariat", "s1", "k1", "ab cd", [], ["A1"], ["Africa"])
    key = SimpleNamespace(site_name="Bureau Nord", role="regional", fingerprint="ef 01")
    trust = TrustDialog(key, facts)
    qtbot.addWidget(trust)
    assert "Bureau Nord (copie régionale)" in [label.text() for label in trust.findChildren(QLabel)]

    history = HistoryDialog([Entry("2026-03-01", "Ana", "Pays", "Pérou", "Chili", "update", True),
                             Entry("2026-03-02", "Ben", "Pays", "Chili", "Mali", "update", False)], "Ana")
    qtbot.addWidget(history)
    assert [row[5] for row in history.model.rows] == ["modification (non appliqué : en conflit)",
                                                      "modification"]  # newest first

    from sic_desktop.services.cycle_overview import Cell, Overview
    from sic_desktop.text import Text
    from ui.hub import Hub

    page = OverviewPage(Hub(worker))
    qtbot.addWidget(page)
    why = Text("no activity recorded in this cycle's inventory")
    page._show(OverviewScreen([2026], 2026, Overview(2026, [(5, "Project inventory")],
                                                     [Cell("A1", 5, "late", why)], [], []), {}, {}, None))
    assert "aucune activité enregistrée dans l'inventaire de ce cycle" in page.detail.text()


def test_printed_minutes_undo_texts_and_cancelling_in_french(
        speak: Callable[[str], None], worker: Worker) -> None:
    from ui.editor.participants import MemberPicker
    from ui.printing import minutes_html
    from ui.worker import Cancelled, Control, Task

    speak("fr")
    page = minutes_html({"title": "Lancement", "kind": "TF meeting", "held_on": "1 mars 2026",
                         "present": [{"name": "Ana", "organisation": "", "role": "TFL"}],
                         "actions": [{"what": "Écrire", "owner": "Ana", "due": "", "status": "open"}]})
    assert "<h1>Compte rendu : Lancement</h1>" in page
    assert "réunion du groupe de travail" in page and "<td>ouverte</td>" in page
    picker = MemberPicker([])
    assert picker.undo_text(1) == "l'ajout de 1 participant"
    assert picker.undo_text(3) == "l'ajout de 3 participants"
    picker.deleteLater()
    task = Task(1, lambda _s, _c: None, None, None, False, None)
    task.cancel.set()
    with pytest.raises(Cancelled) as cancelled:
        Control(task, worker).check()
    assert str(cancelled.value) == "Annulé : rien n'a été modifié"


def test_numbers_follow_the_persons_locale() -> None:
    from ui.rows import number_locale

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("fr_FR"))
        assert number_locale().toString(1234.5, "f", 1) == "1\u202f234,5"
        QLocale.setDefault(QLocale.c())  # no preference: written the English way
        assert number_locale().toString(1234.5, "f", 1) == "1,234.5"
    finally:
        QLocale.setDefault(before)


def test_started_in_english_nothing_is_translated(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    activities = inventory(window, qtbot, store, count=3)
    status = next(c for c, s in enumerate(activities.model.specs) if s.name == "status")
    assert sorted(row.texts[status] for row in activities.model.rows) == ["completed", "ongoing", "planned"]


def test_column_headers_fit_their_french_titles(window_in: Opener, qtbot: QtBot, store: Store) -> None:
    listing = inventory(window_in("fr"), qtbot, store)
    header = listing.view.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(listing.model.columnCount()):
        title = str(header.model().headerData(column, Qt.Orientation.Horizontal))  # as shown
        assert title == listing.model.headerData(column, Qt.Orientation.Horizontal)  # as the model says
        if not header.isSectionHidden(column) and len(title) <= 40:  # longer titles are cut, like values
            assert header.sectionSize(column) > metrics.horizontalAdvance(title), title


def test_a_read_only_record_says_why_in_french(speak: Callable[[str], None], qtbot: QtBot,
                                               regional: Callable[[], MainWindow]) -> None:
    speak("fr")
    window = regional()
    worker = window.worker
    window.navigation.choose_area("reference")
    page = window.current_page()
    assert isinstance(page, AreaPage)
    goals = page.current_list()
    assert goals is not None
    wait_idle(qtbot, worker)
    goals.view.selectRow(0)
    goals.open_current()
    wait_idle(qtbot, worker)
    assert goals.panel is not None
    assert goals.panel.title.toolTip().startswith("En lecture seule ici : la liste")
    assert "Secrétariat exécutif" in goals.panel.title.toolTip()


def test_a_reason_listing_choices_translates_them(speak: Callable[[str], None]) -> None:
    from sic_desktop.services.validation import check_value, columns_of
    from ui.editor.form import reason_text

    reason = check_value(columns_of(Activity)["status"], "stalled")
    assert reason is not None and str(reason).startswith("'stalled' is not one of: ")
    speak("fr")
    french = reason_text(reason)
    assert french.startswith("'stalled' ne fait pas partie des valeurs possibles : "), french
    assert "prévue" in french and "en cours" in french and "achevée" in french
