"""Screen readers: every control a person can reach with Tab has a name, on every main screen."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sic_desktop.db.models import Activity, ConceptNote, Meeting, Membership, Person, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.services import records
from tests.gui.conftest import wait_idle
from ui.areapage import AreaPage
from ui.areas import AREAS
from ui.mainwindow import MainWindow


def unnamed_controls(window: MainWindow) -> list[str]:
    """The visible widgets that take keyboard focus but give assistive technology no name."""
    missing = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            parent = widget.parentWidget()
            missing.append(f"{type(widget).__name__} in {type(parent).__name__ if parent else '-'}")
    return sorted(set(missing))


def test_every_focusable_control_has_a_name(window: MainWindow, qtbot: QtBot, store: Store) -> None:
    with store.session() as session, session.begin():
        tf = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        person = records.create(session, Person, name="Ana").record_id
        records.create(session, Membership, task_force_id=tf, person_id=person, role="TFM")
        records.create(session, Activity, task_force_id=tf, title="Compost trials")
        records.create(session, Meeting, task_force_id=tf, kind="TF meeting", title="Kick-off",
                       held_on=date(2026, 3, 1))
        records.create(session, ConceptNote, task_force_id=tf, title="Soils of the Sahel", version=1,
                       status="draft")
    window.hub.everything_changed.emit()
    wait_idle(qtbot, window.worker)
    problems = {}
    for area in AREAS:
        window.navigation.choose_area(area.key)
        wait_idle(qtbot, window.worker)
        page = window.current_page()
        listing = page.current_list() if isinstance(page, AreaPage) else None
        if listing is not None and listing.proxy.rowCount():
            listing.view.selectRow(0)
            listing.open_current()
            wait_idle(qtbot, window.worker)
        tabs = getattr(page, "tabs", None) if area.key == "sync" else None
        for at in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(at)
                wait_idle(qtbot, window.worker)
            missing = unnamed_controls(window)
            if missing:
                problems[f"{area.key} {at}"] = missing
    assert problems == {}
