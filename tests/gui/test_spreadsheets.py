"""Members through Excel from the window: export, then import back into a task force."""

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sic_desktop.db.models import Membership, Person, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.errors import SicError
from sic_desktop.services import records
from tests.gui.conftest import wait_idle
from ui import spreadsheets
from ui.mainwindow import MainWindow


def test_members_out_and_back_in(window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    with store.session() as session, session.begin():
        a1 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A1")).one()
        person = records.create(session, Person, name="Ana", email="ana@example.org").record_id
        records.create(session, Membership, task_force_id=a1, person_id=person, role="TFM")
    target = tmp_path / "members.xlsx"
    spreadsheets.export_list(window.hub, "members", a1, window, target)
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert target.is_file()
    assert "Wrote 1 rows" in window.statusBar().currentMessage()
    spreadsheets.import_list(window.hub, "members", None, window, target, code="A2")
    wait_idle(qtbot, window.worker)
    [refused] = window.errors  # type: ignore[attr-defined]
    assert isinstance(refused, SicError) and "row 2" in str(refused)  # a user's problem, in words
    window.errors.clear()  # type: ignore[attr-defined]
    spreadsheets.import_list(window.hub, "members", None, window, target, code="A1")
    wait_idle(qtbot, window.worker)
    assert window.errors == []  # type: ignore[attr-defined]
    assert "Imported members.xlsx" in window.statusBar().currentMessage()
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Membership)) == 1
