"""What a new record holds before anything is typed, and what Escape does to what was typed."""

from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import ActionItem, Site, TaskForce
from sic_desktop.db.store import Store, open_store
from sic_desktop.services.site import init_database
from tests.gui.conftest import Owner, open_from, wait_idle
from tests.realistic import fill
from ui.areapage import AreaPage
from ui.editor.dialogs import NewRecordDialog
from ui.listpage import ListPage
from ui.mainwindow import MainWindow
from ui.worker import Worker


def listing_of(window: MainWindow, qtbot: QtBot, area: str, table: str) -> ListPage:
    window.navigation.choose_area(area)
    page = window.current_page()
    assert isinstance(page, AreaPage)
    page.tabs.setCurrentIndex(page.area.kinds.index(table))
    listing = page.current_list()
    assert listing is not None
    wait_idle(qtbot, window.worker)
    return listing


def new_dialog(listing: ListPage, qtbot: QtBot) -> NewRecordDialog:
    listing.new_button.click()
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, NewRecordDialog) and w.isVisible()]
    wait_idle(qtbot, listing.hub.worker)
    return dialog


def combo(dialog: NewRecordDialog, name: str) -> QComboBox:
    widget = dialog.form.inputs[name].widget
    assert isinstance(widget, QComboBox)
    return widget


def test_a_new_membership_is_a_members_not_a_task_force_leaders(window: MainWindow, qtbot: QtBot) -> None:
    dialog = new_dialog(listing_of(window, qtbot, "members", "membership"), qtbot)
    assert combo(dialog, "role").currentText() == "TFM"  # leaders are chosen on purpose
    assert combo(dialog, "status").currentText() == "active"
    values, _problems = dialog.form.collect()
    assert (values["role"], values["status"]) == ("TFM", "active")
    dialog.reject()


def test_a_new_activity_is_ongoing(window: MainWindow, qtbot: QtBot) -> None:
    dialog = new_dialog(listing_of(window, qtbot, "inventory", "activity"), qtbot)
    assert combo(dialog, "status").currentText() == "ongoing"
    dialog.reject()


def test_a_required_choice_without_a_default_starts_unchosen_and_is_asked_for(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = new_dialog(listing_of(window, qtbot, "meetings", "meeting"), qtbot)
    kind = combo(dialog, "kind")
    assert kind.currentIndex() == -1 and dialog.form.collect()[0]["kind"] is None  # no silent "TFL meeting"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.form.messages["kind"].text() == "Kind: is required"  # named, not a bare "is required"
    dialog.reject()


def test_a_new_concept_note_is_a_first_draft(window: MainWindow, qtbot: QtBot) -> None:
    dialog = new_dialog(listing_of(window, qtbot, "notes", "concept_note"), qtbot)
    assert dialog.form.inputs["version"].widget.text() == "1"  # type: ignore[attr-defined]
    assert combo(dialog, "status").currentText() == "draft"
    # The version is derived now (it goes up when an assessed note changes): left empty, it is 1,
    # never an unexplained "is required"; a field a person must fill names itself in its message.
    dialog.form.inputs["version"].widget.clear()  # type: ignore[attr-defined]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.form.messages["version"].text() == ""
    assert dialog.form.messages["title"].text() == "Title: is required"
    dialog.reject()


def test_new_action_items_start_open(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    data = fill(store)
    plans = listing_of(window, qtbot, "plans", "action_plan")
    panel = open_from(plans, qtbot, data.first("action_plan"))
    items = next(part for part in panel.parts if part.kind is ActionItem)
    items.add_button.click()
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, NewRecordDialog) and w.isVisible()]
    assert combo(dialog, "status").currentText() == "open"
    dialog.reject()


def test_the_step_picker_lists_the_cycle_in_order(window: MainWindow, qtbot: QtBot) -> None:
    dialog = new_dialog(listing_of(window, qtbot, "meetings", "meeting"), qtbot)
    steps = combo(dialog, "step_id")
    listed = [steps.itemText(at) for at in range(1, steps.count())]
    assert [int(text.split(".")[0]) for text in listed] == list(range(1, 18))  # 1-17, not "10" before "2"
    assert listed[4] == "5. Project inventory"
    dialog.reject()


def test_a_regional_copys_only_task_force_is_filled_in(
        qtbot: QtBot, owned: Owner, tmp_path: Path) -> None:
    from sic_desktop.sync import trust
    from sic_desktop.sync.keys import PublicKeyFile

    path = tmp_path / "region.sqlite"
    init_database(path, role="regional", name="Andes office").close()
    store = open_store(path)
    with store.session() as session, session.begin():  # as the Secretariat's bundle trusts it: A2 alone
        site_id = session.scalars(select(Site.site_id)).one()
        card = PublicKeyFile(site_id, "Andes office", "regional", Ed25519PrivateKey.generate().public_key(),
                             trust.now_text())
        trust.add(session, card, role="tfrr", task_forces=["A2"], region="Latin America & the Caribbean")
        a2 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A2")).one()
    window = owned(MainWindow(Worker(store), role="regional"))
    window.show()
    window.start()
    wait_idle(qtbot, window.worker)
    dialog = new_dialog(listing_of(window, qtbot, "inventory", "activity"), qtbot)  # "All task forces"
    assert dialog.form.collect()[0]["task_force_id"] == a2
    assert combo(dialog, "task_force_id").currentText() == "A2"
    dialog.reject()


def test_escape_in_a_filled_new_dialog_asks_before_discarding(window: MainWindow, qtbot: QtBot) -> None:
    dialog = new_dialog(listing_of(window, qtbot, "inventory", "activity"), qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()  # nothing typed: Escape closes at once
    dialog = new_dialog(listing_of(window, qtbot, "inventory", "activity"), qtbot)
    title: Any = dialog.form.inputs["title"].widget
    qtbot.keyClicks(title, "Agroforesterie au Benin")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    [asked] = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert asked.text() == "Discard what you typed for this new record?"
    dialog.keep_button.click()
    assert dialog.isVisible() and title.text() == "Agroforesterie au Benin"  # the typing is kept
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.discard_button.click()
    assert not dialog.isVisible()
    assert window.hub.undo_stack.count() == 0  # nothing created
